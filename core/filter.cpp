#include "filter.h"

#include "error.h"
#include "render.h"
#include "sqlite.h"
#include "store.h"

#include <sqlite3.h>

#include <chrono>
#include <cstring>
#include <memory>

namespace ouro {

void checkFilterExpression(const std::string& e) {
    if (e.find_first_not_of(" \t\r\n") == std::string::npos)
        throw Error("the filter is empty");
    int depth = 0;
    char quote = 0;
    for (size_t i = 0; i < e.size(); ++i) {
        const char c = e[i];
        if (quote) {
            if (c == quote) {
                if (i + 1 < e.size() && e[i + 1] == quote && quote != ']')
                    ++i; // doubled quote inside a literal
                else
                    quote = 0;
            }
            continue;
        }
        switch (c) {
        case '\'': case '"': case '`': quote = c; break;
        case '[': quote = ']'; break;
        case '(': ++depth; break;
        case ')':
            if (--depth < 0)
                throw Error("unbalanced ')' at position " + std::to_string(i + 1) + ": a filter is one expression");
            break;
        case ';': throw Error("';' at position " + std::to_string(i + 1) + ": a filter is one expression, not statements");
        case '-':
            if (i + 1 < e.size() && e[i + 1] == '-')
                throw Error("comment at position " + std::to_string(i + 1) + " is not allowed in a filter");
            break;
        case '/':
            if (i + 1 < e.size() && e[i + 1] == '*')
                throw Error("comment at position " + std::to_string(i + 1) + " is not allowed in a filter");
            break;
        default: break;
        }
    }
    if (quote)
        throw Error("a quoted text or name is never closed");
    if (depth > 0)
        throw Error("missing ')': " + std::to_string(depth) + " '(' left open");
}

namespace {

int authorize(void*, int action, const char* a1, const char* a2, const char*, const char*) {
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_FUNCTION: {
        const char* f = a2 ? a2 : a1;
        for (const char* bad : {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "sqlite_offset"})
            if (f && sqlite3_stricmp(f, bad) == 0)
                return SQLITE_DENY;
        return SQLITE_OK;
    }
    default:
        return SQLITE_DENY; // writes, ATTACH, PRAGMA, transactions, …
    }
}

struct Deadline {
    std::chrono::steady_clock::time_point end;
    bool hit = false;
};

int onProgress(void* p) {
    auto* d = static_cast<Deadline*>(p);
    if (std::chrono::steady_clock::now() > d->end) {
        d->hit = true;
        return 1;
    }
    return 0;
}

} // namespace

FilterResult evaluateFilter(const std::string& path, const std::string& table, const std::string& expr,
                            bool wantMatches, int timeoutMs) {
    checkFilterExpression(expr);
    int64_t tableId = 0;
    {
        Store store = Store::open(path, Store::Mode::ReadOnly);
        sql::Stmt t(store.db(), "SELECT id, column_count FROM profile_table WHERE name=?");
        t.bind(1, table);
        if (!t.step())
            throw Error(path + ": no profile table named \"" + table + "\"");
        tableId = t.getInt(0);
        if (t.getInt(1) + 1 > 2000)
            throw Error("table \"" + table + "\" has more columns than SQLite can show at once; filters on it are "
                        "not supported yet");
    }
    sql::Db db(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_busy_timeout(db.handle(), 2000);
    FilterResult r;
    r.total = db.scalarInt("SELECT COUNT(*) FROM " + sql::quoteIdent(table));
    // From here on, only reads and harmless functions are allowed, and the clock runs.
    sqlite3_set_authorizer(db.handle(), authorize, nullptr);
    Deadline deadline{std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs)};
    sqlite3_progress_handler(db.handle(), 1000, onProgress, &deadline);
    const std::string where = " WHERE (" + expr + ")";
    const std::string sqlText =
        wantMatches ? "SELECT t.row_id, li.image_id, li.name, o.label FROM " + sql::quoteIdent(table) +
                          " t LEFT JOIN profile_link l ON l.table_id = " + std::to_string(tableId) +
                          " AND l.row_id = t.row_id LEFT JOIN object o ON o.id = l.object_id LEFT JOIN label_image li "
                          "ON li.id = o.label_image_id" + where + " ORDER BY t.row_id"
                    : "SELECT COUNT(*) FROM " + sql::quoteIdent(table) + " t" + where;
    const size_t exprStart = sqlText.rfind(where) + 8;
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), sqlText.c_str(), int(sqlText.size()), &raw, &tail);
    if (rc != SQLITE_OK) {
        const int off = sqlite3_error_offset(db.handle());
        std::string msg = sqlite3_errmsg(db.handle());
        sqlite3_finalize(raw);
        if (rc == SQLITE_AUTH || msg.find("not authorized") != std::string::npos)
            throw Error("filter refused: it may only read columns and call harmless functions (" + msg + ")");
        std::string at;
        if (off >= 0 && size_t(off) >= exprStart && size_t(off) < exprStart + expr.size())
            at = " at position " + std::to_string(size_t(off) - exprStart + 1);
        throw Error("invalid filter" + at + ": " + msg);
    }
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> st(raw, sqlite3_finalize);
    if (tail && *tail)
        throw Error("a filter is one expression");
    if (!sqlite3_stmt_readonly(raw))
        throw Error("filter refused: it would write");
    int64_t lastRow = -1;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        if (!wantMatches) {
            r.matched = sqlite3_column_int64(raw, 0);
            continue;
        }
        FilterMatch m;
        m.rowId = sqlite3_column_int64(raw, 0);
        if (sqlite3_column_type(raw, 1) != SQLITE_NULL) {
            m.imageId = sqlite3_column_int64(raw, 1);
            m.labels = reinterpret_cast<const char*>(sqlite3_column_text(raw, 2));
            m.label = sqlite3_column_int64(raw, 3);
        }
        if (m.rowId != lastRow)
            ++r.matched;
        lastRow = m.rowId;
        r.matches.push_back(std::move(m));
    }
    if (rc != SQLITE_DONE) {
        if (deadline.hit)
            throw Error("filter took longer than " + std::to_string(timeoutMs) + " ms and was cancelled");
        throw Error(std::string("filter failed: ") + sqlite3_errmsg(db.handle()));
    }
    return r;
}

std::unordered_map<uint64_t, uint32_t> filterColors(const FilterResult& r, int64_t imageId, const std::string& labels,
                                                    const std::vector<uint32_t>& allIds, uint32_t matchColor,
                                                    NoMatch nomatch, uint32_t nomatchColor) {
    std::unordered_map<uint64_t, uint32_t> out;
    for (uint32_t id : allIds)
        out[id] = nomatch == NoMatch::Hide ? 0u
                  : nomatch == NoMatch::Dim ? (labelColor(id) & 0xFFFFFF00u) | 0x40u
                                             : nomatchColor;
    for (const auto& m : r.matches)
        if (m.imageId == imageId && m.labels == labels && m.label > 0)
            out[uint64_t(m.label)] = matchColor;
    return out;
}

} // namespace ouro
