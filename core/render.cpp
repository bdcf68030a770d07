#include "render.h"

#include "chunkreader.h"
#include "error.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ouro {

std::vector<ChannelDisplay> defaultDisplay(const ImageInfo& info) {
    static const uint32_t palette[] = {0x0000FFFF, 0x00FF00FF, 0xFF0000FF, 0xFF00FFFF, 0x00FFFFFF, 0xFFFF00FF};
    std::vector<ChannelDisplay> out;
    for (int64_t c = 0; c < info.sizeC; ++c) {
        ChannelDisplay d;
        const ChannelInfo* ch = size_t(c) < info.channels.size() ? &info.channels[size_t(c)] : nullptr;
        d.color = ch && ch->color ? *ch->color : info.sizeC == 1 ? 0xFFFFFFFFu : palette[c % 6];
        d.min = ch && ch->dataMin ? *ch->dataMin : 0.0;
        d.max = ch && ch->dataMax ? *ch->dataMax : 255.0;
        if (d.max <= d.min)
            d.max = d.min + 1;
        out.push_back(d);
    }
    return out;
}

ChannelLut::ChannelLut(DType type, const ChannelDisplay& d) : type_(type), d_(d) {
    if (type == DType::UInt8 || type == DType::Int8 || type == DType::UInt16 || type == DType::Int16) {
        const bool is8 = dtypeSize(type) == 1;
        const size_t n = is8 ? 256 : 65536;
        const double lo = type == DType::Int8 ? -128.0 : type == DType::Int16 ? -32768.0 : 0.0;
        table_.resize(n);
        for (size_t i = 0; i < n; ++i)
            table_[i] = intensity(lo + double(i));
    }
}

uint8_t ChannelLut::intensity(double v) const {
    double f;
    if (d_.max > d_.min)
        f = (v - d_.min) / (d_.max - d_.min);
    else
        f = v >= d_.max ? 1.0 : 0.0;
    if (!(f > 0)) // also NaN
        return 0;
    if (f >= 1)
        return 255;
    if (d_.gamma != 1.0)
        f = std::pow(f, d_.gamma);
    return static_cast<uint8_t>(std::lround(f * 255.0));
}

void ChannelLut::apply(const uint8_t* raw, size_t n, uint8_t* out) const {
    switch (type_) {
    case DType::UInt8:
        for (size_t i = 0; i < n; ++i)
            out[i] = table_[raw[i]];
        return;
    case DType::Int8:
        for (size_t i = 0; i < n; ++i)
            out[i] = table_[size_t(int(reinterpret_cast<const int8_t*>(raw)[i]) + 128)];
        return;
    case DType::UInt16: {
        const auto* p = reinterpret_cast<const uint16_t*>(raw);
        for (size_t i = 0; i < n; ++i)
            out[i] = table_[p[i]];
        return;
    }
    case DType::Int16: {
        const auto* p = reinterpret_cast<const int16_t*>(raw);
        for (size_t i = 0; i < n; ++i)
            out[i] = table_[size_t(int(p[i]) + 32768)];
        return;
    }
    default:
        visitDType(type_, [&](auto v) {
            using T = decltype(v);
            const T* p = reinterpret_cast<const T*>(raw);
            for (size_t i = 0; i < n; ++i)
                out[i] = intensity(double(p[i]));
        });
    }
}

void compositeChannels(DType type, const std::vector<const uint8_t*>& planes,
                       const std::vector<ChannelDisplay>& display, size_t n, uint8_t* rgba) {
    std::vector<ChannelLut> luts;
    for (const auto& d : display)
        luts.emplace_back(d.visible ? type : DType::Float64, d); // no table for hidden channels
    compositeChannels(planes, display, luts, n, rgba);
}

void compositeChannels(const std::vector<const uint8_t*>& planes, const std::vector<ChannelDisplay>& display,
                       const std::vector<ChannelLut>& luts, size_t n, uint8_t* rgba) {
    std::vector<uint16_t> acc(3 * n, 0);
    std::vector<uint8_t> inten(n);
    for (size_t c = 0; c < planes.size() && c < display.size() && c < luts.size(); ++c) {
        const ChannelDisplay& d = display[c];
        if (!d.visible || !planes[c])
            continue;
        luts[c].apply(planes[c], n, inten.data());
        const uint32_t cr = (d.color >> 24) & 0xFF, cg = (d.color >> 16) & 0xFF, cb = (d.color >> 8) & 0xFF;
        // Per-channel tables from intensity to colour contribution, rounded.
        uint8_t tr[256], tg[256], tb[256];
        for (uint32_t i = 0; i < 256; ++i) {
            tr[i] = static_cast<uint8_t>((i * cr + 127) / 255);
            tg[i] = static_cast<uint8_t>((i * cg + 127) / 255);
            tb[i] = static_cast<uint8_t>((i * cb + 127) / 255);
        }
        for (size_t i = 0; i < n; ++i) {
            const uint8_t v = inten[i];
            acc[3 * i] = static_cast<uint16_t>(acc[3 * i] + tr[v]);
            acc[3 * i + 1] = static_cast<uint16_t>(acc[3 * i + 1] + tg[v]);
            acc[3 * i + 2] = static_cast<uint16_t>(acc[3 * i + 2] + tb[v]);
        }
    }
    for (size_t i = 0; i < n; ++i) {
        rgba[4 * i] = static_cast<uint8_t>(std::min<uint16_t>(acc[3 * i], 255));
        rgba[4 * i + 1] = static_cast<uint8_t>(std::min<uint16_t>(acc[3 * i + 1], 255));
        rgba[4 * i + 2] = static_cast<uint8_t>(std::min<uint16_t>(acc[3 * i + 2], 255));
        rgba[4 * i + 3] = 255;
    }
}

LabelColors::LabelColors(const std::unordered_map<uint64_t, uint32_t>& m) {
    if (m.empty())
        return;
    uint64_t maxId = 0;
    for (const auto& [id, c] : m)
        maxId = std::max(maxId, id);
    if (maxId < (uint64_t(1) << 24)) {
        std::vector<uint32_t> dense(size_t(maxId) + 1, kUnset);
        for (const auto& [id, c] : m)
            dense[size_t(id)] = c;
        dense_ = std::make_shared<const std::vector<uint32_t>>(std::move(dense));
    } else {
        sparse_ = std::make_shared<const std::unordered_map<uint64_t, uint32_t>>(m);
    }
}

LabelColors::LabelColors(std::vector<uint32_t> dense)
    : dense_(std::make_shared<const std::vector<uint32_t>>(std::move(dense))) {}

bool LabelColors::lookup(uint64_t id, uint32_t& color) const {
    if (dense_) {
        if (id >= dense_->size() || (*dense_)[size_t(id)] == kUnset)
            return false;
        color = (*dense_)[size_t(id)];
        return true;
    }
    if (sparse_) {
        auto it = sparse_->find(id);
        if (it == sparse_->end())
            return false;
        color = it->second;
        return true;
    }
    return false;
}

uint32_t labelColor(uint64_t id) {
    // splitmix64 of the id gives a hue; saturation and value stay high so every label is visible.
    uint64_t z = id + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    const double h = double(z % 3600) / 600.0; // 0..6
    const double s = 0.55 + double((z >> 16) % 40) / 100.0, v = 0.85 + double((z >> 24) % 15) / 100.0;
    const int i = int(h) % 6;
    const double f = h - std::floor(h);
    const double p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
    double r = v, g = t, b = p;
    switch (i) {
    case 1: r = q, g = v, b = p; break;
    case 2: r = p, g = v, b = t; break;
    case 3: r = p, g = q, b = v; break;
    case 4: r = t, g = p, b = v; break;
    case 5: r = v, g = p, b = q; break;
    default: break;
    }
    auto c = [](double x) { return uint32_t(std::lround(std::clamp(x, 0.0, 1.0) * 255)); };
    return (c(r) << 24) | (c(g) << 16) | (c(b) << 8) | 0xFFu;
}

void drawLabels(const uint32_t* ids, int width, int height, const LabelDisplay& d, uint8_t* rgba) {
    const size_t n = size_t(width) * size_t(height);
    // Distance (in steps inside the same object) to the object's boundary; 0 = on it.
    const bool needOutline = d.mode != LabelMode::Fill || !d.highlight.empty();
    const int maxWidth = std::max(1, d.outlineWidth) + 1;
    std::vector<uint8_t> dist;
    if (needOutline) {
        dist.assign(n, 255);
        std::vector<size_t> frontier;
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                const size_t i = size_t(y) * size_t(width) + size_t(x);
                const uint32_t id = ids[i];
                if (!id)
                    continue;
                if ((x > 0 && ids[i - 1] != id) || (x + 1 < width && ids[i + 1] != id) ||
                    (y > 0 && ids[i - size_t(width)] != id) || (y + 1 < height && ids[i + size_t(width)] != id)) {
                    dist[i] = 0;
                    frontier.push_back(i);
                }
            }
        for (int step = 1; step < maxWidth && !frontier.empty(); ++step) {
            std::vector<size_t> next;
            for (size_t i : frontier) {
                const int x = int(i % size_t(width)), y = int(i / size_t(width));
                const size_t nb[4] = {x > 0 ? i - 1 : i, x + 1 < width ? i + 1 : i,
                                      y > 0 ? i - size_t(width) : i, y + 1 < height ? i + size_t(width) : i};
                for (size_t j : nb)
                    if (ids[j] == ids[i] && dist[j] == 255) {
                        dist[j] = static_cast<uint8_t>(step);
                        next.push_back(j);
                    }
            }
            frontier.swap(next);
        }
    }
    auto blend = [](uint8_t* px, uint32_t color, double a) {
        for (int k = 0; k < 3; ++k) {
            const double c = double((color >> (24 - 8 * k)) & 0xFF);
            px[k] = static_cast<uint8_t>(std::lround(px[k] * (1 - a) + c * a));
        }
    };
    uint32_t lastId = 0, lastColor = 0;
    bool lastHighlight = false, lastVisible = false;
    double lastAlpha = 1.0;
    for (size_t i = 0; i < n; ++i) {
        const uint32_t id = ids[i];
        if (!id)
            continue;
        if (id != lastId || i == 0) {
            lastId = id;
            lastHighlight = d.highlight.count(id) > 0;
            uint32_t over = 0;
            const bool overridden = d.colorOverride.lookup(id, over);
            lastAlpha = 1.0;
            if (lastHighlight) {
                lastColor = d.highlightColor;
                lastVisible = true;
            } else if (overridden) {
                lastColor = over;
                lastVisible = (over & 0xFF) != 0;
                lastAlpha = double(over & 0xFF) / 255.0;
            } else {
                lastColor = labelColor(id);
                lastVisible = d.colorAll;
            }
        }
        if (!lastVisible)
            continue;
        uint8_t* px = rgba + 4 * i;
        const int w = lastHighlight ? std::max(1, d.outlineWidth) + 1 : std::max(1, d.outlineWidth);
        const bool onOutline = needOutline && dist[i] < w && (d.mode != LabelMode::Fill || lastHighlight);
        if (onOutline)
            blend(px, lastColor, d.outlineOpacity * lastAlpha);
        else if (d.mode != LabelMode::Outline)
            blend(px, lastColor, d.fillOpacity * lastAlpha);
    }
}

Histogram computeHistogram(DType t, const uint8_t* raw, size_t n, double lo, double hi, int bins) {
    Histogram h;
    h.lo = lo;
    h.hi = hi > lo ? hi : lo + 1;
    h.counts.assign(size_t(std::max(1, bins)), 0);
    const double scale = double(h.counts.size()) / (h.hi - h.lo);
    visitDType(t, [&](auto v) {
        using T = decltype(v);
        const T* p = reinterpret_cast<const T*>(raw);
        for (size_t i = 0; i < n; ++i) {
            const double x = double(p[i]);
            if (std::isnan(x))
                continue;
            const double b = std::clamp((x - h.lo) * scale, 0.0, double(h.counts.size() - 1));
            ++h.counts[size_t(b)];
        }
    });
    return h;
}

double Histogram::percentile(double q) const {
    uint64_t total = 0;
    for (auto c : counts)
        total += c;
    if (!total)
        return lo;
    const double want = std::clamp(q, 0.0, 1.0) * double(total);
    double seen = 0;
    const double width = (hi - lo) / double(counts.size());
    for (size_t i = 0; i < counts.size(); ++i) {
        if (seen + double(counts[i]) >= want && counts[i] > 0)
            return lo + width * (double(i) + (want - seen) / double(counts[i]));
        seen += double(counts[i]);
    }
    return hi;
}

void toIds(DType t, const uint8_t* raw, size_t n, uint32_t* ids) {
    visitDType(t, [&](auto v) {
        using T = decltype(v);
        const T* p = reinterpret_cast<const T*>(raw);
        for (size_t i = 0; i < n; ++i)
            ids[i] = p[i] > T(0) ? static_cast<uint32_t>(p[i]) : 0u;
    });
}

Rgba render(ChunkReader& reader, const ImageInfo& image, const LabelInfo* labels, const RenderRequest& req) {
    PixelSource pixels = reader.source(image);
    const auto& shapes = pixels.layout().levels();
    int64_t rx = req.x, ry = req.y, rw = req.w < 0 ? image.sizeX : req.w, rh = req.h < 0 ? image.sizeY : req.h;
    if (rx < 0 || ry < 0 || rw <= 0 || rh <= 0 || rx + rw > image.sizeX || ry + rh > image.sizeY)
        throw Error("region " + std::to_string(rx) + "," + std::to_string(ry) + "," + std::to_string(rw) + "," +
                    std::to_string(rh) + " is not inside the " + std::to_string(image.sizeX) + "x" +
                    std::to_string(image.sizeY) + " image");
    if (req.z < 0 || req.z >= image.sizeZ || req.t < 0 || req.t >= image.sizeT)
        throw Error("z " + std::to_string(req.z) + " / t " + std::to_string(req.t) + " is outside the image (z < " +
                    std::to_string(image.sizeZ) + ", t < " + std::to_string(image.sizeT) + ")");
    int level = req.level;
    if (level < 0) {
        level = 0;
        while (size_t(level + 1) < shapes.size() && ((rw >> level) > 4096 || (rh >> level) > 4096))
            ++level;
    }
    if (size_t(level) >= shapes.size())
        throw Error("image " + std::to_string(image.id) + " has levels 0.." + std::to_string(shapes.size() - 1));
    const auto& s = shapes[size_t(level)];
    const int64_t x0 = rx >> level, y0 = ry >> level;
    const int64_t x1 = std::min<int64_t>(s.sizeX, (rx + rw + (int64_t(1) << level) - 1) >> level);
    const int64_t y1 = std::min<int64_t>(s.sizeY, (ry + rh + (int64_t(1) << level) - 1) >> level);
    const int64_t w = std::max<int64_t>(1, x1 - x0), h = std::max<int64_t>(1, y1 - y0);
    if (w * h > int64_t(1) << 28)
        throw Error("render of " + std::to_string(w) + "x" + std::to_string(h) + " pixels is too large; "
                    "choose a coarser --level or a smaller --region");

    std::vector<ChannelDisplay> display = req.channels.empty() ? defaultDisplay(image) : req.channels;
    if (display.size() != size_t(image.sizeC))
        throw Error("image " + std::to_string(image.id) + " has " + std::to_string(image.sizeC) +
                    " channels; the display lists " + std::to_string(display.size()));
    std::vector<std::vector<uint8_t>> planes(display.size());
    std::vector<const uint8_t*> ptrs(display.size(), nullptr);
    for (size_t c = 0; c < display.size(); ++c)
        if (display[c].visible) {
            planes[c] = pixels.readRegion(level, req.t, int64_t(c), req.z, x0, y0, w, h);
            ptrs[c] = planes[c].data();
        }
    Rgba out;
    out.width = int(w);
    out.height = int(h);
    out.pixels.resize(size_t(w * h) * 4);
    compositeChannels(image.dtype, ptrs, display, size_t(w * h), out.pixels.data());
    if (labels) {
        auto raw = reader.source(*labels).readRegion(level, req.t, 0, req.z, x0, y0, w, h);
        std::vector<uint32_t> ids(size_t(w * h));
        toIds(labels->dtype, raw.data(), ids.size(), ids.data());
        drawLabels(ids.data(), int(w), int(h), req.labelDisplay, out.pixels.data());
    }
    return out;
}

} // namespace ouro
