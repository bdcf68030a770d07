#include "objects.h"

#include "error.h"
#include "pixelsource.h"
#include "render.h"
#include "sqlite.h"
#include "store.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace ouro {

namespace {

struct Acc {
    int64_t n = 0;
    long double sy = 0, sx = 0, sz = 0;
    int64_t minZ = std::numeric_limits<int64_t>::max(), minY = minZ, minX = minZ;
    int64_t maxZ = -1, maxY = -1, maxX = -1;
    std::vector<long double> sum, sumSq;
    std::vector<double> lo, hi;
};

} // namespace

int64_t measureObjects(Store& store, const LabelInfo& labels) {
    auto image = store.image(labels.imageId);
    if (!image)
        throw Error(store.path() + ": no image " + std::to_string(labels.imageId));
    const ImageInfo& im = *image;
    const size_t nc = size_t(im.sizeC);
    const int64_t cy = labels.chunkY, cx = labels.chunkX;
    const size_t n = size_t(cy * cx);
    // Through the store's own connection: it sees the chunks of the open transaction.
    ChunkFetcher fetch(store.db());
    PixelSource labelPixels(PixelLayout::of(labels), fetch), imagePixels(PixelLayout::of(im), fetch);
    std::unordered_map<uint32_t, Acc> acc;
    std::vector<uint8_t> raw, ch;
    std::vector<uint32_t> ids(n);
    std::vector<std::vector<double>> values(nc, std::vector<double>(n));
    for (int64_t t = 0; t < labels.sizeT; ++t)
        for (int64_t z = 0; z < labels.sizeZ; ++z)
            for (int64_t by = 0; by * cy < labels.sizeY; ++by)
                for (int64_t bx = 0; bx * cx < labels.sizeX; ++bx) {
                    labelPixels.readChunk(0, t, 0, z, by, bx, raw);
                    toIds(labels.dtype, raw.data(), n, ids.data());
                    if (std::all_of(ids.begin(), ids.end(), [](uint32_t v) { return v == 0; }))
                        continue; // background only: no need for the intensities
                    for (size_t c = 0; c < nc; ++c) {
                        imagePixels.readChunk(0, t, int64_t(c), z, by, bx, ch);
                        visitDType(im.dtype, [&](auto v) {
                            using T = decltype(v);
                            const T* p = reinterpret_cast<const T*>(ch.data());
                            for (size_t i = 0; i < n; ++i)
                                values[c][i] = double(p[i]);
                        });
                    }
                    const int64_t rows = std::min(cy, labels.sizeY - by * cy), cols = std::min(cx, labels.sizeX - bx * cx);
                    for (int64_t y = 0; y < rows; ++y)
                        for (int64_t x = 0; x < cols; ++x) {
                            const size_t i = size_t(y * cx + x);
                            const uint32_t id = ids[i];
                            if (!id)
                                continue;
                            Acc& a = acc[id];
                            if (a.sum.empty()) {
                                a.sum.assign(nc, 0);
                                a.sumSq.assign(nc, 0);
                                a.lo.assign(nc, std::numeric_limits<double>::infinity());
                                a.hi.assign(nc, -std::numeric_limits<double>::infinity());
                            }
                            const int64_t gy = by * cy + y, gx = bx * cx + x;
                            ++a.n;
                            a.sy += gy;
                            a.sx += gx;
                            a.sz += z;
                            a.minY = std::min(a.minY, gy);
                            a.maxY = std::max(a.maxY, gy);
                            a.minX = std::min(a.minX, gx);
                            a.maxX = std::max(a.maxX, gx);
                            a.minZ = std::min(a.minZ, z);
                            a.maxZ = std::max(a.maxZ, z);
                            for (size_t c = 0; c < nc; ++c) {
                                const double v = values[c][i];
                                a.sum[c] += v;
                                a.sumSq[c] += (long double)v * v;
                                a.lo[c] = std::min(a.lo[c], v);
                                a.hi[c] = std::max(a.hi[c], v);
                            }
                        }
                }
    std::vector<uint32_t> order;
    order.reserve(acc.size());
    for (const auto& [id, a] : acc)
        order.push_back(id);
    std::sort(order.begin(), order.end());
    const double pixelArea =
        im.physicalSizeX && im.physicalSizeY ? *im.physicalSizeX * *im.physicalSizeY * (labels.sizeZ > 1 && im.physicalSizeZ ? *im.physicalSizeZ : 1.0) : 0.0;

    sql::Stmt obj(store.db(), "INSERT INTO object(label_image_id, label, area, area_physical, centroid_z, centroid_y, "
                              "centroid_x, bbox_min_z, bbox_min_y, bbox_min_x, bbox_max_z, bbox_max_y, bbox_max_x) "
                              "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    sql::Stmt inten(store.db(), "INSERT INTO object_intensity(object_id, channel, mean, min, max, sum, std) "
                                "VALUES(?,?,?,?,?,?,?)");
    sql::Stmt tree(store.db(), "INSERT INTO object_rtree(id, min_x, max_x, min_y, max_y) VALUES(?,?,?,?,?)");
    for (uint32_t id : order) {
        const Acc& a = acc[id];
        const double nn = double(a.n);
        obj.bind(1, labels.id).bind(2, int64_t(id)).bind(3, a.n);
        if (pixelArea > 0)
            obj.bind(4, nn * pixelArea);
        obj.bind(5, double(a.sz / a.n)).bind(6, double(a.sy / a.n)).bind(7, double(a.sx / a.n));
        obj.bind(8, a.minZ).bind(9, a.minY).bind(10, a.minX).bind(11, a.maxZ + 1).bind(12, a.maxY + 1);
        obj.bind(13, a.maxX + 1).run();
        const int64_t oid = sqlite3_last_insert_rowid(store.db().handle());
        for (size_t c = 0; c < nc; ++c) {
            const long double mean = a.sum[c] / a.n;
            const long double var = std::max<long double>(0, a.sumSq[c] / a.n - mean * mean);
            inten.bind(1, oid).bind(2, int64_t(c)).bind(3, double(mean)).bind(4, a.lo[c]).bind(5, a.hi[c]);
            inten.bind(6, double(a.sum[c])).bind(7, double(std::sqrt(var))).run();
        }
        tree.bind(1, oid).bind(2, double(a.minX)).bind(3, double(a.maxX + 1)).bind(4, double(a.minY));
        tree.bind(5, double(a.maxY + 1)).run();
    }
    return int64_t(order.size());
}

std::vector<ObjectRow> loadObjects(Store& store, int64_t labelImageId) {
    std::vector<ObjectRow> out;
    sql::Stmt st(store.db(), "SELECT id, label, area, COALESCE(area_physical, 0), centroid_z, centroid_y, centroid_x, "
                             "bbox_min_z, bbox_min_y, bbox_min_x, bbox_max_z, bbox_max_y, bbox_max_x FROM object "
                             "WHERE label_image_id=? ORDER BY label");
    st.bind(1, labelImageId);
    std::unordered_map<int64_t, size_t> index;
    while (st.step()) {
        ObjectRow r;
        r.id = st.getInt(0);
        r.label = uint32_t(st.getInt(1));
        r.area = st.getInt(2);
        r.areaPhysical = st.getDouble(3);
        r.centroidZ = st.getDouble(4);
        r.centroidY = st.getDouble(5);
        r.centroidX = st.getDouble(6);
        r.minZ = st.getInt(7);
        r.minY = st.getInt(8);
        r.minX = st.getInt(9);
        r.maxZ = st.getInt(10);
        r.maxY = st.getInt(11);
        r.maxX = st.getInt(12);
        index[r.id] = out.size();
        out.push_back(std::move(r));
    }
    sql::Stmt in(store.db(), "SELECT i.object_id, i.channel, i.mean, i.min, i.max, i.sum, i.std FROM object_intensity i "
                             "JOIN object o ON o.id = i.object_id WHERE o.label_image_id=? ORDER BY i.object_id, i.channel");
    in.bind(1, labelImageId);
    while (in.step()) {
        auto it = index.find(in.getInt(0));
        if (it == index.end())
            continue;
        auto& chs = out[it->second].channels;
        const size_t c = size_t(in.getInt(1));
        if (chs.size() <= c)
            chs.resize(c + 1);
        chs[c] = {in.getDouble(2), in.getDouble(3), in.getDouble(4), in.getDouble(5), in.getDouble(6)};
    }
    return out;
}

} // namespace ouro
