#pragma once
// The one way to pixels: an image's (or a label image's) levels and chunking,
// and reads of a chunk, a region or a plane at a level. Every reader of
// stored pixels or labels (the viewer's tiles, the 3D view, the renderer, the
// object measurer, the profile linker, the exports) goes through PixelSource,
// in the spirit of QuPath's ImageServer: nothing else recomputes level shapes
// or decodes chunks.

#include "omemodel.h"
#include "sqlite.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ouro {

/**
 * The geometry of one stored multiscale array group: "<image>" for an image or
 * "<image>/labels/<name>" for one of its label images. Computed once from the
 * catalog row; a value type, cheap to copy and safe to share between threads.
 */
class PixelLayout {
public:
    PixelLayout() = default;
    /** The layout of an image's pixels (t, c, z, y, x). */
    static PixelLayout of(const ImageInfo& image);
    /** The layout of a label image (one channel). */
    static PixelLayout of(const LabelInfo& labels);

    /** The zarr group path ("3", "3/labels/nuclei"). */
    const std::string& group() const { return group_; }
    /** The image the pixels belong to. */
    int64_t imageId() const { return imageId_; }
    /** The label image's name, or empty for the image's own pixels. */
    const std::string& labels() const { return labels_; }
    bool isLabels() const { return !labels_.empty(); }

    DType dtype() const { return dtype_; }
    /** Bytes of one pixel. */
    size_t pixelBytes() const;
    int64_t sizeT() const { return sizeT_; }
    int64_t sizeC() const { return sizeC_; }
    int64_t sizeZ() const { return sizeZ_; }
    int64_t chunkY() const { return chunkY_; }
    int64_t chunkX() const { return chunkX_; }
    /** Decoded bytes of one chunk (chunkY * chunkX pixels; edge chunks are stored whole). */
    size_t chunkBytes() const;

    /** Number of levels, level 0 (full resolution) included. */
    int levelCount() const { return int(levels_.size()); }
    /** The shape of one level. Throws ouro::Error naming the group when there is no such level. */
    const LevelShape& level(int level) const;
    const std::vector<LevelShape>& levels() const { return levels_; }
    /** Level-0 pixels per pixel of a level along y and x (2^level). */
    static int64_t downsample(int level) { return int64_t(1) << level; }
    /** Chunk rows and columns of a level. */
    int64_t chunksY(int level) const;
    int64_t chunksX(int level) const;
    /** The finest level whose pixels are at least `downsample` level-0 pixels wide (0 for <= 1). */
    int levelForDownsample(double downsample) const;

    /** The zarr key of one chunk: "<group>/<level>/<t>/<c>/<z>/<cy>/<cx>". */
    std::string chunkKey(int level, int64_t t, int64_t c, int64_t z, int64_t cy, int64_t cx) const;

private:
    std::string group_, labels_;
    int64_t imageId_ = -1;
    DType dtype_ = DType::UInt8;
    int64_t sizeT_ = 1, sizeC_ = 1, sizeZ_ = 1;
    int64_t chunkY_ = 512, chunkX_ = 512;
    std::vector<LevelShape> levels_;
};

/**
 * Fetches and decodes chunks through one connection, with one prepared
 * statement. On a writer's connection it sees the open transaction's chunks.
 * Not thread-safe: one per thread and connection.
 */
class ChunkFetcher {
public:
    explicit ChunkFetcher(sql::Db& db);
    ~ChunkFetcher();
    ChunkFetcher(const ChunkFetcher&) = delete;
    ChunkFetcher& operator=(const ChunkFetcher&) = delete;

    /**
     * Decodes the chunk at key into out, resized to decodedBytes. An absent
     * chunk reads as the fill value 0 and returns false. Throws ouro::Error
     * naming the key on a corrupt chunk.
     */
    bool read(const std::string& key, size_t decodedBytes, std::vector<uint8_t>& out);
    /** The compressed bytes of one chunk (empty if absent). */
    std::vector<uint8_t> raw(const std::string& key);

private:
    std::unique_ptr<sql::Stmt> get_;
};

/** One array group's pixels: its layout and the fetcher its chunks come through. */
class PixelSource {
public:
    PixelSource(PixelLayout layout, ChunkFetcher& fetch) : layout_(std::move(layout)), fetch_(&fetch) {}

    const PixelLayout& layout() const { return layout_; }

    /** Decodes one chunk (layout().chunkBytes() bytes). Returns false when absent (then all zero). */
    bool readChunk(int level, int64_t t, int64_t c, int64_t z, int64_t cy, int64_t cx, std::vector<uint8_t>& out);
    /**
     * Reads a rectangle of one plane in the level's pixels, w x h pixels of the
     * layout's dtype, row-major. Pixels outside the level read as 0.
     */
    std::vector<uint8_t> readRegion(int level, int64_t t, int64_t c, int64_t z, int64_t x0, int64_t y0, int64_t w,
                                    int64_t h);
    /** Reads one whole plane of a level (level(level).sizeY x sizeX pixels). */
    std::vector<uint8_t> readPlane(int level, int64_t t, int64_t c, int64_t z);

private:
    PixelLayout layout_;
    ChunkFetcher* fetch_;
};

} // namespace ouro
