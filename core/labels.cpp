#include "labels.h"

#include "pixelsource.h"
#include "zarrreader.h"

#include "chunksink.h"
#include "error.h"
#include "objects.h"
#include "planewriter.h"
#include "store.h"
#include "tiffreader.h"
#include "version.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <numeric>
#include <unordered_set>

namespace ouro {

namespace fs = std::filesystem;

uint32_t labelComponents(const uint8_t* fg, int64_t width, int64_t height, int connectivity, uint32_t* out,
                         uint32_t firstId) {
    // Pass 1: provisional labels with union-find; pass 2: resolve, and number
    // the roots in raster order of first appearance.
    std::vector<uint32_t> parent{0};
    auto find = [&](uint32_t a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    };
    auto unite = [&](uint32_t a, uint32_t b) {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    };
    const bool eight = connectivity != 4;
    for (int64_t y = 0; y < height; ++y) {
        const uint8_t* row = fg + y * width;
        uint32_t* o = out + y * width;
        const uint32_t* up = y > 0 ? o - width : nullptr;
        for (int64_t x = 0; x < width; ++x) {
            if (!row[x]) {
                o[x] = 0;
                continue;
            }
            uint32_t best = 0;
            auto consider = [&](uint32_t n) {
                if (!n)
                    return;
                if (!best)
                    best = n;
                else
                    unite(best, n);
            };
            if (x > 0)
                consider(o[x - 1]);
            if (up) {
                consider(up[x]);
                if (eight) {
                    if (x > 0)
                        consider(up[x - 1]);
                    if (x + 1 < width)
                        consider(up[x + 1]);
                }
            }
            if (!best) {
                if (parent.size() >= 0xFFFFFFF0u)
                    throw Error("too many objects in one plane");
                best = static_cast<uint32_t>(parent.size());
                parent.push_back(best);
            }
            o[x] = best;
        }
    }
    std::vector<uint32_t> finalId(parent.size(), 0);
    uint32_t next = firstId;
    const int64_t n = width * height;
    for (int64_t i = 0; i < n; ++i) {
        if (!out[i])
            continue;
        uint32_t r = find(out[i]);
        if (!finalId[r])
            finalId[r] = next++;
        out[i] = finalId[r];
    }
    return next - firstId;
}

namespace {

bool validName(const std::string& n) {
    if (n.empty() || n.size() > 64 || n == "." || n == "..")
        return false;
    return std::all_of(n.begin(), n.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'; });
}

// Distinct non-zero ids, counted cheaply: runs of equal ids are inserted once.
template <class T> void collectIds(const T* p, size_t n, std::unordered_set<uint64_t>& ids, uint64_t& maxId) {
    T prev = 0;
    for (size_t i = 0; i < n; ++i) {
        T v = p[i];
        if (v != 0 && v != prev) {
            ids.insert(static_cast<uint64_t>(v));
            maxId = std::max<uint64_t>(maxId, static_cast<uint64_t>(v));
        }
        prev = v;
    }
}

} // namespace

LabelInfo importLabels(Store& store, int64_t imageId, const std::string& maskPath, const LabelImportOptions& opt,
                       const ProgressFn& progress) {
    if (store.readOnly())
        throw Error(store.path() + ": opened read-only; cannot import into it");
    auto image = store.image(imageId);
    if (!image)
        throw Error(store.path() + ": no image with id " + std::to_string(imageId) + " to attach labels to");
    if (!validName(opt.name))
        throw Error("label name \"" + opt.name + "\" is not allowed (use letters, digits, '_', '-', '.')");
    if (store.label(imageId, opt.name))
        throw Error(store.path() + ": image " + std::to_string(imageId) + " already has labels named \"" + opt.name +
                    "\"");
    if (opt.connectivity != 4 && opt.connectivity != 8)
        throw Error("connectivity must be 4 or 8");

    const ImportPlan plan = planImport({maskPath}, ImportOptions{});
    if (plan.images.size() != 1)
        throw Error(maskPath + ": a label mask must hold one image, this file has " +
                    std::to_string(plan.images.size()));
    const ImagePlan& mp = plan.images[0];
    const ImageInfo& m = mp.info;
    if (m.sizeC != 1)
        throw Error(maskPath + ": a label mask must have one channel, this one has " + std::to_string(m.sizeC));
    if (dtypeIsFloat(m.dtype))
        throw Error(maskPath + ": label ids must be integers, this mask is " + std::string(dtypeName(m.dtype)));
    if (m.sizeX != image->sizeX || m.sizeY != image->sizeY || m.sizeZ != image->sizeZ || m.sizeT != image->sizeT)
        throw Error(maskPath + ": the mask is " + std::to_string(m.sizeX) + "x" + std::to_string(m.sizeY) +
                    " (z " + std::to_string(m.sizeZ) + ", t " + std::to_string(m.sizeT) + ") but image " +
                    std::to_string(imageId) + " is " + std::to_string(image->sizeX) + "x" +
                    std::to_string(image->sizeY) + " (z " + std::to_string(image->sizeZ) + ", t " +
                    std::to_string(image->sizeT) + "); a label image must match its image");
    const size_t px = dtypeSize(m.dtype);
    const int64_t planes = m.sizeT * m.sizeZ;
    const int64_t band = std::min<int64_t>(512, m.sizeY);

    auto readPlaneBands = [&](int64_t plane, auto&& onBand) {
        const PlaneSource& src = mp.planes[static_cast<size_t>(plane)];
        RasterFile& tf = *plan.tiffs[src.file];
        const size_t spp = tf.page(src.ifd).samplesPerPixel;
        std::vector<std::vector<uint8_t>> bufs(spp, std::vector<uint8_t>(static_cast<size_t>(band * m.sizeX) * px));
        std::vector<uint8_t*> ptrs;
        for (auto& b : bufs)
            ptrs.push_back(b.data());
        for (int64_t y0 = 0; y0 < m.sizeY; y0 += band) {
            const int64_t rows = std::min(band, m.sizeY - y0);
            tf.readBand(src.ifd, static_cast<uint32_t>(y0), static_cast<uint32_t>(rows), ptrs);
            onBand(y0, rows, bufs[src.sample].data());
        }
    };

    // Pass 1: which values occur? Only 0 and one other value means a binary mask.
    std::unordered_set<uint64_t> ids;
    uint64_t maxId = 0;
    bool negative = false;
    for (int64_t p = 0; p < planes; ++p)
        readPlaneBands(p, [&](int64_t, int64_t rows, const uint8_t* data) {
            visitDType(m.dtype, [&](auto v) {
                using T = decltype(v);
                const T* a = reinterpret_cast<const T*>(data);
                const size_t n = static_cast<size_t>(rows * m.sizeX);
                if constexpr (std::is_signed_v<T>)
                    for (size_t i = 0; i < n; ++i)
                        negative = negative || a[i] < 0;
                collectIds(a, n, ids, maxId);
            });
        });
    if (negative)
        throw Error(maskPath + ": label ids must not be negative");
    const bool binary = ids.size() == 1;

    LabelInfo label;
    label.imageId = imageId;
    label.name = opt.name;
    label.sizeT = m.sizeT;
    label.sizeZ = m.sizeZ;
    label.sizeY = m.sizeY;
    label.sizeX = m.sizeX;
    label.chunkY = image->chunkY;
    label.chunkX = image->chunkX;
    label.source = fs::absolute(maskPath).string();

    // A binary mask is labelled plane by plane (ids continue across planes).
    std::vector<std::vector<uint32_t>> components;
    if (binary) {
        const double pixels = double(m.sizeX) * double(m.sizeY);
        if (pixels * 5 > double(size_t(4) << 30))
            throw Error(maskPath + ": binary mask too large to split into objects in memory; "
                                   "give an instance mask (one id per object) instead");
        uint32_t next = 1;
        std::vector<uint8_t> fg(static_cast<size_t>(pixels));
        for (int64_t p = 0; p < planes; ++p) {
            readPlaneBands(p, [&](int64_t y0, int64_t rows, const uint8_t* data) {
                visitDType(m.dtype, [&](auto v) {
                    using T = decltype(v);
                    const T* a = reinterpret_cast<const T*>(data);
                    for (int64_t i = 0; i < rows * m.sizeX; ++i)
                        fg[static_cast<size_t>(y0 * m.sizeX + i)] = a[i] != 0;
                });
            });
            std::vector<uint32_t> out(static_cast<size_t>(pixels));
            next += labelComponents(fg.data(), m.sizeX, m.sizeY, opt.connectivity, out.data(), next);
            components.push_back(std::move(out));
        }
        const uint32_t count = next - 1;
        label.dtype = count <= 0xFF ? DType::UInt8 : count <= 0xFFFF ? DType::UInt16 : DType::UInt32;
        label.maxLabel = count;
        label.objectCount = count;
    } else {
        label.dtype = m.dtype;
        label.maxLabel = static_cast<int64_t>(maxId);
        label.objectCount = static_cast<int64_t>(ids.size());
    }
    const auto shapes = PixelLayout::of(label).levels();
    label.levels = static_cast<int>(shapes.size());
    const ImageInfo geo = label.geometry();
    const size_t opx = dtypeSize(label.dtype);

    ImportRecord rec;
    rec.startedAt = utcNow();
    rec.appVersion = kVersion;
    rec.sourcePath = label.source;
    std::error_code ec;
    rec.sourceSize = static_cast<int64_t>(fs::file_size(maskPath, ec));
    rec.sourceChecksum = fileChecksum(maskPath);
    rec.options = "labels-for=" + std::to_string(imageId) + " name=" + opt.name +
                  (binary ? " connected-components=" + std::to_string(opt.connectivity) : "");

    sql::Transaction tx(store.db());
    {
        ChunkSink sink(store, label.dtype, opt.blosc, opt.threads);
        std::vector<uint8_t> conv;
        for (int64_t p = 0; p < planes; ++p) {
            const int64_t t = p / m.sizeZ, z = p % m.sizeZ;
            PlaneWriter w(sink, geo, label.zarrPath(), shapes, t, 0, z, Downsample::Mode);
            if (binary) {
                const auto& comp = components[static_cast<size_t>(p)];
                for (int64_t y0 = 0; y0 < m.sizeY; y0 += band) {
                    const int64_t rows = std::min(band, m.sizeY - y0);
                    conv.resize(static_cast<size_t>(rows * m.sizeX) * opx);
                    visitDType(label.dtype, [&](auto v) {
                        using T = decltype(v);
                        T* o = reinterpret_cast<T*>(conv.data());
                        for (int64_t i = 0; i < rows * m.sizeX; ++i)
                            o[i] = static_cast<T>(comp[static_cast<size_t>(y0 * m.sizeX + i)]);
                    });
                    w.feed(conv.data(), rows);
                }
            } else {
                readPlaneBands(p, [&](int64_t, int64_t rows, const uint8_t* data) { w.feed(data, rows); });
            }
            if (progress && !progress(double(p + 1) / double(planes)))
                throw Cancelled();
        }
        sink.finish();
    }
    rec.finishedAt = utcNow();
    const int64_t importId = store.logImport(rec);
    label.id = store.insertLabel(label, opt.blosc, importId);
    // Measure the objects in the same transaction: labels never exist without their object rows.
    measureObjects(store, label);
    tx.commit();
    return label;
}

std::vector<LabelInfo> importOmeZarrLabels(Store& store, const std::string& dir, const std::vector<ImageInfo>& images) {
    std::vector<LabelInfo> out;
    const auto zarrImages = readOmeZarr(dir);
    for (size_t i = 0; i < zarrImages.size() && i < images.size(); ++i)
        for (const auto& [name, group] : zarrImages[i].labels) {
            LabelImportOptions o;
            o.name.clear();
            for (unsigned char ch : name)
                o.name.push_back(std::isalnum(ch) || ch == '_' || ch == '-' || ch == '.' ? char(ch) : '_');
            out.push_back(importLabels(store, images[i].id, group, o));
        }
    return out;
}

} // namespace ouro
