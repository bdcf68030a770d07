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
