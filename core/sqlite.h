#pragma once
// Thin RAII helpers over the SQLite C API. Every failing call becomes an
// ouro::Error that quotes the statement and SQLite's own message.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ouro::sql {

/** An identifier quoted for SQL: "name" with inner quotes doubled. */
std::string quoteIdent(std::string_view name);

/** Throws ouro::Error describing rc on db, with the statement that failed (if any). */
[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what);

/** An owned connection. */
class Db {
public:
    Db() = default;
    /** Opens path with SQLite open flags (SQLITE_OPEN_*). Throws on failure. */
    Db(const std::string& path, int flags);
    ~Db();
    Db(Db&& o) noexcept : db_(o.db_) { o.db_ = nullptr; }
    Db& operator=(Db&& o) noexcept;
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    sqlite3* handle() const { return db_; }
    explicit operator bool() const { return db_ != nullptr; }
    void close();

    /** Runs one or more statements that return no rows. */
    void exec(std::string_view sql);
    /** Runs a query returning one integer (or fallback if no row / NULL). */
    int64_t scalarInt(std::string_view sql, int64_t fallback = 0);
    /** Runs a query returning one text value (or nullopt). */
    std::optional<std::string> scalarText(std::string_view sql);

private:
    sqlite3* db_ = nullptr;
};

/** A prepared statement. Bind indices are 1-based, column indices 0-based. */
class Stmt {
public:
    Stmt(sqlite3* db, std::string_view sql);
    Stmt(const Db& db, std::string_view sql) : Stmt(db.handle(), sql) {}
    ~Stmt();
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    Stmt& bind(int i, int64_t v);
    Stmt& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
    Stmt& bind(int i, double v);
    Stmt& bind(int i, std::string_view v);
    Stmt& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
    Stmt& bindBlob(int i, std::span<const uint8_t> v);
    Stmt& bindNull(int i);
    template <class T> Stmt& bind(int i, const std::optional<T>& v) {
        return v ? bind(i, *v) : bindNull(i);
    }

    /** Steps once: true when a row is ready, false when done. Throws on error. */
    bool step();
    /** Steps to completion (for statements that return no rows) and resets. */
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int col) const;
    int64_t getInt(int col) const;
    double getDouble(int col) const;
    std::string getText(int col) const;
    std::optional<std::string> getOptText(int col) const;
    std::optional<double> getOptDouble(int col) const;
    std::span<const uint8_t> getBlob(int col) const;
    std::string columnName(int col) const;

    sqlite3_stmt* handle() const { return st_; }

private:
    sqlite3* db_;
    sqlite3_stmt* st_ = nullptr;
    std::string sql_;
};

/**
 * A write transaction that rolls back when it leaves scope uncommitted, so an
 * exception anywhere inside an import leaves nothing behind.
 */
class Transaction {
public:
    explicit Transaction(Db& db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Db& db_;
    bool open_ = false;
};

} // namespace ouro::sql
