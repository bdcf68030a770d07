// ouro objects: the objects measured from a label image, one row each.

#include "args.h"
#include "commands.h"
#include "objects.h"
#include "store.h"
#include "error.h"

#include <cstdio>
#include <iostream>

namespace ouro::cli {
namespace {

const char* const kObjectsHelp = R"(Usage: ouro objects DB.ouro --image ID --labels NAME [--csv]

One row per object of the label image NAME, measured from level 0 when the
labels were imported: label, area, centroid_y, centroid_x, bbox_min_y,
bbox_min_x, bbox_max_y, bbox_max_x (max exclusive, as scikit-image's
regionprops), then mean_c<i>, min_c<i>, max_c<i>, sum_c<i>, std_c<i> for each
channel i of the image. Tab-separated unless --csv.
)";

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

} // namespace

int cmdObjects(int argc, char** argv) {
    Args a = parse(argc, argv, 2, {"--image", "--labels"}, {"--csv"}, kObjectsHelp);
    if (a.positional.size() != 1 || !a.get("--image") || !a.get("--labels"))
        usageError("expected DB.ouro, --image ID and --labels NAME", kObjectsHelp);
    const int64_t id = toInt(*a.get("--image"), "--image", kObjectsHelp);
    Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
    auto image = store.image(id);
    if (!image)
        throw Error(a.positional[0] + ": no image with id " + std::to_string(id));
    auto labels = store.label(id, *a.get("--labels"));
    if (!labels)
        throw Error(a.positional[0] + ": image " + std::to_string(id) + " has no labels named \"" +
                    *a.get("--labels") + "\"");
    const std::string sep = a.has("--csv") ? "," : "\t";
    std::string head = "label" + sep + "area" + sep + "centroid_y" + sep + "centroid_x" + sep + "bbox_min_y" + sep +
                       "bbox_min_x" + sep + "bbox_max_y" + sep + "bbox_max_x";
    for (int64_t c = 0; c < image->sizeC; ++c)
        for (const char* f : {"mean", "min", "max", "sum", "std"})
            head += sep + f + "_c" + std::to_string(c);
    std::cout << head << "\n";
    for (const auto& o : loadObjects(store, labels->id)) {
        std::string line = std::to_string(o.label) + sep + std::to_string(o.area) + sep + num(o.centroidY) + sep +
                           num(o.centroidX) + sep + std::to_string(o.minY) + sep + std::to_string(o.minX) + sep +
                           std::to_string(o.maxY) + sep + std::to_string(o.maxX);
        for (const auto& c : o.channels)
            line += sep + num(c.mean) + sep + num(c.min) + sep + num(c.max) + sep + num(c.sum) + sep + num(c.std);
        std::cout << line << "\n";
    }
    return 0;
}

} // namespace ouro::cli
