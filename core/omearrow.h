#pragma once
// OME-Arrow images in Parquet (WayScience/ome-arrow, OME_ARROW_STRUCT): a
// struct column whose every row is one image, with its pixel metadata, its
// channels and a list of planes, each plane a flat list of y * x pixels.
//
// In: any top-level struct column with that layout is read as images (one per
// row) through the RasterFile interface the importer already streams from.
// Out: images of a .ouro as one "ome_arrow" column, one row (and one row
// group) per image, readable by pyarrow, DuckDB and ome-arrow itself.

#include "omemodel.h"
#include "tiffreader.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ouro {

class Store;

/** True when path is a Parquet file with an OME-Arrow image column. Never throws. */
bool isOmeArrowParquet(const std::string& path);

/**
 * The images of an OME-Arrow Parquet file. Pages are the planes of every image
 * in turn, each image's in (t, c, z) order, z fastest. Reads one row group's
 * pixels at a time. Throws ouro::Error naming the file, row and problem.
 */
class OmeArrowFile : public RasterFile {
public:
    explicit OmeArrowFile(const std::string& path);
    ~OmeArrowFile() override;
    OmeArrowFile(const OmeArrowFile&) = delete;
    OmeArrowFile& operator=(const OmeArrowFile&) = delete;

    const std::string& path() const override { return path_; }
    size_t pageCount() const override { return pages_.size(); }
    const TiffPage& page(size_t i) const override { return pages_.at(i); }
    void readBand(size_t page, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out) override;

    /** The images, one per row (and OME-Arrow column), without ids. */
    const std::vector<ImageInfo>& images() const { return images_; }
    /** The page of image i's plane (t, c, z) = (0, 0, 0). */
    size_t firstPage(size_t image) const { return firstPage_.at(image); }

    struct Impl; ///< the file, the column layout and the cached pixels (an implementation detail)

private:
    std::string path_;
    std::vector<ImageInfo> images_;
    std::vector<size_t> firstPage_;
    std::vector<TiffPage> pages_;
    std::unique_ptr<Impl> d_;
};

/**
 * Writes images of the store (all, or imageIds) to `out` as OME-Arrow Parquet:
 * one row per image in a column "ome_arrow". 8- and 16-bit pixels are stored
 * as uint16, as OME_ARROW_STRUCT has them; other pixel types keep their own
 * type. Written under a temporary name and renamed when complete. progress:
 * fraction done; false cancels (ouro::Cancelled).
 */
void exportOmeArrow(Store& store, const std::string& out, const std::vector<int64_t>& imageIds,
                    const std::function<bool(double)>& progress = {});

} // namespace ouro
