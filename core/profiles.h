#pragma once
// Profile tables (per-object measurements such as CellProfiler output):
// import from CSV/TSV (optionally gzipped) with type inference, storage that
// survives SQLite's column limit, and linking of rows to label objects.

#include "importer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ouro {

class Store;

/** How rows find their objects. */
enum class LinkBy { Auto, Number, Centroid };

struct ProfileImportOptions {
    std::string tableName;  ///< default: the file's stem
    std::string linkLabels; ///< label image name to link rows to; empty: no linking
    std::string imageKey;   ///< column; empty: detected (ImageNumber, Metadata_ImageNumber)
    std::string objectKey;  ///< column; empty: detected (ObjectNumber, Metadata_ObjectNumber, *Number_Object_Number)
    LinkBy linkBy = LinkBy::Auto; ///< Auto: by number when there is an object key, else by centroid
    ProgressFn progress;          ///< fraction done; returning false cancels (throws ouro::Cancelled)
    /**
     * Sources of at least this many bytes are written through a rollback journal
     * (Store::BulkWrite): about 1.6x faster, but other programs opening the file wait
     * until the import ends.
     */
    int64_t bulkWriteBytes = int64_t(64) << 20;
    /** When the name is taken: false refuses, true takes "<name>_2", "<name>_3", … (the app does). */
    bool uniqueName = false;
};

/** What an import did. */
struct ProfileImportResult {
    int64_t tableId = 0;
    std::string name;
    int64_t rows = 0, columns = 0;
    int64_t rowsLinked = 0, rowsUnmatched = 0, objectsWithoutRow = 0;
    std::string imageKey, objectKey, linkBy; ///< linkBy: "number", "centroid" or "" (not linked)
    std::string labelName;                   ///< the label images linked to
    std::vector<std::string> warnings; ///< e.g. renamed duplicate columns, with line and column
};

/** Physical columns per part table; a logical table of more columns spans several parts. */
constexpr int kProfileColumnsPerPart = 1000;

/**
 * Imports one CSV/TSV file as a profile table in one transaction. Empty
 * fields, "nan", "NaN" and "NA" become NULL; each column is INTEGER, REAL or
 * TEXT, whichever fits all its values. Throws ouro::Error naming the file,
 * line and column on ragged rows or bad encoding; nothing is written then.
 */
ProfileImportResult importProfileCsv(Store& store, const std::string& path, const ProfileImportOptions& opt);

/** The per-object tables of a CellProfiler ExportToDatabase SQLite file (Per_Nuclei, …, or Per_Object). */
std::vector<std::string> cellProfilerTables(const std::string& path);

/**
 * Imports a Parquet file (CytoTable, pycytominer, pandas, DuckDB output) as a profile
 * table named after the file, like a CSV: struct fields become dotted column names,
 * list columns are left out with a warning.
 */
ProfileImportResult importProfileParquet(Store& store, const std::string& path, const ProfileImportOptions& opt = {});

/**
 * Imports one table of a CellProfiler ExportToDatabase SQLite file (e.g.
 * "Per_Nuclei"; default name "Nuclei"), exactly like a CSV: values keep
 * their full precision, names such as Nuclei_Number_Object_Number are found
 * as keys.
 */
ProfileImportResult importProfileSqlite(Store& store, const std::string& path, const std::string& table,
                                        const ProfileImportOptions& opt);

} // namespace ouro
