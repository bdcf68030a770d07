#pragma once
// OME-Zarr 0.4 directories as import sources: a multiscale image group (or a
// bioformats2raw layout of several) read plane by plane from its full
// resolution, whatever its chunking and codec (blosc, zlib, gzip, zstd or
// none), and its label images.

#include "omemodel.h"
#include "tiffreader.h"

#include <memory>
#include <string>
#include <vector>

namespace ouro {

/** True when dir is a zarr group with OME-Zarr multiscales or a bioformats2raw layout. */
bool isOmeZarr(const std::string& dir);

/** One image of an OME-Zarr directory: where its group is, and what it holds. */
struct ZarrImage {
    std::string group;   ///< the multiscale image group's directory
    ImageInfo info;      ///< name, dtype, sizes, physical sizes, channels (no id)
    /** Label images under group/labels: name and group directory. */
    std::vector<std::pair<std::string, std::string>> labels;
};

/** The images of an OME-Zarr directory. Throws ouro::Error naming the file and the problem. */
std::vector<ZarrImage> readOmeZarr(const std::string& dir);

/**
 * The full-resolution array of a multiscale image group as raster pages: one
 * page per (t, c, z), in that order (z fastest), each one plane of y x x pixels.
 */
class ZarrArrayFile : public RasterFile {
public:
    explicit ZarrArrayFile(const std::string& group);
    ~ZarrArrayFile() override;
    const std::string& path() const override { return group_; }
    size_t pageCount() const override { return pages_.size(); }
    const TiffPage& page(size_t i) const override { return pages_.at(i); }
    void readBand(size_t page, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out) override;
    std::pair<int64_t, int64_t> bloscChunkShape() const override;
    std::optional<std::vector<uint8_t>> bloscChunk(size_t page, int64_t chunkY, int64_t chunkX, int64_t cy,
                                                   int64_t cx) override;
    const ImageInfo& info() const { return info_; }

    struct Array; ///< the level-0 array's layout and a one-chunk cache (an implementation detail)

private:
    std::string group_;
    ImageInfo info_;
    std::vector<TiffPage> pages_;
    std::unique_ptr<Array> a_;
};

} // namespace ouro
