#include "composite.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ouro::widgets {

QImage compositePlanes(const ouro::ImageInfo& info, const std::vector<std::vector<uint8_t>>& planes, int width,
                       int height) {
    const size_t n = size_t(width) * size_t(height);
    std::vector<float> r(n, 0.f), g(n, 0.f), b(n, 0.f);
    static const uint32_t defaults[] = {0x0000FFFF, 0x00FF00FF, 0xFF0000FF, 0xFF00FFFF, 0x00FFFFFF, 0xFFFF00FF};
    for (size_t c = 0; c < planes.size() && c < info.channels.size(); ++c) {
        const auto& ch = info.channels[c];
        const uint32_t col = ch.color.value_or(planes.size() == 1 ? 0xFFFFFFFFu : defaults[c % 6]);
        const float cr = float((col >> 24) & 0xFF) / 255.f, cg = float((col >> 16) & 0xFF) / 255.f,
                    cb = float((col >> 8) & 0xFF) / 255.f;
        const double lo = ch.dataMin.value_or(0.0);
        const double hi = ch.dataMax.value_or(lo + 1.0);
        const double scale = hi > lo ? 1.0 / (hi - lo) : 1.0;
        ouro::visitDType(info.dtype, [&](auto v) {
            using T = decltype(v);
            const T* p = reinterpret_cast<const T*>(planes[c].data());
            const size_t count = std::min(n, planes[c].size() / sizeof(T));
            for (size_t i = 0; i < count; ++i) {
                double x = (double(p[i]) - lo) * scale;
                float f = std::isfinite(x) ? float(std::clamp(x, 0.0, 1.0)) : 0.f;
                r[i] += f * cr;
                g[i] += f * cg;
                b[i] += f * cb;
            }
        });
    }
    QImage img(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < width; ++x) {
            size_t i = size_t(y) * size_t(width) + size_t(x);
            line[x] = qRgb(int(std::min(r[i], 1.f) * 255.f), int(std::min(g[i], 1.f) * 255.f),
                           int(std::min(b[i], 1.f) * 255.f));
        }
    }
    return img;
}

} // namespace ouro::widgets
