// ouro bench: benchmarks of the viewer's read path.

#include "args.h"
#include "commands.h"
#include "output.h"
#include "chunkreader.h"
#include "dtype.h"
#include "error.h"
#include "omemodel.h"
#include "store.h"

#include <nlohmann/json.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>

namespace ouro::cli {

using nlohmann::json;

namespace {

const char* const kBenchHelp = R"(Usage: ouro bench read-tiles DB.ouro --image ID [--n N] [--level L] [--seed S] [--json]

Reads and decodes N random chunks of one level (default level 0, N 1000)
through the viewer's chunk reader and prints p50/p99 latency and throughput.
)";

} // namespace

int cmdBench(int argc, char** argv) {
    if (argc < 3 || std::string(argv[2]) == "--help" || std::string(argv[2]) == "-h") {
        std::cout << kBenchHelp;
        return argc < 3 ? 2 : 0;
    }
    if (std::string(argv[2]) != "read-tiles")
        usageError("unknown benchmark \"" + std::string(argv[2]) + "\"", kBenchHelp);
    Args a = parse(argc, argv, 3, {"--image", "--n", "--level", "--seed"}, {"--json"}, kBenchHelp);
    if (a.positional.size() != 1 || !a.get("--image"))
        usageError("expected DB.ouro and --image ID", kBenchHelp);
    const int64_t id = toInt(*a.get("--image"), "--image", kBenchHelp);
    const int64_t n = toInt(a.get("--n").value_or("1000"), "--n", kBenchHelp);
    const int level = static_cast<int>(toInt(a.get("--level").value_or("0"), "--level", kBenchHelp));
    const auto seed = static_cast<unsigned>(toInt(a.get("--seed").value_or("1"), "--seed", kBenchHelp));
    ImageInfo im;
    {
        Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
        auto found = store.image(id);
        if (!found)
            throw Error(a.positional[0] + ": no image with id " + std::to_string(id));
        im = *found;
    }
    if (level < 0 || level >= im.levels)
        throw Error("image " + std::to_string(id) + " has levels 0.." + std::to_string(im.levels - 1));
    ChunkReader reader(a.positional[0]);
    PixelSource pixels = reader.source(im);
    const int64_t ny = pixels.layout().chunksY(level), nx = pixels.layout().chunksX(level);
    const size_t bytes = pixels.layout().chunkBytes();
    std::mt19937_64 rng(seed);
    auto pick = [&](int64_t k) { return static_cast<int64_t>(rng() % static_cast<uint64_t>(k)); };
    std::vector<double> ms;
    std::vector<uint8_t> buf;
    const auto t0 = std::chrono::steady_clock::now();
    for (int64_t i = 0; i < n; ++i) {
        const int64_t t = pick(im.sizeT), c = pick(im.sizeC), z = pick(im.sizeZ), cy = pick(ny), cx = pick(nx);
        auto s = std::chrono::steady_clock::now();
        pixels.readChunk(level, t, c, z, cy, cx, buf);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - s).count());
    }
    const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, size_t(p * double(ms.size())))]; };
    const double mbps = double(bytes) * double(n) / total / 1e6;
    const double cps = double(n) / total;
    if (a.has("--json")) {
        printJson(json{{"image", id},
                       {"level", level},
                       {"chunks", n},
                       {"chunk_shape", {im.chunkY, im.chunkX}},
                       {"dtype", dtypeName(im.dtype)},
                       {"p50_ms", pct(0.50)},
                       {"p99_ms", pct(0.99)},
                       {"max_ms", ms.empty() ? 0.0 : ms.back()},
                       {"mb_per_s", mbps},
                       {"chunks_per_s", cps}});
    } else {
        std::printf("read-tiles: %lld chunks of %lldx%lld %s, level %d\n", static_cast<long long>(n),
                    static_cast<long long>(im.chunkY), static_cast<long long>(im.chunkX),
                    std::string(dtypeName(im.dtype)).c_str(), level);
        std::printf("p50 %.3f ms  p99 %.3f ms  max %.3f ms  %.1f MB/s  %.0f chunks/s\n", pct(0.5), pct(0.99),
                    ms.empty() ? 0.0 : ms.back(), mbps, cps);
    }
    return 0;
}

} // namespace ouro::cli
