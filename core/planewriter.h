#pragma once
// Streams one plane, band by band, into chunks of every pyramid level.

#include "chunksink.h"
#include "codec.h"
#include "omemodel.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <optional>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

namespace ouro {

/** How a level is made from the one above: intensities use the mean, labels the mode. */
enum class Downsample { Mean, Mode };

/**
 * Streams one plane through the pyramid: level-0 bands come in, each level
 * keeps one band of chunk rows, emits full chunks, and feeds its 2x mean to
 * the next level. Memory is a few bands, whatever the image height.
 */
class PlaneWriter {
public:
    /**
     * info gives the dtype, chunk shape and level-0 width; group is the zarr
     * path of the multiscale group the chunks go under ("3" or "3/labels/cells").
     */
    PlaneWriter(ChunkSink& sink, const ImageInfo& info, std::string group, const std::vector<LevelShape>& shapes,
                int64_t t, int64_t c, int64_t z, Downsample kind)
        : sink_(sink), info_(info), group_(std::move(group)), t_(t), c_(c), z_(z), px_(dtypeSize(info.dtype)),
          kind_(kind) {
        for (const auto& s : shapes) {
            Level l;
            l.shape = s;
            l.band.assign(static_cast<size_t>(info.chunkY * s.sizeX) * px_, 0);
            levels_.push_back(std::move(l));
        }
    }

    /**
     * Level-0 chunks that come ready-made: raw(cy, cx) returns a blosc frame to
     * store as it is, or nullopt to compress the pixels as usual. The pixels
     * are still fed, for the pyramid and the value range.
     */
    void copyLevel0From(std::function<std::optional<std::vector<uint8_t>>(int64_t cy, int64_t cx)> raw) {
        raw_ = std::move(raw);
    }

    void feed(const uint8_t* rows, int64_t n) {
        trackRange(rows, static_cast<size_t>(n * info_.sizeX));
        feedLevel(0, rows, n);
    }

    double minValue() const { return min_; }
    /** Level-0 chunks stored as copied frames. */
    int64_t copiedChunks() const { return copied_; }
    double maxValue() const { return max_; }

private:
    struct Level {
        LevelShape shape;
        std::vector<uint8_t> band;
        int64_t rowsInBand = 0, rowsDone = 0, bandIndex = 0;
    };

    void trackRange(const uint8_t* p, size_t n) {
        visitDType(info_.dtype, [&](auto v) {
            using T = decltype(v);
            const T* a = reinterpret_cast<const T*>(p);
            T lo = std::numeric_limits<T>::max(), hi = std::numeric_limits<T>::lowest();
            for (size_t i = 0; i < n; ++i) {
                T x = a[i];
                if constexpr (std::is_floating_point_v<T>)
                    if (std::isnan(x))
                        continue;
                lo = x < lo ? x : lo;
                hi = x > hi ? x : hi;
            }
            if (n && double(lo) <= double(hi)) {
                min_ = std::min(min_, double(lo));
                max_ = std::max(max_, double(hi));
            }
        });
    }

    void feedLevel(size_t li, const uint8_t* rows, int64_t n) {
        Level& l = levels_[li];
        const size_t rowBytes = static_cast<size_t>(l.shape.sizeX) * px_;
        int64_t off = 0;
        while (off < n) {
            int64_t take = std::min(n - off, info_.chunkY - l.rowsInBand);
            std::memcpy(l.band.data() + static_cast<size_t>(l.rowsInBand) * rowBytes,
                        rows + static_cast<size_t>(off) * rowBytes, static_cast<size_t>(take) * rowBytes);
            l.rowsInBand += take;
            l.rowsDone += take;
            off += take;
            if (l.rowsInBand == info_.chunkY || l.rowsDone == l.shape.sizeY)
                flush(li);
        }
    }

    void flush(size_t li) {
        Level& l = levels_[li];
        const int64_t cy = info_.chunkY, cx = info_.chunkX, w = l.shape.sizeX;
        const size_t rowBytes = static_cast<size_t>(w) * px_;
        for (int64_t ix = 0; ix * cx < w; ++ix) {
            if (li == 0 && raw_)
                if (auto frame = raw_(l.bandIndex, ix)) {
                    sink_.submitCompressed(chunkKey(group_, 0, t_, c_, z_, l.bandIndex, ix), std::move(*frame));
                    ++copied_;
                    continue;
                }
            std::vector<uint8_t> chunk(static_cast<size_t>(cy * cx) * px_, 0); // edges padded with the fill value 0
            const int64_t x0 = ix * cx, cols = std::min(cx, w - x0);
            for (int64_t y = 0; y < l.rowsInBand; ++y)
                std::memcpy(chunk.data() + static_cast<size_t>(y * cx) * px_,
                            l.band.data() + static_cast<size_t>(y) * rowBytes + static_cast<size_t>(x0) * px_,
                            static_cast<size_t>(cols) * px_);
            sink_.submit(chunkKey(group_, static_cast<int>(li), t_, c_, z_, l.bandIndex, ix), std::move(chunk));
        }
        if (li + 1 < levels_.size()) {
            const int64_t outRows = (l.rowsInBand + 1) / 2, outCols = (w + 1) / 2;
            half_.resize(static_cast<size_t>(outRows * outCols) * px_);
            (kind_ == Downsample::Mean ? downsampleMean2x : downsampleMode2x)(info_.dtype, l.band.data(), static_cast<size_t>(l.rowsInBand), static_cast<size_t>(w),
                             static_cast<size_t>(w), half_.data(), static_cast<size_t>(outCols));
            std::vector<uint8_t> down;
            down.swap(half_);
            feedLevel(li + 1, down.data(), outRows);
            half_.swap(down);
        }
        l.rowsInBand = 0;
        ++l.bandIndex;
    }

    ChunkSink& sink_;
    const ImageInfo& info_;
    std::string group_;
    int64_t t_, c_, z_;
    size_t px_;
    Downsample kind_;
    std::vector<Level> levels_;
    std::vector<uint8_t> half_;
    std::function<std::optional<std::vector<uint8_t>>(int64_t, int64_t)> raw_;
    int64_t copied_ = 0;
    double min_ = std::numeric_limits<double>::infinity(), max_ = -std::numeric_limits<double>::infinity();
};

} // namespace ouro
