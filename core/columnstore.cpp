#include "columnstore.h"

#include "codec.h"
#include "error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <numeric>

namespace ouro {

const char* columnTypeName(ColumnType t) {
    return t == ColumnType::Integer ? "INTEGER" : t == ColumnType::Real ? "REAL" : "TEXT";
}

ColumnType columnTypeFromName(std::string_view s) {
    return s == "INTEGER" ? ColumnType::Integer : s == "REAL" ? ColumnType::Real : ColumnType::Text;
}

int64_t columnChunkRows(size_t ncols) {
    int64_t rows = 65536;
    while (rows > 1024 && uint64_t(rows) * 8 * std::max<size_t>(1, ncols) > (uint64_t(256) << 20))
        rows /= 2;
    return rows;
}

ColumnChunkBuilder::ColumnChunkBuilder(std::vector<ColumnType> types)
    : types_(std::move(types)), cols_(types_.size()), chunkRows_(columnChunkRows(types_.size())) {
    for (size_t i = 0; i < cols_.size(); ++i) {
        cols_[i].nulls.reserve(size_t(chunkRows_));
        if (types_[i] == ColumnType::Text)
            cols_[i].offsets.assign(1, 0);
        else
            cols_[i].data.reserve(size_t(chunkRows_) * 8);
    }
}

namespace {
void put8(std::vector<uint8_t>& d, const void* p) {
    const auto* b = static_cast<const uint8_t*>(p);
    d.insert(d.end(), b, b + 8);
}
} // namespace

void ColumnChunkBuilder::addNull(size_t col) {
    Col& c = cols_[col];
    c.nulls.push_back(1);
    c.anyNull = true;
    if (types_[col] == ColumnType::Text) {
        c.offsets.push_back(uint32_t(c.data.size()));
    } else {
        const uint64_t zero = 0;
        put8(c.data, &zero);
    }
}

void ColumnChunkBuilder::addInt(size_t col, int64_t v) {
    if (types_[col] == ColumnType::Real)
        return addReal(col, double(v));
    if (types_[col] == ColumnType::Text)
        return addText(col, std::to_string(v));
    cols_[col].nulls.push_back(0);
    put8(cols_[col].data, &v);
}

void ColumnChunkBuilder::addReal(size_t col, double v) {
    if (types_[col] == ColumnType::Text) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", v);
        return addText(col, buf);
    }
    cols_[col].nulls.push_back(0);
    if (types_[col] == ColumnType::Integer) {
        const auto i = static_cast<int64_t>(v);
        put8(cols_[col].data, &i);
    } else {
        put8(cols_[col].data, &v);
    }
}

void ColumnChunkBuilder::addText(size_t col, std::string_view v) {
    Col& c = cols_[col];
    c.nulls.push_back(0);
    c.data.insert(c.data.end(), v.begin(), v.end());
    c.offsets.push_back(uint32_t(c.data.size()));
}

bool ColumnChunkBuilder::endRow() { return ++rows_ == chunkRows_; }

std::vector<ColumnChunk> ColumnChunkBuilder::flush() {
    std::vector<ColumnChunk> out(cols_.size());
    const BloscParams params;
    for (size_t i = 0; i < cols_.size(); ++i) {
        Col& c = cols_[i];
        ColumnChunk& ch = out[i];
        ch.column = i;
        ch.chunk = chunk_;
        ch.rows = rows_;
        if (c.anyNull)
            ch.nulls = bloscCompress(c.nulls, 1, params);
        if (types_[i] == ColumnType::Text) {
            std::vector<uint8_t> raw(c.offsets.size() * 4 + c.data.size());
            std::memcpy(raw.data(), c.offsets.data(), c.offsets.size() * 4);
            std::memcpy(raw.data() + c.offsets.size() * 4, c.data.data(), c.data.size());
            ch.data = bloscCompress(raw, 4, params);
            c.offsets.assign(1, 0);
        } else {
            ch.data = bloscCompress(c.data, 8, params);
        }
        c.data.clear();
        c.nulls.clear();
        c.anyNull = false;
    }
    rows_ = 0;
    ++chunk_;
    return out;
}

void appendChunk(ColumnValues& v, int64_t rows, std::span<const uint8_t> nulls, std::span<const uint8_t> data) {
    if (rows < 0)
        throw Error("column chunk with a negative row count");
    const size_t n = size_t(rows), at = size_t(v.rows);
    if (!nulls.empty()) {
        if (bloscDecodedSize(nulls) != n)
            throw Error("column chunk: the NULL map does not match the row count");
        v.nulls.resize(at + n);
        bloscDecompress(nulls, std::span<uint8_t>(v.nulls.data() + at, n));
    } else if (!v.nulls.empty()) {
        v.nulls.resize(at + n, 0);
    }
    if (v.type == ColumnType::Text) {
        std::vector<uint8_t> raw(bloscDecodedSize(data));
        bloscDecompress(data, raw);
        if (raw.size() < (n + 1) * 4)
            throw Error("column chunk: text offsets are truncated");
        std::vector<uint32_t> offs(n + 1);
        std::memcpy(offs.data(), raw.data(), offs.size() * 4);
        const size_t textBytes = raw.size() - offs.size() * 4;
        if (offs[0] != 0 || offs[n] != textBytes || !std::is_sorted(offs.begin(), offs.end()))
            throw Error("column chunk: text offsets are corrupt");
        if (v.offsets.empty())
            v.offsets.push_back(0);
        const auto base = uint32_t(v.text.size());
        for (size_t i = 1; i <= n; ++i)
            v.offsets.push_back(base + offs[i]);
        v.text.append(reinterpret_cast<const char*>(raw.data() + offs.size() * 4), textBytes);
    } else {
        if (bloscDecodedSize(data) != n * 8)
            throw Error("column chunk: the values do not match the row count");
        if (v.type == ColumnType::Integer) {
            v.ints.resize(at + n);
            bloscDecompress(data, std::span<uint8_t>(reinterpret_cast<uint8_t*>(v.ints.data() + at), n * 8));
            v.real.resize(at + n);
            for (size_t i = 0; i < n; ++i)
                v.real[at + i] = double(v.ints[at + i]);
        } else {
            v.real.resize(at + n);
            bloscDecompress(data, std::span<uint8_t>(reinterpret_cast<uint8_t*>(v.real.data() + at), n * 8));
        }
    }
    v.rows += rows;
}

namespace {
// Sorts (value, row) pairs: contiguous keys sort several times faster than
// indirect ones. Ties keep row order in both directions.
template <class T> void sortByKey(std::vector<uint32_t>& idx, const std::vector<T>& values, bool ascending) {
    std::vector<std::pair<T, uint32_t>> keyed(idx.size());
    for (size_t k = 0; k < idx.size(); ++k)
        keyed[k] = {values[idx[k]], idx[k]};
    if (ascending)
        std::sort(keyed.begin(), keyed.end());
    else
        std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
    for (size_t k = 0; k < idx.size(); ++k)
        idx[k] = keyed[k].second;
}
} // namespace

std::vector<int64_t> sortedRowIds(const ColumnValues& v, bool ascending) {
    const auto n = size_t(v.rows);
    std::vector<uint32_t> idx;
    idx.reserve(n);
    std::vector<int64_t> nullRows;
    for (size_t i = 0; i < n; ++i) {
        if (v.isNull(int64_t(i)) || (v.type == ColumnType::Real && std::isnan(v.real[i])))
            nullRows.push_back(int64_t(i) + 1);
        else
            idx.push_back(uint32_t(i));
    }
    if (v.type == ColumnType::Text) {
        auto less = [&](uint32_t a, uint32_t b) { return v.textAt(a) < v.textAt(b); };
        if (ascending)
            std::stable_sort(idx.begin(), idx.end(), less);
        else
            std::stable_sort(idx.begin(), idx.end(), [&](uint32_t a, uint32_t b) { return less(b, a); });
    } else if (v.type == ColumnType::Integer) {
        sortByKey(idx, v.ints, ascending);
    } else {
        sortByKey(idx, v.real, ascending);
    }
    std::vector<int64_t> out;
    out.reserve(n);
    for (uint32_t i : idx)
        out.push_back(int64_t(i) + 1);
    out.insert(out.end(), nullRows.begin(), nullRows.end());
    return out;
}

std::string exactReal(double x) {
    if (std::isnan(x))
        return {};
    char b[32];
    const auto r = std::to_chars(b, b + sizeof b, x);
    std::string t(b, r.ptr);
    if (t.find_first_of(".eEn") == std::string::npos) // not "1e+21", "inf", "-inf"
        t += ".0";
    return t;
}

} // namespace ouro
