#include "libraries.h"

#include <blosc.h>
#include <pugixml.hpp>
#include <sqlite3.h>
#include <tiffio.h>
#include <zlib.h>
#include <zstd.h>

namespace ouro {

namespace {
// libtiff's TIFFGetVersion() is a banner: "LIBTIFF, Version 4.5.0\nCopyright ...". Keep the number.
std::string tiffVersion() {
    std::string banner = TIFFGetVersion();
    const std::string key = "Version ";
    auto at = banner.find(key);
    if (at == std::string::npos)
        return banner.substr(0, banner.find('\n'));
    at += key.size();
    return banner.substr(at, banner.find_first_of(" \n", at) - at);
}
} // namespace

std::vector<std::pair<std::string, std::string>> libraryVersions() {
    const int pugi = PUGIXML_VERSION; // compiled in: pugixml has no run-time version call
    return {
        {"SQLite", sqlite3_libversion()},
        {"libtiff", tiffVersion()},
        {"c-blosc", blosc_get_version_string()},
        {"zstd", ZSTD_versionString()},
        {"zlib", zlibVersion()},
        {"pugixml", std::to_string(pugi / 1000) + "." + std::to_string(pugi % 1000 / 10)},
    };
}

} // namespace ouro
