#pragma once
// Exports build what they write beside its final name and move it there at the
// end, so a failed or cancelled export never leaves a half file or directory
// under that name: buildFile for one file (CSV, OME-TIFF, a .ouro subset),
// buildDirectory for a directory (OME-Zarr, a folder of OME-TIFFs, a
// partitioned Parquet dataset).

#include "error.h"

#include <unistd.h>

#include <filesystem>
#include <string>

namespace ouro {

namespace detail {
// fill(temp), then temp renamed to out; on any exception remove(temp) and rethrow.
template <class F, class Remove> void fillThenRename(const std::string& temp, const std::string& out, F&& fill,
                                                     Remove&& remove) {
    try {
        fill(temp);
        std::error_code ec;
        std::filesystem::rename(temp, out, ec);
        if (ec)
            throw Error(out + ": cannot create (" + ec.message() + ")");
    } catch (...) {
        remove(temp);
        throw;
    }
}
} // namespace detail

/**
 * Calls fill(temp) on an empty directory temp = out + ".partial", then renames
 * it to out. If fill throws (ouro::Cancelled included), temp is removed and the
 * exception goes on. out must not exist (the caller says so in its own words).
 */
template <class F> void buildDirectory(const std::string& out, F&& fill) {
    namespace fs = std::filesystem;
    const std::string temp = out + ".partial";
    std::error_code ec;
    fs::remove_all(temp, ec); // left by a killed export
    fs::create_directories(temp, ec);
    if (ec)
        throw Error(temp + ": cannot create directory: " + ec.message());
    detail::fillThenRename(temp, out, fill, [](const std::string& t) {
        std::error_code e;
        fs::remove_all(t, e);
    });
}

/**
 * Calls fill(temp) with temp = out + ".part-<pid>", a name nobody else writes,
 * then renames temp to out (replacing it). fill writes temp and closes it
 * before it returns. If fill throws (ouro::Cancelled included), remove(temp)
 * cleans up (by default: deletes temp) and the exception goes on.
 */
template <class F, class Remove> void buildFile(const std::string& out, F&& fill, Remove&& remove) {
    detail::fillThenRename(out + ".part-" + std::to_string(::getpid()), out, fill, remove);
}
template <class F> void buildFile(const std::string& out, F&& fill) {
    buildFile(out, fill, [](const std::string& t) {
        std::error_code e;
        std::filesystem::remove(t, e);
    });
}

} // namespace ouro
