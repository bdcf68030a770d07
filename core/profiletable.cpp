#include "profiletable.h"

#include "error.h"
#include "filter.h"
#include "sqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <set>

namespace ouro {

std::vector<ProfileTableInfo> profileTables(sql::Db& db) {
    std::vector<ProfileTableInfo> out;
    sql::Stmt st(db, "SELECT id, name, row_count, column_count, parts, COALESCE(image_key, ''), "
                     "COALESCE(object_key, ''), COALESCE(label_name, ''), COALESCE(link_by, ''), "
                     "COALESCE(rows_linked, 0), COALESCE(rows_unmatched, 0), COALESCE(objects_without_row, 0) "
                     "FROM profile_table ORDER BY id");
    while (st.step()) {
        ProfileTableInfo t;
        t.id = st.getInt(0);
        t.name = st.getText(1);
        t.rows = st.getInt(2);
        t.columns = st.getInt(3);
        t.parts = st.getInt(4);
        t.imageKey = st.getText(5);
        t.objectKey = st.getText(6);
        t.labelName = st.getText(7);
        t.linkBy = st.getText(8);
        t.rowsLinked = st.getInt(9);
        t.rowsUnmatched = st.getInt(10);
        t.objectsWithoutRow = st.getInt(11);
        out.push_back(std::move(t));
    }
    return out;
}

/** A read-only connection and the mutex that serialises its use. */
struct ProfileTable::Conn {
    std::mutex m;
    sql::Db db;
    explicit Conn(const std::string& path) : db(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX) {
        sqlite3_busy_timeout(db.handle(), 5000);
        db.exec("PRAGMA cache_size=-65536");
    }
};

ProfileTable::ProfileTable(const std::string& path, const std::string& name) : path_(path) {
    try {
        rowConn_ = std::make_unique<Conn>(path);
        colConn_ = std::make_unique<Conn>(path);
    } catch (const Error& e) {
        throw Error(path + ": cannot open (" + e.what() + ")");
    }
    bool found = false;
    try {
        for (auto& t : profileTables(rowConn_->db))
            if (t.name == name) {
                info_ = t;
                found = true;
            }
    } catch (const Error&) {
        throw Error(path + ": not an Ouroboros file with profile tables");
    }
    if (!found)
        throw Error(path + ": no profile table named \"" + name + "\"");
    sql::Stmt c(rowConn_->db, "SELECT idx, name, type, part, physical FROM profile_column WHERE table_id=? ORDER BY idx");
    c.bind(1, info_.id);
    while (c.step()) {
        ProfileColumnInfo col;
        col.idx = int(c.getInt(0));
        col.name = c.getText(1);
        col.type = columnTypeFromName(c.getText(2));
        col.part = int(c.getInt(3));
        col.physical = c.getText(4);
        columns_.push_back(std::move(col));
    }
    // Whether there is a column copy is looked up once, not on every column read.
    sql::Stmt has(colConn_->db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?");
    has.bind(1, "profile_" + std::to_string(info_.id) + "_cols");
    if (has.step())
        colsTable_ = "profile_" + std::to_string(info_.id) + "_cols";
}

ProfileTable::~ProfileTable() = default;

int ProfileTable::columnIndex(const std::string& name) const {
    for (const auto& c : columns_)
        if (c.name == name)
            return c.idx;
    for (const auto& c : columns_)
        if (sqlite3_stricmp(c.name.c_str(), name.c_str()) == 0)
            return c.idx;
    return -1;
}

std::vector<int> ProfileTable::keyColumns() const {
    std::vector<int> out;
    for (const auto* k : {&info_.imageKey, &info_.objectKey})
        if (int i = k->empty() ? -1 : columnIndex(*k); i >= 0)
            out.push_back(i);
    return out;
}

std::vector<std::vector<CellValue>> ProfileTable::fetchRows(const std::vector<int64_t>& rowIds) const {
    std::vector<std::vector<CellValue>> out(rowIds.size());
    if (rowIds.empty())
        return out;
    // Ids are looked up through the row tables' primary key: the cost of a page
    // is the same at row 10 and at row 900,000 (no OFFSET scan).
    std::vector<std::pair<int64_t, size_t>> order;
    for (size_t i = 0; i < rowIds.size(); ++i)
        order.emplace_back(rowIds[i], i);
    std::sort(order.begin(), order.end());
    std::lock_guard lock(rowConn_->m);
    for (int64_t p = 0; p < info_.parts; ++p) {
        std::vector<const ProfileColumnInfo*> cols;
        for (const auto& c : columns_)
            if (c.part == p)
                cols.push_back(&c);
        std::string q = "SELECT row_id";
        for (const auto* c : cols)
            q += ", " + c->physical;
        q += " FROM profile_" + std::to_string(info_.id) + "_p" + std::to_string(p) + " WHERE row_id = ?";
        sql::Stmt st(rowConn_->db, q);
        for (const auto& [id, at] : order) {
            auto& row = out[at];
            if (row.size() != columns_.size())
                row.resize(columns_.size());
            st.bind(1, id);
            if (st.step()) {
                for (size_t k = 0; k < cols.size(); ++k) {
                    CellValue& v = row[size_t(cols[k]->idx)];
                    const int col = int(k) + 1;
                    switch (sqlite3_column_type(st.handle(), col)) {
                    case SQLITE_NULL: v.kind = CellValue::Null; break;
                    case SQLITE_INTEGER: v.kind = CellValue::Int, v.i = st.getInt(col); break;
                    case SQLITE_FLOAT: v.kind = CellValue::Real, v.d = st.getDouble(col); break;
                    default: v.kind = CellValue::Text, v.s = st.getText(col); break;
                    }
                }
            }
            st.reset();
        }
    }
    return out;
}

void ProfileTable::loadColumnFromRows(ColumnValues& v, sql::Db& db, const ProfileColumnInfo& c) const {
    sql::Stmt st(db, "SELECT " + c.physical + " FROM profile_" + std::to_string(info_.id) + "_p" +
                         std::to_string(c.part) + " ORDER BY row_id");
    ColumnChunkBuilder b({c.type});
    auto flush = [&] {
        for (const auto& ch : b.flush())
            appendChunk(v, ch.rows, ch.nulls, ch.data);
    };
    while (st.step()) {
        if (st.isNull(0))
            b.addNull(0);
        else if (c.type == ColumnType::Integer)
            b.addInt(0, st.getInt(0));
        else if (c.type == ColumnType::Real)
            b.addReal(0, st.getDouble(0));
        else
            b.addText(0, st.getText(0));
        if (b.endRow())
            flush();
    }
    if (b.pending())
        flush();
}

int64_t ProfileTable::chunkRows() const {
    if (colsTable_.empty())
        return std::max<int64_t>(1, info_.rows); // version 1: one chunk, read from the rows
    std::lock_guard lock(colConn_->m);
    return std::max<int64_t>(1, colConn_->db.scalarInt("SELECT MAX(rows) FROM " + colsTable_ + " WHERE chunk = 0", 1));
}

ColumnValues ProfileTable::columnChunk(int idx, int64_t chunk) const {
    if (idx < 0 || size_t(idx) >= columns_.size())
        throw Error("table \"" + info_.name + "\" has no column " + std::to_string(idx));
    const ProfileColumnInfo& c = columns_[size_t(idx)];
    ColumnValues v;
    v.type = c.type;
    std::lock_guard lock(colConn_->m);
    try {
        if (!colsTable_.empty()) {
            sql::Stmt st(colConn_->db, "SELECT rows, nulls, data FROM " + colsTable_ + " WHERE idx=? AND chunk=?");
            st.bind(1, int64_t(idx)).bind(2, chunk);
            if (st.step())
                appendChunk(v, st.getInt(0), st.isNull(1) ? std::span<const uint8_t>() : st.getBlob(1), st.getBlob(2));
        } else if (chunk == 0) {
            loadColumnFromRows(v, colConn_->db, c);
        }
    } catch (const Error& e) {
        throw Error(path_ + ": table \"" + info_.name + "\", column \"" + c.name + "\": " + e.what());
    }
    return v;
}

std::shared_ptr<const ColumnValues> ProfileTable::column(int idx) const {
    if (idx < 0 || size_t(idx) >= columns_.size())
        throw Error("table \"" + info_.name + "\" has no column " + std::to_string(idx));
    {
        std::lock_guard lock(cacheMutex_);
        if (auto it = columnCache_.find(idx); it != columnCache_.end()) {
            std::erase(columnLru_, idx);
            columnLru_.push_back(idx);
            return it->second;
        }
    }
    auto v = std::make_shared<ColumnValues>();
    const ProfileColumnInfo& c = columns_[size_t(idx)];
    v->type = c.type;
    {
        std::lock_guard lock(colConn_->m);
        try {
            if (!colsTable_.empty()) {
                sql::Stmt st(colConn_->db, "SELECT rows, nulls, data FROM " + colsTable_ + " WHERE idx=? ORDER BY chunk");
                st.bind(1, int64_t(idx));
                while (st.step())
                    appendChunk(*v, st.getInt(0), st.isNull(1) ? std::span<const uint8_t>() : st.getBlob(1),
                                st.getBlob(2));
            } else {
                // Schema version 1 had no column copy: read the column from the rows (slower, same values).
                loadColumnFromRows(*v, colConn_->db, c);
            }
        } catch (const Error& e) {
            throw Error(path_ + ": table \"" + info_.name + "\", column \"" + c.name + "\": " + e.what());
        }
    }
    if (v->rows != info_.rows)
        throw Error(path_ + ": table \"" + info_.name + "\", column \"" + c.name + "\": the column copy has " +
                    std::to_string(v->rows) + " rows, the table " + std::to_string(info_.rows));
    std::lock_guard lock(cacheMutex_);
    columnCache_[idx] = v;
    columnLru_.push_back(idx);
    // Keep the most recent columns within 512 MB; whoever holds one keeps it alive.
    size_t total = 0;
    for (auto& [k, col] : columnCache_)
        total += col->bytes();
    while (total > (size_t(512) << 20) && columnLru_.size() > 1) {
        const int old = columnLru_.front();
        columnLru_.erase(columnLru_.begin());
        total -= columnCache_[old]->bytes();
        columnCache_.erase(old);
    }
    return v;
}

std::shared_ptr<const std::vector<int64_t>> ProfileTable::sorted(int idx, bool ascending) const {
    {
        std::lock_guard lock(cacheMutex_);
        if (auto it = sortCache_.find({idx, ascending}); it != sortCache_.end())
            return it->second;
    }
    auto col = column(idx);
    auto order = std::make_shared<const std::vector<int64_t>>(sortedRowIds(*col, ascending));
    std::lock_guard lock(cacheMutex_);
    if (sortCache_.size() >= 8)
        sortCache_.erase(sortCache_.begin());
    sortCache_[{idx, ascending}] = order;
    return order;
}

namespace {

// The filter's table: an eponymous virtual table over the loaded columns, so
// SQLite evaluates the expression without scanning the row tables, and the
// declared columns are only those the expression names (any table width).
struct FilterSource {
    std::vector<std::shared_ptr<const ColumnValues>> cols;
    std::string schema;
    int64_t rows = 0;
};

struct FilterVtab : sqlite3_vtab {
    const FilterSource* src = nullptr;
};

struct FilterCursor : sqlite3_vtab_cursor {
    int64_t i = 0;
};

int vtConnect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out, char**) {
    auto* src = static_cast<const FilterSource*>(aux);
    if (int rc = sqlite3_declare_vtab(db, src->schema.c_str()); rc != SQLITE_OK)
        return rc;
    auto* vt = new FilterVtab();
    vt->src = src;
    *out = vt;
    return SQLITE_OK;
}

int vtBestIndex(sqlite3_vtab* vt, sqlite3_index_info* info) {
    info->estimatedRows = static_cast<FilterVtab*>(vt)->src->rows;
    info->estimatedCost = double(info->estimatedRows);
    return SQLITE_OK;
}

int vtDisconnect(sqlite3_vtab* vt) {
    delete static_cast<FilterVtab*>(vt);
    return SQLITE_OK;
}

int vtOpen(sqlite3_vtab*, sqlite3_vtab_cursor** out) {
    *out = new FilterCursor();
    return SQLITE_OK;
}

int vtClose(sqlite3_vtab_cursor* c) {
    delete static_cast<FilterCursor*>(c);
    return SQLITE_OK;
}

int vtFilter(sqlite3_vtab_cursor* c, int, const char*, int, sqlite3_value**) {
    static_cast<FilterCursor*>(c)->i = 0;
    return SQLITE_OK;
}

int vtNext(sqlite3_vtab_cursor* c) {
    ++static_cast<FilterCursor*>(c)->i;
    return SQLITE_OK;
}

int vtEof(sqlite3_vtab_cursor* c) {
    auto* cur = static_cast<FilterCursor*>(c);
    return cur->i >= static_cast<FilterVtab*>(cur->pVtab)->src->rows;
}

int vtColumn(sqlite3_vtab_cursor* c, sqlite3_context* ctx, int n) {
    auto* cur = static_cast<FilterCursor*>(c);
    const FilterSource* src = static_cast<FilterVtab*>(cur->pVtab)->src;
    const int64_t i = cur->i;
    if (size_t(n) >= src->cols.size()) {
        sqlite3_result_int64(ctx, i + 1);
        return SQLITE_OK;
    }
    const ColumnValues& v = *src->cols[size_t(n)];
    if (v.isNull(i))
        sqlite3_result_null(ctx);
    else if (v.type == ColumnType::Integer)
        sqlite3_result_int64(ctx, v.ints[size_t(i)]);
    else if (v.type == ColumnType::Real)
        sqlite3_result_double(ctx, v.real[size_t(i)]);
    else {
        const auto t = v.textAt(i);
        sqlite3_result_text(ctx, t.data(), int(t.size()), SQLITE_STATIC);
    }
    return SQLITE_OK;
}

int vtRowid(sqlite3_vtab_cursor* c, sqlite3_int64* out) {
    *out = static_cast<FilterCursor*>(c)->i + 1;
    return SQLITE_OK;
}

sqlite3_module makeModule() {
    sqlite3_module m{};
    m.iVersion = 1;
    m.xCreate = nullptr; // eponymous-only: usable without CREATE VIRTUAL TABLE, so nothing is written
    m.xConnect = vtConnect;
    m.xBestIndex = vtBestIndex;
    m.xDisconnect = vtDisconnect;
    m.xDestroy = vtDisconnect;
    m.xOpen = vtOpen;
    m.xClose = vtClose;
    m.xFilter = vtFilter;
    m.xNext = vtNext;
    m.xEof = vtEof;
    m.xColumn = vtColumn;
    m.xRowid = vtRowid;
    return m;
}

const sqlite3_module kFilterModule = makeModule();

/** The names an expression mentions: bare and quoted identifiers, outside string literals. */
std::set<std::string> identifiers(const std::string& e) {
    std::set<std::string> out;
    for (size_t i = 0; i < e.size();) {
        const char c = e[i];
        if (c == '\'') { // a string literal
            for (++i; i < e.size(); ++i)
                if (e[i] == '\'') {
                    if (i + 1 < e.size() && e[i + 1] == '\'')
                        ++i;
                    else
                        break;
                }
            ++i;
        } else if (c == '"' || c == '`' || c == '[') {
            const char close = c == '[' ? ']' : c;
            std::string name;
            for (++i; i < e.size(); ++i) {
                if (e[i] == close) {
                    if (close != ']' && i + 1 < e.size() && e[i + 1] == close)
                        ++i;
                    else
                        break;
                }
                name += e[i];
            }
            ++i;
            out.insert(name);
        } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (static_cast<unsigned char>(c) & 0x80)) {
            size_t j = i;
            while (j < e.size() && (std::isalnum(static_cast<unsigned char>(e[j])) || e[j] == '_' || e[j] == '$' ||
                                    (static_cast<unsigned char>(e[j]) & 0x80)))
                ++j;
            out.insert(e.substr(i, j - i));
            i = j;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            while (i < e.size() && (std::isalnum(static_cast<unsigned char>(e[i])) || e[i] == '.'))
                ++i;
        } else {
            ++i;
        }
    }
    return out;
}

} // namespace

std::vector<int64_t> ProfileTable::filter(const std::string& expr, int timeoutMs) const {
    checkFilterExpression(expr);
    FilterSource src;
    src.rows = info_.rows;
    src.schema = "CREATE TABLE x(";
    std::set<int> used;
    for (const auto& name : identifiers(expr))
        if (int i = columnIndex(name); i >= 0 && used.insert(i).second) {
            src.cols.push_back(column(i));
            src.schema += sql::quoteIdent(columns_[size_t(i)].name) + ", ";
        }
    src.schema += "\"ouro row\" HIDDEN)";

    sql::Db db(path_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    sqlite3* h = db.handle();
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_DQS_DML, 0, nullptr); // "x" is always a name, never text
    sqlite3_busy_timeout(h, 2000);
    if (sqlite3_create_module_v2(h, "ouro_rows", &kFilterModule, &src, nullptr) != SQLITE_OK)
        sql::fail(h, sqlite3_errcode(h), "registering the filter table");
    // Connect the table before the sandbox: declaring its columns is a schema
    // change the authorizer would refuse. Eponymous tables stay connected.
    sql::Stmt(db, "SELECT rowid FROM ouro_rows LIMIT 0").step();
    FilterSandbox sandbox(h, timeoutMs);
    const std::string where = " WHERE (";
    const std::string sqlText = "SELECT rowid FROM ouro_rows" + where + expr + ")";
    const size_t exprStart = sqlText.find(where) + where.size();
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(h, sqlText.c_str(), int(sqlText.size()), &raw, &tail);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> st(raw, sqlite3_finalize);
    if (rc != SQLITE_OK)
        sandbox.throwPrepareError(rc, exprStart, expr.size());
    if (tail && *tail)
        throw Error("a filter is one expression");
    if (!sqlite3_stmt_readonly(raw))
        throw Error("filter refused: it would write");
    std::vector<int64_t> rows;
    int step;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW)
        rows.push_back(sqlite3_column_int64(raw, 0));
    if (step != SQLITE_DONE)
        sandbox.throwStepError();
    return rows;
}

std::shared_ptr<const RowLinks> ProfileTable::links() const {
    {
        std::lock_guard lock(cacheMutex_);
        if (links_)
            return links_;
    }
    auto l = std::make_shared<RowLinks>();
    l->start.assign(size_t(info_.rows) + 1, 0);
    {
        std::lock_guard lock(colConn_->m);
        sql::Stmt st(colConn_->db, "SELECT l.row_id, o.id, o.label_image_id, o.label FROM profile_link l JOIN object o "
                                   "ON o.id = l.object_id WHERE l.table_id = ? ORDER BY l.row_id, o.id");
        st.bind(1, info_.id);
        while (st.step()) {
            const int64_t row = st.getInt(0);
            if (row < 1 || row > info_.rows)
                continue;
            l->objects.push_back({st.getInt(1), st.getInt(2), uint32_t(st.getInt(3))});
            ++l->start[size_t(row)];
        }
    }
    for (size_t i = 1; i < l->start.size(); ++i)
        l->start[i] += l->start[i - 1];
    std::lock_guard lock(cacheMutex_);
    if (!links_)
        links_ = l;
    return links_;
}

std::vector<int64_t> ProfileTable::rowsForObject(int64_t labelImageId, uint32_t label) const {
    std::vector<int64_t> out;
    std::lock_guard lock(rowConn_->m);
    sql::Stmt st(rowConn_->db, "SELECT l.row_id FROM object o JOIN profile_link l ON l.object_id = o.id "
                               "WHERE o.label_image_id = ? AND o.label = ? AND l.table_id = ? ORDER BY l.row_id");
    st.bind(1, labelImageId).bind(2, int64_t(label)).bind(3, info_.id);
    while (st.step())
        out.push_back(st.getInt(0));
    return out;
}

std::vector<int64_t> ProfileTable::rowsInRegion(int64_t labelImageId, double x0, double y0, double x1,
                                                double y1) const {
    std::vector<int64_t> out;
    std::lock_guard lock(rowConn_->m);
    sql::Stmt st(rowConn_->db,
                 "SELECT l.row_id FROM object_rtree r JOIN object o ON o.id = r.id JOIN profile_link l ON "
                 "l.object_id = o.id AND l.table_id = ? WHERE r.max_x > ? AND r.min_x < ? AND r.max_y > ? AND "
                 "r.min_y < ? AND o.label_image_id = ?");
    st.bind(1, info_.id).bind(2, x0).bind(3, x1).bind(4, y0).bind(5, y1).bind(6, labelImageId);
    while (st.step())
        out.push_back(st.getInt(0));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<ProfileTable::ObjectBox> ProfileTable::objectBoxes(const std::vector<int64_t>& objectIds) const {
    std::vector<ObjectBox> out;
    std::lock_guard lock(rowConn_->m);
    sql::Stmt st(rowConn_->db, "SELECT o.label_image_id, li.image_id, li.name, o.label, o.bbox_min_x, o.bbox_min_y, "
                               "o.bbox_max_x, o.bbox_max_y FROM object o JOIN label_image li ON li.id = "
                               "o.label_image_id WHERE o.id = ?");
    for (int64_t id : objectIds) {
        st.bind(1, id);
        if (st.step())
            out.push_back({id, st.getInt(0), st.getInt(1), st.getText(2), uint32_t(st.getInt(3)), st.getDouble(4),
                           st.getDouble(5), st.getDouble(6), st.getDouble(7)});
        st.reset();
    }
    return out;
}

std::vector<SavedFilter> ProfileTable::savedFilters() const {
    std::vector<SavedFilter> out;
    std::lock_guard lock(rowConn_->m);
    if (!rowConn_->db.scalarInt("SELECT COUNT(*) FROM sqlite_master WHERE name='saved_filter'"))
        return out;
    sql::Stmt st(rowConn_->db, "SELECT name, expression FROM saved_filter WHERE table_name=? ORDER BY name");
    st.bind(1, info_.name);
    while (st.step())
        out.push_back({st.getText(0), st.getText(1)});
    return out;
}

void saveFilter(const std::string& path, const std::string& table, const std::string& name, const std::string& expr) {
    checkFilterExpression(expr);
    if (name.empty())
        throw Error("a saved filter needs a name");
    sql::Db db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
    sqlite3_busy_timeout(db.handle(), 5000);
    db.exec("CREATE TABLE IF NOT EXISTS saved_filter(table_name TEXT NOT NULL, name TEXT NOT NULL, "
            "expression TEXT NOT NULL, saved_at TEXT NOT NULL, PRIMARY KEY(table_name, name))");
    sql::Stmt st(db, "INSERT OR REPLACE INTO saved_filter(table_name, name, expression, saved_at) "
                     "VALUES(?,?,?,strftime('%Y-%m-%dT%H:%M:%SZ','now'))");
    st.bind(1, table).bind(2, name).bind(3, expr).run();
}

void deleteFilter(const std::string& path, const std::string& table, const std::string& name) {
    sql::Db db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
    sqlite3_busy_timeout(db.handle(), 5000);
    if (!db.scalarInt("SELECT COUNT(*) FROM sqlite_master WHERE name='saved_filter'"))
        return;
    sql::Stmt st(db, "DELETE FROM saved_filter WHERE table_name=? AND name=?");
    st.bind(1, table).bind(2, name).run();
}

} // namespace ouro
