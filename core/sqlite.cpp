#include "sqlite.h"

#include "error.h"

#include <sqlite3.h>

namespace ouro::sql {

std::string quoteIdent(std::string_view name) {
    std::string o = "\"";
    for (char c : name)
        o += c == '"' ? std::string("\"\"") : std::string(1, c);
    return o + "\"";
}

void fail(sqlite3* db, int rc, std::string_view what) {
    std::string msg = "SQLite error";
    if (!what.empty()) {
        msg += " in \"";
        msg += what.size() > 200 ? std::string(what.substr(0, 200)) + "…" : std::string(what);
        msg += "\"";
    }
    msg += ": ";
    msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if (db && sqlite3_errcode(db) != rc)
        msg += std::string(" (") + sqlite3_errstr(rc) + ")";
    throw Error(msg);
}

Db::Db(const std::string& path, int flags) {
    int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = path + ": cannot open: " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
        sqlite3_close(db_);
        db_ = nullptr;
        throw Error(msg);
    }
    sqlite3_extended_result_codes(db_, 1);
}

Db::~Db() { close(); }

Db& Db::operator=(Db&& o) noexcept {
    if (this != &o) {
        close();
        db_ = o.db_;
        o.db_ = nullptr;
    }
    return *this;
}

void Db::close() {
    if (db_) {
        sqlite3_close_v2(db_);
        db_ = nullptr;
    }
}

void Db::exec(std::string_view sqlText) {
    std::string s(sqlText);
    char* err = nullptr;
    int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string m = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw Error("SQLite error in \"" + s.substr(0, 200) + "\": " + m);
    }
}

int64_t Db::scalarInt(std::string_view sqlText, int64_t fallback) {
    Stmt st(db_, sqlText);
    if (st.step() && !st.isNull(0))
        return st.getInt(0);
    return fallback;
}

std::optional<std::string> Db::scalarText(std::string_view sqlText) {
    Stmt st(db_, sqlText);
    if (st.step())
        return st.getOptText(0);
    return std::nullopt;
}

Stmt::Stmt(sqlite3* db, std::string_view sqlText) : db_(db), sql_(sqlText) {
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(db_, sql_.data(), static_cast<int>(sql_.size()), &st_, &tail);
    if (rc != SQLITE_OK)
        fail(db_, rc, sql_);
}

Stmt::~Stmt() { sqlite3_finalize(st_); }

Stmt& Stmt::bind(int i, int64_t v) {
    int rc = sqlite3_bind_int64(st_, i, v);
    if (rc != SQLITE_OK)
        fail(db_, rc, sql_);
    return *this;
}
Stmt& Stmt::bind(int i, double v) {
    int rc = sqlite3_bind_double(st_, i, v);
    if (rc != SQLITE_OK)
        fail(db_, rc, sql_);
    return *this;
}
Stmt& Stmt::bind(int i, std::string_view v) {
    int rc = sqlite3_bind_text64(st_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        fail(db_, rc, sql_);
    return *this;
}
Stmt& Stmt::bindBlob(int i, std::span<const uint8_t> v) {
    // An empty span still binds a zero-length blob, not NULL.
    static const uint8_t empty = 0;
    int rc = sqlite3_bind_blob64(st_, i, v.empty() ? &empty : v.data(), v.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(db_, rc, sql_);
    return *this;
}
Stmt& Stmt::bindNull(int i) {
    int rc = sqlite3_bind_null(st_, i);
    if (rc != SQLITE_OK)
        fail(db_, rc, sql_);
    return *this;
}

bool Stmt::step() {
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(st_);
    fail(db_, rc, sql_);
}

void Stmt::run() {
    while (step()) {
    }
    reset();
}

void Stmt::reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
}

int Stmt::columnCount() const { return sqlite3_column_count(st_); }
bool Stmt::isNull(int c) const { return sqlite3_column_type(st_, c) == SQLITE_NULL; }
int64_t Stmt::getInt(int c) const { return sqlite3_column_int64(st_, c); }
double Stmt::getDouble(int c) const { return sqlite3_column_double(st_, c); }
std::string Stmt::getText(int c) const {
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(st_, c));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(st_, c))) : std::string();
}
std::optional<std::string> Stmt::getOptText(int c) const {
    if (isNull(c))
        return std::nullopt;
    return getText(c);
}
std::optional<double> Stmt::getOptDouble(int c) const {
    if (isNull(c))
        return std::nullopt;
    return getDouble(c);
}
std::span<const uint8_t> Stmt::getBlob(int c) const {
    auto p = static_cast<const uint8_t*>(sqlite3_column_blob(st_, c));
    auto n = static_cast<size_t>(sqlite3_column_bytes(st_, c));
    return {p, p ? n : 0};
}
std::string Stmt::columnName(int c) const {
    const char* n = sqlite3_column_name(st_, c);
    return n ? n : "";
}

Transaction::Transaction(Db& db, bool immediate) : db_(db) {
    db_.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    open_ = true;
}

Transaction::~Transaction() {
    if (open_)
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    open_ = false;
}

} // namespace ouro::sql
