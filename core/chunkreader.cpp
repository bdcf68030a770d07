#include "chunkreader.h"

#include "codec.h"
#include "error.h"
#include "store.h"

#include <sqlite3.h>

#include <cstring>

namespace ouro {

ChunkReader::ChunkReader(const std::string& path) {
    // Validate through Store::open once (application_id, schema), then keep
    // a bare read-only connection with a prepared statement for speed.
    { Store::open(path, Store::Mode::ReadOnly); }
    db_ = sql::Db(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    sqlite3_busy_timeout(db_.handle(), 10000);
    db_.exec("PRAGMA mmap_size=1073741824");
    get_ = std::make_unique<sql::Stmt>(db_, "SELECT v FROM zarr WHERE k=?");
}

ChunkReader::~ChunkReader() = default;

bool ChunkReader::read(const ChunkId& id, size_t decodedBytes, std::vector<uint8_t>& out) {
    out.resize(decodedBytes);
    get_->bind(1, chunkKey(id.image, id.level, id.t, id.c, id.z, id.cy, id.cx));
    bool found = get_->step();
    if (found) {
        auto blob = get_->getBlob(0);
        try {
            bloscDecompress(blob, out);
        } catch (const Error& e) {
            get_->reset();
            throw Error("chunk " + chunkKey(id.image, id.level, id.t, id.c, id.z, id.cy, id.cx) + ": " + e.what());
        }
    } else {
        std::memset(out.data(), 0, out.size());
    }
    get_->reset();
    return found;
}

std::vector<uint8_t> ChunkReader::readRaw(const ChunkId& id) {
    get_->bind(1, chunkKey(id.image, id.level, id.t, id.c, id.z, id.cy, id.cx));
    std::vector<uint8_t> v;
    if (get_->step()) {
        auto b = get_->getBlob(0);
        v.assign(b.begin(), b.end());
    }
    get_->reset();
    return v;
}

} // namespace ouro
