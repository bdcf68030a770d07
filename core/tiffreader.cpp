#include "tiffreader.h"

#include "error.h"

#include <tiffio.h>

#include <cstdarg>
#include <cstring>
#include <filesystem>

namespace ouro {

struct TiffFile::Tiff {
    TIFF* tif = nullptr;
    TIFFOpenOptions* opts = nullptr;
    std::string lastError;
    ~Tiff() {
        if (tif)
            TIFFClose(tif);
        if (opts)
            TIFFOpenOptionsFree(opts);
    }
};

namespace {

int onError(TIFF*, void* user, const char* module, const char* fmt, va_list ap) {
    auto* t = static_cast<TiffFile::Tiff*>(user);
    char buf[512];
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    t->lastError = (module && *module ? std::string(module) + ": " : std::string()) + buf;
    return 1;
}

int onWarning(TIFF*, void*, const char*, const char*, va_list) { return 1; } // warnings are not errors

std::optional<DType> dtypeFor(uint16_t bps, uint16_t fmt) {
    if (fmt == SAMPLEFORMAT_VOID)
        fmt = SAMPLEFORMAT_UINT;
    switch (bps) {
    case 1:
        return fmt == SAMPLEFORMAT_UINT ? std::optional(DType::UInt8) : std::nullopt; // unpacked to 0/1
    case 8:
        return fmt == SAMPLEFORMAT_UINT ? std::optional(DType::UInt8)
               : fmt == SAMPLEFORMAT_INT ? std::optional(DType::Int8)
                                         : std::nullopt;
    case 16:
        return fmt == SAMPLEFORMAT_UINT ? std::optional(DType::UInt16)
               : fmt == SAMPLEFORMAT_INT ? std::optional(DType::Int16)
                                         : std::nullopt;
    case 32:
        return fmt == SAMPLEFORMAT_UINT ? std::optional(DType::UInt32)
               : fmt == SAMPLEFORMAT_INT  ? std::optional(DType::Int32)
               : fmt == SAMPLEFORMAT_IEEEFP ? std::optional(DType::Float32)
                                            : std::nullopt;
    case 64:
        return fmt == SAMPLEFORMAT_IEEEFP ? std::optional(DType::Float64) : std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace

TiffFile::TiffFile(const std::string& path) : path_(path), t_(std::make_unique<Tiff>()) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw Error(path + ": no such file");
    t_->opts = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetErrorHandlerExtR(t_->opts, onError, t_.get());
    TIFFOpenOptionsSetWarningHandlerExtR(t_->opts, onWarning, t_.get());
    // A lying header must not make libtiff allocate gigabytes.
    TIFFOpenOptionsSetMaxSingleMemAlloc(t_->opts, tmsize_t(1) << 30);
    t_->tif = TIFFOpenExt(path.c_str(), "rm", t_->opts); // "m": plain reads, so truncation is an error not SIGBUS
    if (!t_->tif)
        throw Error(path + ": not a readable TIFF file" + (t_->lastError.empty() ? "" : " (" + t_->lastError + ")"));
    bigTiff_ = TIFFIsBigTIFF(t_->tif);
    bigEndian_ = TIFFIsBigEndian(t_->tif);

    const size_t maxPages = 1'000'000;
    do {
        if (pages_.size() >= maxPages)
            fail("more than a million IFDs");
        TIFF* tif = t_->tif;
        TiffPage p;
        uint32_t u32 = 0;
        uint16_t u16 = 0;
        if (!TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &p.width) || !TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &p.height))
            fail("IFD " + std::to_string(pages_.size()) + " has no image size");
        TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLESPERPIXEL, &p.samplesPerPixel);
        TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &p.bitsPerSample);
        TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLEFORMAT, &p.sampleFormat);
        TIFFGetFieldDefaulted(tif, TIFFTAG_PLANARCONFIG, &p.planarConfig);
        if (TIFFGetField(tif, TIFFTAG_PHOTOMETRIC, &u16))
            p.photometric = u16;
        TIFFGetFieldDefaulted(tif, TIFFTAG_COMPRESSION, &p.compression);
        if (TIFFGetField(tif, TIFFTAG_SUBFILETYPE, &u32))
            p.subfileType = u32;
        p.tiled = TIFFIsTiled(tif);
        if (p.tiled) {
            TIFFGetField(tif, TIFFTAG_TILEWIDTH, &p.tileWidth);
            TIFFGetField(tif, TIFFTAG_TILELENGTH, &p.tileHeight);
        } else {
            TIFFGetFieldDefaulted(tif, TIFFTAG_ROWSPERSTRIP, &p.rowsPerStrip);
        }
        char* desc = nullptr;
        if (TIFFGetField(tif, TIFFTAG_IMAGEDESCRIPTION, &desc) && desc)
            p.description = desc;
        float res = 0;
        if (TIFFGetField(tif, TIFFTAG_XRESOLUTION, &res) && res > 0)
            p.xResolution = res;
        if (TIFFGetField(tif, TIFFTAG_YRESOLUTION, &res) && res > 0)
            p.yResolution = res;
        TIFFGetFieldDefaulted(tif, TIFFTAG_RESOLUTIONUNIT, &p.resolutionUnit);
        if (p.photometric == PHOTOMETRIC_PALETTE) {
            uint16_t *r = nullptr, *g = nullptr, *b = nullptr;
            if (TIFFGetField(tif, TIFFTAG_COLORMAP, &r, &g, &b) && r && g && b && p.bitsPerSample <= 16) {
                size_t n = size_t(1) << p.bitsPerSample;
                p.colormapR.assign(r, r + n);
                p.colormapG.assign(g, g + n);
                p.colormapB.assign(b, b + n);
            }
        }
        if (p.compression == COMPRESSION_JPEG && p.photometric == PHOTOMETRIC_YCBCR) {
            // Let libtiff convert YCbCr JPEG to RGB; the page then reads as RGB.
            TIFFSetField(tif, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB);
            p.photometric = PHOTOMETRIC_RGB;
        }
        p.dtype = dtypeFor(p.bitsPerSample, p.sampleFormat);
        if (!p.dtype)
            p.unsupported = std::to_string(p.bitsPerSample) + "-bit samples of format " +
                            std::to_string(p.sampleFormat) + " are not supported";
        else if (p.bitsPerSample == 1 && (p.samplesPerPixel != 1))
            p.unsupported = "1-bit images with several samples are not supported";
        else if (p.photometric == PHOTOMETRIC_YCBCR)
            p.unsupported = "YCbCr images without JPEG compression are not supported";
        else if (p.samplesPerPixel == 0 || p.width == 0 || p.height == 0)
            p.unsupported = "empty image";
        else if (!TIFFIsCODECConfigured(p.compression))
            p.unsupported = "compression " + std::to_string(p.compression) + " is not supported by this libtiff";
        else if (p.tiled && (p.tileWidth == 0 || p.tileHeight == 0))
            p.unsupported = "tile size is zero";
        pages_.push_back(std::move(p));
    } while (TIFFReadDirectory(t_->tif));
    if (!t_->lastError.empty() && pages_.empty())
        fail(t_->lastError);
    t_->lastError.clear();
    current_ = pages_.size() - 1;
}

TiffFile::~TiffFile() = default;

void TiffFile::fail(const std::string& what) {
    throw Error(path_ + ": " + what + (t_->lastError.empty() || what == t_->lastError ? "" : " (" + t_->lastError + ")"));
}

void TiffFile::select(size_t page) {
    if (page >= pages_.size())
        throw Error(path_ + ": IFD " + std::to_string(page) + " does not exist (file has " +
                    std::to_string(pages_.size()) + ")");
    if (current_ != page) {
        if (!TIFFSetDirectory(t_->tif, static_cast<tdir_t>(page)))
            fail("cannot read IFD " + std::to_string(page));
        const TiffPage& p = pages_[page];
        if (p.compression == COMPRESSION_JPEG)
            TIFFSetField(t_->tif, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB);
        current_ = page;
        stripKey_ = -1;
    }
}

void TiffFile::readBand(size_t page, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out) {
    select(page);
    const TiffPage& p = pages_[page];
    if (!p.unsupported.empty())
        throw Error(path_ + ": IFD " + std::to_string(page) + ": " + p.unsupported);
    if (out.size() != p.samplesPerPixel)
        throw Error(path_ + ": internal: sample count mismatch");
    if (uint64_t(y0) + rows > p.height)
        throw Error(path_ + ": internal: band outside image");
    t_->lastError.clear();
    if (p.tiled)
        readBandTiles(p, y0, rows, out);
    else
        readBandStrips(p, y0, rows, out);
}

namespace {

// Copies `n` pixels of one sample out of interleaved (contiguous) data.
void deinterleave(const uint8_t* src, size_t n, size_t spp, size_t bps, size_t sample, uint8_t* dst) {
    const uint8_t* s = src + sample * bps;
    const size_t step = spp * bps;
    switch (bps) {
    case 1:
        for (size_t i = 0; i < n; ++i)
            dst[i] = s[i * step];
        break;
    case 2:
        for (size_t i = 0; i < n; ++i)
            std::memcpy(dst + 2 * i, s + i * step, 2);
        break;
    case 4:
        for (size_t i = 0; i < n; ++i)
            std::memcpy(dst + 4 * i, s + i * step, 4);
        break;
    default:
        for (size_t i = 0; i < n; ++i)
            std::memcpy(dst + bps * i, s + i * step, bps);
    }
}

// Expands n 1-bit pixels (MSB first) to bytes 0/1.
void unpackBits(const uint8_t* src, size_t n, uint8_t* dst) {
    for (size_t i = 0; i < n; ++i)
        dst[i] = (src[i >> 3] >> (7 - (i & 7))) & 1;
}

} // namespace

void TiffFile::readBandStrips(const TiffPage& p, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out) {
    TIFF* tif = t_->tif;
    const size_t spp = p.samplesPerPixel;
    const bool bit1 = p.bitsPerSample == 1;
    const size_t bps = bit1 ? 1 : p.bitsPerSample / 8; // bytes per sample after decoding
    const bool separate = p.planarConfig == PLANARCONFIG_SEPARATE && spp > 1;
    const uint32_t rps = std::min<uint32_t>(p.rowsPerStrip ? p.rowsPerStrip : p.height, p.height);
    const size_t rowBytes = bit1 ? (size_t(p.width) + 7) / 8 : size_t(p.width) * (separate ? 1 : spp) * bps;
    const uint32_t stripsPerPlane = (p.height + rps - 1) / rps;
    const size_t planes = separate ? spp : 1;
    for (size_t plane = 0; plane < planes; ++plane) {
        for (uint32_t y = y0; y < y0 + rows;) {
            const uint32_t stripInPlane = y / rps;
            const uint32_t strip = static_cast<uint32_t>(plane * stripsPerPlane + stripInPlane);
            const uint32_t stripY0 = stripInPlane * rps;
            const uint32_t stripRows = std::min(rps, p.height - stripY0);
            const size_t need = size_t(stripRows) * rowBytes;
            if (stripKey_ != int64_t(strip)) {
                stripBuf_.resize(need);
                tmsize_t got = TIFFReadEncodedStrip(tif, strip, stripBuf_.data(), static_cast<tmsize_t>(need));
                if (got < 0 || size_t(got) < need) {
                    stripKey_ = -1;
                    fail("IFD " + std::to_string(current_) + ": strip " + std::to_string(strip) +
                         " is truncated or corrupt");
                }
                stripKey_ = strip;
            }
            const uint32_t last = std::min(y0 + rows, stripY0 + stripRows);
            for (uint32_t yy = y; yy < last; ++yy) {
                const uint8_t* src = stripBuf_.data() + size_t(yy - stripY0) * rowBytes;
                const size_t dstOff = size_t(yy - y0) * p.width * bps;
                if (bit1)
                    unpackBits(src, p.width, out[0] + dstOff);
                else if (separate)
                    std::memcpy(out[plane] + dstOff, src, rowBytes);
                else if (spp == 1)
                    std::memcpy(out[0] + dstOff, src, rowBytes);
                else
                    for (size_t s = 0; s < spp; ++s)
                        deinterleave(src, p.width, spp, bps, s, out[s] + dstOff);
            }
            y = last;
        }
    }
}

void TiffFile::readBandTiles(const TiffPage& p, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out) {
    TIFF* tif = t_->tif;
    const size_t spp = p.samplesPerPixel;
    const bool bit1 = p.bitsPerSample == 1;
    const size_t bps = bit1 ? 1 : p.bitsPerSample / 8;
    const bool separate = p.planarConfig == PLANARCONFIG_SEPARATE && spp > 1;
    const size_t tileRowBytes =
        bit1 ? (size_t(p.tileWidth) + 7) / 8 : size_t(p.tileWidth) * (separate ? 1 : spp) * bps;
    const size_t tileBytes = tileRowBytes * p.tileHeight;
    std::vector<uint8_t> tile(tileBytes);
    const size_t planes = separate ? spp : 1;
    const uint32_t ty0 = y0 / p.tileHeight, ty1 = (y0 + rows - 1) / p.tileHeight;
    for (size_t plane = 0; plane < planes; ++plane) {
        for (uint32_t ty = ty0; ty <= ty1; ++ty) {
            for (uint32_t tx = 0; tx * uint64_t(p.tileWidth) < p.width; ++tx) {
                const uint32_t x = tx * p.tileWidth, y = ty * p.tileHeight;
                const ttile_t idx = TIFFComputeTile(tif, x, y, 0, static_cast<uint16_t>(plane));
                tmsize_t got = TIFFReadEncodedTile(tif, idx, tile.data(), static_cast<tmsize_t>(tileBytes));
                if (got < 0 || size_t(got) < tileBytes)
                    fail("IFD " + std::to_string(current_) + ": tile " + std::to_string(idx) +
                         " is truncated or corrupt");
                const uint32_t rowA = std::max(y, y0), rowB = std::min(y + p.tileHeight, y0 + rows);
                const uint32_t cols = std::min(p.tileWidth, p.width - x);
                for (uint32_t yy = rowA; yy < rowB; ++yy) {
                    const uint8_t* src = tile.data() + size_t(yy - y) * tileRowBytes;
                    const size_t dstOff = (size_t(yy - y0) * p.width + x) * bps;
                    if (bit1)
                        unpackBits(src, cols, out[0] + dstOff);
                    else if (separate)
                        std::memcpy(out[plane] + dstOff, src, size_t(cols) * bps);
                    else if (spp == 1)
                        std::memcpy(out[0] + dstOff, src, size_t(cols) * bps);
                    else
                        for (size_t s = 0; s < spp; ++s)
                            deinterleave(src, cols, spp, bps, s, out[s] + dstOff);
                }
            }
        }
    }
}

} // namespace ouro
