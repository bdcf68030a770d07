#pragma once
// Read access to one profile table of a .ouro file, shaped for a table view
// of millions of rows: rows fetched by key (row_id), whole columns from the
// column copy (columnstore.h) for sorting, filtering and colouring, the
// row <-> object links, and the objects within a region (R*Tree).
//
// Thread-safe: row fetches, column loads and filters each use their own
// read-only connection and may run on different threads at once.

#include "columnstore.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ouro {

namespace sql {
class Db;
}

/** A profile_table row. */
struct ProfileTableInfo {
    int64_t id = 0;
    std::string name;
    int64_t rows = 0, columns = 0, parts = 1;
    std::string imageKey, objectKey, labelName, linkBy;
    int64_t rowsLinked = 0, rowsUnmatched = 0, objectsWithoutRow = 0;
};

/** A profile_column row. */
struct ProfileColumnInfo {
    int idx = 0;
    std::string name;
    ColumnType type = ColumnType::Real;
    int part = 0;
    std::string physical;
};

/** The profile tables of an open database, by id. */
std::vector<ProfileTableInfo> profileTables(sql::Db& db);

/** One value of a fetched row. */
struct CellValue {
    enum Kind : uint8_t { Null, Int, Real, Text } kind = Null;
    int64_t i = 0;
    double d = 0;
    std::string s;
};

/** An object a row links to. */
struct ObjectRef {
    int64_t objectId = 0;
    int64_t labelImageId = 0;
    uint32_t label = 0;
};

/** Row -> objects, for every row (compressed sparse rows). */
struct RowLinks {
    std::vector<uint32_t> start; ///< rows+1 entries; objects of row r (1-based) are [start[r-1], start[r])
    std::vector<ObjectRef> objects;
    std::span<const ObjectRef> of(int64_t rowId) const {
        if (rowId < 1 || size_t(rowId) >= start.size())
            return {};
        return std::span<const ObjectRef>(objects.data() + start[size_t(rowId) - 1],
                                          start[size_t(rowId)] - start[size_t(rowId) - 1]);
    }
};

/** A named filter saved in the file (table saved_filter). */
struct SavedFilter {
    std::string name, expression;
};

class ProfileTable {
public:
    /** Opens table `name` of the .ouro at path, read-only. Throws ouro::Error naming the file. */
    ProfileTable(const std::string& path, const std::string& name);
    ~ProfileTable();
    ProfileTable(const ProfileTable&) = delete;
    ProfileTable& operator=(const ProfileTable&) = delete;

    const std::string& path() const { return path_; }
    const ProfileTableInfo& info() const { return info_; }
    const std::vector<ProfileColumnInfo>& columns() const { return columns_; }
    /** Column index by name (exact, then case-insensitive), or -1. */
    int columnIndex(const std::string& name) const;
    /** Indexes of the key columns (image key, object key), for freezing on the left. */
    std::vector<int> keyColumns() const;

    /** Rows by row_id, all columns, in the order asked; a missing id gives an empty row. */
    std::vector<std::vector<CellValue>> fetchRows(const std::vector<int64_t>& rowIds) const;

    /** A whole column, loaded once and kept (within a memory budget). */
    std::shared_ptr<const ColumnValues> column(int idx) const;
    /** Rows per stored chunk of the column copy (the last chunk may hold fewer). */
    int64_t chunkRows() const;
    /**
     * Rows [chunk * chunkRows(), …) of column idx, read from the column copy one
     * chunk at a time (not cached): for passes over every column, such as exports.
     */
    ColumnValues columnChunk(int idx, int64_t chunk) const;

    /** Row ids in the order of column idx (NULLs last); cached, so a second sort is immediate. */
    std::shared_ptr<const std::vector<int64_t>> sorted(int idx, bool ascending) const;

    /**
     * Row ids (ascending) for which the SQL boolean expression is true, in the
     * sandbox of filter.h. Works on tables of any width: only the columns the
     * expression names are loaded. Throws ouro::Error (with the position when
     * SQLite reports one) for a bad, refused or too slow expression.
     */
    std::vector<int64_t> filter(const std::string& expr, int timeoutMs = 2000) const;

    /** Row -> object links, loaded once. */
    std::shared_ptr<const RowLinks> links() const;
    /** Rows linked to one object of a label image, ascending. */
    std::vector<int64_t> rowsForObject(int64_t labelImageId, uint32_t label) const;
    /** Rows linked to objects of labelImageId whose bounding box meets [x0,x1) x [y0,y1) (level-0 pixels). */
    std::vector<int64_t> rowsInRegion(int64_t labelImageId, double x0, double y0, double x1, double y1) const;

    /** Where objects are: label image, image, label name and level-0 bounding box (max exclusive). */
    struct ObjectBox {
        int64_t objectId = 0, labelImageId = 0, imageId = 0;
        std::string labels;
        uint32_t label = 0;
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
    };
    std::vector<ObjectBox> objectBoxes(const std::vector<int64_t>& objectIds) const;

    /** Saved filters of this table (empty when the file has none). */
    std::vector<SavedFilter> savedFilters() const;

private:
    void loadColumnFromRows(ColumnValues& v, sql::Db& db, const ProfileColumnInfo& c) const;
    std::string path_;
    ProfileTableInfo info_;
    std::vector<ProfileColumnInfo> columns_;
    struct Conn;
    std::unique_ptr<Conn> rowConn_, colConn_;
    mutable std::mutex cacheMutex_;
    mutable std::map<int, std::shared_ptr<const ColumnValues>> columnCache_;
    mutable std::vector<int> columnLru_;
    mutable std::map<std::pair<int, bool>, std::shared_ptr<const std::vector<int64_t>>> sortCache_;
    mutable std::shared_ptr<const RowLinks> links_;
    std::string colsTable_; ///< "profile_<id>_cols", or empty for a version-1 table (no column copy)
};

/**
 * Saves (or replaces) a named filter for a table in the .ouro file itself.
 * Opens the file read-write for the one statement. Throws ouro::Error.
 */
void saveFilter(const std::string& path, const std::string& table, const std::string& name, const std::string& expr);
/** Deletes a saved filter; no error when it does not exist. */
void deleteFilter(const std::string& path, const std::string& table, const std::string& name);

} // namespace ouro
