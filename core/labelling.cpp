#include "labelling.h"

#include "colormap.h"
#include "error.h"
#include "profiletable.h"
#include "render.h"

#include <algorithm>
#include <map>

namespace ouro {

uint32_t dimmedLabelColor(uint64_t id) { return (labelColor(id) & 0xFFFFFF00u) | 0x40u; }

namespace {

void checkCancelled(const LabellingRequest& req) {
    if (req.cancelled && req.cancelled())
        throw Cancelled();
}

/** How one column's values become colours: categories by value, or a colormap over a range. */
class ColumnColoring {
public:
    ColumnColoring(std::shared_ptr<const ColumnValues> col, const LabellingRequest& req, Labelling& out)
        : col_(std::move(col)), cmap_(req.colormap) {
        std::vector<int64_t> few;
        if (col_->type == ColumnType::Integer) {
            std::vector<int64_t> ints;
            ints.reserve(size_t(col_->rows));
            for (int64_t i = 0; i < col_->rows; ++i)
                if (!col_->isNull(i))
                    ints.push_back(col_->ints[size_t(i)]);
            few = integerCategories(ints);
        }
        if (col_->type == ColumnType::Text) {
            for (int64_t i = 0; i < col_->rows; ++i)
                if (!col_->isNull(i) && categories_.size() < kMaxTextCategories)
                    categories_.emplace(std::string(col_->textAt(i)), categories_.size());
        } else if (!few.empty()) {
            for (int64_t v : few)
                categories_.emplace(std::to_string(v), categories_.size());
        } else {
            continuous_ = true;
            std::vector<double> vals;
            vals.reserve(size_t(col_->rows));
            for (int64_t i = 0; i < col_->rows; ++i)
                if (!col_->isNull(i))
                    vals.push_back(col_->number(i));
            out.autoLow = quantile(vals, kRangeLowQuantile);
            out.autoHigh = quantile(vals, kRangeHighQuantile);
            lo_ = req.low.value_or(out.autoLow);
            hi_ = req.high.value_or(out.autoHigh);
        }
        out.continuous = continuous_;
        if (continuous_) {
            out.low = lo_;
            out.high = hi_;
            for (int k = 0; k < kLegendRampSteps; ++k)
                out.ramp.push_back(colormapColor(cmap_, k / double(kLegendRampSteps - 1)));
        } else {
            std::vector<std::pair<size_t, std::string>> byIndex;
            for (const auto& [name, i] : categories_)
                byIndex.emplace_back(i, name);
            std::sort(byIndex.begin(), byIndex.end());
            for (const auto& [i, name] : byIndex)
                out.categories.emplace_back(name, categoricalColor(i));
        }
    }

    /** The colour of row index i (row_id - 1), or nullopt when it has no value. */
    std::optional<uint32_t> colorOf(int64_t i) const {
        if (col_->isNull(i))
            return std::nullopt;
        if (continuous_)
            return colormapColor(cmap_, hi_ > lo_ ? (col_->number(i) - lo_) / (hi_ - lo_) : 0.5);
        const std::string key =
            col_->type == ColumnType::Text ? std::string(col_->textAt(i)) : std::to_string(col_->ints[size_t(i)]);
        auto it = categories_.find(key);
        return it == categories_.end() ? kOtherCategoryColor : categoricalColor(it->second);
    }

private:
    std::shared_ptr<const ColumnValues> col_;
    std::string cmap_;
    bool continuous_ = false;
    double lo_ = 0, hi_ = 1;
    std::map<std::string, size_t> categories_;
};

uint32_t noMatchColor(const LabellingRequest& req, uint32_t id) {
    switch (req.noMatch) {
    case NoMatch::Hide: return 0u;
    case NoMatch::Color: return req.noMatchColor;
    case NoMatch::Dim: break;
    }
    return dimmedLabelColor(id);
}

} // namespace

Labelling computeLabelling(const ProfileTable& table, const LabellingRequest& req) {
    Labelling out;
    out.total = table.info().rows;
    std::shared_ptr<const std::vector<int64_t>> rows = req.filterRows;
    if (!rows && !req.filter.empty())
        rows = std::make_shared<const std::vector<int64_t>>(table.filter(req.filter, req.timeoutMs));
    if (!rows && req.colorBy < 0)
        return out;
    out.active = true;
    if (rows)
        out.matched = int64_t(rows->size());
    checkCancelled(req);

    const bool toLabels = req.labelImageId >= 0;
    auto links = toLabels ? table.links() : nullptr;
    // Everything starts as "not matching"; objects of matching rows are then painted.
    if (toLabels) {
        out.labelColors.assign(size_t(req.maxLabel) + 1, LabelColors::kUnset);
        for (uint32_t id = 1; id <= req.maxLabel; ++id)
            out.labelColors[id] = rows ? noMatchColor(req, id) : kNoValueColor;
    }
    std::optional<ColumnColoring> coloring;
    if (req.colorBy >= 0) {
        const auto& cols = table.columns();
        const auto it = std::find_if(cols.begin(), cols.end(), [&](const auto& c) { return c.idx == req.colorBy; });
        if (it == cols.end())
            throw Error(table.info().name + " has no column " + std::to_string(req.colorBy));
        out.title = it->name;
        coloring.emplace(table.column(req.colorBy), req, out);
        out.rowColors = std::make_shared<std::vector<uint32_t>>(size_t(out.total), 0u);
    }
    checkCancelled(req);

    const auto paint = [&](int64_t row) {
        uint32_t c = req.matchColor;
        if (coloring) {
            const auto v = coloring->colorOf(row - 1);
            if (!v)
                return;
            c = *v;
            (*out.rowColors)[size_t(row - 1)] = c;
        }
        if (!links)
            return;
        for (const auto& o : links->of(row))
            if (o.labelImageId == req.labelImageId && o.label <= req.maxLabel)
                out.labelColors[o.label] = c;
    };
    constexpr int64_t kPollEvery = 1 << 16;
    if (rows) {
        for (size_t k = 0; k < rows->size(); ++k) {
            if (k % kPollEvery == 0)
                checkCancelled(req);
            paint((*rows)[k]);
        }
    } else {
        for (int64_t r = 1; r <= out.total; ++r) {
            if (r % kPollEvery == 0)
                checkCancelled(req);
            paint(r);
        }
    }
    return out;
}

} // namespace ouro
