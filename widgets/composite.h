#pragma once
// Channel compositing for previews: each channel is scaled between a low and a
// high value, tinted with its colour, and the channels are added.

#include "omemodel.h"

#include <QImage>

#include <cstdint>
#include <vector>

namespace ouro::widgets {

/**
 * Composites planes (one per channel, each width x height pixels of
 * info.dtype) into an RGB image. Channel c uses info.channels[c]: its colour
 * (white if none) and its data range (dataMin..dataMax, or the type's range).
 */
QImage compositePlanes(const ouro::ImageInfo& info, const std::vector<std::vector<uint8_t>>& planes, int width,
                       int height);

} // namespace ouro::widgets
