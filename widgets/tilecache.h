#pragma once
// Decoded chunks ("tiles") for the viewer: their keys, and an LRU cache with a
// byte budget. Used from the GUI thread only; loaders hand tiles over to it.

#include <QHash>
#include <QString>

#include <cstdint>
#include <list>
#include <memory>
#include <vector>

namespace ouro::widgets {

/** One chunk of an image channel, or of a label image when labels is set (then c = 0). */
struct TileKey {
    int64_t image = 0;
    QString labels;
    int level = 0;
    int64_t t = 0, c = 0, z = 0, cy = 0, cx = 0;
    bool operator==(const TileKey& o) const {
        return image == o.image && level == o.level && t == o.t && c == o.c && z == o.z && cy == o.cy &&
               cx == o.cx && labels == o.labels;
    }
};

inline size_t qHash(const TileKey& k, size_t seed = 0) {
    return qHashMulti(seed, k.image, k.labels, k.level, k.t, k.c, k.z, k.cy, k.cx);
}

/** A decoded chunk: chunkY x chunkX pixels of the array's type (edges padded with 0). */
using TileData = std::shared_ptr<const std::vector<uint8_t>>;

/** Least-recently-used tiles within a byte budget. */
class TileCache {
public:
    explicit TileCache(size_t budgetBytes = size_t(512) << 20) : budget_(budgetBytes) {}

    /** The tile, marked as recently used; null when absent. Not counted in the statistics. */
    TileData get(const TileKey& k);
    /** The tile without touching recency or statistics; null when absent. */
    TileData peek(const TileKey& k) const {
        auto it = map_.find(k);
        return it == map_.end() ? TileData{} : it->data;
    }
    /** True when present; counts as a lookup for hits()/lookups() (the view asks this for every tile it needs). */
    bool probe(const TileKey& k) {
        ++lookups_;
        const bool hit = map_.contains(k);
        hits_ += hit;
        return hit;
    }
    /** True when present (does not touch recency or statistics). */
    bool contains(const TileKey& k) const { return map_.contains(k); }
    void put(const TileKey& k, TileData d);
    void clear();
    void setBudget(size_t bytes);

    size_t bytes() const { return bytes_; }
    size_t budget() const { return budget_; }
    size_t count() const { return size_t(map_.size()); }
    /** Lookups that found their tile, and all lookups, since the last resetStats(). */
    uint64_t hits() const { return hits_; }
    uint64_t lookups() const { return lookups_; }
    void resetStats() { hits_ = lookups_ = 0; }

private:
    void evict();
    struct Entry {
        TileData data;
        std::list<TileKey>::iterator pos;
    };
    QHash<TileKey, Entry> map_;
    std::list<TileKey> order_; ///< front = most recently used
    size_t budget_, bytes_ = 0;
    uint64_t hits_ = 0, lookups_ = 0;
};

} // namespace ouro::widgets
