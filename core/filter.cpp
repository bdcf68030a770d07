#include "filter.h"

#include "error.h"
#include "sqlite.h"
#include "profiletable.h"

#include <sqlite3.h>

#include <chrono>
#include <cstring>
#include <map>
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

} // namespace

FilterSandbox::FilterSandbox(sqlite3* db, int timeoutMs)
    : db_(db), timeoutMs_(timeoutMs), end_(std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs)) {
    sqlite3_set_authorizer(db_, authorize, nullptr);
    sqlite3_progress_handler(db_, 1000, onProgress, this);
}

FilterSandbox::~FilterSandbox() { sqlite3_progress_handler(db_, 0, nullptr, nullptr); }

int FilterSandbox::onProgress(void* p) {
    auto* self = static_cast<FilterSandbox*>(p);
    if (std::chrono::steady_clock::now() > self->end_) {
        self->hit_ = true;
        return 1;
    }
    return 0;
}

void FilterSandbox::throwPrepareError(int rc, size_t exprStart, size_t exprLen) const {
    const int off = sqlite3_error_offset(db_);
    const std::string msg = sqlite3_errmsg(db_);
    if (rc == SQLITE_AUTH || msg.find("not authorized") != std::string::npos)
        throw Error("filter refused: it may only read columns and call harmless functions (" + msg + ")");
    if (hit_)
        throw Error("filter took longer than " + std::to_string(timeoutMs_) + " ms and was cancelled");
    std::string at;
    if (off >= 0 && size_t(off) >= exprStart && size_t(off) < exprStart + exprLen)
        at = " at position " + std::to_string(size_t(off) - exprStart + 1);
    throw Error("invalid filter" + at + ": " + msg);
}

void FilterSandbox::throwStepError() const {
    if (hit_)
        throw Error("filter took longer than " + std::to_string(timeoutMs_) + " ms and was cancelled");
    const std::string msg = sqlite3_errmsg(db_);
    if (msg.find("not authorized") != std::string::npos)
        throw Error("filter refused: it may only read columns and call harmless functions (" + msg + ")");
    throw Error("filter failed: " + msg);
}

FilterResult evaluateFilter(const std::string& path, const std::string& table, const std::string& expr,
                            bool wantMatches, int timeoutMs) {
    checkFilterExpression(expr);
    ProfileTable t(path, table);
    FilterResult r;
    r.total = t.info().rows;
    const auto rows = t.filter(expr, timeoutMs);
    r.matched = int64_t(rows.size());
    if (!wantMatches)
        return r;
    auto links = t.links();
    // Label image ids -> (image id, name), for the stable keys.
    std::map<int64_t, std::pair<int64_t, std::string>> labelImages;
    {
        sql::Db db(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
        sql::Stmt st(db, "SELECT id, image_id, name FROM label_image");
        while (st.step())
            labelImages[st.getInt(0)] = {st.getInt(1), st.getText(2)};
    }
    for (int64_t row : rows) {
        auto objs = links->of(row);
        if (objs.empty()) {
            FilterMatch m;
            m.rowId = row;
            r.matches.push_back(std::move(m));
        }
        for (const auto& o : objs) {
            FilterMatch m;
            m.rowId = row;
            const auto& li = labelImages[o.labelImageId];
            m.imageId = li.first;
            m.labels = li.second;
            m.label = o.label;
            r.matches.push_back(std::move(m));
        }
    }
    return r;
}

} // namespace ouro
