#include "png.h"

#include "error.h"

#include <zlib.h>

#include <cstring>
#include <fstream>

namespace ouro {

namespace {
void put32(std::vector<uint8_t>& v, uint32_t x) {
    for (int s = 24; s >= 0; s -= 8)
        v.push_back(static_cast<uint8_t>(x >> s));
}

void chunk(std::vector<uint8_t>& out, const char* type, const std::vector<uint8_t>& data) {
    put32(out, static_cast<uint32_t>(data.size()));
    const size_t start = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    uLong crc = crc32(0L, out.data() + start, static_cast<uInt>(out.size() - start));
    put32(out, static_cast<uint32_t>(crc));
}
} // namespace

std::vector<uint8_t> encodePng(const uint8_t* rgba, int width, int height) {
    if (width <= 0 || height <= 0)
        throw Error("cannot write an empty PNG");
    const size_t n = size_t(width) * size_t(height);
    bool opaque = true;
    for (size_t i = 0; i < n && opaque; ++i)
        opaque = rgba[4 * i + 3] == 255;
    const int channels = opaque ? 3 : 4;
    // Each row: filter byte 0 (none), then the pixels.
    std::vector<uint8_t> raw;
    raw.reserve((size_t(width) * channels + 1) * size_t(height));
    for (int y = 0; y < height; ++y) {
        raw.push_back(0);
        const uint8_t* row = rgba + size_t(y) * size_t(width) * 4;
        for (int x = 0; x < width; ++x)
            raw.insert(raw.end(), row + 4 * x, row + 4 * x + channels);
    }
    uLongf zlen = compressBound(static_cast<uLong>(raw.size()));
    std::vector<uint8_t> z(zlen);
    if (compress2(z.data(), &zlen, raw.data(), static_cast<uLong>(raw.size()), 6) != Z_OK)
        throw Error("PNG: compression failed");
    z.resize(zlen);

    std::vector<uint8_t> out{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    std::vector<uint8_t> ihdr;
    put32(ihdr, static_cast<uint32_t>(width));
    put32(ihdr, static_cast<uint32_t>(height));
    ihdr.push_back(8);                          // bit depth
    ihdr.push_back(opaque ? 2 : 6);             // colour type: RGB or RGBA
    ihdr.insert(ihdr.end(), {0, 0, 0});         // compression, filter, interlace
    chunk(out, "IHDR", ihdr);
    chunk(out, "IDAT", z);
    chunk(out, "IEND", {});
    return out;
}

void writePng(const std::string& path, const uint8_t* rgba, int width, int height) {
    auto bytes = encodePng(rgba, width, height);
    std::ofstream f(path, std::ios::binary);
    f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!f)
        throw Error(path + ": cannot write PNG");
}

} // namespace ouro
