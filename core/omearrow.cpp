#include "omearrow.h"

#include "chunkreader.h"
#include "dtype.h"
#include "error.h"
#include "parquet.h"
#include "store.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>

namespace ouro {

using parquet::ColumnData;
using parquet::FileReader;
using parquet::Logical;
using parquet::Node;
using parquet::Physical;
using parquet::Repetition;

namespace {

constexpr const char* kTypeTag = "ome.arrow";
constexpr const char* kVersion = "1.0.0"; // the OME_ARROW_STRUCT layout we read and write

// ---- the layout of an OME-Arrow column ----

/** A leaf of the struct, by its logical name ("pixels_meta.size_x", "planes.pixels"). */
struct Leaf {
    int column = -1;
    int maxDef = 0;
    std::vector<int> listDefs; ///< per enclosing list: the definition level at which an element exists
};

using Layout = std::map<std::string, Leaf>;

int countLeaves(const Node& n) {
    if (n.leaf())
        return 1;
    int k = 0;
    for (const Node& c : n.children)
        k += countLeaves(c);
    return k;
}

// Names a leaf by its fields only: the wrapper groups of a LIST (list/element, bag/array, …) are
// left out, so both the three-level layout and the legacy two-level one give "planes.pixels".
void visit(const Node& n, const std::string& name, int def, std::vector<int> lists, int& column, Layout& out) {
    const int d = def + (n.repetition != Repetition::Required ? 1 : 0);
    if (n.repetition == Repetition::Repeated)
        lists.push_back(d);
    if (n.leaf()) {
        out[name] = Leaf{column++, d, lists};
        return;
    }
    if (n.group == Node::Group::List && n.children.size() == 1 && n.children[0].repetition == Repetition::Repeated) {
        const Node& r = n.children[0];
        const bool threeLevel = !r.leaf() && r.children.size() == 1 && r.name != "array" && !r.name.ends_with("_tuple");
        if (threeLevel) {
            lists.push_back(d + 1);
            visit(r.children[0], name, d + 1, lists, column, out);
        } else {
            visit(r, name, d, lists, column, out);
        }
        return;
    }
    for (const Node& c : n.children)
        visit(c, name.empty() ? c.name : name + "." + c.name, d, lists, column, out);
}

bool hasChild(const Node& n, const std::string& name) {
    return std::any_of(n.children.begin(), n.children.end(), [&](const Node& c) { return c.name == name; });
}

/** The OME-Arrow columns of a file: (column name, layout of its leaves). */
std::vector<std::pair<std::string, Layout>> omeArrowLayouts(const Node& root) {
    std::vector<std::pair<std::string, Layout>> out;
    int column = 0;
    for (const Node& c : root.children) {
        if (!c.leaf() && c.group == Node::Group::Struct && hasChild(c, "pixels_meta") && hasChild(c, "planes")) {
            Layout l;
            int col = column;
            visit(c, "", 0, {}, col, l);
            if (l.count("planes.pixels") && l.count("pixels_meta.size_x") && l.count("pixels_meta.size_y") &&
                l.at("planes.pixels").listDefs.size() == 2)
                out.emplace_back(c.name, std::move(l));
        }
        column += countLeaves(c);
    }
    return out;
}

// ---- values out of leaves ----

constexpr size_t kNone = SIZE_MAX;

/** A row-level leaf: for each row, the index of its value, or kNone when null. */
std::vector<size_t> rowValues(const ColumnData& d, const Leaf& l, int64_t rows, const std::string& what) {
    std::vector<size_t> out;
    out.reserve(size_t(rows));
    size_t v = 0;
    if (l.maxDef == 0) {
        for (int64_t r = 0; r < rows; ++r)
            out.push_back(v++);
        return out;
    }
    for (uint16_t def : d.def)
        out.push_back(def == l.maxDef ? v++ : kNone);
    if (out.size() != size_t(rows))
        throw Error(what + ": " + std::to_string(out.size()) + " values for " + std::to_string(rows) + " rows");
    return out;
}

/** A leaf inside one list: for each row, its elements' value indices (kNone when null). */
std::vector<std::vector<size_t>> listValues(const ColumnData& d, const Leaf& l, int64_t rows, const std::string& what) {
    std::vector<std::vector<size_t>> out;
    out.reserve(size_t(rows));
    size_t v = 0;
    for (size_t i = 0; i < d.def.size(); ++i) {
        if (i >= d.rep.size() || d.rep[i] == 0)
            out.emplace_back();
        if (out.empty())
            throw Error(what + ": the first value continues a row");
        if (d.def[i] >= l.listDefs[0])
            out.back().push_back(d.def[i] == l.maxDef ? v++ : kNone);
    }
    if (out.size() != size_t(rows))
        throw Error(what + ": " + std::to_string(out.size()) + " rows where the row group has " + std::to_string(rows));
    return out;
}

/** Where each plane's pixels are among the dense values: per row, per plane, (first, count). */
std::vector<std::vector<std::pair<size_t, size_t>>> pixelRuns(const ColumnData& d, const Leaf& l, int64_t rows,
                                                              const std::string& what) {
    std::vector<std::vector<std::pair<size_t, size_t>>> out;
    out.reserve(size_t(rows));
    size_t v = 0;
    if (d.rep.size() != d.def.size())
        throw Error(what + ": its repetition levels are missing");
    for (size_t i = 0; i < d.def.size(); ++i) {
        const int rep = d.rep[i], def = d.def[i];
        if (rep == 0)
            out.emplace_back();
        if (out.empty())
            throw Error(what + ": the first value continues a row");
        if (rep <= 1 && def >= l.listDefs[0])
            out.back().emplace_back(v, 0);
        if (def >= l.listDefs[1]) {
            if (def != l.maxDef)
                throw Error(what + ": row " + std::to_string(out.size() - 1) + " has a null pixel");
            if (out.back().empty())
                throw Error(what + ": a pixel outside any plane");
            ++out.back().back().second;
            ++v;
        }
    }
    if (out.size() != size_t(rows))
        throw Error(what + ": " + std::to_string(out.size()) + " rows where the row group has " + std::to_string(rows));
    return out;
}

std::string isoFromMicros(int64_t us) {
    const auto fdiv = [](int64_t a, int64_t b) { return a / b - ((a % b) < 0 ? 1 : 0); };
    const int64_t secs = fdiv(us, 1000000), days = fdiv(secs, 86400), sod = secs - days * 86400;
    const int64_t z = days + 719468, era = fdiv(z, 146097), doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    const int64_t dd = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9, y = yoe + era * 400 + (m <= 2);
    char b[96];
    std::snprintf(b, sizeof b, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld", (long long)y, (long long)m, (long long)dd,
                  (long long)(sod / 3600), (long long)(sod / 60 % 60), (long long)(sod % 60));
    return b;
}

/** "2008-02-06T13:43:19[.fff][Z]" as microseconds since 1970 (the wall clock taken as UTC). */
std::optional<int64_t> microsFromIso(const std::string& s) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    double sec = 0;
    if (std::sscanf(s.c_str(), "%d-%d-%dT%d:%d:%lf", &y, &mo, &d, &h, &mi, &sec) != 6 || mo < 1 || mo > 12 ||
        d < 1 || d > 31)
        return std::nullopt;
    const int64_t yy = y - (mo <= 2);
    const int64_t era = (yy >= 0 ? yy : yy - 399) / 400, yoe = yy - era * 400;
    const int64_t doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const int64_t days = era * 146097 + doe - 719468;
    return (days * 86400 + h * 3600 + mi * 60) * 1000000 + int64_t(std::llround(sec * 1e6));
}

std::optional<DType> dtypeOfLeaf(const parquet::Column& c) {
    switch (c.type) {
    case Physical::Float: return DType::Float32;
    case Physical::Double: return DType::Float64;
    case Physical::Int32:
    case Physical::Int64:
        if (c.logical == Logical::Int)
            switch (c.bitWidth) {
            case 8: return c.isSigned ? DType::Int8 : DType::UInt8;
            case 16: return c.isSigned ? DType::Int16 : DType::UInt16;
            case 32: return c.isSigned ? DType::Int32 : DType::UInt32;
            default: break;
            }
        return c.type == Physical::Int32 ? std::optional(DType::Int32) : std::nullopt;
    default: return std::nullopt;
    }
}

} // namespace

// ---- reading ----

struct OmeArrowFile::Impl {
    FileReader file;
    std::vector<std::pair<std::string, Layout>> layouts;
    struct Where {
        size_t layout;
        int group;
        int64_t row;                  ///< within its row group
        std::vector<int64_t> planeAt; ///< (t * C + c) * Z + z -> index in the row's planes, or -1
    };
    std::vector<Where> where; ///< per image
    // The pixels of one row group of one column, and where each plane's are.
    size_t cachedLayout = SIZE_MAX;
    int cachedGroup = -1;
    ColumnData pixels;
    bool realPixels = false;
    std::vector<std::vector<std::pair<size_t, size_t>>> runs;

    explicit Impl(const std::string& path) : file(path) {}

    void load(size_t layout, int group) {
        if (cachedLayout == layout && cachedGroup == group)
            return;
        cachedLayout = SIZE_MAX;
        const Leaf& l = layouts[layout].second.at("planes.pixels");
        const auto& col = file.columns()[size_t(l.column)];
        pixels = file.read(group, l.column);
        realPixels = col.type == Physical::Float || col.type == Physical::Double;
        runs = pixelRuns(pixels, l, file.rowGroupRows(group),
                         file.path() + ": column \"" + col.name + "\", row group " + std::to_string(group));
        cachedLayout = layout;
        cachedGroup = group;
    }
};

bool isOmeArrowParquet(const std::string& path) {
    try {
        FileReader f(path);
        return !omeArrowLayouts(f.schema()).empty();
    } catch (const std::exception&) {
        return false;
    }
}

OmeArrowFile::OmeArrowFile(const std::string& path) : path_(path), d_(std::make_unique<Impl>(path)) {
    d_->layouts = omeArrowLayouts(d_->file.schema());
    if (d_->layouts.empty())
        throw Error(path + ": no OME-Arrow image column (a struct with pixels_meta and planes)");
    const std::string stem = std::filesystem::path(path).stem().string();
    FileReader& f = d_->file;
    for (size_t li = 0; li < d_->layouts.size(); ++li) {
        // (Not a structured binding: lambdas below capture these, which clang 14 refuses.)
        const std::string& colName = d_->layouts[li].first;
        const Layout& layout = d_->layouts[li].second;
        for (int g = 0; g < f.rowGroups(); ++g) {
            const int64_t rows = f.rowGroupRows(g);
            const std::string at = path + ": column \"" + colName + "\", row group " + std::to_string(g);
            // Row-level fields, each as (data, value index per row).
            std::map<std::string, std::pair<ColumnData, std::vector<size_t>>> scalars;
            for (const auto& [name, leaf] : layout)
                if (leaf.listDefs.empty()) {
                    ColumnData cd = f.read(g, leaf.column);
                    auto idx = rowValues(cd, leaf, rows, at + ", field " + name);
                    scalars.emplace(name, std::make_pair(std::move(cd), std::move(idx)));
                }
            const auto text = [&](const std::string& name, int64_t r) -> std::optional<std::string> {
                auto it = scalars.find(name);
                if (it == scalars.end() || it->second.second[size_t(r)] == kNone)
                    return std::nullopt;
                const auto& col = f.columns()[size_t(layout.at(name).column)];
                if (col.type != Physical::ByteArray)
                    return std::nullopt;
                return std::string(it->second.first.text(it->second.second[size_t(r)]));
            };
            const auto number = [&](const std::string& name, int64_t r) -> std::optional<double> {
                auto it = scalars.find(name);
                if (it == scalars.end() || it->second.second[size_t(r)] == kNone)
                    return std::nullopt;
                const auto& col = f.columns()[size_t(layout.at(name).column)];
                const size_t i = it->second.second[size_t(r)];
                if (col.type == Physical::Float || col.type == Physical::Double)
                    return it->second.first.reals[i];
                if (col.type == Physical::Int32 || col.type == Physical::Int64)
                    return double(it->second.first.ints[i]);
                return std::nullopt;
            };
            // Channel and plane fields, per row.
            std::map<std::string, std::pair<ColumnData, std::vector<std::vector<size_t>>>> lists;
            for (const auto& [name, leaf] : layout)
                if (leaf.listDefs.size() == 1 &&
                    (name.starts_with("pixels_meta.channels.") || name.starts_with("planes."))) {
                    ColumnData cd = f.read(g, leaf.column);
                    auto idx = listValues(cd, leaf, rows, at + ", field " + name);
                    lists.emplace(name, std::make_pair(std::move(cd), std::move(idx)));
                }
            const auto item = [&](const std::string& name, int64_t r, size_t k) -> const ColumnData* {
                auto it = lists.find(name);
                if (it == lists.end() || k >= it->second.second[size_t(r)].size() ||
                    it->second.second[size_t(r)][k] == kNone)
                    return nullptr;
                return &it->second.first;
            };
            const auto itemIndex = [&](const std::string& name, int64_t r, size_t k) {
                return lists.at(name).second[size_t(r)][k];
            };
            const auto itemInt = [&](const std::string& name, int64_t r, size_t k) -> std::optional<int64_t> {
                const ColumnData* cd = item(name, r, k);
                if (!cd || f.columns()[size_t(layout.at(name).column)].type == Physical::ByteArray)
                    return std::nullopt;
                const size_t i = itemIndex(name, r, k);
                return cd->ints.empty() ? int64_t(cd->reals[i]) : cd->ints[i];
            };

            const Leaf& pixLeaf = layout.at("planes.pixels");
            const auto& pixCol = f.columns()[size_t(pixLeaf.column)];
            for (int64_t r = 0; r < rows; ++r) {
                const std::string rowWhat = path + ": row " + std::to_string(images_.size()) + " (\"" + colName + "\")";
                const auto sx = number("pixels_meta.size_x", r), sy = number("pixels_meta.size_y", r);
                if (!sx || !sy)
                    continue; // a null record: no image in this row
                ImageInfo info;
                info.sizeX = int64_t(*sx);
                info.sizeY = int64_t(*sy);
                info.sizeZ = int64_t(number("pixels_meta.size_z", r).value_or(1));
                info.sizeC = int64_t(number("pixels_meta.size_c", r).value_or(1));
                info.sizeT = int64_t(number("pixels_meta.size_t", r).value_or(1));
                if (info.sizeX < 1 || info.sizeY < 1 || info.sizeZ < 1 || info.sizeC < 1 || info.sizeT < 1)
                    throw Error(rowWhat + ": sizes " + std::to_string(info.sizeX) + " x " + std::to_string(info.sizeY) +
                                " x " + std::to_string(info.sizeZ) + " x " + std::to_string(info.sizeC) + " x " +
                                std::to_string(info.sizeT) + " are not all positive");
                const auto type = text("pixels_meta.type", r);
                std::optional<DType> dt = type ? dtypeFromName(*type) : std::nullopt;
                if (!dt)
                    dt = dtypeOfLeaf(pixCol);
                if (!dt)
                    throw Error(rowWhat + ": pixel type \"" + type.value_or("") + "\" is not one we store");
                info.dtype = *dt;
                info.name = text("name", r).value_or(text("id", r).value_or(""));
                if (info.name.empty())
                    info.name = stem + (rows > 1 || f.rowGroups() > 1 ? " #" + std::to_string(images_.size()) : "");
                if (auto dim = text("pixels_meta.dimension_order", r); dim && dim->size() == 5)
                    info.sourceDimensionOrder = *dim;
                const auto physical = [&](const char* axis, std::optional<double>& size, std::string& unit) {
                    const std::string key = std::string("pixels_meta.physical_size_") + axis;
                    if (auto v = number(key, r); v && std::isfinite(*v) && *v > 0)
                        size = *v;
                    if (auto u = text(key + "_unit", r); u && !u->empty())
                        unit = *u == "um" || *u == "micron" ? "µm" : *u;
                };
                physical("x", info.physicalSizeX, info.physicalSizeXUnit);
                physical("y", info.physicalSizeY, info.physicalSizeYUnit);
                physical("z", info.physicalSizeZ, info.physicalSizeZUnit);
                if (auto it = scalars.find("acquisition_datetime"); it != scalars.end() && it->second.second[size_t(r)] != kNone) {
                    const auto& col = f.columns()[size_t(layout.at("acquisition_datetime").column)];
                    const int64_t v = it->second.first.ints.at(it->second.second[size_t(r)]);
                    const int64_t us = col.logical == Logical::TimestampMillis  ? v * 1000
                                       : col.logical == Logical::TimestampNanos ? v / 1000
                                                                                : v;
                    info.acquisitionDate = isoFromMicros(us);
                }
                // Channels: as many as size_c; the list's entries name and colour them.
                for (int64_t c = 0; c < info.sizeC; ++c) {
                    ChannelInfo ch;
                    const size_t k = size_t(c);
                    // The name (even an empty one), else the id, else C0, C1, …
                    if (const ColumnData* cd = item("pixels_meta.channels.name", r, k))
                        ch.name = std::string(cd->text(itemIndex("pixels_meta.channels.name", r, k)));
                    else if (const ColumnData* id = item("pixels_meta.channels.id", r, k))
                        ch.name = std::string(id->text(itemIndex("pixels_meta.channels.id", r, k)));
                    else
                        ch.name = "C" + std::to_string(c);
                    if (auto rgba = itemInt("pixels_meta.channels.color_rgba", r, k))
                        ch.color = uint32_t(*rgba);
                    for (const auto& [field, slot] :
                         {std::pair{"pixels_meta.channels.emission_um", &ch.emissionWavelength},
                          std::pair{"pixels_meta.channels.excitation_um", &ch.excitationWavelength}})
                        if (const ColumnData* cd = item(field, r, k); cd && !cd->reals.empty()) {
                            const double um = cd->reals[itemIndex(field, r, k)];
                            if (std::isfinite(um) && um > 0)
                                *slot = um * 1000; // stored in nm
                        }
                    info.channels.push_back(std::move(ch));
                }
                // Planes: each names its (z, t, c).
                Impl::Where w{li, g, r, std::vector<int64_t>(size_t(info.planeCount()), -1)};
                const auto planeCount = lists.count("planes.z") ? lists.at("planes.z").second[size_t(r)].size() : 0;
                for (size_t k = 0; k < planeCount; ++k) {
                    const int64_t z = itemInt("planes.z", r, k).value_or(0), t = itemInt("planes.t", r, k).value_or(0),
                                  c = itemInt("planes.c", r, k).value_or(0);
                    if (z < 0 || z >= info.sizeZ || t < 0 || t >= info.sizeT || c < 0 || c >= info.sizeC)
                        throw Error(rowWhat + ": plane " + std::to_string(k) + " is (z, t, c) = (" + std::to_string(z) +
                                    ", " + std::to_string(t) + ", " + std::to_string(c) + "), outside the image's " +
                                    std::to_string(info.sizeZ) + " x " + std::to_string(info.sizeT) + " x " +
                                    std::to_string(info.sizeC));
                    w.planeAt[size_t((t * info.sizeC + c) * info.sizeZ + z)] = int64_t(k);
                }
                if (!lists.count("planes.z") && info.planeCount() == 1)
                    w.planeAt[0] = 0; // a single plane need not say where it is
                firstPage_.push_back(pages_.size());
                TiffPage p;
                p.width = uint32_t(info.sizeX);
                p.height = uint32_t(info.sizeY);
                p.bitsPerSample = uint16_t(dtypeSize(info.dtype) * 8);
                p.dtype = info.dtype;
                p.compression = 0;
                pages_.insert(pages_.end(), size_t(info.planeCount()), p);
                images_.push_back(std::move(info));
                d_->where.push_back(std::move(w));
            }
        }
    }
    if (images_.empty())
        throw Error(path + ": the OME-Arrow column holds no image (every row is null)");
}

OmeArrowFile::~OmeArrowFile() = default;

void OmeArrowFile::readBand(size_t page, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out) {
    const size_t image = size_t(std::upper_bound(firstPage_.begin(), firstPage_.end(), page) - firstPage_.begin()) - 1;
    const ImageInfo& info = images_.at(image);
    const Impl::Where& w = d_->where[image];
    const size_t planeIndex = page - firstPage_[image];
    const int64_t k = w.planeAt.at(planeIndex);
    const size_t px = size_t(info.sizeX) * rows, first = size_t(y0) * size_t(info.sizeX);
    const size_t bytes = dtypeSize(info.dtype);
    if (out.empty() || y0 + uint64_t(rows) > uint64_t(info.sizeY))
        throw Error(path_ + ": rows " + std::to_string(y0) + "+" + std::to_string(rows) + " are outside the image");
    if (k < 0) { // a plane the record leaves out reads as zeros
        std::fill(out[0], out[0] + px * bytes, uint8_t(0));
        return;
    }
    d_->load(w.layout, w.group);
    const auto& planes = d_->runs.at(size_t(w.row));
    const std::string what = path_ + ": image " + std::to_string(image) + " (\"" + info.name + "\"), plane " +
                             std::to_string(k);
    if (size_t(k) >= planes.size())
        throw Error(what + " has no pixels");
    const size_t start = planes[size_t(k)].first, count = planes[size_t(k)].second;
    if (count != size_t(info.sizeX * info.sizeY))
        throw Error(what + " has " + std::to_string(count) + " pixels, not " + std::to_string(info.sizeX) + " x " +
                    std::to_string(info.sizeY));
    const ColumnData& d = d_->pixels;
    visitDType(info.dtype, [&](auto zero) {
        using T = decltype(zero);
        T* dst = reinterpret_cast<T*>(out[0]);
        for (size_t i = 0; i < px; ++i) {
            const size_t v = start + first + i;
            if constexpr (std::is_floating_point_v<T>) {
                dst[i] = d_->realPixels ? T(d.reals[v]) : T(d.ints[v]);
            } else {
                const double x = d_->realPixels ? d.reals[v] : double(d.ints[v]);
                if (!(x >= double(std::numeric_limits<T>::lowest()) && x <= double(std::numeric_limits<T>::max())))
                    throw Error(what + ": pixel value " + std::to_string(x) + " does not fit " +
                                std::string(dtypeName(info.dtype)));
                dst[i] = d_->realPixels ? T(x) : T(d.ints[v]);
            }
        }
    });
}

// ---- writing ----

namespace {

Node str(const char* name) { return Node::leafOf(name, Physical::ByteArray, Repetition::Optional, Logical::String); }
Node i32(const char* name, int bits = 32, bool isSigned = true) {
    Node n = Node::leafOf(name, Physical::Int32, Repetition::Optional, Logical::Int);
    n.bitWidth = bits;
    n.isSigned = isSigned;
    return n;
}
Node f32(const char* name) { return Node::leafOf(name, Physical::Float); }
Node listOf(const char* name, Node element) {
    element.name = "element";
    return Node::groupOf(name, {Node::groupOf("list", {std::move(element)}, Repetition::Repeated)},
                         Repetition::Optional, Node::Group::List);
}

/** The Parquet leaf that holds pixels of these types: uint16 for 8- and 16-bit ones, as OME_ARROW_STRUCT has it. */
Node pixelLeaf(DType t) {
    switch (t) {
    case DType::UInt8:
    case DType::UInt16: return i32("element", 16, false);
    case DType::Int8:
    case DType::Int16: return i32("element", 16, true);
    case DType::UInt32: return i32("element", 32, false);
    case DType::Int32: return i32("element", 32, true);
    case DType::Float32: return f32("element");
    case DType::Float64: break;
    }
    return Node::leafOf("element", Physical::Double);
}

Node omeArrowSchema(DType pixels) {
    Node ts = Node::leafOf("acquisition_datetime", Physical::Int64, Repetition::Optional, Logical::TimestampMicros);
    ts.utc = false;
    Node channel = Node::groupOf("element", {str("id"), str("name"), f32("emission_um"), f32("excitation_um"),
                                             str("illumination"), i32("color_rgba", 32, false)});
    Node meta = Node::groupOf(
        "pixels_meta", {str("dimension_order"), str("type"), i32("size_x"), i32("size_y"), i32("size_z"),
                        i32("size_c", 16), i32("size_t"), f32("physical_size_x"), f32("physical_size_y"),
                        f32("physical_size_z"), str("physical_size_x_unit"), str("physical_size_y_unit"),
                        str("physical_size_z_unit"), listOf("channels", std::move(channel))});
    Node plane = Node::groupOf("element", {i32("z"), i32("t"), i32("c", 16), listOf("pixels", pixelLeaf(pixels))});
    Node masks = Node::leafOf("masks", Physical::Int32, Repetition::Optional, Logical::Null);
    Node record = Node::groupOf("ome_arrow", {str("type"), str("version"), str("id"), str("name"), std::move(ts),
                                              std::move(meta), listOf("planes", std::move(plane)), std::move(masks)});
    return Node::groupOf("schema", {std::move(record)});
}

} // namespace

void exportOmeArrow(Store& store, const std::string& out, const std::vector<int64_t>& imageIds,
                    const std::function<bool(double)>& progress) {
    std::vector<ImageInfo> images;
    if (imageIds.empty()) {
        images = store.images();
    } else {
        for (int64_t id : imageIds) {
            auto found = store.image(id);
            if (!found)
                throw Error(store.path() + ": no image with id " + std::to_string(id));
            images.push_back(*found);
        }
    }
    if (images.empty())
        throw Error(store.path() + ": no images to export");
    // One pixel column for every image: 8- and 16-bit share uint16, other types must agree.
    const auto pixelClass = [](DType t) { return t == DType::UInt8 ? DType::UInt16 : t; };
    const DType pixels = pixelClass(images.front().dtype);
    for (const auto& im : images) {
        if (pixelClass(im.dtype) != pixels)
            throw Error(store.path() + ": images " + std::to_string(images.front().id) + " (" +
                        std::string(dtypeName(images.front().dtype)) + ") and " + std::to_string(im.id) + " (" +
                        std::string(dtypeName(im.dtype)) +
                        ") have pixel types that cannot share one OME-Arrow column; export them separately with --image");
        // A record's pixels are one Parquet page, whose size is a 32-bit number.
        if (uint64_t(im.planeCount()) * uint64_t(im.planePixels()) * std::max<size_t>(dtypeSize(im.dtype), 2) >
            (uint64_t(1) << 30))
            throw Error(store.path() + ": image " + std::to_string(im.id) + " (\"" + im.name +
                        "\") is over 1 GiB of pixels, too large for one OME-Arrow record; export it as OME-TIFF or OME-Zarr");
    }

    parquet::WriterOptions wo;
    wo.rowGroupRows = 1; // one image per row group, so memory holds one image at a time
    wo.metadata = {{"ome.arrow.type", kTypeTag}, {"ome.arrow.version", kVersion}};
    parquet::FileWriter w(out, omeArrowSchema(pixels), wo);
    std::map<std::string, int> col;
    for (size_t i = 0; i < w.columns().size(); ++i)
        col[w.columns()[i].name] = int(i);
    const auto at = [&](const std::string& name) { return col.at("ome_arrow." + name); };
    ChunkReader reader(store.path());
    uint64_t total = 0, done = 0;
    for (const auto& im : images)
        total += uint64_t(im.planeCount());

    for (const auto& im : images) {
        // Row-level fields: def 2 when present, 1 when null (the record itself is present).
        const auto text = [&](const std::string& name, const std::string& v, bool present = true) {
            ColumnData d;
            d.def = {uint16_t(present ? 2 : 1)};
            if (present)
                d.addText(v);
            w.append(at(name), d);
        };
        text("type", kTypeTag);
        text("version", kVersion);
        text("id", std::to_string(im.id));
        text("name", im.name);
        {
            ColumnData d;
            const auto us = microsFromIso(im.acquisitionDate);
            d.def = {uint16_t(us ? 2 : 1)};
            if (us)
                d.ints.push_back(*us);
            w.append(at("acquisition_datetime"), d);
        }
        // pixels_meta fields: def 3.
        const auto metaText = [&](const std::string& name, const std::string& v) {
            ColumnData d;
            d.def = {3};
            d.addText(v);
            w.append(at("pixels_meta." + name), d);
        };
        const auto metaInt = [&](const std::string& name, int64_t v) {
            ColumnData d;
            d.def = {3};
            d.ints.push_back(v);
            w.append(at("pixels_meta." + name), d);
        };
        const auto metaReal = [&](const std::string& name, const std::optional<double>& v) {
            ColumnData d;
            d.def = {uint16_t(v ? 3 : 2)};
            if (v)
                d.reals.push_back(*v);
            w.append(at("pixels_meta." + name), d);
        };
        metaText("dimension_order", im.sizeZ == 1 ? "XYCT" : "XYZCT");
        metaText("type", std::string(dtypeOme(im.dtype)));
        metaInt("size_x", im.sizeX);
        metaInt("size_y", im.sizeY);
        metaInt("size_z", im.sizeZ);
        metaInt("size_c", im.sizeC);
        metaInt("size_t", im.sizeT);
        metaReal("physical_size_x", im.physicalSizeX);
        metaReal("physical_size_y", im.physicalSizeY);
        metaReal("physical_size_z", im.physicalSizeZ);
        metaText("physical_size_x_unit", im.physicalSizeXUnit);
        metaText("physical_size_y_unit", im.physicalSizeYUnit);
        metaText("physical_size_z_unit", im.physicalSizeZUnit);
        // Channels: a list of structs, fields at def 6 (5: the field is null).
        {
            ColumnData id, name, em, ex, illum, rgba;
            for (int64_t c = 0; c < im.sizeC; ++c) {
                const ChannelInfo ch = size_t(c) < im.channels.size() ? im.channels[size_t(c)] : ChannelInfo{};
                const uint16_t r = c == 0 ? 0 : 1;
                for (ColumnData* d : {&id, &name, &em, &ex, &illum, &rgba})
                    d->rep.push_back(r);
                id.def.push_back(6), id.addText("Channel:" + std::to_string(im.id) + ":" + std::to_string(c));
                name.def.push_back(6), name.addText(ch.name);
                const auto um = [&](ColumnData& d, const std::optional<double>& v) {
                    const double scale = ch.wavelengthUnit == "µm" ? 1 : ch.wavelengthUnit == "nm" ? 1e-3 : 0;
                    d.def.push_back(uint16_t(v && scale > 0 ? 6 : 5));
                    if (v && scale > 0)
                        d.reals.push_back(*v * scale);
                };
                um(em, ch.emissionWavelength);
                um(ex, ch.excitationWavelength);
                illum.def.push_back(5);
                rgba.def.push_back(uint16_t(ch.color ? 6 : 5));
                if (ch.color)
                    rgba.ints.push_back(int64_t(*ch.color));
            }
            const std::string p = "pixels_meta.channels.list.element.";
            w.append(at(p + "id"), id), w.append(at(p + "name"), name);
            w.append(at(p + "emission_um"), em), w.append(at(p + "excitation_um"), ex);
            w.append(at(p + "illumination"), illum), w.append(at(p + "color_rgba"), rgba);
        }
        // Planes, in the store's (t, c, z) order; their pixels a list inside the list.
        {
            ColumnData z, t, c, px;
            const size_t n = size_t(im.planePixels()), bytes = dtypeSize(im.dtype);
            px.def.reserve(size_t(im.planeCount()) * n);
            px.rep.reserve(size_t(im.planeCount()) * n);
            bool firstPlane = true;
            for (int64_t tt = 0; tt < im.sizeT; ++tt)
                for (int64_t cc = 0; cc < im.sizeC; ++cc)
                    for (int64_t zz = 0; zz < im.sizeZ; ++zz) {
                        const uint16_t r = firstPlane ? 0 : 1;
                        for (ColumnData* d : {&z, &t, &c})
                            d->rep.push_back(r), d->def.push_back(5);
                        z.ints.push_back(zz), t.ints.push_back(tt), c.ints.push_back(cc);
                        const std::vector<uint8_t> plane = reader.source(im).readPlane(0, tt, cc, zz);
                        if (plane.size() != n * bytes)
                            throw Error(store.path() + ": image " + std::to_string(im.id) + " has a plane of the wrong size");
                        px.def.insert(px.def.end(), n, 7);
                        px.rep.push_back(r);
                        px.rep.insert(px.rep.end(), n - 1, 2);
                        visitDType(im.dtype, [&](auto zero) {
                            using T = decltype(zero);
                            const T* v = reinterpret_cast<const T*>(plane.data());
                            if constexpr (std::is_floating_point_v<T>)
                                px.reals.insert(px.reals.end(), v, v + n);
                            else
                                px.ints.insert(px.ints.end(), v, v + n);
                        });
                        firstPlane = false;
                        ++done;
                        if (progress && !progress(total ? double(done) / double(total) : 1.0))
                            throw Cancelled();
                    }
            const std::string p = "planes.list.element.";
            w.append(at(p + "z"), z), w.append(at(p + "t"), t), w.append(at(p + "c"), c);
            w.append(at(p + "pixels.list.element"), px);
        }
        {
            ColumnData masks;
            masks.def = {1};
            w.append(at("masks"), masks);
        }
        w.endRows(1);
    }
    w.close();
}

} // namespace ouro
