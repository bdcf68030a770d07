#pragma once
// The OME data model as Ouroboros stores it: one ImageInfo per image series,
// with its channels and planes. Units are OME-XML unit symbols ("µm", "s").

#include "dtype.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ouro {

/** One channel. A TIFF sample (R, G or B of an RGB image) is a channel of its own. */
struct ChannelInfo {
    std::string name;
    /** Display colour as 0xRRGGBBAA; nullopt when the source gave none. */
    std::optional<uint32_t> color;
    std::optional<double> excitationWavelength, emissionWavelength;
    std::string wavelengthUnit = "nm";
    std::string fluor;
    /** Smallest and largest level-0 value of the channel, measured at import. */
    std::optional<double> dataMin, dataMax;
};

/** Per-plane acquisition metadata (OME Plane). Missing values stay nullopt. */
struct PlaneInfo {
    int64_t t = 0, c = 0, z = 0;
    std::optional<double> deltaT;
    std::string deltaTUnit = "s";
    std::optional<double> exposureTime;
    std::string exposureTimeUnit = "s";
    std::optional<double> positionX, positionY, positionZ;
    std::string positionXUnit = "µm", positionYUnit = "µm", positionZUnit = "µm";
};

/** Shape of one pyramid level. Level 0 is full resolution; each next level halves y and x (rounding up). */
struct LevelShape {
    int64_t sizeY = 0, sizeX = 0;
};

/**
 * An image series: a 5D array t, c, z, y, x of one pixel type, with its
 * pyramid, channels and physical sizes.
 */
struct ImageInfo {
    /** Catalog id; also the name of the zarr group ("0", "1", …) under the root. */
    int64_t id = -1;
    std::string name;
    DType dtype = DType::UInt8;
    int64_t sizeT = 1, sizeC = 1, sizeZ = 1, sizeY = 0, sizeX = 0;
    /** Chunk shape in y and x (t, c and z chunks are always 1). */
    int64_t chunkY = 512, chunkX = 512;
    /** Number of pyramid levels, including level 0. */
    int levels = 1;
    std::optional<double> physicalSizeX, physicalSizeY, physicalSizeZ;
    std::string physicalSizeXUnit = "µm", physicalSizeYUnit = "µm", physicalSizeZUnit = "µm";
    std::optional<double> timeIncrement;
    std::string timeIncrementUnit = "s";
    std::string description;
    std::string acquisitionDate;
    /** DimensionOrder of the source (the store itself is always t, c, z, y, x). */
    std::string sourceDimensionOrder = "XYZCT";
    std::vector<ChannelInfo> channels;
    std::vector<PlaneInfo> planes;

    /** The zarr group path of this image ("3" for id 3). */
    std::string zarrPath() const { return std::to_string(id); }
    /** Pixel count of one level-0 plane. */
    int64_t planePixels() const { return sizeY * sizeX; }
    int64_t planeCount() const { return sizeT * sizeC * sizeZ; }
};

/**
 * A label image (segmentation) of an image, stored as the OME-Zarr label
 * group "<image>/labels/<name>": t, c (=1), z, y, x of integer object ids,
 * 0 = background, with a pyramid made by the mode, never the mean.
 */
struct LabelInfo {
    int64_t id = -1;      ///< catalog id (label_image.id)
    int64_t imageId = -1; ///< the image it segments
    std::string name;     ///< unique per image; letters, digits, '_', '-', '.'
    DType dtype = DType::UInt32;
    int64_t sizeT = 1, sizeZ = 1, sizeY = 0, sizeX = 0;
    int64_t chunkY = 512, chunkX = 512;
    int levels = 1;
    int64_t maxLabel = 0;    ///< largest id present
    int64_t objectCount = 0; ///< distinct non-zero ids
    std::string source;      ///< file it came from

    /** "3/labels/nuclei". */
    std::string zarrPath() const { return std::to_string(imageId) + "/labels/" + name; }
    /** The label image as a one-channel ImageInfo (id = imageId), for code shared with images. */
    ImageInfo geometry() const {
        ImageInfo g;
        g.id = imageId;
        g.name = name;
        g.dtype = dtype;
        g.sizeT = sizeT;
        g.sizeC = 1;
        g.sizeZ = sizeZ;
        g.sizeY = sizeY;
        g.sizeX = sizeX;
        g.chunkY = chunkY;
        g.chunkX = chunkX;
        g.levels = levels;
        return g;
    }
};

/**
 * Level shapes for an image of sizeY x sizeX with chunks chunkY x chunkX:
 * 2x downsamples until a level fits in a single chunk.
 */
std::vector<LevelShape> pyramidShapes(int64_t sizeY, int64_t sizeX, int64_t chunkY, int64_t chunkX);

/** OME-NGFF unit name for an OME-XML unit symbol ("µm" → "micrometer"), or "" if unknown. */
std::string ngffUnit(const std::string& omeSymbol);
/** Normalises unit spellings seen in the wild ("micron", "um", "\u00B5m") to the OME symbol. */
std::string normalizeUnit(const std::string& unit);

/** OME colour (signed 32-bit RGBA) to 0xRRGGBBAA. */
inline uint32_t omeColorToRgba(int64_t ome) { return static_cast<uint32_t>(ome); }
/** 0xRRGGBBAA to the signed 32-bit integer OME-XML expects. */
inline int32_t rgbaToOmeColor(uint32_t rgba) { return static_cast<int32_t>(rgba); }

} // namespace ouro
