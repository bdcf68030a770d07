#include "colormap.h"

#include "error.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace ouro {

namespace {
// Anchor colours at t = 0, 0.1, …, 1, sampled from the published maps (as matplotlib ships them;
// tst_labelling compares every map with matplotlib's).
const std::map<std::string, std::vector<uint32_t>>& maps() {
    static const std::map<std::string, std::vector<uint32_t>> m{
        {"viridis", {0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884, 0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725}},
        {"magma", {0x000004, 0x140E36, 0x3B0F70, 0x641A80, 0x8C2981, 0xB73779, 0xDE4968, 0xF7705C, 0xFE9F6D, 0xFECF92, 0xFCFDBF}},
        {"plasma", {0x0D0887, 0x41049D, 0x6A00A8, 0x8F0DA4, 0xB12A90, 0xCC4778, 0xE16462, 0xF2844B, 0xFCA636, 0xFCCE25, 0xF0F921}},
        {"cividis", {0x00224E, 0x083370, 0x35456C, 0x4F576C, 0x666970, 0x7D7C78, 0x948E77, 0xAEA371, 0xC8B866, 0xE5CF52, 0xFEE838}},
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
