#pragma once
// The versions of the libraries Ouroboros runs on, as linked at run time
// (Help → About, `ouro --version`).

#include <string>
#include <utility>
#include <vector>

namespace ouro {

/** {name, version} for SQLite, libtiff, c-blosc, zstd, zlib and pugixml, in that order. */
std::vector<std::pair<std::string, std::string>> libraryVersions();

} // namespace ouro
