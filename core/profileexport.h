#pragma once
// Profile tables out of a .ouro for collaborators: Parquet in the CytoTable /
// pycytominer style, all rows or the rows of a filter.

#include "importer.h" // ProgressFn
#include "parquetencoding.h"

#include <cstdint>
#include <string>

namespace ouro {

struct ProfileExportOptions {
    std::string table;              ///< the profile table's name
    std::string where;              ///< a filter expression (filter.h); empty: every row
    parquet::Codec codec = parquet::Codec::Zstd;
    int level = 0;                  ///< compression level; 0: the codec's default
    ProgressFn progress;            ///< fraction done; false cancels (throws ouro::Cancelled)
    /**
     * Parquet only: a column to partition by. `out` is then a directory holding a
     * Hive-partitioned dataset, out/COL=value/part-0.parquet (the column lives in the
     * path, not the files), which DuckDB and Spark read as one table.
     */
    std::string partitionBy;
};

struct ProfileExportResult {
    int64_t rows = 0, columns = 0, bytes = 0;
};

/**
 * Writes a profile table of the .ouro at dbPath to a Parquet file at out.
 * Key columns come first, named as CytoTable and pycytominer name them: the
 * image key as Metadata_ImageNumber and the object key as Metadata_ObjectNumber;
 * a linked table adds Metadata_ImageID (the image's id in the file),
 * Metadata_Labels (the label image's name) and Metadata_Label (the object's
 * label id). Measurement columns keep their names: INTEGER as INT64, REAL as
 * DOUBLE, TEXT as UTF-8 strings, NULL as null. Row groups follow the table's
 * column copy, so memory stays bounded. The file appears under `out` only when
 * complete. Throws ouro::Error (or ouro::Cancelled).
 */
ProfileExportResult exportProfileParquet(const std::string& dbPath, const std::string& out,
                                         const ProfileExportOptions& opt);

/**
 * Writes a profile table (or a filter's rows) as CSV: a header of the table's
 * own column names, then one line per row; numbers in the shortest form that
 * reads back exactly, NULL as an empty field, fields quoted when they hold a
 * comma, quote or line break. Written under a temporary name, renamed when
 * complete. codec/level are ignored.
 */
ProfileExportResult exportProfileCsv(const std::string& dbPath, const std::string& out, const ProfileExportOptions& opt);

} // namespace ouro
