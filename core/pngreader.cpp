#include "pngreader.h"

#include "error.h"

#include <zlib.h>

#include <cstring>
#include <filesystem>
#include <fstream>

namespace ouro {

namespace {
const uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

uint32_t be32(const uint8_t* p) { return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3]; }

uint8_t paeth(int a, int b, int c) {
    const int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    return static_cast<uint8_t>(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
}
} // namespace

struct PngFile::Stream {
    std::ifstream in;
    z_stream z{};
    bool open = false;
    size_t chunk = 0;      ///< which IDAT is being fed
    uint32_t leftInChunk = 0;
    std::vector<uint8_t> buf = std::vector<uint8_t>(1 << 16);
    ~Stream() {
        if (open)
            inflateEnd(&z);
    }
};

bool PngFile::isPng(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    uint8_t sig[8] = {};
    f.read(reinterpret_cast<char*>(sig), 8);
    return f.gcount() == 8 && std::memcmp(sig, kSignature, 8) == 0;
}

PngFile::PngFile(const std::string& path) : path_(path) {
    std::ifstream f(path, std::ios::binary);
    if (!f)
        throw Error(path + ": cannot read file");
    uint8_t sig[8] = {};
    f.read(reinterpret_cast<char*>(sig), 8);
    if (f.gcount() != 8 || std::memcmp(sig, kSignature, 8) != 0)
        throw Error(path + ": not a PNG file");
    std::error_code ec;
    const uint64_t size = std::filesystem::file_size(path, ec);
    bool haveHeader = false, end = false;
    std::vector<uint8_t> palette;
    uint64_t pos = 8;
    while (!end) {
        uint8_t head[8];
        f.read(reinterpret_cast<char*>(head), 8);
        if (f.gcount() != 8)
            throw Error(path + ": truncated PNG (no IEND chunk)");
        const uint32_t len = be32(head);
        const std::string type(reinterpret_cast<char*>(head + 4), 4);
        if (uint64_t(len) + 12 > size - pos)
            throw Error(path + ": PNG chunk " + type + " runs past the end of the file");
        const bool small = type != "IDAT";
        std::vector<uint8_t> data;
        uLong crc = crc32(0, head + 4, 4);
        if (small) {
            data.resize(len);
            f.read(reinterpret_cast<char*>(data.data()), len);
            if (len) // crc32() with a null buffer returns its initial value, not crc
                crc = crc32(crc, data.data(), len);
        } else {
            idat_.emplace_back(pos + 8, len);
            std::vector<uint8_t> tmp(std::min<uint32_t>(len, 1 << 16));
            for (uint32_t left = len; left > 0;) {
                const uint32_t n = std::min<uint32_t>(left, uint32_t(tmp.size()));
                f.read(reinterpret_cast<char*>(tmp.data()), n);
                crc = crc32(crc, tmp.data(), n);
                left -= n;
            }
        }
        uint8_t crcBytes[4];
        f.read(reinterpret_cast<char*>(crcBytes), 4);
        if (!f || be32(crcBytes) != uint32_t(crc))
            throw Error(path + ": PNG chunk " + type + " is corrupt (CRC mismatch)");
        pos += uint64_t(len) + 12;
        if (type == "IHDR") {
            if (len != 13)
                throw Error(path + ": PNG header has the wrong size");
            page_.width = be32(data.data());
            page_.height = be32(data.data() + 4);
            bitDepth_ = data[8];
            colorType_ = data[9];
            if (data[10] != 0 || data[11] != 0)
                throw Error(path + ": unknown PNG compression or filter method");
            if (data[12] != 0)
                throw Error(path + ": interlaced PNG is not supported; save it without interlacing");
            haveHeader = true;
        } else if (type == "PLTE") {
            palette = data;
        } else if (type == "IEND") {
            end = true;
        }
    }
    if (!haveHeader || idat_.empty())
        throw Error(path + ": PNG has no header or no image data");
    if (page_.width == 0 || page_.height == 0 || page_.width > (1u << 30) || page_.height > (1u << 30))
        throw Error(path + ": PNG size " + std::to_string(page_.width) + "x" + std::to_string(page_.height) +
                    " is out of range");
    int channels = 0;
    bool depthOk = false;
    switch (colorType_) {
    case 0: channels = 1; depthOk = bitDepth_ == 1 || bitDepth_ == 2 || bitDepth_ == 4 || bitDepth_ == 8 || bitDepth_ == 16; break;
    case 2: channels = 3; depthOk = bitDepth_ == 8 || bitDepth_ == 16; break;
    case 3: channels = 1; depthOk = bitDepth_ == 1 || bitDepth_ == 2 || bitDepth_ == 4 || bitDepth_ == 8; break;
    case 4: channels = 2; depthOk = bitDepth_ == 8 || bitDepth_ == 16; break;
    case 6: channels = 4; depthOk = bitDepth_ == 8 || bitDepth_ == 16; break;
    default: break;
    }
    if (!channels || !depthOk)
        throw Error(path + ": PNG colour type " + std::to_string(colorType_) + " with bit depth " +
                    std::to_string(bitDepth_) + " is not valid");
    page_.samplesPerPixel = uint16_t(channels);
    page_.bitsPerSample = bitDepth_ == 16 ? 16 : 8; // 1-4 bit samples are unpacked to bytes, values kept
    page_.sampleFormat = 1;
    page_.photometric = colorType_ == 3 ? 3 : colorType_ >= 2 && colorType_ != 4 ? 2 : 1;
    page_.compression = 0;
    page_.dtype = bitDepth_ == 16 ? DType::UInt16 : DType::UInt8;
    if (colorType_ == 3 && palette.size() >= 3) {
        for (size_t i = 0; i + 2 < palette.size(); i += 3) {
            page_.colormapR.push_back(uint16_t(palette[i] * 257));
            page_.colormapG.push_back(uint16_t(palette[i + 1] * 257));
            page_.colormapB.push_back(uint16_t(palette[i + 2] * 257));
        }
    }
    const size_t bitsPerPixel = size_t(channels) * bitDepth_;
    rowBytes_ = (size_t(page_.width) * bitsPerPixel + 7) / 8;
    filterBpp_ = std::max<size_t>(1, bitsPerPixel / 8);
    restart();
}

PngFile::~PngFile() = default;

const TiffPage& PngFile::page(size_t i) const {
    if (i != 0)
        throw Error(path_ + ": a PNG has one image");
    return page_;
}

void PngFile::restart() {
    s_ = std::make_unique<Stream>();
    s_->in.open(path_, std::ios::binary);
    if (!s_->in || inflateInit(&s_->z) != Z_OK)
        throw Error(path_ + ": cannot read file");
    s_->open = true;
    s_->chunk = 0;
    s_->leftInChunk = 0;
    prev_.assign(rowBytes_, 0);
    cur_.assign(rowBytes_ + 1, 0);
    row_ = 0;
}

void PngFile::nextRow() {
    // Inflate exactly one filter byte + one row.
    z_stream& z = s_->z;
    z.next_out = cur_.data();
    z.avail_out = static_cast<uInt>(cur_.size());
    while (z.avail_out > 0) {
        if (z.avail_in == 0) {
            while (s_->leftInChunk == 0) {
                if (s_->chunk >= idat_.size())
                    throw Error(path_ + ": PNG image data ends early (row " + std::to_string(row_) + ")");
                s_->in.seekg(std::streamoff(idat_[s_->chunk].first));
                s_->leftInChunk = idat_[s_->chunk].second;
                ++s_->chunk;
            }
            const uint32_t n = std::min<uint32_t>(s_->leftInChunk, uint32_t(s_->buf.size()));
            s_->in.read(reinterpret_cast<char*>(s_->buf.data()), n);
            if (uint32_t(s_->in.gcount()) != n)
                throw Error(path_ + ": cannot read PNG image data");
            s_->leftInChunk -= n;
            z.next_in = s_->buf.data();
            z.avail_in = n;
        }
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END && z.avail_out > 0)
            throw Error(path_ + ": PNG image data ends early (row " + std::to_string(row_) + ")");
        if (rc != Z_OK && rc != Z_STREAM_END)
            throw Error(path_ + ": PNG image data is corrupt (" + std::string(z.msg ? z.msg : "inflate error") + ")");
    }
    const uint8_t filter = cur_[0];
    uint8_t* r = cur_.data() + 1;
    const size_t bpp = filterBpp_;
    switch (filter) {
    case 0: break;
    case 1: for (size_t i = bpp; i < rowBytes_; ++i) r[i] = uint8_t(r[i] + r[i - bpp]); break;
    case 2: for (size_t i = 0; i < rowBytes_; ++i) r[i] = uint8_t(r[i] + prev_[i]); break;
    case 3:
        for (size_t i = 0; i < rowBytes_; ++i)
            r[i] = uint8_t(r[i] + ((i >= bpp ? r[i - bpp] : 0) + prev_[i]) / 2);
        break;
    case 4:
        for (size_t i = 0; i < rowBytes_; ++i)
            r[i] = uint8_t(r[i] + paeth(i >= bpp ? r[i - bpp] : 0, prev_[i], i >= bpp ? prev_[i - bpp] : 0));
        break;
    default:
        throw Error(path_ + ": PNG row " + std::to_string(row_) + " has an unknown filter " + std::to_string(filter));
    }
    std::memcpy(prev_.data(), r, rowBytes_);
    ++row_;
}

void PngFile::readBand(size_t page, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out) {
    (void)this->page(page);
    if (out.size() != page_.samplesPerPixel || uint64_t(y0) + rows > page_.height)
        throw Error(path_ + ": internal: bad band request");
    if (y0 < row_)
        restart(); // rows only stream forward
    while (row_ < y0)
        nextRow();
    const size_t spp = page_.samplesPerPixel, w = page_.width;
    for (uint32_t y = 0; y < rows; ++y) {
        nextRow();
        const uint8_t* r = prev_.data(); // the row just decoded
        if (bitDepth_ < 8) {
            const int per = 8 / bitDepth_, mask = (1 << bitDepth_) - 1;
            for (size_t x = 0; x < w; ++x)
                out[0][size_t(y) * w + x] =
                    uint8_t((r[x / size_t(per)] >> (8 - bitDepth_ * (int(x % size_t(per)) + 1))) & mask);
        } else if (bitDepth_ == 8) {
            for (size_t s = 0; s < spp; ++s)
                for (size_t x = 0; x < w; ++x)
                    out[s][size_t(y) * w + x] = r[x * spp + s];
        } else {
            for (size_t s = 0; s < spp; ++s) {
                auto* o = reinterpret_cast<uint16_t*>(out[s]) + size_t(y) * w;
                for (size_t x = 0; x < w; ++x) {
                    const uint8_t* p = r + (x * spp + s) * 2;
                    o[x] = uint16_t((p[0] << 8) | p[1]); // PNG is big-endian
                }
            }
        }
    }
}

} // namespace ouro
