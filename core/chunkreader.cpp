#include "chunkreader.h"

#include "codec.h"
#include "error.h"
#include "store.h"

#include <sqlite3.h>

#include <cstring>

namespace ouro {

std::string ChunkId::key() const {
    return labels.empty() ? chunkKey(image, level, t, c, z, cy, cx)
                          : chunkKey(std::to_string(image) + "/labels/" + labels, level, t, c, z, cy, cx);
}

ChunkReader::ChunkReader(const std::string& path) {
    // Validate through Store::open once (application_id, schema), then keep
    // a bare read-only connection with a prepared statement for speed.
    { Store::open(path, Store::Mode::ReadOnly); }
    db_ = sql::Db(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    sqlite3_busy_timeout(db_.handle(), 10000);
    // Reads through a memory map: 3x the chunks per second of pread (measured
    // with ouro bench read-tiles). Mapped pages are the OS's file cache (RssFile),
    // clean and reclaimable, not memory the process allocates.
    db_.exec("PRAGMA mmap_size=1073741824");
    get_ = std::make_unique<sql::Stmt>(db_, "SELECT v FROM zarr WHERE k=?");
}

ChunkReader::~ChunkReader() = default;

bool ChunkReader::read(const ChunkId& id, size_t decodedBytes, std::vector<uint8_t>& out) {
    out.resize(decodedBytes);
    get_->bind(1, id.key());
    bool found = get_->step();
    if (found) {
        auto blob = get_->getBlob(0);
        try {
            bloscDecompress(blob, out);
        } catch (const Error& e) {
            get_->reset();
            throw Error("chunk " + id.key() + ": " + e.what());
        }
    } else {
        std::memset(out.data(), 0, out.size());
    }
    get_->reset();
    return found;
}

std::vector<uint8_t> ChunkReader::readRaw(const ChunkId& id) {
    get_->bind(1, id.key());
    std::vector<uint8_t> v;
    if (get_->step()) {
        auto b = get_->getBlob(0);
        v.assign(b.begin(), b.end());
    }
    get_->reset();
    return v;
}

std::vector<uint8_t> ChunkReader::readPlane(const ImageInfo& info, int level, int64_t t, int64_t c, int64_t z,
                                            const std::string& labels) {
    auto shapes = pyramidShapes(info.sizeY, info.sizeX, info.chunkY, info.chunkX);
    if (level < 0 || size_t(level) >= shapes.size())
        throw Error("image " + std::to_string(info.id) + " has no level " + std::to_string(level));
    const auto shape = shapes[size_t(level)];
    const size_t px = dtypeSize(info.dtype);
    std::vector<uint8_t> plane(size_t(shape.sizeY * shape.sizeX) * px);
    std::vector<uint8_t> chunk;
    const size_t chunkBytes = size_t(info.chunkY * info.chunkX) * px;
    for (int64_t cy = 0; cy * info.chunkY < shape.sizeY; ++cy)
        for (int64_t cx = 0; cx * info.chunkX < shape.sizeX; ++cx) {
            read({info.id, level, t, c, z, cy, cx, labels}, chunkBytes, chunk);
            const int64_t rows = std::min(info.chunkY, shape.sizeY - cy * info.chunkY);
            const int64_t cols = std::min(info.chunkX, shape.sizeX - cx * info.chunkX);
            for (int64_t y = 0; y < rows; ++y)
                std::memcpy(plane.data() + size_t((cy * info.chunkY + y) * shape.sizeX + cx * info.chunkX) * px,
                            chunk.data() + size_t(y * info.chunkX) * px, size_t(cols) * px);
        }
    return plane;
}

} // namespace ouro
