#pragma once
// The rows a profile import reads, whatever the file: a CSV/TSV file, a table
// of a CellProfiler SQLite file, or a Parquet file, behind one RowSource; and
// the field helpers that the import's type inference shares with the sources.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ouro::profile {

/** The type a profile column is stored with; Empty: no value seen yet. */
enum class ColType { Integer, Real, Text, Empty };

/**
 * What a field looks like, cheaply: 'i' for [+-]digits, 'r' for a plain decimal
 * or exponent number, '?' for anything else (the full parsers then decide).
 */
char numberShape(const std::string& s);
/** True for a field that means "no value": empty, NA, nan, NaN, NAN. */
bool isNull(const std::string& s);
/** Parses a whole field as an int64; false when it is not one. */
bool parseInt(const std::string& s, int64_t& v);
/** Parses a whole field as a double; false when it is not one. */
bool parseReal(const std::string& s, double& v);
/** True when s is valid UTF-8. */
bool validUtf8(std::string_view s);

/** One typed value; text lives in the batch's pool. */
struct Cell {
    enum Kind : uint8_t { Null, Int, Real, Text };
    int64_t i = 0;
    double d = 0;
    uint32_t off = 0, len = 0;
    Kind kind = Null;
};

/** Rows of one source; opened afresh for each pass over it. */
class RowSource {
public:
    virtual ~RowSource() = default;
    /**
     * Column types the source knows without looking at values (a Parquet schema), or
     * empty when they come from the values. With them, rows come through nextCells().
     */
    virtual std::vector<ColType> knownTypes() const { return {}; }
    /** The next row as one cell per column, text appended to `text`; false at the end. */
    virtual bool nextCells(Cell* cells, std::string& text) {
        (void)cells, (void)text;
        return false;
    }
    virtual bool next(std::vector<std::string>& fields) = 0;
    /** Where the last row came from, for messages ("line 12" or "row 12"). */
    virtual std::string where() const = 0;
    virtual int64_t line() const = 0;
    /** How far through the source reading is, 0..1. */
    virtual double fraction() const = 0;
    /** Things worth telling about the source (columns left out, …). */
    virtual std::vector<std::string> warnings() const { return {}; }
};

/** A CSV or TSV file (plain or gzipped), as text rows, the header first. */
std::unique_ptr<RowSource> openCsvSource(const std::string& path);
/** A table of another SQLite file (CellProfiler ExportToDatabase), as text rows, the header first. */
std::unique_ptr<RowSource> openSqliteSource(const std::string& path, const std::string& table);
/** A Parquet file, as typed cells (struct fields flattened to dotted names, lists left out). */
std::unique_ptr<RowSource> openParquetSource(const std::string& path);

} // namespace ouro::profile
