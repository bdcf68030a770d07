#pragma once
// A libtiff-backed reader that streams bands of rows out of any page (IFD),
// whatever its layout: strips or tiles, contiguous or planar samples, any
// compression libtiff decodes. Bad bytes become ouro::Error, never a crash.

#include "dtype.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ouro {

/** What one IFD holds. */
struct TiffPage {
    uint32_t width = 0, height = 0;
    uint16_t samplesPerPixel = 1, bitsPerSample = 8, sampleFormat = 1;
    uint16_t planarConfig = 1; ///< 1 contiguous (interleaved), 2 separate planes
    uint16_t photometric = 1, compression = 1;
    bool tiled = false;
    uint32_t tileWidth = 0, tileHeight = 0, rowsPerStrip = 0;
    uint32_t subfileType = 0; ///< NewSubfileType; bit 0 marks a reduced-resolution copy
    std::string description;  ///< ImageDescription
    std::optional<double> xResolution, yResolution;
    uint16_t resolutionUnit = 2;
    /** Palette (Photometric=3): 16-bit R, G, B entries. */
    std::vector<uint16_t> colormapR, colormapG, colormapB;
    /** The pixel type after decoding, or nullopt with `unsupported` saying why. */
    std::optional<DType> dtype;
    std::string unsupported;
};

/**
 * A file of one or more raster pages that the importer reads band by band:
 * a TIFF, or a PNG (one page). Not thread-safe.
 */
class RasterFile {
public:
    virtual ~RasterFile() = default;
    virtual const std::string& path() const = 0;
    virtual size_t pageCount() const = 0;
    /** What page i holds (for a PNG, compression is reported as 0). */
    virtual const TiffPage& page(size_t i) const = 0;
    /**
     * Decodes rows [y0, y0+rows) of a page, full width, into one buffer per
     * sample (rows x width pixels each, native byte order). Throws ouro::Error
     * on corrupt data.
     */
    virtual void readBand(size_t page, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out) = 0;
    /**
     * The chunk shape (y, x) the source stores as blosc frames that an import
     * can copy byte for byte (see bloscChunk), or (0, 0) when it has none.
     */
    virtual std::pair<int64_t, int64_t> bloscChunkShape() const { return {0, 0}; }
    /**
     * The stored blosc frame of chunk (cy, cx) of a page, when it decodes to
     * exactly chunkY x chunkX little-endian pixels in C order; else nullopt.
     */
    virtual std::optional<std::vector<uint8_t>> bloscChunk(size_t page, int64_t chunkY, int64_t chunkX, int64_t cy,
                                                           int64_t cx) {
        (void)page, (void)chunkY, (void)chunkX, (void)cy, (void)cx;
        return std::nullopt;
    }
};

/** An open TIFF file (classic or BigTIFF, either byte order). Not thread-safe. */
class TiffFile : public RasterFile {
public:
    /** Opens and indexes every top-level IFD. Throws ouro::Error naming path. */
    explicit TiffFile(const std::string& path);
    ~TiffFile() override;
    TiffFile(const TiffFile&) = delete;
    TiffFile& operator=(const TiffFile&) = delete;

    const std::string& path() const override { return path_; }
    size_t pageCount() const override { return pages_.size(); }
    const TiffPage& page(size_t i) const override { return pages_.at(i); }
    bool bigTiff() const { return bigTiff_; }
    bool bigEndian() const { return bigEndian_; }

    /**
     * Decodes rows [y0, y0+rows) of page `page`, full width, into one buffer
     * per sample: out[s] receives rows x width pixels of that sample, row-major
     * and tightly packed, in native byte order. Throws ouro::Error on corrupt data.
     */
    void readBand(size_t page, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out) override;

    /** libtiff handle and its error capture (an implementation detail). */
    struct Tiff;

private:
    void select(size_t page);
    [[noreturn]] void fail(const std::string& what);
    void readBandStrips(const TiffPage& p, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out);
    void readBandTiles(const TiffPage& p, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out);

    std::string path_;
    std::unique_ptr<Tiff> t_;
    std::vector<TiffPage> pages_;
    size_t current_ = SIZE_MAX;
    bool bigTiff_ = false, bigEndian_ = false;
    // The last decoded strip, so bands that split a strip don't decode it twice.
    std::vector<uint8_t> stripBuf_;
    int64_t stripKey_ = -1;
};

} // namespace ouro
