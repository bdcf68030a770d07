// ouro info: what a .ouro file holds: images, labels and profile tables.

#include "args.h"
#include "commands.h"
#include "output.h"

#include "dtype.h"
#include "sqlite.h"
#include "store.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <optional>

namespace ouro::cli {
namespace {

using nlohmann::json;

const char* const kInfoHelp = R"(Usage: ouro info DB.ouro [--json]

Lists each image: id, name, zarr group path, dtype, size t/c/z/y/x, levels,
channels (name and colour) and physical sizes. --json prints an object with an
"images" array.
)";

std::string colorHex(const std::optional<uint32_t>& c) {
    if (!c)
        return "";
    char buf[16];
    std::snprintf(buf, sizeof buf, "#%06X", *c >> 8);
    return buf;
}

json physicalJson(const std::optional<double>& v, const std::string& unit) {
    if (!v)
        return nullptr;
    return json{{"value", *v}, {"unit", unit}};
}

void printInfoJson(Store& store, const std::vector<ImageInfo>& images) {
    json arr = json::array();
    for (const auto& im : images) {
        json chans = json::array();
        for (const auto& c : im.channels)
            chans.push_back({{"name", c.name}, {"color", c.color ? json(colorHex(c.color)) : json(nullptr)}});
        arr.push_back({{"id", im.id},
                       {"name", im.name},
                       {"path", im.zarrPath()},
                       {"dtype", dtypeName(im.dtype)},
                       {"size", {{"t", im.sizeT}, {"c", im.sizeC}, {"z", im.sizeZ}, {"y", im.sizeY}, {"x", im.sizeX}}},
                       {"chunks", {{"y", im.chunkY}, {"x", im.chunkX}}},
                       {"levels", im.levels},
                       {"channels", chans},
                       {"physical_size",
                        {{"x", physicalJson(im.physicalSizeX, im.physicalSizeXUnit)},
                         {"y", physicalJson(im.physicalSizeY, im.physicalSizeYUnit)},
                         {"z", physicalJson(im.physicalSizeZ, im.physicalSizeZUnit)},
                         {"t", physicalJson(im.timeIncrement, im.timeIncrementUnit)}}}});
    }
    json labels = json::array();
    for (const auto& l : store.labels())
        labels.push_back({{"id", l.id},
                          {"image_id", l.imageId},
                          {"name", l.name},
                          {"path", l.zarrPath()},
                          {"dtype", dtypeName(l.dtype)},
                          {"levels", l.levels},
                          {"max_label", l.maxLabel},
                          {"objects", l.objectCount}});
    json tables = json::array();
    sql::Stmt t(store.db(), "SELECT id, name, row_count, column_count, label_name, link_by, rows_linked, "
                            "rows_unmatched, objects_without_row FROM profile_table ORDER BY id");
    while (t.step())
        tables.push_back({{"id", t.getInt(0)},
                          {"name", t.getText(1)},
                          {"rows", t.getInt(2)},
                          {"columns", t.getInt(3)},
                          {"linked_to", t.isNull(4) || t.getText(4).empty() ? json(nullptr) : json(t.getText(4))},
                          {"link_by", t.isNull(5) || t.getText(5).empty() ? json(nullptr) : json(t.getText(5))},
                          {"rows_linked", t.isNull(6) ? json(nullptr) : json(t.getInt(6))},
                          {"rows_unmatched", t.isNull(7) ? json(nullptr) : json(t.getInt(7))},
                          {"objects_without_row", t.isNull(8) ? json(nullptr) : json(t.getInt(8))}});
    printJson(json{{"file", store.path()},
                   {"schema_version", store.schemaVersion()},
                   {"images", arr},
                   {"labels", labels},
                   {"tables", tables}});
}

void printInfoText(Store& store, const std::vector<ImageInfo>& images) {
    std::cout << store.path() << ": " << images.size() << (images.size() == 1 ? " image" : " images")
              << " (schema " << store.schemaVersion() << ")\n";
    for (const auto& im : images) {
        std::cout << "image " << im.id << "  \"" << im.name << "\"  path=" << im.zarrPath() << "  "
                  << dtypeName(im.dtype) << "  t,c,z,y,x=" << shapeText(im) << "  levels=" << im.levels << "\n";
        if (im.physicalSizeX || im.physicalSizeY || im.physicalSizeZ) {
            std::cout << "  physical size:";
            if (im.physicalSizeX)
                std::cout << " x=" << *im.physicalSizeX << " " << im.physicalSizeXUnit;
            if (im.physicalSizeY)
                std::cout << " y=" << *im.physicalSizeY << " " << im.physicalSizeYUnit;
            if (im.physicalSizeZ)
                std::cout << " z=" << *im.physicalSizeZ << " " << im.physicalSizeZUnit;
            if (im.timeIncrement)
                std::cout << " t=" << *im.timeIncrement << " " << im.timeIncrementUnit;
            std::cout << "\n";
        }
        for (size_t c = 0; c < im.channels.size(); ++c)
            std::cout << "  channel " << c << ": \"" << im.channels[c].name << "\" "
                      << (im.channels[c].color ? colorHex(im.channels[c].color) : "(no colour)") << "\n";
        for (const auto& l : store.labels(im.id))
            std::cout << "  labels \"" << l.name << "\": " << l.objectCount << " objects, max id " << l.maxLabel
                      << ", " << dtypeName(l.dtype) << ", path=" << l.zarrPath() << "\n";
    }
    sql::Stmt t(store.db(), "SELECT name, row_count, column_count, label_name, rows_linked FROM profile_table ORDER BY id");
    while (t.step()) {
        std::cout << "table \"" << t.getText(0) << "\": " << t.getInt(1) << " rows x " << t.getInt(2) << " columns";
        if (!t.isNull(4))
            std::cout << ", " << t.getInt(4) << " rows linked to \"" << t.getText(3) << "\"";
        std::cout << "\n";
    }
}

} // namespace

int cmdInfo(int argc, char** argv) {
    Args a = parse(argc, argv, 2, {}, {"--json"}, kInfoHelp);
    if (a.positional.size() != 1)
        usageError("expected one DB.ouro", kInfoHelp);
    Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
    auto images = store.images();
    if (a.has("--json"))
        printInfoJson(store, images);
    else
        printInfoText(store, images);
    return 0;
}

} // namespace ouro::cli
