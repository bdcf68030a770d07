#pragma once
// A streaming PNG reader (zlib only), so label masks and images can come as
// PNG: greyscale 1-16 bit, palette (index values kept), RGB(A), grey+alpha.
// Rows are inflated and unfiltered in order, so memory stays at two rows.

#include "tiffreader.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ouro {

class PngFile : public RasterFile {
public:
    /** Opens and checks the file (signature, chunk CRCs, header). Throws ouro::Error naming path. */
    explicit PngFile(const std::string& path);
    ~PngFile() override;

    const std::string& path() const override { return path_; }
    size_t pageCount() const override { return 1; }
    const TiffPage& page(size_t i) const override;
    void readBand(size_t page, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out) override;

    /** True when the first bytes are the PNG signature. */
    static bool isPng(const std::string& path);

private:
    void restart();
    void nextRow(); // inflates and unfilters row `row_` into cur_

    std::string path_;
    TiffPage page_;
    uint8_t colorType_ = 0, bitDepth_ = 8;
    size_t rowBytes_ = 0, filterBpp_ = 1;
    std::vector<std::pair<uint64_t, uint32_t>> idat_; ///< offset and length of each IDAT payload
    struct Stream;
    std::unique_ptr<Stream> s_;
    std::vector<uint8_t> prev_, cur_;
    uint32_t row_ = 0; ///< next row to decode
};

} // namespace ouro
