#pragma once
// The renderer shared by the viewer and `ouro render`: channel compositing
// through a lookup table per channel, and label overlays drawn through an
// id -> colour table. No Qt: the viewer calls it per tile.

#include "omemodel.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ouro {

class ChunkReader;

/** How one channel is shown. */
struct ChannelDisplay {
    bool visible = true;
    uint32_t color = 0xFFFFFFFFu; ///< 0xRRGGBBAA (alpha ignored)
    double min = 0, max = 255;    ///< values mapped to black and to full colour
    double gamma = 1.0;           ///< intensity = ((v - min) / (max - min)) ^ gamma
};

/** The stored display of an image's channels: colour, data range as min/max, all visible. */
std::vector<ChannelDisplay> defaultDisplay(const ImageInfo& info);

/**
 * Maps raw values of one channel to 8-bit intensities. For 8- and 16-bit
 * types it is a table; wider types are computed per pixel.
 */
class ChannelLut {
public:
    ChannelLut(DType type, const ChannelDisplay& d);
    /** Writes n intensities for n raw pixels. */
    void apply(const uint8_t* raw, size_t n, uint8_t* out) const;
    uint8_t intensity(double value) const;

private:
    DType type_;
    ChannelDisplay d_;
    std::vector<uint8_t> table_; ///< indexed by the raw value (offset for signed types)
};

/**
 * Composites channels additively into opaque RGBA8: for each colour component,
 * out = min(255, sum over visible channels of round(intensity * colour / 255)).
 * planes[c] holds n pixels of type `type` for channel c.
 */
void compositeChannels(DType type, const std::vector<const uint8_t*>& planes,
                       const std::vector<ChannelDisplay>& display, size_t n, uint8_t* rgba);
/** The same with lookup tables built once by the caller (luts[c] for display[c]). */
void compositeChannels(const std::vector<const uint8_t*>& planes, const std::vector<ChannelDisplay>& display,
                       const std::vector<ChannelLut>& luts, size_t n, uint8_t* rgba);

/** A stable, distinct colour for a label id (0xRRGGBBAA); the same id always gets the same colour. */
uint32_t labelColor(uint64_t id);

enum class LabelMode { Fill, Outline, Both };

/**
 * Per-id colours that replace labelColor(). Copies share one table, so a
 * filter's colours for a million objects cost nothing per tile. Ids below
 * 16 M are kept in a dense array; larger ids in a hash map.
 */
class LabelColors {
public:
    LabelColors() = default;
    LabelColors(const std::unordered_map<uint64_t, uint32_t>& m); // NOLINT: converts implicitly, like a map
    /** A dense table: dense[id] is the colour of id, or kUnset for no override. */
    explicit LabelColors(std::vector<uint32_t> dense);
    static constexpr uint32_t kUnset = 0x00000001u;
    bool empty() const { return !dense_ && !sparse_; }
    /** The override for id, if any. */
    bool lookup(uint64_t id, uint32_t& color) const;

private:
    std::shared_ptr<const std::vector<uint32_t>> dense_;
    std::shared_ptr<const std::unordered_map<uint64_t, uint32_t>> sparse_;
};

/** How label overlays are drawn. */
struct LabelDisplay {
    LabelMode mode = LabelMode::Both;
    double fillOpacity = 0.4;  ///< alpha of fills
    double outlineOpacity = 1.0;
    int outlineWidth = 1;      ///< in output pixels
    bool colorAll = true;      ///< false: draw only highlighted ids (and overridden ones)
    /**
     * Per-id colours that replace labelColor() (e.g. a filter's result). Their
     * alpha scales the fill and outline opacity: 0 hides an id, 255 draws it at
     * full opacity, in between dims it.
     */
    LabelColors colorOverride;
    std::unordered_set<uint64_t> highlight; ///< drawn in highlightColor, outline thickened by one
    uint32_t highlightColor = 0xFFFF00FFu;
};

/**
 * Draws labels over rgba (both width x height). ids holds one id per pixel
 * (0 = background). An outline pixel is one with a 4-neighbour of another id,
 * thickened inward to outlineWidth pixels; pixels beyond the edge count as
 * the same id, so a crop draws no false border.
 */
void drawLabels(const uint32_t* ids, int width, int height, const LabelDisplay& d, uint8_t* rgba);

/** What to render. The region is in level-0 pixels; the output is at the given level. */
struct RenderRequest {
    int level = -1;                 ///< -1: the finest level whose output fits in 4096 x 4096
    int64_t x = 0, y = 0, w = -1, h = -1; ///< region; w/h < 0: the whole image
    int64_t z = 0, t = 0;
    std::vector<ChannelDisplay> channels; ///< empty: defaultDisplay()
    std::string labels;                   ///< label image name, empty for none
    LabelDisplay labelDisplay;
};

/** An RGBA8 picture. */
struct Rgba {
    int width = 0, height = 0;
    std::vector<uint8_t> pixels;
};

/** Renders a region of an image (and optionally its labels). Throws ouro::Error on a bad request. */
Rgba render(ChunkReader& reader, const ImageInfo& image, const LabelInfo* labels, const RenderRequest& req);

/** Counts of values in `bins` equal bins over [lo, hi]; values outside are clamped into the end bins. */
struct Histogram {
    double lo = 0, hi = 1;
    std::vector<uint64_t> counts;
    /** The value below which fraction q (0..1) of the counted values lie, interpolated within a bin. */
    double percentile(double q) const;
};
Histogram computeHistogram(DType t, const uint8_t* raw, size_t n, double lo, double hi, int bins = 256);

/** Converts a label plane of dtype t (n pixels) to 32-bit ids. */
void toIds(DType t, const uint8_t* raw, size_t n, uint32_t* ids);

} // namespace ouro
