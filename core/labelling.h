#pragma once
// Labelling: the one place where a profile table, a filter and a colour-by
// column become label colours. The app's profile dock (and through it the 2D
// and 3D views) and `ouro render` call computeLabelling(); nothing else builds
// a label colour table. The defaults below are documented in
// docs/user-guide.md ("Label colours: the defaults").

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ouro {

class ProfileTable;

/** How objects that do not match a filter are drawn. */
enum class NoMatch {
    Dim,   ///< their own label colour at a quarter opacity
    Hide,  ///< not drawn
    Color, ///< in LabellingRequest::noMatchColor
};

/** Objects that match a filter (without colour-by): gold. */
inline constexpr uint32_t kMatchColor = 0xFFD700FFu;
/** NoMatch::Color's default: grey. */
inline constexpr uint32_t kNoMatchColor = 0x808080FFu;
/** Colour-by without a filter: objects whose row has no value are faint grey. */
inline constexpr uint32_t kNoValueColor = 0x80808060u;
/** Colour-by over categories: a value beyond the palette's categories. */
inline constexpr uint32_t kOtherCategoryColor = 0x808080FFu;
/** The colormap for numeric columns. */
inline constexpr const char* kDefaultColormap = "viridis";
/** The automatic range of a numeric column: these quantiles of its values. */
inline constexpr double kRangeLowQuantile = 0.01, kRangeHighQuantile = 0.99;
/** A text column gets at most this many categories (first seen, in row order). */
inline constexpr size_t kMaxTextCategories = 256;
/** Samples of the colormap in a legend's ramp. */
inline constexpr int kLegendRampSteps = 64;

/** labelColor(id) at a quarter opacity: how NoMatch::Dim draws an object. */
uint32_t dimmedLabelColor(uint64_t id);

/** What to colour, and how. */
struct LabellingRequest {
    /** A filter over the table (filter.h's sandbox); empty: no filter. */
    std::string filter;
    /**
     * The filter's matching rows (ascending row ids) when the caller already has
     * them (the table view evaluated the same filter); used instead of `filter`.
     */
    std::shared_ptr<const std::vector<int64_t>> filterRows;
    int timeoutMs = 2000; ///< the filter is cancelled after this long
    int colorBy = -1;     ///< column index (ProfileColumnInfo::idx) to colour by; -1: none
    std::string colormap = kDefaultColormap;
    std::optional<double> low, high; ///< the colormap's range; unset: the automatic one
    NoMatch noMatch = NoMatch::Dim;
    uint32_t matchColor = kMatchColor;
    uint32_t noMatchColor = kNoMatchColor;
    /** The label image whose labels get colours; -1: none (only the rows are coloured). */
    int64_t labelImageId = -1;
    uint32_t maxLabel = 0; ///< labels 1..maxLabel get an entry
    /** Polled now and then; returning true stops the work with ouro::Cancelled. */
    std::function<bool()> cancelled;
};

/** The colours, and what a legend needs. */
struct Labelling {
    /** False: neither filter nor colour-by, so labels keep their plain colours. */
    bool active = false;
    /**
     * Colour of each label id (index = label, 0..maxLabel; 0xRRGGBBAA, alpha 0 hides);
     * index 0 is LabelColors::kUnset. Empty when no label image was asked for.
     */
    std::vector<uint32_t> labelColors;
    /** Colour-by: each row's colour (index row_id - 1; 0 for none); null without colour-by. */
    std::shared_ptr<std::vector<uint32_t>> rowColors;

    std::string title;    ///< the colour-by column's name; empty without colour-by
    bool continuous = false; ///< true: a colormap over [low, high]; false: categories (or no colour-by)
    double low = 0, high = 1;        ///< the range drawn
    double autoLow = 0, autoHigh = 1; ///< the automatic range (quantiles), whatever range is drawn
    std::vector<uint32_t> ramp;       ///< continuous: kLegendRampSteps colours from low to high
    std::vector<std::pair<std::string, uint32_t>> categories; ///< categorical: value and colour, in palette order
    int64_t matched = -1; ///< rows that match the filter; -1 without a filter
    int64_t total = 0;    ///< rows of the table
};

/**
 * Computes the label and row colours of req over table. Runs on any thread
 * (ProfileTable reads through its own read-only connections). Throws
 * ouro::Error for a bad or too slow filter, and ouro::Cancelled when
 * req.cancelled says so.
 *
 * With a filter, objects of matching rows get matchColor (or their colour-by
 * colour; a matching row without a value is drawn as not matching), the
 * others follow noMatch. Without a filter, colour-by paints every object of a
 * row with a value, and the others in kNoValueColor. Text columns and integer
 * columns of few values (colormap.h's integerCategories) are categories; other
 * numbers go through the colormap over [low, high].
 */
Labelling computeLabelling(const ProfileTable& table, const LabellingRequest& req);

} // namespace ouro
