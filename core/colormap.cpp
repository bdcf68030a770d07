#include "colormap.h"

#include "error.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace ouro {

namespace {
// Anchor colours at equal steps of t, sampled from the published maps.
const std::map<std::string, std::vector<uint32_t>>& maps() {
    static const std::map<std::string, std::vector<uint32_t>> m{
        {"viridis", {0x440154, 0x482878, 0x3E4989, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xFDE725}},
        {"magma", {0x000004, 0x1C1044, 0x4F127B, 0x812581, 0xB5367A, 0xE55064, 0xFB8861, 0xFEC287, 0xFCFDBF}},
        {"plasma", {0x0D0887, 0x4C02A1, 0x7E03A8, 0xA92395, 0xCC4778, 0xE56B5D, 0xF89441, 0xFDC328, 0xF0F921}},
        {"cividis", {0x00224E, 0x123570, 0x3B496C, 0x575D6D, 0x707173, 0x8A8779, 0xA69D75, 0xC4B56C, 0xFDEA45}},
        {"coolwarm",
         {0x3B4CC0, 0x5977E3, 0x7B9FF9, 0x9EBEFF, 0xC0D4F5, 0xDDDCDC, 0xF2CBB7, 0xF7AC8E, 0xEE8468, 0xD65244, 0xB40426}},
    };
    return m;
}
} // namespace

std::vector<std::string> colormapNames() {
    std::vector<std::string> out;
    for (const auto& [k, v] : maps())
        out.push_back(k);
    return out;
}

bool isColormap(const std::string& name) { return maps().count(name) > 0; }

uint32_t colormapColor(const std::string& name, double t) {
    auto it = maps().find(name);
    if (it == maps().end())
        throw Error("unknown colormap \"" + name + "\"");
    const auto& a = it->second;
    if (!std::isfinite(t))
        t = 0;
    t = std::clamp(t, 0.0, 1.0) * double(a.size() - 1);
    const size_t i = std::min(size_t(t), a.size() - 2);
    const double f = t - double(i);
    uint32_t out = 0xFF;
    for (int s = 16; s >= 0; s -= 8) {
        const double c0 = double((a[i] >> s) & 0xFF), c1 = double((a[i + 1] >> s) & 0xFF);
        out |= uint32_t(std::lround(c0 + (c1 - c0) * f)) << (s + 8);
    }
    return out;
}

uint32_t categoricalColor(size_t i) {
    static const uint32_t p[] = {0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD,
                                 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF};
    return (p[i % 10] << 8) | 0xFFu;
}

std::vector<int64_t> integerCategories(const std::vector<int64_t>& values) {
    std::vector<int64_t> seen;
    for (int64_t v : values) {
        if (std::find(seen.begin(), seen.end(), v) != seen.end())
            continue;
        if (seen.size() == kIntegerCategories)
            return {};
        seen.push_back(v);
    }
    std::sort(seen.begin(), seen.end());
    return seen;
}

double quantile(std::vector<double> v, double q) {
    if (v.empty())
        return 0;
    const size_t k = std::min(v.size() - 1, size_t(std::clamp(q, 0.0, 1.0) * double(v.size() - 1) + 0.5));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(k), v.end());
    return v[k];
}

} // namespace ouro
