// libFuzzer target for the OME-Zarr reader: any group and array metadata and
// any chunk bytes must give pixels or an ouro::Error, never a crash, a hang or
// an allocation the input does not justify.
//
// The input is split at "\n--\n": the group's .zattrs, the array's .zarray,
// then chunks, each written under every key a 2- to 5-dimensional array could
// give it ("0/0/0", "0/0.0.0.0.1", …) in a fresh directory.
//
//   cmake --preset fuzz && cmake --build --preset fuzz
//   build/fuzz/fuzz/fuzz_zarr -max_total_time=300 build/fuzz/corpus-zarr
#include "error.h"
#include "zarrreader.h"

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

void put(const fs::path& p, std::string_view bytes) {
    std::error_code ec; // "0/0" as a file and as a directory clash: the first one wins
    fs::create_directories(p.parent_path(), ec);
    std::ofstream(p, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const fs::path dir = fs::path("/dev/shm") / ("fuzz-zarr-" + std::to_string(::getpid()));
    std::error_code ec;
    fs::remove_all(dir, ec);
    std::vector<std::string_view> parts;
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    for (size_t at = 0;;) {
        const size_t next = in.find("\n--\n", at);
        parts.push_back(in.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
        if (next == std::string_view::npos || parts.size() == 8)
            break;
        at = next + 4;
    }
    put(dir / ".zgroup", R"({"zarr_format": 2})");
    put(dir / ".zattrs", parts[0]);
    if (parts.size() > 1)
        put(dir / "0" / ".zarray", parts[1]);
    for (size_t k = 2; k < parts.size(); ++k)
        for (int dims = 2; dims <= 5; ++dims)
            for (const char* sep : {"/", "."}) {
                std::string key;
                for (int d = 0; d < dims; ++d)
                    key += (d ? sep : "") + std::to_string(d == dims - 1 ? k - 2 : 0);
                put(dir / "0" / key, parts[k]);
            }
    try {
        if (ouro::isOmeZarr(dir.string()))
            for (const auto& im : ouro::readOmeZarr(dir.string())) {
                ouro::ZarrArrayFile f(im.group);
                const auto& info = f.info();
                // Bounded work: a few planes, and rows only while the band stays small.
                if (info.sizeX > 4096 || info.sizeY > 4096)
                    continue;
                std::vector<uint8_t> band(size_t(info.sizeX) * 64 * 8);
                for (size_t p = 0; p < std::min<size_t>(f.pageCount(), 4); ++p)
                    for (uint32_t y = 0; y < uint32_t(info.sizeY); y += 64) {
                        const uint32_t rows = std::min<uint32_t>(64, uint32_t(info.sizeY) - y);
                        f.readBand(p, y, rows, {band.data()});
                        (void)f.bloscChunk(p, info.chunkY, info.chunkX, 0, 0);
                    }
            }
    } catch (const ouro::Error&) {
    }
    return 0;
}
