#include "profilesource.h"

#include "columnstore.h"
#include "csv.h"
#include "error.h"
#include "parquet.h"
#include "sqlite.h"

#include <sqlite3.h>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>

namespace ouro::profile {

bool isNull(const std::string& s) {
    switch (s.size()) {
    case 0: return true;
    case 2: return s[0] == 'N' && s[1] == 'A';
    case 3: return s == "nan" || s == "NaN" || s == "NAN";
    default: return false;
    }
}

/**
 * What a field looks like, cheaply: 'i' for [+-]digits, 'r' for a plain
 * decimal or exponent number, '?' for anything else (which the full parsers
 * then decide: inf, hex, spaces, text).
 */
char numberShape(const std::string& s) {
    size_t i = 0;
    const size_t n = s.size();
    if (i < n && (s[i] == '-' || s[i] == '+'))
        ++i;
    size_t digits = 0;
    while (i < n && unsigned(s[i] - '0') < 10)
        ++i, ++digits;
    if (i == n)
        return digits && digits < 19 ? 'i' : '?';
    if (s[i] == '.') {
        ++i;
        while (i < n && unsigned(s[i] - '0') < 10)
            ++i, ++digits;
    }
    if (!digits)
        return '?';
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '-' || s[i] == '+'))
            ++i;
        size_t e = 0;
        while (i < n && unsigned(s[i] - '0') < 10)
            ++i, ++e;
        if (!e)
            return '?';
    }
    return i == n ? 'r' : '?';
}

// Numbers are parsed with from_chars (exact, and several times faster than
// strtod); text it does not take ("+1", " 2", hex) falls back to the C library,
// so what counts as a number does not depend on the fast path.
bool parseIntSlow(const std::string& s, int64_t& v) {
    char* end = nullptr;
    errno = 0;
    long long x = std::strtoll(s.c_str(), &end, 10);
    if (end == s.c_str() || *end || errno)
        return false;
    v = x;
    return true;
}

bool parseRealSlow(const std::string& s, double& v) {
    char* end = nullptr;
    double x = std::strtod(s.c_str(), &end);
    if (end == s.c_str() || *end)
        return false;
    v = x;
    return true;
}

bool parseInt(const std::string& s, int64_t& v) {
    const char* b = s.data();
    const char* e = b + s.size();
    if (b == e)
        return false;
    if (auto r = std::from_chars(b, e, v); r.ec == std::errc() && r.ptr == e)
        return true;
    return (*b == '+' || std::isspace(static_cast<unsigned char>(*b))) && parseIntSlow(s, v);
}

bool parseReal(const std::string& s, double& v) {
    const char* b = s.data();
    const char* e = b + s.size();
    if (b == e)
        return false;
    if (auto r = std::from_chars(b, e, v); r.ec == std::errc() && r.ptr == e)
        return true;
    return parseRealSlow(s, v);
}

bool validUtf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!n || i + n > s.size())
            return false;
        for (size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2)
                return false;
        i += n;
    }
    return true;
}

namespace {

class CsvSource : public RowSource {
public:
    explicit CsvSource(const std::string& path) : csv_(path) {}
    bool next(std::vector<std::string>& f) override { return csv_.next(f); }
    std::string where() const override { return "line " + std::to_string(csv_.line()); }
    int64_t line() const override { return csv_.line(); }
    double fraction() const override { return csv_.fraction(); }

private:
    CsvReader csv_;
};

// A table of another SQLite file (CellProfiler ExportToDatabase), as text: the header
// row first, then each row with NULL as "" and numbers printed so they read back exactly.
class SqliteSource : public RowSource {
public:
    SqliteSource(const std::string& path, const std::string& table)
        : db_(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX), st_(db_, "SELECT * FROM " + sql::quoteIdent(table)),
          total_(db_.scalarInt("SELECT COUNT(*) FROM " + sql::quoteIdent(table))) {}
    bool next(std::vector<std::string>& f) override {
        f.clear();
        const int n = st_.columnCount();
        if (row_ == 0) {
            for (int i = 0; i < n; ++i)
                f.push_back(st_.columnName(i));
            ++row_;
            return true;
        }
        if (!st_.step())
            return false;
        for (int i = 0; i < n; ++i) {
            if (st_.isNull(i)) {
                f.emplace_back();
            } else if (sqlite3_column_type(st_.handle(), i) == SQLITE_FLOAT) {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%.17g", st_.getDouble(i));
                f.emplace_back(buf);
            } else {
                f.push_back(st_.getText(i));
            }
        }
        ++row_;
        return true;
    }
    std::string where() const override { return "row " + std::to_string(row_ - 1); }
    int64_t line() const override { return row_; }
    double fraction() const override { return total_ > 0 ? double(row_) / double(total_) : 0.0; }

private:
    sql::Db db_;
    sql::Stmt st_;
    int64_t total_ = 0;
    int64_t row_ = 0;
};


// A Parquet file (CytoTable, pycytominer, pandas, DuckDB) as text rows. Struct fields
// are flattened into dotted names; list columns cannot be one value per row and are
// left out with a warning. Numbers print so that they read back exactly, floating
// point ones always with a point or exponent, so type inference gives INTEGER for
// integer columns and REAL for floating-point ones.
class ParquetSource : public RowSource {
public:
    explicit ParquetSource(const std::string& path) : file_(path) {
        const auto& cols = file_.columns();
        for (size_t c = 0; c < cols.size(); ++c) {
            if (cols[c].maxRep > 0)
                skipped_.push_back(path + ": column \"" + cols[c].name + "\" is a list; left out");
            else
                use_.push_back(c);
        }
        if (use_.empty())
            throw Error(path + ": no columns of one value per row");
    }
    bool next(std::vector<std::string>& f) override {
        f.clear();
        const auto& cols = file_.columns();
        if (!headerDone_) {
            for (size_t c : use_)
                f.push_back(cols[c].name);
            headerDone_ = true;
            return true;
        }
        if (!advance())
            return false;
        for (size_t k = 0; k < use_.size(); ++k) {
            const parquet::Column& col = cols[use_[k]];
            const parquet::ColumnData& d = data_[k];
            if (col.maxDef > 0 && (size_t(row_) >= d.def.size() || d.def[size_t(row_)] != col.maxDef)) {
                f.emplace_back();
                continue;
            }
            const size_t v = cursor_[k]++;
            if (v >= d.values(col.type))
                throw Error(file_.path() + ": column \"" + col.name + "\" has fewer values than rows");
            f.push_back(text(col, d, v));
        }
        ++row_;
        ++done_;
        return true;
    }
    std::string where() const override { return "row " + std::to_string(done_); }
    int64_t line() const override { return done_; }
    double fraction() const override { return file_.rows() > 0 ? double(done_) / double(file_.rows()) : 0.0; }
    std::vector<std::string> warnings() const override { return skipped_; }

    // The schema says each column's type, so values go in as they are, not through text
    // and back (300 million numbers printed and parsed again cost most of an import).
    std::vector<ColType> knownTypes() const override {
        std::vector<ColType> t;
        for (size_t c : use_) {
            const parquet::Column& col = file_.columns()[c];
            switch (kindOf(col)) {
            case Cell::Int: t.push_back(ColType::Integer); break;
            case Cell::Real: t.push_back(ColType::Real); break;
            case Cell::Text: t.push_back(ColType::Text); break;
            case Cell::Null: return {}; // a type only the values can settle (unsigned 64-bit): as text
            }
        }
        return t;
    }
    bool nextCells(Cell* cells, std::string& pool) override {
        if (!headerDone_) {
            std::vector<std::string> header;
            next(header);
        }
        if (!advance())
            return false;
        const auto& cols = file_.columns();
        for (size_t k = 0; k < use_.size(); ++k) {
            const parquet::Column& col = cols[use_[k]];
            const parquet::ColumnData& d = data_[k];
            Cell& cell = cells[k];
            cell = Cell();
            if (col.maxDef > 0 && (size_t(row_) >= d.def.size() || d.def[size_t(row_)] != col.maxDef))
                continue;
            const size_t v = cursor_[k]++;
            if (v >= d.values(col.type))
                throw Error(file_.path() + ": column \"" + col.name + "\" has fewer values than rows");
            switch (kindOf(col)) {
            case Cell::Int:
                cell.kind = Cell::Int;
                cell.i = d.ints[v];
                break;
            case Cell::Real:
                if (parquet::isRealType(col.type)) {
                    cell.d = d.reals[v];
                    if (std::isnan(cell.d))
                        break; // NaN is NULL in a table, as an empty CSV field
                } else {
                    parseReal(text(col, d, v), cell.d); // DECIMAL: the value text() gives
                }
                cell.kind = Cell::Real;
                break;
            default: {
                cell.kind = Cell::Text;
                cell.off = uint32_t(pool.size());
                if (parquet::isBytesType(col.type) && col.logical != parquet::Logical::Decimal)
                    pool.append(d.text(v));
                else
                    pool.append(text(col, d, v));
                cell.len = uint32_t(pool.size() - cell.off);
                if (!validUtf8(std::string_view(pool).substr(cell.off)))
                    throw Error(file_.path() + ": row " + std::to_string(done_ + 1) + ", column \"" + col.name +
                                "\": not UTF-8 text");
                break;
            }
            }
        }
        ++row_;
        ++done_;
        return true;
    }

private:
    /** Moves to the next row group when this one is done; false after the last. */
    bool advance() {
        while (row_ >= groupRows_) {
            if (group_ + 1 >= file_.rowGroups())
                return false;
            ++group_;
            data_.clear();
            for (size_t c : use_)
                data_.push_back(file_.read(group_, int(c)));
            cursor_.assign(use_.size(), 0);
            groupRows_ = file_.rowGroupRows(group_);
            row_ = 0;
        }
        return true;
    }
    /** How a column's values go in: Int, Real or Text; Null when only the values can tell. */
    static Cell::Kind kindOf(const parquet::Column& col) {
        using parquet::Logical;
        using parquet::Physical;
        if (parquet::isRealType(col.type) || col.logical == Logical::Decimal)
            return Cell::Real;
        if (parquet::isBytesType(col.type) || col.type == Physical::Int96)
            return Cell::Text;
        switch (col.logical) {
        case Logical::Date:
        case Logical::TimestampMillis:
        case Logical::TimestampMicros:
        case Logical::TimestampNanos: return Cell::Text; // ISO 8601, as text() writes them
        default: break;
        }
        if (col.logical == Logical::Int && !col.isSigned && col.bitWidth == 64)
            return Cell::Null;
        return Cell::Int;
    }
    static std::string text(const parquet::Column& col, const parquet::ColumnData& d, size_t v) {
        using parquet::Logical;
        using parquet::Physical;
        if (parquet::isRealType(col.type))
            return exactReal(d.reals[v]);
        if (parquet::isBytesType(col.type)) {
            if (col.logical == Logical::Decimal) { // big-endian two's complement, unscaled
                const auto b = d.text(v);
                double x = 0;
                for (unsigned char ch : b)
                    x = x * 256 + double(ch);
                if (!b.empty() && (uint8_t(b[0]) & 0x80))
                    x -= std::pow(2.0, 8.0 * double(b.size()));
                return exactReal(x / std::pow(10.0, col.scale));
            }
            return std::string(d.text(v));
        }
        const int64_t i = d.ints[v];
        switch (col.logical) {
        case Logical::Decimal: return exactReal(double(i) / std::pow(10.0, col.scale));
        case Logical::Date: return isoTime(i * 86400, 0, 0);
        case Logical::TimestampMillis: return isoTime(floorDiv(i, 1000), floorMod(i, 1000), 3);
        case Logical::TimestampMicros: return isoTime(floorDiv(i, 1000000), floorMod(i, 1000000), 6);
        case Logical::TimestampNanos: return isoTime(floorDiv(i, 1000000000), floorMod(i, 1000000000), 9);
        default: break;
        }
        if (col.type == Physical::Int96)
            return isoTime(floorDiv(i, 1000000000), floorMod(i, 1000000000), 9);
        if (col.logical == Logical::Int && !col.isSigned && col.bitWidth == 64)
            return std::to_string(uint64_t(i));
        if (col.logical == Logical::Int && !col.isSigned && col.bitWidth == 32)
            return std::to_string(uint32_t(i));
        return std::to_string(i);
    }
    static int64_t floorDiv(int64_t a, int64_t b) { return a / b - (a % b < 0); }
    static int64_t floorMod(int64_t a, int64_t b) { return a - floorDiv(a, b) * b; }
    // "2024-05-01" for dates (digits 0), else "2024-05-01T12:00:00.250Z" with `digits` of fraction.
    static std::string isoTime(int64_t secs, int64_t frac, int digits) {
        const int64_t days = floorDiv(secs, 86400), sod = floorMod(secs, 86400);
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        const int64_t z = days + 719468, era = floorDiv(z, 146097), doe = z - era * 146097;
        const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
        const int64_t d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9, y = yoe + era * 400 + (m <= 2);
        char b[160];
        if (digits == 0 && sod == 0)
            std::snprintf(b, sizeof b, "%04lld-%02lld-%02lld", (long long)y, (long long)m, (long long)d);
        else
            std::snprintf(b, sizeof b, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%0*lldZ", (long long)y, (long long)m,
                          (long long)d, (long long)(sod / 3600), (long long)(sod / 60 % 60), (long long)(sod % 60),
                          digits ? digits : 1, (long long)frac);
        return b;
    }

    parquet::FileReader file_;
    std::vector<size_t> use_;
    std::vector<std::string> skipped_;
    std::vector<parquet::ColumnData> data_;
    std::vector<size_t> cursor_;
    int group_ = -1;
    int64_t groupRows_ = 0, row_ = 0, done_ = 0;
    bool headerDone_ = false;
};

} // namespace

std::unique_ptr<RowSource> openCsvSource(const std::string& path) { return std::make_unique<CsvSource>(path); }

std::unique_ptr<RowSource> openSqliteSource(const std::string& path, const std::string& table) {
    return std::make_unique<SqliteSource>(path, table);
}

std::unique_ptr<RowSource> openParquetSource(const std::string& path) { return std::make_unique<ParquetSource>(path); }

} // namespace ouro::profile
