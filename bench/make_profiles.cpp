// Writes the synthetic profile table of issue #4's benchmarks: one row per
// object of a grid label image, with CellProfiler-style column names.
//
//   make_profiles OUT.csv ROWS REAL_COLUMNS [GRID_WIDTH]
//
// Columns: ImageNumber, ObjectNumber, Nuclei_Location_Center_X/Y, then
// REAL_COLUMNS-2 further REAL measurements. Object k (1-based) is the 4x4
// square at grid cell (k-1) of a GRID_WIDTH-wide grid, so its centre is known;
// make_profile_labels.py writes the matching label image. Values are
// deterministic (a fixed-seed generator) and printed with 7 significant digits,
// as CellProfiler's CSVs have them.
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: make_profiles OUT.csv ROWS REAL_COLUMNS [GRID_WIDTH]\n");
        return 2;
    }
    const long rows = std::atol(argv[2]);
    const int reals = std::atoi(argv[3]);
    const long grid = argc > 4 ? std::atol(argv[4]) : 1000;
    std::FILE* f = std::fopen(argv[1], "wb");
    if (!f || reals < 2)
        return 1;
    static const char* kinds[] = {"AreaShape", "Intensity", "Texture", "Granularity", "RadialDistribution", "Neighbors"};
    static const char* feats[] = {"Mean", "Median", "StdDev", "Max", "Min", "Integrated", "Edge", "Lower", "Upper"};
    static const char* chans[] = {"DNA", "PH3", "Actin", "ER", "Mito"};
    std::string line = "ImageNumber,ObjectNumber,Nuclei_Location_Center_X,Nuclei_Location_Center_Y";
    for (int c = 2; c < reals; ++c)
        line += std::string(",Nuclei_") + kinds[c % 6] + "_" + feats[(c / 6) % 9] + "_" + chans[(c / 54) % 5] + "_" +
                std::to_string(c);
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), f);
    uint64_t s = 0x9E3779B97F4A7C15ull;
    char buf[64];
    std::string out;
    out.reserve(1 << 22);
    for (long r = 1; r <= rows; ++r) {
        const long cell = r - 1;
        out += "1,";
        out += std::to_string(r);
        out += ',';
        out += std::to_string(double((cell % grid) * 4) + 1.5).substr(0, 6);
        out += ',';
        out += std::to_string(double((cell / grid) * 4) + 1.5).substr(0, 6);
        for (int c = 2; c < reals; ++c) {
            s ^= s << 13, s ^= s >> 7, s ^= s << 17;
            // Columns have different scales, as areas, intensities and textures do.
            const double v = double(s >> 11) / double(1ull << 53) * (c % 3 == 0 ? 1000.0 : c % 3 == 1 ? 1.0 : 0.01);
            auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 7);
            out += ',';
            out.append(buf, res.ptr);
        }
        out += '\n';
        if (out.size() > (1 << 22) - 8192) {
            std::fwrite(out.data(), 1, out.size(), f);
            out.clear();
        }
    }
    std::fwrite(out.data(), 1, out.size(), f);
    return std::fclose(f) == 0 ? 0 : 1;
}
