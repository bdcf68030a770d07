#include "omexml.h"

#include "error.h"

#include <pugixml.hpp>

#include <cstring>
#include <sstream>

namespace ouro {

namespace {

// OME-XML elements may carry a namespace prefix (ome:Image); compare local names.
const char* localName(const pugi::xml_node& n) {
    const char* name = n.name();
    const char* colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}

std::vector<pugi::xml_node> children(const pugi::xml_node& parent, const char* name) {
    std::vector<pugi::xml_node> out;
    for (auto c : parent.children())
        if (c.type() == pugi::node_element && std::strcmp(localName(c), name) == 0)
            out.push_back(c);
    return out;
}

pugi::xml_node child(const pugi::xml_node& parent, const char* name) {
    for (auto c : parent.children())
        if (c.type() == pugi::node_element && std::strcmp(localName(c), name) == 0)
            return c;
    return {};
}

std::optional<double> optDouble(const pugi::xml_node& n, const char* attr) {
    auto a = n.attribute(attr);
    if (!a)
        return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(a.value(), &end);
    if (end == a.value())
        return std::nullopt;
    return v;
}

int64_t requireInt(const pugi::xml_node& n, const char* attr, const std::string& source, int64_t lo, int64_t hi) {
    auto a = n.attribute(attr);
    if (!a)
        throw Error(source + ": OME-XML Pixels has no " + attr);
    char* end = nullptr;
    long long v = std::strtoll(a.value(), &end, 10);
    if (end == a.value() || *end != '\0' || v < lo || v > hi)
        throw Error(source + ": OME-XML " + attr + "=\"" + a.value() + "\" is out of range");
    return v;
}

std::optional<int64_t> optInt(const pugi::xml_node& n, const char* attr, const std::string& source) {
    auto a = n.attribute(attr);
    if (!a)
        return std::nullopt;
    char* end = nullptr;
    long long v = std::strtoll(a.value(), &end, 10);
    if (end == a.value() || v < 0 || v > (int64_t(1) << 40))
        throw Error(source + ": OME-XML attribute " + attr + "=\"" + a.value() + "\" is invalid");
    return v;
}

std::string unitAttr(const pugi::xml_node& n, const char* attr, const char* def) {
    auto a = n.attribute(attr);
    return a ? normalizeUnit(a.value()) : std::string(def);
}

// Position of each of Z, C, T in the order (0 = fastest).
std::array<int, 3> rank(const std::string& order) {
    static const char* valid[] = {"XYZCT", "XYZTC", "XYCZT", "XYCTZ", "XYTZC", "XYTCZ"};
    bool ok = false;
    for (auto v : valid)
        ok = ok || order == v;
    if (!ok)
        throw Error("unknown DimensionOrder \"" + order + "\"");
    std::array<int, 3> r{};
    for (int i = 2; i < 5; ++i) {
        char ch = order[static_cast<size_t>(i)];
        r[ch == 'Z' ? 0 : ch == 'C' ? 1 : 2] = i - 2;
    }
    return r;
}

} // namespace

std::array<int64_t, 3> planeZCT(const std::string& order, int64_t i, int64_t sizeZ, int64_t sizeC, int64_t sizeT) {
    auto r = rank(order);
    std::array<int64_t, 3> sizes{sizeZ, sizeC, sizeT};
    std::array<int64_t, 3> out{};
    // Walk from fastest to slowest dimension.
    for (int pos = 0; pos < 3; ++pos) {
        for (int d = 0; d < 3; ++d)
            if (r[static_cast<size_t>(d)] == pos) {
                out[static_cast<size_t>(d)] = i % sizes[static_cast<size_t>(d)];
                i /= sizes[static_cast<size_t>(d)];
            }
    }
    return out;
}

int64_t planeIndex(const std::string& order, int64_t z, int64_t c, int64_t t, int64_t sizeZ, int64_t sizeC,
                   int64_t sizeT) {
    auto r = rank(order);
    std::array<int64_t, 3> sizes{sizeZ, sizeC, sizeT};
    std::array<int64_t, 3> v{z, c, t};
    int64_t idx = 0;
    for (int pos = 2; pos >= 0; --pos)
        for (int d = 0; d < 3; ++d)
            if (r[static_cast<size_t>(d)] == pos)
                idx = idx * sizes[static_cast<size_t>(d)] + v[static_cast<size_t>(d)];
    return idx;
}

bool looksLikeOmeXml(std::string_view text) {
    auto p = text.find("<OME");
    if (p == std::string_view::npos)
        p = text.find(":OME");
    return p != std::string_view::npos &&
           (text.find("Image") != std::string_view::npos || text.find("BinaryOnly") != std::string_view::npos);
}

OmeDocument parseOmeXml(std::string_view xml, const std::string& source) {
    pugi::xml_document doc;
    auto res = doc.load_buffer(xml.data(), xml.size());
    if (!res)
        throw Error(source + ": OME-XML is not well-formed (" + res.description() + " at offset " +
                    std::to_string(res.offset) + ")");
    pugi::xml_node ome;
    for (auto c : doc.children())
        if (c.type() == pugi::node_element && std::strcmp(localName(c), "OME") == 0)
            ome = c;
    if (!ome)
        throw Error(source + ": XML has no <OME> root element");

    OmeDocument out;
    out.uuid = ome.attribute("UUID").value();
    if (auto bo = child(ome, "BinaryOnly"))
        out.binaryOnlyMetadataFile = bo.attribute("MetadataFile").value();

    for (auto img : children(ome, "Image")) {
        OmeImage oi;
        ImageInfo& info = oi.info;
        info.name = img.attribute("Name").value();
        if (auto d = child(img, "Description"))
            info.description = d.text().get();
        if (auto a = child(img, "AcquisitionDate"))
            info.acquisitionDate = a.text().get();
        auto px = child(img, "Pixels");
        if (!px)
            throw Error(source + ": OME-XML Image \"" + info.name + "\" has no Pixels element");
        const int64_t big = int64_t(1) << 31;
        info.sizeX = requireInt(px, "SizeX", source, 1, big);
        info.sizeY = requireInt(px, "SizeY", source, 1, big);
        info.sizeZ = requireInt(px, "SizeZ", source, 1, big);
        oi.omeSizeC = requireInt(px, "SizeC", source, 1, big);
        info.sizeT = requireInt(px, "SizeT", source, 1, big);
        // Plane counts beyond ten million are not microscopy, they are a lying header.
        if (double(info.sizeZ) * double(oi.omeSizeC) * double(info.sizeT) > 1e7)
            throw Error(source + ": OME-XML declares too many planes (SizeZ=" + std::to_string(info.sizeZ) +
                        ", SizeC=" + std::to_string(oi.omeSizeC) + ", SizeT=" + std::to_string(info.sizeT) + ")");
        std::string type = px.attribute("Type").value();
        auto dt = dtypeFromName(type);
        if (!dt)
            throw Error(source + ": OME-XML pixel type \"" + type + "\" is not supported");
        info.dtype = *dt;
        info.sourceDimensionOrder = px.attribute("DimensionOrder").as_string("XYZCT");
        try {
            rank(info.sourceDimensionOrder);
        } catch (const Error& e) {
            throw Error(source + ": " + e.what());
        }
        oi.bigEndianAttr = px.attribute("BigEndian").as_bool(false);
        info.physicalSizeX = optDouble(px, "PhysicalSizeX");
        info.physicalSizeY = optDouble(px, "PhysicalSizeY");
        info.physicalSizeZ = optDouble(px, "PhysicalSizeZ");
        info.physicalSizeXUnit = unitAttr(px, "PhysicalSizeXUnit", "µm");
        info.physicalSizeYUnit = unitAttr(px, "PhysicalSizeYUnit", "µm");
        info.physicalSizeZUnit = unitAttr(px, "PhysicalSizeZUnit", "µm");
        info.timeIncrement = optDouble(px, "TimeIncrement");
        info.timeIncrementUnit = unitAttr(px, "TimeIncrementUnit", "s");

        auto chans = children(px, "Channel");
        int spp = 1;
        if (!chans.empty())
            spp = static_cast<int>(chans.front().attribute("SamplesPerPixel").as_int(1));
        if (spp < 1 || spp > 64)
            throw Error(source + ": OME-XML SamplesPerPixel=" + std::to_string(spp) + " is invalid");
        // SizeC counts samples; the planes are SizeC / SamplesPerPixel.
        if (oi.omeSizeC % spp != 0)
            throw Error(source + ": OME-XML SizeC=" + std::to_string(oi.omeSizeC) +
                        " is not a multiple of SamplesPerPixel=" + std::to_string(spp));
        oi.samplesPerPixel = spp;
        info.sizeC = oi.omeSizeC;
        info.channels.resize(static_cast<size_t>(info.sizeC));
        for (size_t ci = 0; ci < chans.size(); ++ci) {
            auto ch = chans[ci];
            for (int s = 0; s < spp; ++s) {
                size_t idx = ci * static_cast<size_t>(spp) + static_cast<size_t>(s);
                if (idx >= info.channels.size())
                    break;
                ChannelInfo& c = info.channels[idx];
                c.name = ch.attribute("Name").value();
                if (spp > 1) {
                    static const char* rgb[] = {"R", "G", "B", "A"};
                    c.name = (c.name.empty() ? std::string() : c.name + " ") +
                             (s < 4 ? rgb[s] : std::to_string(s));
                    c.color = s == 0 ? 0xFF0000FFu : s == 1 ? 0x00FF00FFu : s == 2 ? 0x0000FFFFu : 0xFFFFFFFFu;
                } else if (auto col = ch.attribute("Color")) {
                    c.color = omeColorToRgba(col.as_llong());
                }
                c.excitationWavelength = optDouble(ch, "ExcitationWavelength");
                c.emissionWavelength = optDouble(ch, "EmissionWavelength");
                c.wavelengthUnit = unitAttr(ch, "EmissionWavelengthUnit",
                                            ch.attribute("ExcitationWavelengthUnit").as_string("nm"));
                c.fluor = ch.attribute("Fluor").value();
            }
        }
        for (auto pl : children(px, "Plane")) {
            PlaneInfo p;
            p.z = pl.attribute("TheZ").as_llong(0);
            p.t = pl.attribute("TheT").as_llong(0);
            p.c = pl.attribute("TheC").as_llong(0);
            p.deltaT = optDouble(pl, "DeltaT");
            p.deltaTUnit = unitAttr(pl, "DeltaTUnit", "s");
            p.exposureTime = optDouble(pl, "ExposureTime");
            p.exposureTimeUnit = unitAttr(pl, "ExposureTimeUnit", "s");
            p.positionX = optDouble(pl, "PositionX");
            p.positionY = optDouble(pl, "PositionY");
            p.positionZ = optDouble(pl, "PositionZ");
            p.positionXUnit = unitAttr(pl, "PositionXUnit", "µm");
            p.positionYUnit = unitAttr(pl, "PositionYUnit", "µm");
            p.positionZUnit = unitAttr(pl, "PositionZUnit", "µm");
            info.planes.push_back(p);
        }
        for (auto td : children(px, "TiffData")) {
            TiffDataRef r;
            r.ifd = optInt(td, "IFD", source);
            r.planeCount = optInt(td, "PlaneCount", source);
            r.firstZ = optInt(td, "FirstZ", source).value_or(0);
            r.firstC = optInt(td, "FirstC", source).value_or(0);
            r.firstT = optInt(td, "FirstT", source).value_or(0);
            if (auto u = child(td, "UUID")) {
                r.uuid = u.text().get();
                r.fileName = u.attribute("FileName").value();
            }
            oi.tiffData.push_back(r);
        }
        out.images.push_back(std::move(oi));
    }
    if (out.images.empty() && !out.binaryOnlyMetadataFile)
        throw Error(source + ": OME-XML describes no images");
    return out;
}

namespace {
std::string fmt(double v) {
    std::ostringstream s;
    s.precision(17);
    s << v;
    return s.str();
}
} // namespace

std::string writeOmeXml(const std::vector<ImageInfo>& images, bool tiffData) {
    pugi::xml_document doc;
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    auto ome = doc.append_child("OME");
    ome.append_attribute("xmlns") = "http://www.openmicroscopy.org/Schemas/OME/2016-06";
    ome.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    ome.append_attribute("xsi:schemaLocation") =
        "http://www.openmicroscopy.org/Schemas/OME/2016-06 http://www.openmicroscopy.org/Schemas/OME/2016-06/ome.xsd";
    ome.append_attribute("Creator") = "Ouroboros";
    int series = 0;
    for (const auto& im : images) {
        auto img = ome.append_child("Image");
        img.append_attribute("ID") = ("Image:" + std::to_string(series)).c_str();
        img.append_attribute("Name") = im.name.c_str();
        if (!im.acquisitionDate.empty())
            img.append_child("AcquisitionDate").text() = im.acquisitionDate.c_str();
        if (!im.description.empty())
            img.append_child("Description").text() = im.description.c_str();
        auto px = img.append_child("Pixels");
        px.append_attribute("ID") = ("Pixels:" + std::to_string(series)).c_str();
        px.append_attribute("DimensionOrder") = "XYZCT";
        px.append_attribute("Type") = std::string(dtypeOme(im.dtype)).c_str();
        px.append_attribute("SizeX") = static_cast<long long>(im.sizeX);
        px.append_attribute("SizeY") = static_cast<long long>(im.sizeY);
        px.append_attribute("SizeZ") = static_cast<long long>(im.sizeZ);
        px.append_attribute("SizeC") = static_cast<long long>(im.sizeC);
        px.append_attribute("SizeT") = static_cast<long long>(im.sizeT);
        px.append_attribute("BigEndian") = "false";
        auto phys = [&](const char* attr, const std::optional<double>& v, const std::string& unit) {
            if (v) {
                px.append_attribute(attr) = fmt(*v).c_str();
                px.append_attribute((std::string(attr) + "Unit").c_str()) = unit.c_str();
            }
        };
        phys("PhysicalSizeX", im.physicalSizeX, im.physicalSizeXUnit);
        phys("PhysicalSizeY", im.physicalSizeY, im.physicalSizeYUnit);
        phys("PhysicalSizeZ", im.physicalSizeZ, im.physicalSizeZUnit);
        phys("TimeIncrement", im.timeIncrement, im.timeIncrementUnit);
        for (size_t c = 0; c < im.channels.size(); ++c) {
            const auto& ch = im.channels[c];
            auto e = px.append_child("Channel");
            e.append_attribute("ID") = ("Channel:" + std::to_string(series) + ":" + std::to_string(c)).c_str();
            if (!ch.name.empty())
                e.append_attribute("Name") = ch.name.c_str();
            e.append_attribute("SamplesPerPixel") = 1;
            if (ch.color)
                e.append_attribute("Color") = rgbaToOmeColor(*ch.color);
            if (!ch.fluor.empty())
                e.append_attribute("Fluor") = ch.fluor.c_str();
            if (ch.excitationWavelength) {
                e.append_attribute("ExcitationWavelength") = fmt(*ch.excitationWavelength).c_str();
                e.append_attribute("ExcitationWavelengthUnit") = ch.wavelengthUnit.c_str();
            }
            if (ch.emissionWavelength) {
                e.append_attribute("EmissionWavelength") = fmt(*ch.emissionWavelength).c_str();
                e.append_attribute("EmissionWavelengthUnit") = ch.wavelengthUnit.c_str();
            }
        }
        if (tiffData) {
            auto td = px.append_child("TiffData");
            td.append_attribute("IFD") = 0;
            td.append_attribute("PlaneCount") = static_cast<long long>(im.sizeZ * im.sizeC * im.sizeT);
        } else {
            px.append_child("MetadataOnly");
        }
        for (const auto& p : im.planes) {
            auto e = px.append_child("Plane");
            e.append_attribute("TheZ") = static_cast<long long>(p.z);
            e.append_attribute("TheT") = static_cast<long long>(p.t);
            e.append_attribute("TheC") = static_cast<long long>(p.c);
            auto opt = [&](const char* attr, const std::optional<double>& v, const std::string& unit) {
                if (v) {
                    e.append_attribute(attr) = fmt(*v).c_str();
                    e.append_attribute((std::string(attr) + "Unit").c_str()) = unit.c_str();
                }
            };
            opt("DeltaT", p.deltaT, p.deltaTUnit);
            opt("ExposureTime", p.exposureTime, p.exposureTimeUnit);
            opt("PositionX", p.positionX, p.positionXUnit);
            opt("PositionY", p.positionY, p.positionYUnit);
            opt("PositionZ", p.positionZ, p.positionZUnit);
        }
        ++series;
    }
    std::ostringstream os;
    doc.save(os, "  ", pugi::format_default, pugi::encoding_utf8);
    return os.str();
}

} // namespace ouro
