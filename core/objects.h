#pragma once
// Objects measured from a label image: one row per label id with its area,
// centroid and bounding box, and per-channel intensity statistics of its
// image, computed by streaming over level-0 chunks.

#include "omemodel.h"

#include <cstdint>
#include <vector>

namespace ouro {

class Store;

/** Intensity statistics of one object in one channel. std is the population standard deviation. */
struct ObjectIntensity {
    double mean = 0, min = 0, max = 0, sum = 0, std = 0;
};

/** One object. Coordinates are level-0 pixels; bbox max is exclusive (as scikit-image's regionprops). */
struct ObjectRow {
    int64_t id = 0; ///< object.id
    uint32_t label = 0;
    int64_t area = 0;
    double areaPhysical = 0; ///< area x physical pixel size (0 when the image has none)
    double centroidZ = 0, centroidY = 0, centroidX = 0;
    int64_t minZ = 0, minY = 0, minX = 0, maxZ = 0, maxY = 0, maxX = 0;
    std::vector<ObjectIntensity> channels;
};

/**
 * Measures every object of a label image from the store's own connection (so
 * it sees chunks written in the current transaction) and writes the object,
 * object_intensity and object_rtree rows. Memory grows with the number of
 * objects, not with the image. Returns the number of objects.
 */
int64_t measureObjects(Store& store, const LabelInfo& labels);

/** The stored objects of a label image, in label order, with their channel statistics. */
std::vector<ObjectRow> loadObjects(Store& store, int64_t labelImageId);

} // namespace ouro
