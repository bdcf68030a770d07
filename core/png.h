#pragma once
// A small PNG writer (8-bit RGBA or RGB), so core can save renders without Qt.

#include <cstdint>
#include <string>
#include <vector>

namespace ouro {

/** Encodes width x height RGBA8 pixels as PNG bytes (alpha dropped when all opaque). */
std::vector<uint8_t> encodePng(const uint8_t* rgba, int width, int height);

/** Writes a PNG file; throws ouro::Error naming path on failure. */
void writePng(const std::string& path, const uint8_t* rgba, int width, int height);

} // namespace ouro
