#pragma once
// Filters: a SQL boolean expression over a profile table's columns,
// evaluated by SQLite in a sandbox (read-only connection, an authorizer that
// allows only reads and harmless functions, exactly one expression, and a
// time limit that cancels runaway queries).


#include <chrono>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace ouro {

/** A matching row and the objects it links to (stable keys). */
struct FilterMatch {
    int64_t rowId = 0;
    int64_t imageId = -1; ///< -1 when the row links to no object
    std::string labels;
    int64_t label = 0;
};

struct FilterResult {
    int64_t total = 0;   ///< rows in the table
    int64_t matched = 0; ///< rows for which the expression is true
    std::vector<FilterMatch> matches; ///< filled when asked for (one entry per row and linked object)
};

/**
 * Checks that expr is one expression that cannot escape its WHERE clause:
 * balanced parentheses, no ';', no comments. Throws ouro::Error with the
 * position of the problem.
 */
void checkFilterExpression(const std::string& expr);

/**
 * Evaluates expr over the rows of profile table `table` of the .ouro at path.
 * Throws ouro::Error with a clear message (and the position, when SQLite gives
 * one) for invalid or refused expressions, and when the query runs longer than
 * timeoutMs (it is then cancelled). Never writes.
 */
FilterResult evaluateFilter(const std::string& path, const std::string& table, const std::string& expr,
                            bool wantMatches, int timeoutMs = 2000);

/**
 * The sandbox on a connection: from construction on, an authorizer allows
 * only reads and harmless functions, and a progress handler cancels any
 * statement running past timeoutMs. The connection should be read-only.
 */
class FilterSandbox {
public:
    FilterSandbox(sqlite3* db, int timeoutMs);
    ~FilterSandbox();
    FilterSandbox(const FilterSandbox&) = delete;
    FilterSandbox& operator=(const FilterSandbox&) = delete;
    /** Throws the Error for a failed prepare; the expression is at [exprStart, exprStart+exprLen) of the SQL. */
    [[noreturn]] void throwPrepareError(int rc, size_t exprStart, size_t exprLen) const;
    /** Throws the Error for a failed step (cancelled by the clock, or another failure). */
    [[noreturn]] void throwStepError() const;

private:
    sqlite3* db_;
    int timeoutMs_;
    std::chrono::steady_clock::time_point end_;
    bool hit_ = false;
    static int onProgress(void* self);
};

} // namespace ouro
