#pragma once
// Whole-file operations behind `ouro export`, `ouro check` and `ouro query`.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ouro {

class Store;

/**
 * Writes the store's OME-Zarr hierarchy to a directory, one file per key,
 * byte for byte, except that label groups' "image-label" gains "colors" (the
 * viewer's palette, for label images of up to 100,000 objects). With imageIds,
 * only those images (the OME metadata is
 * rewritten to list just them). Writes into DIR.partial and renames at the
 * end, so a failed or cancelled export leaves no half directory under DIR.
 */
void exportOmeZarr(Store& store, const std::string& dir, const std::vector<int64_t>& imageIds,
                   const std::function<bool(double)>& progress = {});

/**
 * Copies the whole .ouro to out, compacted (VACUUM INTO), as a snapshot of the
 * last commit: readers and writers of the source carry on. The copy is a valid
 * .ouro in WAL mode; it appears under out only when complete. Refuses to
 * replace an existing file. progress is asked now and then (no fraction is
 * known: the argument is always 0); false cancels (ouro::Cancelled).
 */
void exportSqliteCopy(Store& store, const std::string& out, const std::function<bool(double)>& progress = {});

/** VACUUM INTO temp: a compacted snapshot of the store's last commit (rollback journal). */
void vacuumInto(Store& store, const std::string& temp, const std::function<bool(double)>& progress = {});
/** Removes a database file and its -wal, -shm and -journal files, if there are any. */
void removeDbFiles(const std::string& path);

/** What a subset copy keeps. Empty lists keep everything of their kind. */
struct SubsetOptions {
    std::vector<int64_t> imageIds;   ///< images, with their label images and objects
    std::vector<std::string> tables; ///< profile tables
    std::string where;               ///< a filter: only these rows of the one table in `tables`
};

struct SubsetResult {
    size_t images = 0, tables = 0;
    int64_t rows = 0; ///< profile rows kept, over every table
};

/**
 * Writes a valid .ouro to out with only the chosen images (their pixels,
 * pyramids, label images and objects), the chosen profile tables, and of a
 * linked table only the rows linked to objects of the chosen images; with
 * `where`, only the rows that match it. Rows are numbered anew (1..n, in their
 * old order), the column copy and links follow, the OME metadata lists the
 * images kept. Image ids stay as they were. Built under a temporary name and
 * renamed when complete; never replaces a file. progress: fraction done; false
 * cancels (ouro::Cancelled).
 */
SubsetResult exportSqliteSubset(Store& store, const std::string& out, const SubsetOptions& opt,
                                const std::function<bool(double)>& progress = {});

/** Problems found by checkStore; empty means the file is sound. */
std::vector<std::string> checkStore(Store& store);

/** A result table of a read-only query. Values are rendered as text; NULL is nullopt. */
struct QueryResult {
    std::vector<std::string> columns;
    std::vector<std::vector<std::optional<std::string>>> rows;
};

/**
 * Runs one read-only SQL statement on path through a read-only connection
 * with an authorizer that refuses writes, ATTACH, PRAGMA writes and
 * extension loading. Throws ouro::Error if the statement would write.
 */
void runReadOnlyQuery(const std::string& path, const std::string& sql,
                      const std::function<void(const std::vector<std::string>& columns)>& onColumns,
                      const std::function<void(const std::vector<std::optional<std::string>>& row)>& onRow);

} // namespace ouro
