#pragma once
// Label images: importing segmentation masks as OME-Zarr labels of an image,
// and labelling the connected components of a binary mask.

#include "importer.h"
#include "omemodel.h"

#include <cstdint>
#include <string>

namespace ouro {

class Store;

struct LabelImportOptions {
    /** Name of the label image (unique per image): letters, digits, '_', '-', '.'. */
    std::string name = "labels";
    /** Connectivity for splitting a binary mask into objects: 8 (default) or 4. */
    int connectivity = 8;
    int threads = 0;
    BloscParams blosc{};
};

/**
 * Imports the mask at maskPath (TIFF/OME-TIFF, one channel of integer ids)
 * as a label image of image imageId, in one transaction. The mask must have
 * the image's size (t, z, y, x). A binary mask (0 and one other value) is
 * split into objects by connected components, plane by plane. Throws
 * ouro::Error naming the file and the problem; then nothing is written.
 */
LabelInfo importLabels(Store& store, int64_t imageId, const std::string& maskPath, const LabelImportOptions& opt,
                       const ProgressFn& progress = {});

/**
 * The label images of an OME-Zarr directory (the labels/ of each image group),
 * imported as label images of `images`: what runImport returned for that
 * directory, in the same order. Each keeps its name (characters other than
 * letters, digits, '_', '-' and '.' become '_').
 */
std::vector<LabelInfo> importOmeZarrLabels(Store& store, const std::string& dir, const std::vector<ImageInfo>& images);

/**
 * Labels the connected components of a binary plane (fg[i] != 0 is
 * foreground): out receives ids firstId, firstId+1, … numbered in raster
 * order of each component's first pixel (as scikit-image's label() does),
 * 0 for background. Returns the number of components.
 */
uint32_t labelComponents(const uint8_t* fg, int64_t width, int64_t height, int connectivity, uint32_t* out,
                         uint32_t firstId = 1);

} // namespace ouro
