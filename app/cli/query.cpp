// ouro query: one read-only SQL statement, printed as TSV, CSV or JSON.

#include "args.h"
#include "commands.h"
#include "output.h"

#include "tools.h"

#include <nlohmann/json.hpp>
#include <iostream>
#include <optional>

namespace ouro::cli {

using nlohmann::json;

namespace {

const char* const kQueryHelp = R"(Usage: ouro query DB.ouro "SELECT …" [--csv|--json]

Runs one read-only SQL statement. Anything that writes is refused.
Output is tab-separated with a header unless --csv or --json is given.
)";

std::string csvField(const std::optional<std::string>& v) {
    if (!v)
        return "";
    if (v->find_first_of(",\"\n\r") == std::string::npos)
        return *v;
    std::string o = "\"";
    for (char ch : *v)
        o += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return o + "\"";
}

} // namespace

int cmdQuery(int argc, char** argv) {
    Args a = parse(argc, argv, 2, {}, {"--csv", "--json"}, kQueryHelp);
    if (a.positional.size() != 2)
        usageError("expected DB.ouro and one SQL statement", kQueryHelp);
    const bool csv = a.has("--csv"), js = a.has("--json");
    json rows = json::array();
    std::vector<std::string> cols;
    runReadOnlyQuery(
        a.positional[0], a.positional[1],
        [&](const std::vector<std::string>& c) {
            cols = c;
            if (js)
                return;
            for (size_t i = 0; i < c.size(); ++i)
                std::cout << (i ? (csv ? "," : "\t") : "") << (csv ? csvField(c[i]) : c[i]);
            std::cout << "\n";
        },
        [&](const std::vector<std::optional<std::string>>& r) {
            if (js) {
                json o = json::object();
                for (size_t i = 0; i < r.size(); ++i)
                    o[cols[i]] = r[i] ? json(*r[i]) : json(nullptr);
                rows.push_back(o);
                return;
            }
            for (size_t i = 0; i < r.size(); ++i)
                std::cout << (i ? (csv ? "," : "\t") : "") << (csv ? csvField(r[i]) : r[i].value_or("NULL"));
            std::cout << "\n";
        });
    if (js)
        printJson(rows);
    return 0;
}

} // namespace ouro::cli
