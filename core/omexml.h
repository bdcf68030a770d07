#pragma once
// Reading and writing OME-XML (the subset Ouroboros keeps: images, pixels,
// channels, planes, TiffData and BinaryOnly).

#include "omemodel.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ouro {

/** One TiffData element: which IFDs of which file hold which planes. */
struct TiffDataRef {
    std::optional<int64_t> ifd;        ///< IFD attribute (default 0)
    std::optional<int64_t> planeCount; ///< PlaneCount attribute
    int64_t firstZ = 0, firstC = 0, firstT = 0;
    std::string uuid;     ///< UUID element text, if any
    std::string fileName; ///< UUID/@FileName, if any
};

/** An OME Image as parsed, with how its planes are laid out in TIFF files. */
struct OmeImage {
    ImageInfo info;         ///< sizeC counts samples: an RGB channel gives three
    int64_t omeSizeC = 1;   ///< SizeC as written
    int samplesPerPixel = 1; ///< samples per IFD (3 for an interleaved RGB channel)
    bool bigEndianAttr = false;
    std::vector<TiffDataRef> tiffData;
};

/** A parsed OME-XML document. */
struct OmeDocument {
    std::string uuid; ///< OME/@UUID
    std::vector<OmeImage> images;
    /** BinaryOnly/@MetadataFile when the real metadata lives in a companion file. */
    std::optional<std::string> binaryOnlyMetadataFile;
};

/** Parses OME-XML; throws ouro::Error mentioning `source` when the XML is not valid OME. */
OmeDocument parseOmeXml(std::string_view xml, const std::string& source);

/** True if text looks like OME-XML (an <OME> root element). */
bool looksLikeOmeXml(std::string_view text);

/**
 * For a DimensionOrder such as "XYZCT", the (z, c, t) of plane index i in an
 * image of sizeZ x sizeC x sizeT planes. Throws on an unknown order.
 */
std::array<int64_t, 3> planeZCT(const std::string& order, int64_t i, int64_t sizeZ, int64_t sizeC, int64_t sizeT);
/** Inverse of planeZCT. */
int64_t planeIndex(const std::string& order, int64_t z, int64_t c, int64_t t, int64_t sizeZ, int64_t sizeC,
                   int64_t sizeT);

/**
 * Writes an OME-XML document describing images (as stored: one sample per
 * channel, MetadataOnly pixels). Used for OME/METADATA.ome.xml and exports.
 * tiffData: the pixels are the IFDs of an OME-TIFF, one image per file, planes
 * in XYZCT order from IFD 0 (a TiffData element instead of MetadataOnly).
 */
std::string writeOmeXml(const std::vector<ImageInfo>& images, bool tiffData = false);

} // namespace ouro
