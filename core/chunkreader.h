#pragma once
// A read-only connection to a .ouro file that hands out PixelSources: the
// code path the viewer's tile workers, the 3D view, the exports and
// `ouro bench read-tiles` share. One per thread.

#include "omemodel.h"
#include "pixelsource.h"
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

    /** The pixels of an image, read through this connection (valid while the reader lives). */
    PixelSource source(const ImageInfo& image) { return PixelSource(PixelLayout::of(image), *fetch_); }
    /** The pixels of a label image, read through this connection. */
    PixelSource source(const LabelInfo& labels) { return PixelSource(PixelLayout::of(labels), *fetch_); }
    /** A source of any layout, read through this connection. */
    PixelSource source(const PixelLayout& layout) { return PixelSource(layout, *fetch_); }

    /** Shorthand for source(info).readPlane(level, t, c, z). */
    std::vector<uint8_t> readPlane(const ImageInfo& info, int level, int64_t t, int64_t c, int64_t z);

private:
    sql::Db db_;
    std::unique_ptr<ChunkFetcher> fetch_;
};

} // namespace ouro
