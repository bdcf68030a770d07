#pragma once
// Images out of a .ouro as OME-TIFF, for Fiji, QuPath and tifffile: one file per
// image, tiled, with the pyramid levels as SubIFDs and the image's OME-XML.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ouro {

class Store;

/**
 * Writes image imageId of the store to `out` (an .ome.tif): every plane as a
 * tiled (256 x 256), deflate-compressed IFD in XYZCT order, each with its
 * pyramid levels as reduced-resolution SubIFDs; the first IFD's description is
 * OME-XML (channels, physical sizes, planes, TiffData). BigTIFF when the pixels
 * need more than 2 GB, or when bigTiff asks for it. Written under a temporary name and renamed when
 * complete. progress: fraction done; false cancels (ouro::Cancelled).
 */
void exportOmeTiff(Store& store, int64_t imageId, const std::string& out,
                   const std::function<bool(double)>& progress = {}, bool bigTiff = false);

/**
 * Every image (or those of imageIds) as OME-TIFF: one file when out ends in
 * .ome.tif / .ome.tiff and there is one image, otherwise a directory `out`
 * (which must not exist) of "<id>_<name>.ome.tif" files, built as out.partial.
 * Returns the files written.
 */
std::vector<std::string> exportOmeTiffs(Store& store, const std::string& out, const std::vector<int64_t>& imageIds,
                                        const std::function<bool(double)>& progress = {}, bool bigTiff = false);

} // namespace ouro
