#pragma once
// Reads and decodes chunks through its own read-only connection. This is the
// code path the viewer's tile workers and `ouro bench read-tiles` share.

#include "omemodel.h"
#include "sqlite.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ouro {

/**
 * Which chunk: image, level, t, c, z and the chunk's row/column in the level;
 * with labels set, the chunk of that label image of the image (c is then 0).
 */
struct ChunkId {
    int64_t image = 0;
    int level = 0;
    int64_t t = 0, c = 0, z = 0, cy = 0, cx = 0;
    std::string labels;

    /** The zarr key, e.g. "0/2/0/1/0/3/4" or "0/labels/nuclei/0/0/0/0/0/0". */
    std::string key() const;
};

class ChunkReader {
public:
    /** Opens path read-only (never writes, so any number of readers may run beside an import). */
    explicit ChunkReader(const std::string& path);
    ~ChunkReader();

    /**
     * Decodes one chunk into out (chunkY * chunkX pixels of dtype). A chunk
     * that is absent reads as the fill value 0. Returns false when absent.
     * Throws ouro::Error on a corrupt chunk.
     */
    bool read(const ChunkId& id, size_t decodedBytes, std::vector<uint8_t>& out);

    /** Compressed bytes of one chunk (empty if absent). */
    std::vector<uint8_t> readRaw(const ChunkId& id);

    /**
     * Reads one whole plane of a level, assembled from its chunks and cropped
     * to the level's shape: sizeY x sizeX pixels of the image's dtype.
     */
    std::vector<uint8_t> readPlane(const ImageInfo& info, int level, int64_t t, int64_t c, int64_t z,
                                   const std::string& labels = {});

private:
    sql::Db db_;
    std::unique_ptr<sql::Stmt> get_;
};

} // namespace ouro
