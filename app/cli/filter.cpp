// ouro filter: a filter expression evaluated over a profile table.

#include "args.h"
#include "commands.h"
#include "filter.h"

#include <iostream>

namespace ouro::cli {
namespace {

const char* const kFilterHelp = R"(Usage: ouro filter DB.ouro --table T --where EXPR [--count|--keys] [--timeout MS]

Evaluates a SQL boolean expression over the columns of profile table T, e.g.
  --where "AreaShape_Area > 300 AND Intensity_MeanIntensity_PH3 > 0.2"
in a sandbox: read-only, one expression, reads and harmless functions only,
cancelled after --timeout milliseconds (default 2000).
  --count   print "N of M rows match" (the default)
  --keys    print the matching rows with the objects they link to: row_id,image,labels,label
)";

} // namespace

int cmdFilter(int argc, char** argv) {
    Args a = parse(argc, argv, 2, {"--table", "--where", "--timeout"}, {"--count", "--keys"}, kFilterHelp);
    if (a.positional.size() != 1 || !a.get("--table") || !a.get("--where"))
        usageError("expected DB.ouro, --table T and --where EXPR", kFilterHelp);
    const int timeout = static_cast<int>(toInt(a.get("--timeout").value_or("2000"), "--timeout", kFilterHelp));
    const bool keys = a.has("--keys");
    auto r = evaluateFilter(a.positional[0], *a.get("--table"), *a.get("--where"), keys, timeout);
    if (keys) {
        std::cout << "row_id,image,labels,label\n";
        for (const auto& m : r.matches)
            std::cout << m.rowId << "," << (m.imageId >= 0 ? std::to_string(m.imageId) : "") << "," << m.labels << ","
                      << (m.imageId >= 0 ? std::to_string(m.label) : "") << "\n";
    } else {
        std::cout << r.matched << " of " << r.total << " rows match\n";
    }
    return 0;
}

} // namespace ouro::cli
