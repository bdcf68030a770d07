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
    try {
        fill(temp);
        fs::rename(temp, out, ec);
        if (ec)
            throw Error(out + ": cannot create (" + ec.message() + ")");
    } catch (...) {
        fs::remove_all(temp, ec);
        throw;
    }
}

/**
 * Calls fill(temp) with temp = out + ".part-<pid>", a name nobody else writes,
 * then renames temp to out (replacing it). fill writes temp and closes it
 * before it returns. If fill throws (ouro::Cancelled included), temp is removed
 * and the exception goes on.
 */
template <class F> void buildFile(const std::string& out, F&& fill) {
    namespace fs = std::filesystem;
    const std::string temp = out + ".part-" + std::to_string(::getpid());
    std::error_code ec;
    try {
        fill(temp);
        fs::rename(temp, out, ec);
        if (ec)
            throw Error(out + ": cannot create (" + ec.message() + ")");
    } catch (...) {
        fs::remove(temp, ec);
        throw;
    }
}

} // namespace ouro
