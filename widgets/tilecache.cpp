#include "tilecache.h"

namespace ouro::widgets {

TileData TileCache::get(const TileKey& k) {
    auto it = map_.find(k);
    if (it == map_.end())
        return {};
    order_.splice(order_.begin(), order_, it->pos);
    return it->data;
}

void TileCache::put(const TileKey& k, TileData d) {
    if (!d)
        return;
    auto it = map_.find(k);
    if (it != map_.end()) {
        bytes_ -= it->data->size();
        order_.erase(it->pos);
        map_.erase(it);
    }
    order_.push_front(k);
    bytes_ += d->size();
    map_.insert(k, Entry{std::move(d), order_.begin()});
    evict();
}

void TileCache::evict() {
    // Keep at least one tile, so a budget smaller than a tile still shows something.
    while (bytes_ > budget_ && order_.size() > 1) {
        const TileKey& victim = order_.back();
        auto it = map_.find(victim);
        bytes_ -= it->data->size();
        map_.erase(it);
        order_.pop_back();
    }
}

void TileCache::clear() {
    map_.clear();
    order_.clear();
    bytes_ = 0;
}

void TileCache::setBudget(size_t bytes) {
    budget_ = bytes;
    evict();
}

} // namespace ouro::widgets
