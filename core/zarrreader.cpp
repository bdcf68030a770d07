#include "zarrreader.h"

#include "codec.h"
#include "error.h"
#include "omexml.h"

#include <nlohmann/json.hpp>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

namespace ouro {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in)
        return {};
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

json readJson(const fs::path& p, bool required) {
    std::error_code ec;
    if (!fs::exists(p, ec)) {
        if (required)
            throw Error(p.string() + ": missing");
        return json::object();
    }
    json j = json::parse(readFile(p), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw Error(p.string() + ": not valid JSON");
    return j;
}

std::string unitSymbol(const std::string& u) {
    static const std::map<std::string, std::string> m{
        {"micrometer", "µm"}, {"nanometer", "nm"}, {"millimeter", "mm"}, {"centimeter", "cm"}, {"meter", "m"},
        {"angstrom", "Å"},    {"second", "s"},     {"millisecond", "ms"}, {"microsecond", "µs"}, {"minute", "min"},
        {"hour", "h"}};
    auto it = m.find(u);
    return it == m.end() ? u : it->second;
}

} // namespace

/** The level-0 array of a multiscale group. */
struct ZarrArrayFile::Array {
    fs::path dir;
    std::vector<int64_t> shape, chunks;
    int axis[5] = {-1, -1, -1, -1, -1}; // dimension of t, c, z, y, x (-1: absent)
    size_t elem = 1;
    bool bigEndian = false;
    std::string codec; // "blosc", "zlib", "gzip", "zstd", "" (none)
    std::string sep = ".";
    std::vector<uint8_t> fill;
    // One decoded chunk kept: bands of rows read it again and again.
    std::vector<int64_t> cachedIndex;
    std::vector<uint8_t> cached;
    // The blosc frames of the row of chunks read last, as stored: an import that copies them
    // (ZarrArrayFile::bloscChunk) takes them from here rather than reading the files again.
    std::map<std::vector<int64_t>, std::vector<uint8_t>> frames;
    size_t xDim = 0;

    size_t chunkElems() const {
        size_t n = 1;
        for (int64_t c : chunks)
            n *= size_t(c);
        return n;
    }

    const std::vector<uint8_t>& chunk(const std::vector<int64_t>& index) {
        if (index == cachedIndex)
            return cached;
        std::string key;
        for (size_t d = 0; d < index.size(); ++d)
            key += (d ? sep : std::string()) + std::to_string(index[d]);
        const fs::path p = dir / key;
        const size_t bytes = chunkElems() * elem;
        cached.assign(bytes, 0);
        std::error_code ec;
        if (!fs::exists(p, ec)) {
            for (size_t i = 0; i < chunkElems(); ++i) // missing chunk: the fill value
                std::memcpy(cached.data() + i * elem, fill.data(), elem);
        } else {
            const std::string raw = readFile(p);
            const auto* in = reinterpret_cast<const uint8_t*>(raw.data());
            const std::string what = p.string();
            if (codec.empty()) {
                if (raw.size() != bytes)
                    throw Error(what + ": chunk of " + std::to_string(raw.size()) + " bytes, expected " +
                                std::to_string(bytes));
                std::memcpy(cached.data(), raw.data(), bytes);
            } else if (codec == "blosc") {
                const std::span<const uint8_t> frame(in, raw.size());
                if (bloscDecodedSize(frame) != bytes)
                    throw Error(what + ": blosc chunk of the wrong size");
                bloscDecompress(frame, cached);
                // A new row of chunks (another index but for x) replaces the frames kept.
                if (!frames.empty()) {
                    std::vector<int64_t> a = frames.begin()->first, b = index;
                    a[xDim] = b[xDim] = 0;
                    if (a != b)
                        frames.clear();
                }
                frames[index].assign(in, in + raw.size());
            } else if (codec == "zstd") {
                const size_t n = ZSTD_decompress(cached.data(), bytes, in, raw.size());
                if (ZSTD_isError(n) || n != bytes)
                    throw Error(what + ": damaged zstd chunk");
            } else { // zlib or gzip
                z_stream z{};
                inflateInit2(&z, 15 + 32);
                z.next_in = const_cast<Bytef*>(in);
                z.avail_in = uInt(raw.size());
                z.next_out = cached.data();
                z.avail_out = uInt(bytes);
                const int rc = inflate(&z, Z_FINISH);
                const bool ok = rc == Z_STREAM_END && z.avail_out == 0;
                inflateEnd(&z);
                if (!ok)
                    throw Error(what + ": damaged " + codec + " chunk");
            }
            if (bigEndian && elem > 1)
                for (size_t i = 0; i < chunkElems(); ++i)
                    std::reverse(cached.begin() + std::ptrdiff_t(i * elem), cached.begin() + std::ptrdiff_t((i + 1) * elem));
        }
        cachedIndex = index;
        return cached;
    }
};

namespace {

DType parseDtype(const std::string& d, bool& bigEndian, size_t& elem, const std::string& what) {
    if (d.size() < 3)
        throw Error(what + ": unknown dtype \"" + d + "\"");
    bigEndian = d[0] == '>';
    const std::string t = d.substr(1);
    static const std::map<std::string, std::pair<DType, size_t>> m{
        {"u1", {DType::UInt8, 1}},   {"i1", {DType::Int8, 1}},    {"u2", {DType::UInt16, 2}}, {"i2", {DType::Int16, 2}},
        {"u4", {DType::UInt32, 4}},  {"i4", {DType::Int32, 4}},   {"f4", {DType::Float32, 4}},
        {"f8", {DType::Float64, 8}}};
    auto it = m.find(t);
    if (it == m.end())
        throw Error(what + ": pixel type \"" + d + "\" is not supported");
    elem = it->second.second;
    return it->second.first;
}

/** Reads a multiscale group: its ImageInfo and its level-0 array. */
ImageInfo readGroupJson(const fs::path& group, ZarrArrayFile::Array* array) {
    const std::string what = group.string();
    const json attrs = readJson(group / ".zattrs", true);
    if (!attrs.contains("multiscales") || !attrs["multiscales"].is_array() || attrs["multiscales"].empty())
        throw Error(what + ": no OME-Zarr multiscales in .zattrs");
    const json& ms = attrs["multiscales"][0];
    if (!ms.contains("datasets") || ms["datasets"].empty())
        throw Error(what + ": multiscales has no datasets");
    const json& ds0 = ms["datasets"][0];
    const std::string path0 = ds0.value("path", "0");
    if (path0.find("..") != std::string::npos)
        throw Error(what + ": dataset path \"" + path0 + "\" leaves the group");
    const json za = readJson(group / path0 / ".zarray", true);
    const std::string zwhat = (group / path0).string();
    if (za.value("order", "C") != "C")
        throw Error(zwhat + ": Fortran-ordered arrays are not supported");
    if (za.contains("filters") && !za["filters"].is_null() && !za["filters"].empty())
        throw Error(zwhat + ": zarr filters are not supported");
    std::vector<int64_t> shape = za.at("shape").get<std::vector<int64_t>>();
    std::vector<int64_t> chunks = za.at("chunks").get<std::vector<int64_t>>();
    if (shape.empty() || shape.size() > 5 || chunks.size() != shape.size())
        throw Error(zwhat + ": shape and chunks must have 1 to 5 matching dimensions");
    for (size_t d = 0; d < shape.size(); ++d)
        if (shape[d] <= 0 || chunks[d] <= 0 || chunks[d] > (int64_t(1) << 24))
            throw Error(zwhat + ": dimension " + std::to_string(d) + " has shape " + std::to_string(shape[d]) +
                        " and chunk " + std::to_string(chunks[d]));
    // Axes: names from multiscales (0.4), else the last dimensions of t, c, z, y, x.
    std::vector<std::string> names, units;
    if (ms.contains("axes")) {
        for (const auto& a : ms["axes"]) {
            names.push_back(a.is_string() ? a.get<std::string>() : a.value("name", ""));
            units.push_back(a.is_object() && a.contains("unit") && a["unit"].is_string() ? a["unit"].get<std::string>()
                                                                                       : std::string());
        }
    } else {
        const char* all[] = {"t", "c", "z", "y", "x"};
        for (size_t d = 5 - shape.size(); d < 5; ++d)
            names.push_back(all[d]);
        units.assign(names.size(), std::string());
    }
    if (names.size() != shape.size())
        throw Error(what + ": " + std::to_string(names.size()) + " axes for an array of " +
                    std::to_string(shape.size()) + " dimensions");
    int axis[5] = {-1, -1, -1, -1, -1};
    for (size_t d = 0; d < names.size(); ++d) {
        const std::string n = names[d];
        const int k = n == "t" ? 0 : n == "c" ? 1 : n == "z" ? 2 : n == "y" ? 3 : n == "x" ? 4 : -1;
        if (k < 0 || axis[k] >= 0)
            throw Error(what + ": axis \"" + n + "\" is not one of t, c, z, y, x (once each)");
        axis[k] = int(d);
    }
    if (axis[3] < 0 || axis[4] < 0)
        throw Error(what + ": an image needs y and x axes");
    ImageInfo info;
    info.name = ms.value("name", group.filename().string());
    bool bigEndian = false;
    size_t elem = 1;
    info.dtype = parseDtype(za.at("dtype").get<std::string>(), bigEndian, elem, zwhat);
    const auto size = [&](int k) { return axis[k] >= 0 ? shape[size_t(axis[k])] : int64_t(1); };
    info.sizeT = size(0), info.sizeC = size(1), info.sizeZ = size(2), info.sizeY = size(3), info.sizeX = size(4);
    // Physical sizes from dataset 0's scale.
    if (ds0.contains("coordinateTransformations"))
        for (const auto& ct : ds0["coordinateTransformations"])
            if (ct.value("type", "") == "scale" && ct.contains("scale") && ct["scale"].size() == shape.size()) {
                const auto scale = ct["scale"].get<std::vector<double>>();
                if (axis[4] >= 0 && scale[size_t(axis[4])] > 0) {
                    info.physicalSizeX = scale[size_t(axis[4])];
                    info.physicalSizeXUnit = unitSymbol(units[size_t(axis[4])].empty() ? "micrometer" : units[size_t(axis[4])]);
                }
                if (axis[3] >= 0 && scale[size_t(axis[3])] > 0) {
                    info.physicalSizeY = scale[size_t(axis[3])];
                    info.physicalSizeYUnit = unitSymbol(units[size_t(axis[3])].empty() ? "micrometer" : units[size_t(axis[3])]);
                }
                if (axis[2] >= 0 && scale[size_t(axis[2])] > 0 && info.sizeZ > 1) {
                    info.physicalSizeZ = scale[size_t(axis[2])];
                    info.physicalSizeZUnit = unitSymbol(units[size_t(axis[2])].empty() ? "micrometer" : units[size_t(axis[2])]);
                }
                if (axis[0] >= 0 && scale[size_t(axis[0])] > 0 && info.sizeT > 1) {
                    info.timeIncrement = scale[size_t(axis[0])];
                    info.timeIncrementUnit = unitSymbol(units[size_t(axis[0])].empty() ? "second" : units[size_t(axis[0])]);
                }
            }
    // Channels from "omero".
    info.channels.resize(size_t(info.sizeC));
    if (attrs.contains("omero") && attrs["omero"].contains("channels")) {
        const auto& chs = attrs["omero"]["channels"];
        for (size_t c = 0; c < info.channels.size() && c < chs.size(); ++c) {
            info.channels[c].name = chs[c].value("label", "");
            const std::string hex = chs[c].value("color", "");
            if (hex.size() == 6 && hex.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos)
                info.channels[c].color = uint32_t(std::stoul(hex, nullptr, 16)) << 8 | 0xFFu;
        }
    }
    if (array) {
        array->dir = group / path0;
        array->shape = shape;
        array->chunks = chunks;
        std::copy(axis, axis + 5, array->axis);
        array->xDim = size_t(axis[4]);
        array->elem = elem;
        array->bigEndian = bigEndian;
        array->sep = za.value("dimension_separator", ".");
        if (za.contains("compressor") && !za["compressor"].is_null()) {
            array->codec = za["compressor"].value("id", "");
            if (array->codec != "blosc" && array->codec != "zlib" && array->codec != "gzip" && array->codec != "zstd")
                throw Error(zwhat + ": compressor \"" + array->codec + "\" is not supported");
        }
        array->fill.assign(elem, 0);
        if (za.contains("fill_value") && za["fill_value"].is_number()) {
            const double f = za["fill_value"].get<double>();
            switch (info.dtype) { // fill value in the pixel type
            case DType::UInt8: { uint8_t v = uint8_t(f); std::memcpy(array->fill.data(), &v, 1); break; }
            case DType::Int8: { int8_t v = int8_t(f); std::memcpy(array->fill.data(), &v, 1); break; }
            case DType::UInt16: { uint16_t v = uint16_t(f); std::memcpy(array->fill.data(), &v, 2); break; }
            case DType::Int16: { int16_t v = int16_t(f); std::memcpy(array->fill.data(), &v, 2); break; }
            case DType::UInt32: { uint32_t v = uint32_t(f); std::memcpy(array->fill.data(), &v, 4); break; }
            case DType::Int32: { int32_t v = int32_t(f); std::memcpy(array->fill.data(), &v, 4); break; }
            case DType::Float32: { float v = float(f); std::memcpy(array->fill.data(), &v, 4); break; }
            case DType::Float64: std::memcpy(array->fill.data(), &f, 8); break;
            }
        }
    }
    return info;
}

/** readGroupJson, with metadata of the wrong shape (a string where a number goes, …) as an ouro::Error. */
ImageInfo readGroup(const fs::path& group, ZarrArrayFile::Array* array) {
    try {
        return readGroupJson(group, array);
    } catch (const json::exception& e) {
        throw Error(group.string() + ": malformed OME-Zarr metadata (" + e.what() + ")");
    }
}

std::vector<std::pair<std::string, std::string>> labelGroups(const fs::path& group) {
    std::vector<std::pair<std::string, std::string>> out;
    const json l = readJson(group / "labels" / ".zattrs", false);
    if (l.contains("labels") && l["labels"].is_array())
        for (const auto& n : l["labels"])
            if (n.is_string() && n.get<std::string>().find("..") == std::string::npos)
                out.emplace_back(n.get<std::string>(), (group / "labels" / n.get<std::string>()).string());
    return out;
}

} // namespace

bool isOmeZarr(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec) || !fs::exists(fs::path(dir) / ".zattrs", ec))
        return false;
    try {
        const json a = readJson(fs::path(dir) / ".zattrs", false);
        return a.contains("multiscales") || a.contains("bioformats2raw.layout");
    } catch (const Error&) {
        return false;
    }
}

namespace {
std::vector<ZarrImage> readOmeZarrJson(const std::string& dir);
}

std::vector<ZarrImage> readOmeZarr(const std::string& dir) {
    try {
        return readOmeZarrJson(dir);
    } catch (const json::exception& e) {
        throw Error(dir + ": malformed OME-Zarr metadata (" + e.what() + ")");
    }
}

namespace {
std::vector<ZarrImage> readOmeZarrJson(const std::string& dir) {
    const fs::path root(dir);
    const json attrs = readJson(root / ".zattrs", true);
    std::vector<fs::path> groups;
    if (attrs.contains("multiscales")) {
        groups.push_back(root);
    } else if (attrs.contains("bioformats2raw.layout")) {
        // The series are listed in OME/.zattrs, or are the numbered groups 0, 1, …
        const json ome = readJson(root / "OME" / ".zattrs", false);
        if (ome.contains("series") && ome["series"].is_array()) {
            for (const auto& s : ome["series"])
                if (s.is_string() && s.get<std::string>().find("..") == std::string::npos)
                    groups.push_back(root / s.get<std::string>());
        } else {
            std::error_code ec;
            for (int i = 0; fs::exists(root / std::to_string(i) / ".zattrs", ec); ++i)
                groups.push_back(root / std::to_string(i));
        }
    } else {
        throw Error(dir + ": not an OME-Zarr image (no multiscales or bioformats2raw layout in .zattrs)");
    }
    if (groups.empty())
        throw Error(dir + ": the OME-Zarr directory lists no images");
    // bioformats2raw keeps the full OME metadata beside: physical sizes there are the real
    // ones (the multiscales scale is 1 where none was known), and so are channel names.
    std::optional<OmeDocument> ome;
    std::error_code ec;
    if (fs::exists(root / "OME" / "METADATA.ome.xml", ec)) {
        try {
            ome = parseOmeXml(readFile(root / "OME" / "METADATA.ome.xml"), (root / "OME" / "METADATA.ome.xml").string());
        } catch (const Error&) {
            ome.reset(); // the multiscales metadata is enough
        }
    }
    std::vector<ZarrImage> out;
    for (const auto& g : groups) {
        ZarrImage im;
        im.group = g.string();
        im.info = readGroup(g, nullptr);
        if (im.info.name.empty() || im.info.name == "0")
            im.info.name = root.filename().string() + (groups.size() > 1 ? " #" + g.filename().string() : "");
        im.labels = labelGroups(g);
        if (ome && out.size() < ome->images.size()) {
            const ImageInfo& o = ome->images[out.size()].info;
            if (o.sizeX == im.info.sizeX && o.sizeY == im.info.sizeY && o.sizeC == im.info.sizeC) {
                im.info.physicalSizeX = o.physicalSizeX, im.info.physicalSizeXUnit = o.physicalSizeXUnit;
                im.info.physicalSizeY = o.physicalSizeY, im.info.physicalSizeYUnit = o.physicalSizeYUnit;
                im.info.physicalSizeZ = o.physicalSizeZ, im.info.physicalSizeZUnit = o.physicalSizeZUnit;
                im.info.timeIncrement = o.timeIncrement, im.info.timeIncrementUnit = o.timeIncrementUnit;
                if (!o.name.empty())
                    im.info.name = o.name;
                for (size_t c = 0; c < im.info.channels.size() && c < o.channels.size(); ++c) {
                    if (!o.channels[c].name.empty())
                        im.info.channels[c].name = o.channels[c].name;
                    if (o.channels[c].color)
                        im.info.channels[c].color = o.channels[c].color;
                    im.info.channels[c].excitationWavelength = o.channels[c].excitationWavelength;
                    im.info.channels[c].emissionWavelength = o.channels[c].emissionWavelength;
                    im.info.channels[c].fluor = o.channels[c].fluor;
                }
            }
        }
        out.push_back(std::move(im));
    }
    return out;
}
} // namespace

ZarrArrayFile::ZarrArrayFile(const std::string& group) : group_(group), a_(std::make_unique<Array>()) {
    info_ = readGroup(group, a_.get());
    TiffPage p;
    p.width = uint32_t(info_.sizeX);
    p.height = uint32_t(info_.sizeY);
    p.bitsPerSample = uint16_t(a_->elem * 8);
    p.sampleFormat = dtypeIsFloat(info_.dtype) ? 3 : dtypeIsSigned(info_.dtype) ? 2 : 1;
    p.dtype = info_.dtype;
    p.tiled = true;
    p.tileWidth = uint32_t(a_->chunks[size_t(a_->axis[4])]);
    p.tileHeight = uint32_t(a_->chunks[size_t(a_->axis[3])]);
    pages_.assign(size_t(info_.sizeT * info_.sizeC * info_.sizeZ), p);
}

ZarrArrayFile::~ZarrArrayFile() = default;

std::pair<int64_t, int64_t> ZarrArrayFile::bloscChunkShape() const {
    const Array& a = *a_;
    if (a.codec != "blosc" || (a.bigEndian && a.elem > 1))
        return {0, 0};
    for (int k = 0; k < 3; ++k) // one plane per chunk: t, c and z chunks of 1
        if (a.axis[k] >= 0 && a.chunks[size_t(a.axis[k])] != 1)
            return {0, 0};
    return {a.chunks[size_t(a.axis[3])], a.chunks[size_t(a.axis[4])]};
}

std::optional<std::vector<uint8_t>> ZarrArrayFile::bloscChunk(size_t page, int64_t chunkY, int64_t chunkX, int64_t cy,
                                                              int64_t cx) {
    if (page >= pages_.size() || bloscChunkShape() != std::make_pair(chunkY, chunkX))
        return std::nullopt;
    const Array& a = *a_;
    const int64_t pos[5] = {int64_t(page) / (info_.sizeZ * info_.sizeC), int64_t(page) / info_.sizeZ % info_.sizeC,
                            int64_t(page) % info_.sizeZ, cy, cx};
    std::vector<int64_t> index(a.shape.size(), 0);
    for (int k = 0; k < 5; ++k)
        if (a.axis[k] >= 0)
            index[size_t(a.axis[k])] = pos[k];
    std::string key;
    for (size_t d = 0; d < index.size(); ++d)
        key += (d ? a.sep : std::string()) + std::to_string(index[d]);
    std::vector<uint8_t> frame;
    if (auto it = a.frames.find(index); it != a.frames.end()) {
        frame = it->second; // read (and checked) when the band was decoded
    } else {
        std::error_code ec;
        const fs::path p = a.dir / key;
        if (!fs::is_regular_file(p, ec))
            return std::nullopt; // a missing chunk is the fill value: made anew
        const std::string raw = readFile(p);
        frame.assign(raw.begin(), raw.end());
    }
    if (bloscDecodedSize(frame) != size_t(chunkY * chunkX) * a.elem)
        return std::nullopt;
    return frame;
}

void ZarrArrayFile::readBand(size_t page, uint32_t y0, uint32_t rows, const std::vector<uint8_t*>& out) {
    if (page >= pages_.size() || out.empty() || int64_t(y0) + rows > info_.sizeY)
        throw Error(group_ + ": a band outside the image");
    const Array& a = *a_;
    const int64_t z = int64_t(page) % info_.sizeZ, c = int64_t(page) / info_.sizeZ % info_.sizeC,
                  t = int64_t(page) / (info_.sizeZ * info_.sizeC);
    const int64_t pos[5] = {t, c, z, 0, 0};
    const size_t nd = a.shape.size();
    const int64_t cy = a.chunks[size_t(a.axis[3])], cx = a.chunks[size_t(a.axis[4])];
    const int64_t width = info_.sizeX;
    // Strides of the chunk (C order), in elements.
    std::vector<size_t> stride(nd, 1);
    for (size_t d = nd - 1; d > 0; --d)
        stride[d - 1] = stride[d] * size_t(a.chunks[d]);
    std::vector<int64_t> index(nd, 0);
    size_t inner = 0; // offset in the chunk of the t, c, z position
    for (int k = 0; k < 3; ++k)
        if (a.axis[k] >= 0) {
            const size_t d = size_t(a.axis[k]);
            index[d] = pos[k] / a.chunks[d];
            inner += size_t(pos[k] % a.chunks[d]) * stride[d];
        }
    const size_t dy = size_t(a.axis[3]), dx = size_t(a.axis[4]);
    for (int64_t y = y0; y < int64_t(y0) + rows;) {
        const int64_t chunkRow = y / cy, yEnd = std::min<int64_t>(int64_t(y0) + rows, (chunkRow + 1) * cy);
        index[dy] = chunkRow;
        for (int64_t chunkCol = 0; chunkCol * cx < width; ++chunkCol) {
            index[dx] = chunkCol;
            const auto& buf = a_->chunk(index);
            const int64_t x0 = chunkCol * cx, w = std::min<int64_t>(cx, width - x0);
            for (int64_t yy = y; yy < yEnd; ++yy) {
                const size_t off = inner + size_t(yy - chunkRow * cy) * stride[dy];
                uint8_t* dst = out[0] + (size_t(yy - y0) * size_t(width) + size_t(x0)) * a.elem;
                if (stride[dx] == 1) {
                    std::memcpy(dst, buf.data() + off * a.elem, size_t(w) * a.elem);
                } else {
                    for (int64_t xx = 0; xx < w; ++xx)
                        std::memcpy(dst + size_t(xx) * a.elem, buf.data() + (off + size_t(xx) * stride[dx]) * a.elem,
                                    a.elem);
                }
            }
        }
        y = yEnd;
    }
}

} // namespace ouro
