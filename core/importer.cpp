#include "importer.h"

#include "pixelsource.h"
#include "chunksink.h"
#include "error.h"
#include "omexml.h"
#include "planewriter.h"
#include "pngreader.h"
#include "store.h"
#include "tiffreader.h"
#include "omearrow.h"
#include "zarrreader.h"
#include "version.h"

#include <zlib.h>

#include <algorithm>
#include <tuple>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <limits>
#include <map>
#include <set>
#include <sstream>

namespace ouro {

namespace fs = std::filesystem;

namespace {

constexpr int64_t kMaxPlanes = 10'000'000;

std::string stem(const std::string& path) {
    std::string n = fs::path(path).filename().string();
    for (const char* ext : {".companion.ome", ".png", ".ome.tiff", ".ome.tif", ".ome.tf2", ".ome.tf8", ".ome.btf", ".tiff",
                            ".tif", ".btf", ".tf2", ".tf8"}) {
        size_t l = std::strlen(ext);
        if (n.size() > l && n.compare(n.size() - l, l, ext) == 0)
            return n.substr(0, n.size() - l);
    }
    return n;
}

std::string readTextFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path + ": cannot read file");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string canonical(const std::string& p) {
    std::error_code ec;
    auto c = fs::weakly_canonical(p, ec);
    return ec ? p : c.string();
}

size_t addPng(ImportPlan& plan, const std::string& path) {
    plan.tiffs.push_back(std::make_shared<PngFile>(path));
    return plan.tiffs.size() - 1;
}

size_t addTiff(ImportPlan& plan, std::map<std::string, size_t>& byPath, const std::string& path) {
    std::string key = fs::weakly_canonical(path).string();
    auto it = byPath.find(key);
    if (it != byPath.end())
        return it->second;
    plan.tiffs.push_back(std::make_shared<TiffFile>(path));
    byPath[key] = plan.tiffs.size() - 1;
    return plan.tiffs.size() - 1;
}

void checkPage(const RasterFile& tf, size_t ifd, const ImageInfo& info, int spp, const std::string& xmlSource) {
    if (ifd >= tf.pageCount())
        throw Error(xmlSource + ": OME-XML refers to IFD " + std::to_string(ifd) + " of " + tf.path() +
                    ", which has only " + std::to_string(tf.pageCount()) + " IFDs");
    const TiffPage& p = tf.page(ifd);
    if (!p.unsupported.empty())
        throw Error(tf.path() + ": IFD " + std::to_string(ifd) + ": " + p.unsupported);
    if (p.width != info.sizeX || p.height != info.sizeY)
        throw Error(xmlSource + ": OME-XML says " + std::to_string(info.sizeX) + "x" + std::to_string(info.sizeY) +
                    " pixels but IFD " + std::to_string(ifd) + " of " + tf.path() + " is " +
                    std::to_string(p.width) + "x" + std::to_string(p.height));
    if (p.samplesPerPixel != spp)
        throw Error(xmlSource + ": OME-XML says " + std::to_string(spp) + " samples per pixel but IFD " +
                    std::to_string(ifd) + " of " + tf.path() + " has " + std::to_string(p.samplesPerPixel));
    if (p.dtype != info.dtype)
        throw Error(xmlSource + ": OME-XML pixel type " + std::string(dtypeOme(info.dtype)) + " disagrees with IFD " +
                    std::to_string(ifd) + " of " + tf.path() + " (" + std::string(dtypeName(*p.dtype)) + ")");
}

// True when cur looks like a 2x (or 4x, …) reduced copy of prev: an old-style
// multi-series pyramid level, which we skip because we build our own.
bool isReducedCopy(const ImageInfo& prev, const ImageInfo& cur) {
    if (cur.dtype != prev.dtype || cur.sizeC != prev.sizeC || cur.sizeZ != prev.sizeZ || cur.sizeT != prev.sizeT ||
        cur.sizeX >= prev.sizeX || cur.sizeY >= prev.sizeY)
        return false;
    auto halves = [](int64_t big, int64_t small) { return small == big / 2 || small == (big + 1) / 2; };
    return halves(prev.sizeX, cur.sizeX) && halves(prev.sizeY, cur.sizeY);
}

void checkSizes(const ImageInfo& i, const std::string& source) {
    int64_t planes = 0;
    if (__builtin_mul_overflow(i.sizeT, i.sizeC, &planes) || __builtin_mul_overflow(planes, i.sizeZ, &planes) ||
        planes > kMaxPlanes)
        throw Error(source + ": too many planes (" + std::to_string(i.sizeT) + " x " + std::to_string(i.sizeC) +
                    " x " + std::to_string(i.sizeZ) + ")");
    if (i.sizeX < 1 || i.sizeY < 1 || i.sizeX > (int64_t(1) << 31) || i.sizeY > (int64_t(1) << 31))
        throw Error(source + ": image size " + std::to_string(i.sizeX) + "x" + std::to_string(i.sizeY) +
                    " is out of range");
}

// OME-TIFF, a companion file, or an OME-TIFF whose metadata is in a companion (BinaryOnly).
void planOme(ImportPlan& plan, std::map<std::string, size_t>& byPath, OmeDocument doc, const std::string& xmlSource,
             std::optional<size_t> xmlTiff) {
    const std::string baseDir = fs::path(xmlSource).parent_path().string();
    auto resolve = [&](const TiffDataRef& td) -> size_t {
        if (!td.fileName.empty()) {
            fs::path p = fs::path(baseDir) / td.fileName;
            std::error_code ec;
            if (!fs::exists(p, ec))
                throw Error(xmlSource + ": OME-XML refers to \"" + td.fileName + "\", which is missing");
            return addTiff(plan, byPath, p.string());
        }
        if (!xmlTiff)
            throw Error(xmlSource + ": TiffData without a FileName in a metadata-only file");
        return *xmlTiff;
    };

    for (size_t s = 0; s < doc.images.size(); ++s) {
        OmeImage& oi = doc.images[s];
        ImageInfo& info = oi.info;
        if (s > 0 && isReducedCopy(doc.images[s - 1].info, info))
            continue; // a pyramid level stored as its own series: level 0 is the data
        checkSizes(info, xmlSource);
        const int spp = oi.samplesPerPixel;
        const int64_t effC = oi.omeSizeC / spp;
        const int64_t n = info.sizeZ * effC * info.sizeT;
        std::vector<std::optional<std::pair<size_t, size_t>>> map(static_cast<size_t>(n));
        if (oi.tiffData.empty()) {
            if (!xmlTiff)
                throw Error(xmlSource + ": Image \"" + info.name + "\" has no TiffData");
            for (int64_t i = 0; i < n; ++i)
                map[static_cast<size_t>(i)] = {*xmlTiff, static_cast<size_t>(i)};
        }
        for (const auto& td : oi.tiffData) {
            size_t file = resolve(td);
            const RasterFile& tf = *plan.tiffs[file];
            if (td.firstZ >= info.sizeZ || td.firstC >= effC || td.firstT >= info.sizeT)
                throw Error(xmlSource + ": TiffData FirstZ/FirstC/FirstT lies outside the image");
            int64_t start = planeIndex(info.sourceDimensionOrder, td.firstZ, td.firstC, td.firstT, info.sizeZ,
                                       effC, info.sizeT);
            int64_t ifd0 = td.ifd.value_or(0);
            int64_t count = td.planeCount ? *td.planeCount
                            : td.ifd      ? 1
                                          : std::min<int64_t>(int64_t(tf.pageCount()) - ifd0, n - start);
            for (int64_t k = 0; k < count && start + k < n; ++k)
                map[static_cast<size_t>(start + k)] = {file, static_cast<size_t>(ifd0 + k)};
        }
        ImagePlan ip;
        ip.sourceSeries = static_cast<int64_t>(s);
        for (int64_t i = 0; i < n; ++i) {
            if (!map[static_cast<size_t>(i)]) {
                auto zct = planeZCT(info.sourceDimensionOrder, i, info.sizeZ, effC, info.sizeT);
                throw Error(xmlSource + ": OME-XML maps no IFD to plane z=" + std::to_string(zct[0]) +
                            " c=" + std::to_string(zct[1]) + " t=" + std::to_string(zct[2]) + " of image \"" +
                            info.name + "\"");
            }
            checkPage(*plan.tiffs[map[static_cast<size_t>(i)]->first], map[static_cast<size_t>(i)]->second, info,
                      spp, xmlSource);
        }
        // Our channels are samples: channel c' is OME channel c'/spp, sample c'%spp.
        ip.planes.resize(static_cast<size_t>(info.sizeT * info.sizeC * info.sizeZ));
        for (int64_t t = 0; t < info.sizeT; ++t)
            for (int64_t c = 0; c < info.sizeC; ++c)
                for (int64_t z = 0; z < info.sizeZ; ++z) {
                    int64_t idx = planeIndex(info.sourceDimensionOrder, z, c / spp, t, info.sizeZ, effC, info.sizeT);
                    auto [file, ifd] = *map[static_cast<size_t>(idx)];
                    ip.planes[static_cast<size_t>((t * info.sizeC + c) * info.sizeZ + z)] = {
                        file, ifd, static_cast<size_t>(c % spp)};
                }
        std::vector<PlaneInfo> planes;
        for (const auto& p : info.planes)
            for (int s2 = 0; s2 < spp; ++s2) {
                PlaneInfo q = p;
                q.c = p.c * spp + s2;
                if (q.c < info.sizeC && q.z < info.sizeZ && q.t < info.sizeT)
                    planes.push_back(q);
            }
        info.planes = std::move(planes);
        if (info.name.empty())
            info.name = stem(xmlSource) + (doc.images.size() > 1 ? " #" + std::to_string(s) : "");
        ip.info = info;
        plan.images.push_back(std::move(ip));
    }
}

std::map<std::string, std::string> parseImageJ(const std::string& desc) {
    std::map<std::string, std::string> kv;
    std::istringstream in(desc);
    std::string line;
    while (std::getline(in, line)) {
        auto eq = line.find('=');
        if (eq != std::string::npos)
            kv[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return kv;
}

int64_t kvInt(const std::map<std::string, std::string>& kv, const char* key, int64_t def, const std::string& src) {
    auto it = kv.find(key);
    if (it == kv.end())
        return def;
    char* end = nullptr;
    long long v = std::strtoll(it->second.c_str(), &end, 10);
    if (end == it->second.c_str() || v < 1 || v > kMaxPlanes)
        throw Error(src + ": ImageJ " + key + "=" + it->second + " is invalid");
    return v;
}

std::optional<double> kvDouble(const std::map<std::string, std::string>& kv, const char* key) {
    auto it = kv.find(key);
    if (it == kv.end())
        return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(it->second.c_str(), &end);
    if (end == it->second.c_str() || !std::isfinite(v) || v <= 0)
        return std::nullopt;
    return v;
}

// Fills channels for plain/ImageJ images: palette colour, RGB sample colours.
void defaultChannels(ImageInfo& info, const TiffPage& p, int64_t pageChannels) {
    info.channels.resize(static_cast<size_t>(info.sizeC));
    for (int64_t c = 0; c < info.sizeC; ++c) {
        auto& ch = info.channels[static_cast<size_t>(c)];
        int64_t s = c % p.samplesPerPixel;
        if (p.samplesPerPixel >= 3 && p.photometric == 2) {
            static const char* rgb[] = {"R", "G", "B", "A"};
            ch.name = s < 4 ? rgb[s] : "S" + std::to_string(s);
            if (pageChannels > 1)
                ch.name = "C" + std::to_string(c / p.samplesPerPixel) + " " + ch.name;
            ch.color = s == 0 ? 0xFF0000FFu : s == 1 ? 0x00FF00FFu : s == 2 ? 0x0000FFFFu : 0xFFFFFFFFu;
        } else if (!p.colormapR.empty()) {
            // The brightest palette entry gives the channel's tint; values stay indices.
            size_t best = p.colormapR.size() - 1;
            uint32_t bestSum = 0;
            for (size_t i = 0; i < p.colormapR.size(); ++i) {
                uint32_t sum = uint32_t(p.colormapR[i]) + p.colormapG[i] + p.colormapB[i];
                if (sum >= bestSum) {
                    bestSum = sum;
                    best = i;
                }
            }
            ch.color = (uint32_t(p.colormapR[best] >> 8) << 24) | (uint32_t(p.colormapG[best] >> 8) << 16) |
                       (uint32_t(p.colormapB[best] >> 8) << 8) | 0xFFu;
            ch.name = "palette";
        }
    }
}

void planImageJ(ImportPlan& plan, size_t file, const std::string& path) {
    const RasterFile& tf = *plan.tiffs[file];
    const TiffPage& p0 = tf.page(0);
    auto kv = parseImageJ(p0.description);
    std::vector<size_t> pages;
    for (size_t i = 0; i < tf.pageCount(); ++i)
        if (!(tf.page(i).subfileType & 1))
            pages.push_back(i);
    ImageInfo info;
    info.sizeX = p0.width;
    info.sizeY = p0.height;
    if (!p0.dtype || !p0.unsupported.empty())
        throw Error(path + ": " + p0.unsupported);
    info.dtype = *p0.dtype;
    const int64_t images = kvInt(kv, "images", int64_t(pages.size()), path);
    int64_t channels = kvInt(kv, "channels", 1, path);
    int64_t slices = kvInt(kv, "slices", 1, path);
    int64_t frames = kvInt(kv, "frames", 1, path);
    if (channels * slices * frames != images) {
        // ImageJ leaves out the dimensions it was not told; the rest are slices.
        slices = images / (channels * frames);
        if (channels * slices * frames != images)
            throw Error(path + ": ImageJ channels*slices*frames does not equal images=" + std::to_string(images));
    }
    if (images > int64_t(pages.size()))
        throw Error(path + ": ImageJ header declares " + std::to_string(images) + " images but the file has " +
                    std::to_string(pages.size()) + " IFDs (contiguous ImageJ stacks without IFDs are not supported)");
    const int spp = p0.samplesPerPixel;
    info.sizeC = channels * spp;
    info.sizeZ = slices;
    info.sizeT = frames;
    info.sourceDimensionOrder = "XYCZT";
    info.name = stem(path);
    std::string unit = "µm";
    if (auto it = kv.find("unit"); it != kv.end())
        unit = normalizeUnit(it->second);
    if (unit == "pixel" || unit == "pixels")
        unit.clear();
    if (!unit.empty()) {
        if (p0.xResolution && *p0.xResolution > 0)
            info.physicalSizeX = 1.0 / *p0.xResolution;
        if (p0.yResolution && *p0.yResolution > 0)
            info.physicalSizeY = 1.0 / *p0.yResolution;
        info.physicalSizeZ = kvDouble(kv, "spacing");
        info.physicalSizeXUnit = info.physicalSizeYUnit = info.physicalSizeZUnit = unit;
    }
    info.timeIncrement = kvDouble(kv, "finterval");
    if (auto it = kv.find("tunit"); it != kv.end())
        info.timeIncrementUnit = normalizeUnit(it->second);
    checkSizes(info, path);
    defaultChannels(info, p0, channels);
    ImagePlan ip;
    ip.planes.resize(static_cast<size_t>(info.planeCount()));
    for (int64_t t = 0; t < frames; ++t)
        for (int64_t z = 0; z < slices; ++z)
            for (int64_t c = 0; c < channels; ++c) {
                size_t page = pages[static_cast<size_t>((t * slices + z) * channels + c)];
                const TiffPage& pg = tf.page(page);
                if (pg.width != p0.width || pg.height != p0.height || pg.dtype != p0.dtype ||
                    pg.samplesPerPixel != spp || !pg.unsupported.empty())
                    throw Error(path + ": IFD " + std::to_string(page) + " differs in size or type from IFD 0");
                for (int s = 0; s < spp; ++s)
                    ip.planes[static_cast<size_t>((t * info.sizeC + c * spp + s) * slices + z)] = {
                        file, page, static_cast<size_t>(s)};
            }
    ip.info = info;
    plan.images.push_back(std::move(ip));
    plan.sourceMetadata.emplace_back("imagej", p0.description);
}

void planPlain(ImportPlan& plan, size_t file, const std::string& path, PagesAs pagesAs) {
    const RasterFile& tf = *plan.tiffs[file];
    // Consecutive full-resolution pages of one geometry form a series.
    std::vector<std::vector<size_t>> series;
    for (size_t i = 0; i < tf.pageCount(); ++i) {
        const TiffPage& p = tf.page(i);
        if (p.subfileType & 1)
            continue; // a reduced-resolution copy; we build our own pyramid
        if (!series.empty()) {
            const TiffPage& q = tf.page(series.back().front());
            if (q.width == p.width && q.height == p.height && q.dtype == p.dtype &&
                q.samplesPerPixel == p.samplesPerPixel) {
                series.back().push_back(i);
                continue;
            }
        }
        series.push_back({i});
    }
    if (series.empty())
        throw Error(path + ": no full-resolution image in the file");
    std::optional<ImageInfo> previous;
    for (size_t s = 0; s < series.size(); ++s) {
        const auto& pages = series[s];
        const TiffPage& p0 = tf.page(pages.front());
        if (!p0.unsupported.empty())
            throw Error(path + ": IFD " + std::to_string(pages.front()) + ": " + p0.unsupported);
        ImageInfo info;
        info.sizeX = p0.width;
        info.sizeY = p0.height;
        info.dtype = *p0.dtype;
        const int spp = p0.samplesPerPixel;
        const int64_t n = static_cast<int64_t>(pages.size());
        info.sizeZ = pagesAs == PagesAs::Z ? n : 1;
        info.sizeT = pagesAs == PagesAs::T ? n : 1;
        const int64_t pageChannels = pagesAs == PagesAs::C ? n : 1;
        info.sizeC = pageChannels * spp;
        info.name = stem(path) + (series.size() > 1 ? " #" + std::to_string(s) : "");
        info.description = p0.description.size() < 4096 ? p0.description : std::string();
        if (p0.resolutionUnit == 3 && p0.xResolution && p0.yResolution) {
            // Pixels per centimetre: a real physical size. (Per-inch values are print DPI, not microscopy.)
            info.physicalSizeX = 1e4 / *p0.xResolution;
            info.physicalSizeY = 1e4 / *p0.yResolution;
        }
        checkSizes(info, path);
        const bool reduced = previous && isReducedCopy(*previous, info);
        previous = info;
        if (reduced)
            continue; // pyramid levels stored as plain pages (e.g. SVS-style)
        defaultChannels(info, p0, pageChannels);
        ImagePlan ip;
        ip.sourceSeries = static_cast<int64_t>(s);
        ip.planes.resize(static_cast<size_t>(info.planeCount()));
        for (int64_t k = 0; k < n; ++k)
            for (int sm = 0; sm < spp; ++sm) {
                int64_t t = pagesAs == PagesAs::T ? k : 0, z = pagesAs == PagesAs::Z ? k : 0;
                int64_t c = (pagesAs == PagesAs::C ? k : 0) * spp + sm;
                ip.planes[static_cast<size_t>((t * info.sizeC + c) * info.sizeZ + z)] = {
                    file, pages[static_cast<size_t>(k)], static_cast<size_t>(sm)};
            }
        ip.info = info;
        plan.images.push_back(std::move(ip));
    }
}

ImportPlan planOneInner(const std::string& path, PagesAs pagesAs) {
    ImportPlan plan;
    plan.sources.push_back(path);
    std::map<std::string, size_t> byPath;
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw Error(path + ": no such file");
    if (isOmeZarr(path)) {
        // An OME-Zarr directory: each image's full resolution, read plane by plane (our
        // pyramid is built anew); the labels come in afterwards (importOmeZarrLabels).
        for (const auto& zi : readOmeZarr(path)) {
            auto file = std::make_shared<ZarrArrayFile>(zi.group);
            plan.tiffs.push_back(file);
            ImagePlan ip;
            ip.info = zi.info; // the multiscales metadata, with OME/METADATA.ome.xml's where there is one
            ip.planes.resize(size_t(ip.info.sizeT * ip.info.sizeC * ip.info.sizeZ));
            for (size_t i = 0; i < ip.planes.size(); ++i)
                ip.planes[i] = {plan.tiffs.size() - 1, i, 0};
            ip.sourceSeries = int64_t(plan.images.size());
            plan.images.push_back(std::move(ip));
        }
        const fs::path xml = fs::path(path) / "OME" / "METADATA.ome.xml";
        if (fs::exists(xml, ec)) {
            plan.sourceMetadata.emplace_back("ome-xml", readTextFile(xml.string()));
            plan.metadataFiles.push_back(xml.string());
        }
        return plan;
    }
    if (fs::is_directory(path, ec))
        throw Error(path + ": is a directory (and not an OME-Zarr image)");
    if (path.ends_with(".parquet") || path.ends_with(".PARQUET")) {
        // OME-Arrow: every row of the image column is one image, each plane one page.
        auto file = std::make_shared<OmeArrowFile>(path);
        plan.tiffs.push_back(file);
        for (size_t i = 0; i < file->images().size(); ++i) {
            ImagePlan ip;
            ip.info = file->images()[i];
            checkSizes(ip.info, path);
            ip.planes.resize(size_t(ip.info.planeCount()));
            for (size_t k = 0; k < ip.planes.size(); ++k)
                ip.planes[k] = {plan.tiffs.size() - 1, file->firstPage(i) + k, 0};
            ip.sourceSeries = int64_t(i);
            plan.images.push_back(std::move(ip));
        }
        return plan;
    }
    const bool companion = path.size() > 4 && (path.ends_with(".companion.ome") || path.ends_with(".ome.xml") ||
                                               path.ends_with(".ome"));
    if (companion) {
        std::string xml = readTextFile(path);
        auto doc = parseOmeXml(xml, path);
        plan.sourceMetadata.emplace_back("ome-xml", xml);
        planOme(plan, byPath, std::move(doc), path, std::nullopt);
        return plan;
    }
    if (PngFile::isPng(path)) {
        planPlain(plan, addPng(plan, path), path, pagesAs);
        return plan;
    }
    size_t file = addTiff(plan, byPath, path);
    const RasterFile& tf = *plan.tiffs[file];
    const std::string& desc = tf.page(0).description;
    if (looksLikeOmeXml(desc)) {
        auto doc = parseOmeXml(desc, path);
        if (doc.binaryOnlyMetadataFile) {
            fs::path comp = fs::path(path).parent_path() / *doc.binaryOnlyMetadataFile;
            if (!fs::exists(comp, ec))
                throw Error(path + ": its metadata is in \"" + *doc.binaryOnlyMetadataFile + "\", which is missing");
            std::string xml = readTextFile(comp.string());
            auto full = parseOmeXml(xml, comp.string());
            plan.metadataFiles.push_back(comp.string());
            plan.sourceMetadata.emplace_back("ome-xml", xml);
            planOme(plan, byPath, std::move(full), comp.string(), std::nullopt);
        } else {
            plan.sourceMetadata.emplace_back("ome-xml", desc);
            planOme(plan, byPath, std::move(doc), path, file);
        }
    } else if (desc.starts_with("ImageJ=")) {
        planImageJ(plan, file, path);
    } else {
        planPlain(plan, file, path, pagesAs);
    }
    return plan;
}

ImportPlan planOne(const std::string& path, PagesAs pagesAs) {
    ImportPlan plan = planOneInner(path, pagesAs);
    plan.involvedFiles.push_back(canonical(path));
    for (const auto& t : plan.tiffs)
        plan.involvedFiles.push_back(canonical(t->path()));
    for (const auto& m : plan.metadataFiles)
        plan.involvedFiles.push_back(canonical(m));
    return plan;
}

std::string describe(const ImportOptions& o) {
    std::string s = std::string("pages-as=") + (o.pagesAs == PagesAs::Z ? "z" : o.pagesAs == PagesAs::T ? "t" : "c");
    if (o.asChannels)
        s += " as-channels";
    if (!o.name.empty())
        s += " name=" + o.name;
    s += " chunk=" + std::to_string(o.chunkSize) + " blosc=" + o.blosc.cname + ":" + std::to_string(o.blosc.clevel) +
         ":" + std::to_string(o.blosc.shuffle);
    return s;
}

} // namespace

std::vector<PlannedFile> planEach(const std::vector<std::string>& files, const ImportOptions& opt) {
    std::vector<PlannedFile> out;
    std::set<std::string> consumed;
    for (const auto& f : files) {
        PlannedFile pf;
        pf.file = f;
        if (consumed.count(canonical(f))) {
            pf.skipped = true;
        } else {
            try {
                pf.plan = planImport({f}, opt);
                for (const auto& c : pf.plan->involvedFiles)
                    consumed.insert(c);
            } catch (const std::exception& e) {
                pf.error = e.what();
                if (dynamic_cast<const Error*>(&e) == nullptr)
                    pf.error = f + ": " + pf.error; // e.g. out of memory: still name the file
            }
        }
        out.push_back(std::move(pf));
    }
    return out;
}

ImportPlan planImport(const std::vector<std::string>& files, const ImportOptions& opt) {
    if (files.empty())
        throw Error("no input files");
    if (!opt.asChannels) {
        if (files.size() != 1)
            throw Error("planImport: one file at a time unless combining channels");
        ImportPlan plan = planOne(files.front(), opt.pagesAs);
        if (!opt.name.empty())
            for (size_t i = 0; i < plan.images.size(); ++i)
                plan.images[i].info.name = opt.name + (plan.images.size() > 1 ? " #" + std::to_string(i) : "");
        plan.options = describe(opt);
        return plan;
    }
    // Several single-channel files of one geometry become the channels of one image.
    if (!opt.channelNames.empty() && opt.channelNames.size() != files.size())
        throw Error("--channel-names lists " + std::to_string(opt.channelNames.size()) + " names for " +
                    std::to_string(files.size()) + " files");
    ImportPlan out;
    ImagePlan combined;
    for (size_t f = 0; f < files.size(); ++f) {
        ImportPlan one = planOne(files[f], opt.pagesAs);
        if (one.images.size() != 1 || one.images[0].info.sizeC != 1)
            throw Error(files[f] + ": --as-channels needs single-channel, single-image files (this one has " +
                        std::to_string(one.images.size()) + " images, " +
                        std::to_string(one.images.empty() ? 0 : one.images[0].info.sizeC) + " channels)");
        const ImageInfo& i = one.images[0].info;
        size_t base = out.tiffs.size();
        out.tiffs.insert(out.tiffs.end(), one.tiffs.begin(), one.tiffs.end());
        out.sources.push_back(files[f]);
        for (auto& m : one.sourceMetadata)
            out.sourceMetadata.push_back(std::move(m));
        if (f == 0) {
            combined.info = i;
            combined.info.channels.clear();
            combined.info.planes.clear();
            combined.info.name = opt.name.empty() ? stem(files[0]) : opt.name;
        } else {
            const ImageInfo& c0 = combined.info;
            if (i.sizeX != c0.sizeX || i.sizeY != c0.sizeY || i.sizeZ != c0.sizeZ || i.sizeT != c0.sizeT ||
                i.dtype != c0.dtype)
                throw Error(files[f] + ": is " + std::to_string(i.sizeX) + "x" + std::to_string(i.sizeY) + " " +
                            std::string(dtypeName(i.dtype)) + ", but " + files[0] + " is " +
                            std::to_string(c0.sizeX) + "x" + std::to_string(c0.sizeY) + " " +
                            std::string(dtypeName(c0.dtype)) + "; --as-channels needs equal sizes and types");
        }
        ChannelInfo ch = i.channels.empty() ? ChannelInfo{} : i.channels[0];
        ch.name = opt.channelNames.empty() ? stem(files[f]) : opt.channelNames[f];
        combined.info.channels.push_back(ch);
        for (auto p : i.planes) {
            p.c = static_cast<int64_t>(f);
            combined.info.planes.push_back(p);
        }
        // Plane (t, 0, z) of file f becomes plane (t, f, z).
        std::vector<PlaneSource> src = one.images[0].planes;
        for (auto& s : src)
            s.file += base;
        combined.planes.resize(static_cast<size_t>(i.sizeT * int64_t(files.size()) * i.sizeZ));
        for (int64_t t = 0; t < i.sizeT; ++t)
            for (int64_t z = 0; z < i.sizeZ; ++z)
                combined.planes[static_cast<size_t>((t * int64_t(files.size()) + int64_t(f)) * i.sizeZ + z)] =
                    src[static_cast<size_t>(t * i.sizeZ + z)];
    }
    combined.info.sizeC = static_cast<int64_t>(files.size());
    // Default colours for CellProfiler-style channel sets: blue, green, red, …
    static const uint32_t palette[] = {0x0000FFFF, 0x00FF00FF, 0xFF0000FF, 0xFF00FFFF, 0x00FFFFFF, 0xFFFF00FF};
    for (size_t c = 0; c < combined.info.channels.size(); ++c)
        if (!combined.info.channels[c].color)
            combined.info.channels[c].color = palette[c % 6];
    out.images.push_back(std::move(combined));
    out.options = describe(opt);
    return out;
}

Store openForImport(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec))
        return Store::createStaged(path);
    Store s = Store::open(path, Store::Mode::ReadWrite);
    if (s.readOnly())
        throw Error(path + ": file is read-only; cannot import into it");
    return s;
}

void finishImport(Store& store, bool importedAnything) {
    if (!store.staged())
        return;
    if (importedAnything)
        store.publish();
    else
        store.discard();
}

std::string fileChecksum(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path + ": cannot read file");
    std::vector<char> buf(1 << 20);
    uLong crc = crc32(0L, Z_NULL, 0);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        auto n = in.gcount();
        if (n > 0)
            crc = crc32(crc, reinterpret_cast<const Bytef*>(buf.data()), static_cast<uInt>(n));
    }
    char hex[16];
    std::snprintf(hex, sizeof hex, "%08lx", crc & 0xFFFFFFFFul);
    return std::string("crc32:") + hex;
}

namespace {

} // namespace

std::vector<ImageInfo> runImport(Store& store, const ImportPlan& plan, const ImportOptions& opt,
                                 const ProgressFn& progress) {
    if (store.readOnly())
        throw Error(store.path() + ": opened read-only; cannot import into it");
    ImportRecord rec;
    rec.startedAt = utcNow();
    rec.appVersion = kVersion;
    rec.options = plan.options;
    // The checksum reads the whole source; let it run beside the import.
    std::vector<std::future<std::string>> sums;
    for (const auto& s : plan.sources)
        sums.push_back(std::async(std::launch::async, [s] { return fileChecksum(s); }));

    // The chunk shape of each image: ours, or that of a source whose blosc chunks can be copied.
    const auto chunkShape = [&](const ImagePlan& ip) -> std::pair<int64_t, int64_t> {
        const std::pair<int64_t, int64_t> ours{std::min<int64_t>(opt.chunkSize, ip.info.sizeY),
                                               std::min<int64_t>(opt.chunkSize, ip.info.sizeX)};
        if (!opt.copyChunks || ip.planes.empty())
            return ours;
        const size_t file = ip.planes.front().file;
        if (std::any_of(ip.planes.begin(), ip.planes.end(), [&](const PlaneSource& p) { return p.file != file; }))
            return ours;
        const auto [cy, cx] = plan.tiffs[file]->bloscChunkShape();
        const bool usable = cy >= 16 && cx >= 16 && cy <= 8192 && cx <= 8192 && cy % 2 == 0 &&
                            cy <= ip.info.sizeY && cx <= ip.info.sizeX;
        return usable ? std::make_pair(cy, cx) : ours;
    };
    int64_t totalBands = 0;
    for (const auto& ip : plan.images) {
        const int64_t cy = chunkShape(ip).first;
        totalBands += ip.info.planeCount() * ((ip.info.sizeY + cy - 1) / cy);
    }
    int64_t doneBands = 0;

    sql::Transaction tx(store.db());
    std::vector<ImageInfo> out;
    for (const auto& ip : plan.images) {
        ImageInfo info = ip.info;
        info.id = store.nextImageId() + static_cast<int64_t>(out.size());
        std::tie(info.chunkY, info.chunkX) = chunkShape(ip);
        // An odd chunk height would misalign the band-wise pyramid; only a
        // single-band image can have one, and then it has no bands to align.
        const auto shapes = PixelLayout::of(info).levels();
        info.levels = static_cast<int>(shapes.size());
        std::vector<double> cmin(static_cast<size_t>(info.sizeC), std::numeric_limits<double>::infinity());
        std::vector<double> cmax(static_cast<size_t>(info.sizeC), -std::numeric_limits<double>::infinity());

        ChunkSink sink(store, info.dtype, opt.blosc, opt.threads);
        // Planes grouped by source IFD, so each IFD is decoded once for all its samples.
        std::vector<std::pair<std::pair<size_t, size_t>, std::vector<std::pair<size_t, size_t>>>> groups;
        std::map<std::pair<size_t, size_t>, size_t> groupOf;
        for (size_t i = 0; i < ip.planes.size(); ++i) {
            auto key = std::make_pair(ip.planes[i].file, ip.planes[i].ifd);
            auto it = groupOf.find(key);
            if (it == groupOf.end()) {
                groupOf[key] = groups.size();
                groups.push_back({key, {}});
                it = groupOf.find(key);
            }
            groups[it->second].second.emplace_back(i, ip.planes[i].sample);
        }
        const size_t px = dtypeSize(info.dtype);
        for (const auto& [src, members] : groups) {
            RasterFile& tf = *plan.tiffs[src.first];
            const TiffPage& page = tf.page(src.second);
            // Band buffers grow with the width; a lying header must not make us allocate gigabytes.
            const double bandBytes = double(info.chunkY) * double(info.sizeX) * double(px) * page.samplesPerPixel;
            if (bandBytes > double(1u << 30))
                throw Error(tf.path() + ": image is too wide to import (" + std::to_string(info.sizeX) +
                            " pixels; one band of rows would need " + std::to_string(int64_t(bandBytes / 1e6)) +
                            " MB)");
            std::vector<std::vector<uint8_t>> bands(page.samplesPerPixel);
            std::vector<uint8_t*> ptrs;
            for (auto& b : bands) {
                b.resize(static_cast<size_t>(info.chunkY * info.sizeX) * px);
                ptrs.push_back(b.data());
            }
            std::vector<std::unique_ptr<PlaneWriter>> writers;
            const bool copy = opt.copyChunks && tf.bloscChunkShape() == std::make_pair(info.chunkY, info.chunkX);
            for (auto [planeIdx, sample] : members) {
                int64_t z = int64_t(planeIdx) % info.sizeZ;
                int64_t c = (int64_t(planeIdx) / info.sizeZ) % info.sizeC;
                int64_t t = int64_t(planeIdx) / (info.sizeZ * info.sizeC);
                writers.push_back(
                    std::make_unique<PlaneWriter>(sink, info, info.zarrPath(), shapes, t, c, z, Downsample::Mean));
                if (copy) {
                    const size_t pg = src.second;
                    writers.back()->copyLevel0From([&tf, pg, &info](int64_t cy, int64_t cx) {
                        return tf.bloscChunk(pg, info.chunkY, info.chunkX, cy, cx);
                    });
                }
            }
            for (int64_t y0 = 0; y0 < info.sizeY; y0 += info.chunkY) {
                const int64_t rows = std::min(info.chunkY, info.sizeY - y0);
                tf.readBand(src.second, static_cast<uint32_t>(y0), static_cast<uint32_t>(rows), ptrs);
                for (size_t m = 0; m < members.size(); ++m)
                    writers[m]->feed(bands[members[m].second].data(), rows);
                doneBands += static_cast<int64_t>(members.size());
                if (progress && !progress(totalBands ? double(doneBands) / double(totalBands) : 1.0))
                    throw Cancelled();
            }
            for (size_t m = 0; m < members.size(); ++m) {
                size_t c = static_cast<size_t>((int64_t(members[m].first) / info.sizeZ) % info.sizeC);
                cmin[c] = std::min(cmin[c], writers[m]->minValue());
                cmax[c] = std::max(cmax[c], writers[m]->maxValue());
            }
        }
        sink.finish();
        info.channels.resize(static_cast<size_t>(info.sizeC));
        for (size_t c = 0; c < info.channels.size(); ++c)
            if (cmin[c] <= cmax[c]) {
                info.channels[c].dataMin = cmin[c];
                info.channels[c].dataMax = cmax[c];
            }
        out.push_back(info);
    }

    for (size_t i = 0; i < plan.sources.size(); ++i) {
        ImportRecord r = rec;
        r.sourcePath = fs::absolute(plan.sources[i]).string();
        std::error_code ec;
        r.sourceSize = static_cast<int64_t>(fs::file_size(plan.sources[i], ec));
        r.sourceChecksum = sums[i].get();
        r.finishedAt = utcNow();
        int64_t id = store.logImport(r);
        if (i == 0) {
            for (size_t k = 0; k < out.size(); ++k)
                store.insertImage(out[k], opt.blosc, id, plan.images[k].sourceSeries);
            for (const auto& [kind, content] : plan.sourceMetadata)
                store.addSourceMetadata(id, kind, content);
        }
    }
    store.writeRootMetadata();
    tx.commit();
    if (progress)
        progress(1.0);
    return out;
}

} // namespace ouro
