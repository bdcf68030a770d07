#pragma once
// Filters: a SQL boolean expression over a profile table's columns,
// evaluated by SQLite in a sandbox (read-only connection, an authorizer that
// allows only reads and harmless functions, exactly one expression, and a
// time limit that cancels runaway queries).

#include <cstdint>
#include <string>
#include <vector>

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

} // namespace ouro
