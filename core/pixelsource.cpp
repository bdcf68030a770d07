#include "pixelsource.h"

#include "codec.h"
#include "error.h"
#include "store.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ouro {

PixelLayout PixelLayout::of(const ImageInfo& image) {
    PixelLayout l;
    l.group_ = image.zarrPath();
    l.imageId_ = image.id;
    l.dtype_ = image.dtype;
    l.sizeT_ = image.sizeT;
    l.sizeC_ = image.sizeC;
    l.sizeZ_ = image.sizeZ;
    l.chunkY_ = image.chunkY;
    l.chunkX_ = image.chunkX;
    l.levels_ = pyramidShapes(image.sizeY, image.sizeX, image.chunkY, image.chunkX);
    return l;
}

PixelLayout PixelLayout::of(const LabelInfo& labels) {
    PixelLayout l = of(labels.geometry());
    l.group_ = labels.zarrPath();
    l.labels_ = labels.name;
    return l;
}

size_t PixelLayout::pixelBytes() const { return dtypeSize(dtype_); }

size_t PixelLayout::chunkBytes() const { return size_t(chunkY_ * chunkX_) * pixelBytes(); }

const LevelShape& PixelLayout::level(int level) const {
    if (level < 0 || level >= levelCount())
        throw Error("\"" + group_ + "\" has no level " + std::to_string(level) + " (levels 0.." +
                    std::to_string(levelCount() - 1) + ")");
    return levels_[size_t(level)];
}

int64_t PixelLayout::chunksY(int l) const { return (level(l).sizeY + chunkY_ - 1) / chunkY_; }

int64_t PixelLayout::chunksX(int l) const { return (level(l).sizeX + chunkX_ - 1) / chunkX_; }

int PixelLayout::levelForDownsample(double downsample) const {
    if (!(downsample > 1.0) || levels_.empty())
        return 0;
    const int l = int(std::floor(std::log2(downsample) + 1e-9));
    return std::clamp(l, 0, levelCount() - 1);
}

std::string PixelLayout::chunkKey(int level, int64_t t, int64_t c, int64_t z, int64_t cy, int64_t cx) const {
    return ouro::chunkKey(group_, level, t, c, z, cy, cx);
}

ChunkFetcher::ChunkFetcher(sql::Db& db) : get_(std::make_unique<sql::Stmt>(db, "SELECT v FROM zarr WHERE k=?")) {}

ChunkFetcher::~ChunkFetcher() = default;

bool ChunkFetcher::read(const std::string& key, size_t decodedBytes, std::vector<uint8_t>& out) {
    out.resize(decodedBytes);
    get_->bind(1, key);
    const bool found = get_->step();
    if (found) {
        try {
            bloscDecompress(get_->getBlob(0), out);
        } catch (const Error& e) {
            get_->reset();
            throw Error("chunk " + key + ": " + e.what());
        }
    } else {
        std::memset(out.data(), 0, out.size());
    }
    get_->reset();
    return found;
}

std::vector<uint8_t> ChunkFetcher::raw(const std::string& key) {
    get_->bind(1, key);
    std::vector<uint8_t> v;
    if (get_->step()) {
        auto b = get_->getBlob(0);
        v.assign(b.begin(), b.end());
    }
    get_->reset();
    return v;
}

bool PixelSource::readChunk(int level, int64_t t, int64_t c, int64_t z, int64_t cy, int64_t cx,
                            std::vector<uint8_t>& out) {
    return fetch_->read(layout_.chunkKey(level, t, c, z, cy, cx), layout_.chunkBytes(), out);
}

std::vector<uint8_t> PixelSource::readRegion(int level, int64_t t, int64_t c, int64_t z, int64_t x0, int64_t y0,
                                             int64_t w, int64_t h) {
    const LevelShape& s = layout_.level(level);
    const size_t px = layout_.pixelBytes();
    const int64_t chY = layout_.chunkY(), chX = layout_.chunkX();
    std::vector<uint8_t> out(size_t(std::max<int64_t>(0, w) * std::max<int64_t>(0, h)) * px, 0);
    // Only the part of the rectangle inside the level has chunks; the rest stays 0.
    const int64_t ya0 = std::max<int64_t>(0, y0), yb0 = std::min(y0 + h, s.sizeY);
    const int64_t xa0 = std::max<int64_t>(0, x0), xb0 = std::min(x0 + w, s.sizeX);
    if (ya0 >= yb0 || xa0 >= xb0)
        return out;
    std::vector<uint8_t> chunk;
    for (int64_t cy = ya0 / chY; cy * chY < yb0; ++cy)
        for (int64_t cx = xa0 / chX; cx * chX < xb0; ++cx) {
            readChunk(level, t, c, z, cy, cx, chunk);
            const int64_t ya = std::max(ya0, cy * chY), yb = std::min(yb0, (cy + 1) * chY);
            const int64_t xa = std::max(xa0, cx * chX), xb = std::min(xb0, (cx + 1) * chX);
            for (int64_t y = ya; y < yb; ++y)
                std::memcpy(out.data() + size_t((y - y0) * w + (xa - x0)) * px,
                            chunk.data() + size_t((y - cy * chY) * chX + (xa - cx * chX)) * px, size_t(xb - xa) * px);
        }
    return out;
}

std::vector<uint8_t> PixelSource::readPlane(int level, int64_t t, int64_t c, int64_t z) {
    const LevelShape& s = layout_.level(level);
    return readRegion(level, t, c, z, 0, 0, s.sizeX, s.sizeY);
}

} // namespace ouro
