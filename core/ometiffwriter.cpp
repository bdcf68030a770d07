#include "ometiffwriter.h"

#include "chunkreader.h"
#include "dtype.h"
#include "error.h"
#include "omemodel.h"
#include "omexml.h"
#include "publish.h"
#include "store.h"

#include <tiffio.h>

#include <memory>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>

namespace ouro {

namespace fs = std::filesystem;

namespace {

constexpr uint32_t kTile = 256;

std::string safeName(const std::string& name) {
    std::string out;
    for (unsigned char c : name)
        out.push_back(std::isalnum(c) || c == '-' || c == '_' || c == '.' ? char(c) : '_');
    return out.substr(0, 80);
}

/** Sets one TIFF field, or throws naming the file. */
template <class... V> void set(TIFF* tif, const std::string& what, uint32_t tag, V... values) {
    if (!TIFFSetField(tif, tag, values...))
        throw Error(what + ": cannot set TIFF tag " + std::to_string(tag));
}

} // namespace

void exportOmeTiff(Store& store, int64_t imageId, const std::string& out, const std::function<bool(double)>& progress,
                   bool bigTiff) {
    const auto found = store.image(imageId);
    if (!found)
        throw Error(store.path() + ": no image with id " + std::to_string(imageId));
    const ImageInfo& info = *found;
    const PixelLayout layout = PixelLayout::of(info);
    const auto& shapes = layout.levels();
    const int levels = std::min<int>(info.levels, int(shapes.size()));
    const size_t bytes = dtypeSize(info.dtype);
    uint64_t total = 0;
    for (int l = 0; l < levels; ++l)
        total += uint64_t(shapes[size_t(l)].sizeY * shapes[size_t(l)].sizeX) * bytes;
    total *= uint64_t(info.sizeT * info.sizeC * info.sizeZ);
    const bool big = bigTiff || total > (uint64_t(2) << 30);
    const std::string xml = writeOmeXml({info}, true);

    buildFile(out, [&](const std::string& temp) {
        // Closed on every way out of the lambda; the last close flushes the file.
        std::unique_ptr<TIFF, void (*)(TIFF*)> file(TIFFOpen(temp.c_str(), big ? "w8" : "w"), &TIFFClose);
        TIFF* tif = file.get();
        if (!tif)
            throw Error(out + ": cannot write");
        ChunkReader reader(store.path());
        PixelSource pixels = reader.source(layout);
        const int64_t planes = info.sizeT * info.sizeC * info.sizeZ;
        int64_t done = 0;
        std::vector<uint8_t> tile(size_t(kTile) * kTile * bytes);
        for (int64_t t = 0; t < info.sizeT; ++t)
            for (int64_t c = 0; c < info.sizeC; ++c)
                for (int64_t z = 0; z < info.sizeZ; ++z) { // XYZCT: z fastest
                    for (int l = 0; l < levels; ++l) {
                        const auto& shape = shapes[size_t(l)];
                        const std::vector<uint8_t> px = pixels.readPlane(l, t, c, z);
                        if (px.size() != size_t(shape.sizeY * shape.sizeX) * bytes)
                            throw Error(store.path() + ": image " + std::to_string(imageId) + " level " +
                                        std::to_string(l) + " has the wrong size");
                        set(tif, out, TIFFTAG_IMAGEWIDTH, uint32_t(shape.sizeX));
                        set(tif, out, TIFFTAG_IMAGELENGTH, uint32_t(shape.sizeY));
                        set(tif, out, TIFFTAG_BITSPERSAMPLE, uint16_t(bytes * 8));
                        set(tif, out, TIFFTAG_SAMPLESPERPIXEL, uint16_t(1));
                        set(tif, out, TIFFTAG_SAMPLEFORMAT,
                            uint16_t(dtypeIsFloat(info.dtype)    ? SAMPLEFORMAT_IEEEFP
                                     : dtypeIsSigned(info.dtype) ? SAMPLEFORMAT_INT
                                                                 : SAMPLEFORMAT_UINT));
                        set(tif, out, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_MINISBLACK));
                        set(tif, out, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
                        set(tif, out, TIFFTAG_COMPRESSION, uint16_t(COMPRESSION_ADOBE_DEFLATE));
                        set(tif, out, TIFFTAG_TILEWIDTH, kTile);
                        set(tif, out, TIFFTAG_TILELENGTH, kTile);
                        if (l == 0) {
                            if (t == 0 && c == 0 && z == 0)
                                set(tif, out, TIFFTAG_IMAGEDESCRIPTION, xml.c_str());
                            if (levels > 1) {
                                // The next levels-1 directories are this plane's reduced resolutions.
                                std::vector<toff_t> offsets(size_t(levels - 1), 0);
                                set(tif, out, TIFFTAG_SUBIFD, uint16_t(levels - 1), offsets.data());
                            }
                        } else {
                            set(tif, out, TIFFTAG_SUBFILETYPE, uint32_t(FILETYPE_REDUCEDIMAGE));
                        }
                        for (int64_t y0 = 0; y0 < shape.sizeY; y0 += kTile)
                            for (int64_t x0 = 0; x0 < shape.sizeX; x0 += kTile) {
                                std::fill(tile.begin(), tile.end(), uint8_t(0));
                                const int64_t h = std::min<int64_t>(kTile, shape.sizeY - y0);
                                const int64_t w = std::min<int64_t>(kTile, shape.sizeX - x0);
                                for (int64_t y = 0; y < h; ++y)
                                    std::memcpy(tile.data() + size_t(y) * kTile * bytes,
                                                px.data() + (size_t(y0 + y) * size_t(shape.sizeX) + size_t(x0)) * bytes,
                                                size_t(w) * bytes);
                                const ttile_t n = TIFFComputeTile(tif, uint32_t(x0), uint32_t(y0), 0, 0);
                                if (TIFFWriteEncodedTile(tif, n, tile.data(), tmsize_t(tile.size())) < 0)
                                    throw Error(out + ": cannot write a tile (disk full?)");
                            }
                        if (!TIFFWriteDirectory(tif))
                            throw Error(out + ": cannot write a directory");
                    }
                    ++done;
                    if (progress && !progress(double(done) / double(planes)))
                        throw Cancelled();
                }
        TIFFClose(file.release());
    });
}

std::vector<std::string> exportOmeTiffs(Store& store, const std::string& out, const std::vector<int64_t>& imageIds,
                                        const std::function<bool(double)>& progress, bool bigTiff) {
    std::vector<int64_t> ids = imageIds;
    if (ids.empty())
        for (const auto& im : store.images())
            ids.push_back(im.id);
    if (ids.empty())
        throw Error(store.path() + ": no images to export");
    std::error_code ec;
    if (fs::exists(out, ec))
        throw Error(out + ": already exists; choose another name (an export never replaces a file)");
    const bool oneFile = ids.size() == 1 && (out.ends_with(".ome.tif") || out.ends_with(".ome.tiff"));
    if (oneFile) {
        exportOmeTiff(store, ids[0], out, progress, bigTiff);
        return {out};
    }
    std::vector<std::string> files;
    buildDirectory(out, [&](const std::string& temp) {
        for (size_t i = 0; i < ids.size(); ++i) {
            const auto im = store.image(ids[i]);
            if (!im)
                throw Error(store.path() + ": no image with id " + std::to_string(ids[i]));
            std::string stem = im->name.empty() ? "image" : im->name;
            for (const char* ext : {".ome.tiff", ".ome.tif", ".tiff", ".tif"})
                if (stem.size() > std::strlen(ext) && stem.ends_with(ext)) {
                    stem.resize(stem.size() - std::strlen(ext));
                    break;
                }
            const std::string name = std::to_string(im->id) + "_" + safeName(stem) + ".ome.tif";
            exportOmeTiff(store, ids[i], temp + "/" + name, [&](double f) {
                return !progress || progress((double(i) + f) / double(ids.size()));
            }, bigTiff);
            files.push_back(out + "/" + name);
        }
    });
    return files;
}

} // namespace ouro
