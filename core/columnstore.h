#pragma once
// The column copy of a profile table. Beside its row tables (which any SQLite
// tool can read), each profile table keeps every column as compressed chunks
// of consecutive rows in `profile_<id>_cols`. Sorting, filtering and colouring
// a million objects then reads 8 MB per column instead of scanning gigabytes
// of rows. The layout is part of the file format (docs/file-format.md).

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ouro {

enum class ColumnType { Integer, Real, Text };

/** "INTEGER", "REAL" or "TEXT", as in profile_column.type. */
const char* columnTypeName(ColumnType t);
/** The inverse of columnTypeName; unknown names are TEXT. */
ColumnType columnTypeFromName(std::string_view s);

/**
 * Rows per chunk for a table of ncols columns: a power of two from 1024 to
 * 65536, so that one chunk of every column stays within about 256 MB while
 * importing.
 */
int64_t columnChunkRows(size_t ncols);

/** One stored chunk of one column, compressed (blosc frames). */
struct ColumnChunk {
    size_t column = 0; ///< profile_column.idx
    int64_t chunk = 0; ///< 0-based; covers rows chunk*rowsPerChunk+1 ...
    int64_t rows = 0;
    std::vector<uint8_t> nulls; ///< one byte per row, 1 = NULL; empty when no row is NULL
    std::vector<uint8_t> data;  ///< int64 or float64 little-endian; TEXT: uint32 offsets[rows+1], then UTF-8
};

/** Collects values row by row and cuts them into compressed chunks. */
class ColumnChunkBuilder {
public:
    explicit ColumnChunkBuilder(std::vector<ColumnType> types);
    void addNull(size_t col);
    void addInt(size_t col, int64_t v);
    void addReal(size_t col, double v);
    void addText(size_t col, std::string_view v);
    /** Ends a row; true when a chunk is full and should be flushed. */
    bool endRow();
    bool pending() const { return rows_ > 0; }
    /** The chunks of every column for the rows since the last flush, compressed. */
    std::vector<ColumnChunk> flush();
    int64_t rowsPerChunk() const { return chunkRows_; }

private:
    struct Col {
        std::vector<uint8_t> nulls;
        bool anyNull = false;
        std::vector<uint8_t> data;      // 8-byte values, or text bytes
        std::vector<uint32_t> offsets;  // TEXT only
    };
    std::vector<ColumnType> types_;
    std::vector<Col> cols_;
    int64_t chunkRows_;
    int64_t rows_ = 0, chunk_ = 0;
};

/** A whole column in memory, in row order (index = row_id - 1). */
/**
 * The shortest text that reads back as exactly x, always with a point or an
 * exponent ("477.0", not "477"), so a REAL column stays REAL when read as text.
 * NaN gives "" (NULL in a table).
 */
std::string exactReal(double x);

struct ColumnValues {
    ColumnType type = ColumnType::Real;
    int64_t rows = 0;
    std::vector<double> real;     ///< REAL and INTEGER (as double, for sorting and colour)
    std::vector<int64_t> ints;    ///< INTEGER, exact
    std::vector<uint8_t> nulls;   ///< empty when no value is NULL
    std::vector<uint32_t> offsets;///< TEXT: rows+1 offsets into text
    std::string text;

    bool isNull(int64_t i) const { return !nulls.empty() && nulls[size_t(i)]; }
    double number(int64_t i) const { return real[size_t(i)]; }
    std::string_view textAt(int64_t i) const {
        return std::string_view(text).substr(offsets[size_t(i)], offsets[size_t(i) + 1] - offsets[size_t(i)]);
    }
    size_t bytes() const {
        return real.size() * 8 + ints.size() * 8 + nulls.size() + offsets.size() * 4 + text.size();
    }
};

/** Appends one stored chunk (compressed, as in ColumnChunk) to v. Throws ouro::Error on corrupt data. */
void appendChunk(ColumnValues& v, int64_t rows, std::span<const uint8_t> nulls, std::span<const uint8_t> data);

/**
 * Row ids (1-based) of a column in sorted order, NULLs last in both
 * directions; ties keep row order. Text sorts by bytes (UTF-8 code points).
 */
std::vector<int64_t> sortedRowIds(const ColumnValues& v, bool ascending);

} // namespace ouro
