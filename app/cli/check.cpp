// ouro check: a .ouro file's integrity and consistency.

#include "args.h"
#include "commands.h"
#include "tools.h"
#include "store.h"

#include <iostream>

namespace ouro::cli {
namespace {

const char* const kCheckHelp = R"(Usage: ouro check DB.ouro

Runs PRAGMA integrity_check and checks that the catalog and the zarr keys agree.
Prints "ok" and exits 0, or lists the problems and exits 1.
)";

} // namespace

int cmdCheck(int argc, char** argv) {
    Args a = parse(argc, argv, 2, {}, {}, kCheckHelp);
    if (a.positional.size() != 1)
        usageError("expected one DB.ouro", kCheckHelp);
    Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
    auto problems = checkStore(store);
    if (problems.empty()) {
        std::cout << "ok\n";
        return 0;
    }
    for (const auto& p : problems)
        std::cout << a.positional[0] << ": " << p << "\n";
    return 1;
}

} // namespace ouro::cli
