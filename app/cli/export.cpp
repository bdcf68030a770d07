// ouro export: images and profile tables out of a .ouro file, in other formats.

#include "args.h"
#include "commands.h"
#include "errorreport.h"
#include "progress.h"

#include "omearrow.h"
#include "ometiffwriter.h"
#include "profileexport.h"
#include "store.h"
#include "tools.h"

#include <iostream>

namespace ouro::cli {
namespace {

const char* const kExportHelp = R"(Usage: ouro export DB.ouro --format ome-zarr --out DIR [--image ID]...
       ouro export DB.ouro --format parquet --table T --out FILE.parquet [--where EXPR]
                   [--compression zstd|snappy|gzip|brotli|lz4_raw|none] [--partition-by COL] [--progress]
       ouro export DB.ouro --format parquet --images ome-arrow --out FILE.parquet [--image ID]... [--progress]
       ouro export DB.ouro --format csv --table T --out FILE.csv [--where EXPR] [--progress]
       ouro export DB.ouro --format sqlite --out COPY.ouro [--image ID]... [--table T]... [--where EXPR]
       ouro export DB.ouro --format ome-tiff --out FILE.ome.tif|DIR [--image ID]... [--bigtiff] [--progress]

ome-zarr: writes the zarr keys as files: a standard OME-Zarr 0.4 directory
(bioformats2raw layout). --image (repeatable, or comma-separated) limits the
export to those images.

parquet: writes profile table T, or the rows that match --where (a filter, as in
ouro filter). Key columns come first, named as CytoTable and pycytominer name them
(Metadata_ImageNumber, Metadata_ObjectNumber); a linked table adds Metadata_ImageID,
Metadata_Labels and Metadata_Label, where each row's object is. Measurement columns
keep their names. ZSTD by default. The file appears only when complete.
--partition-by COL writes a Hive-partitioned dataset instead: the directory OUT
holds COL=value/part-0.parquet for each value, which DuckDB and Spark read as one
table (read_parquet('OUT/**/*.parquet', hive_partitioning = true)).

parquet --images ome-arrow: writes images as OME-Arrow records (WayScience/ome-arrow),
one row per image in a column "ome_arrow": pixel metadata, channels and a list of
planes, each a flat list of y*x pixels (uint16 for 8- and 16-bit images). For
pandas, Polars and DuckDB, and ome-arrow's from_ome_parquet.

csv: writes profile table T (or the rows that match --where) with its own column
names; numbers read back exactly, NULL is an empty field.

sqlite: a compacted copy of the whole file (a snapshot of its last commit), itself
a valid .ouro. It never replaces an existing file. --image keeps only those images
(with their labels and objects; a linked table keeps the rows of their objects),
--table only those profile tables, and --where (with one --table) only the rows of
that table that match the filter. Rows are numbered 1..n anew; image ids stay.

ome-tiff: one OME-TIFF per image (tiled, deflate, pyramid levels as SubIFDs,
BigTIFF when over 2 GB or with --bigtiff): FILE.ome.tif for one image, else a
directory DIR of <id>_<name>.ome.tif files.
)";

int exportOmeArrowCmd(const Args& a, const std::string& format, const std::string& out) {
    if (format != "parquet" || *a.get("--images") != "ome-arrow")
        usageError("--images ome-arrow goes with --format parquet", kExportHelp);
    if (a.get("--table") || a.get("--where") || a.get("--partition-by"))
        usageError("--images ome-arrow writes images; --table, --where and --partition-by are for tables",
                   kExportHelp);
    return reportingErrors([&] {
        Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
        const auto ids = imageIds(a, kExportHelp);
        exportOmeArrow(store, out, ids, cliProgress(out, a.has("--progress")));
        std::cout << "exported " << (ids.empty() ? store.images().size() : ids.size()) << " image(s) as OME-Arrow to "
                  << out << "\n";
    });
}

parquet::Codec compressionOption(const Args& a) {
    const std::string c = a.get("--compression").value_or("zstd");
    for (auto codec : {parquet::Codec::Zstd, parquet::Codec::Snappy, parquet::Codec::Gzip, parquet::Codec::Brotli,
                       parquet::Codec::Lz4Raw, parquet::Codec::Uncompressed})
        if (c == parquet::codecName(codec) || (c == "none" && codec == parquet::Codec::Uncompressed))
            return codec;
    usageError("unknown compression \"" + c + "\"", kExportHelp);
}

int exportTableCmd(const Args& a, const std::string& format, const std::string& out) {
    ProfileExportOptions opt;
    if (!a.get("--table"))
        usageError("--format " + format + " needs --table T", kExportHelp);
    opt.table = *a.get("--table");
    opt.where = a.get("--where").value_or("");
    opt.partitionBy = a.get("--partition-by").value_or("");
    if (!opt.partitionBy.empty() && format != "parquet")
        usageError("--partition-by is for --format parquet", kExportHelp);
    opt.codec = compressionOption(a);
    opt.progress = cliProgress(out, a.has("--progress"));
    return reportingErrors([&] {
        const auto r = format == "csv" ? exportProfileCsv(a.positional[0], out, opt)
                                       : exportProfileParquet(a.positional[0], out, opt);
        std::cout << "exported table \"" << opt.table << "\": " << r.rows << " rows x " << r.columns << " columns to "
                  << out << " (" << r.bytes << " bytes)\n";
    });
}

int exportSqliteCmd(const Args& a, const std::string& out) {
    SubsetOptions sub;
    sub.imageIds = imageIds(a, kExportHelp);
    sub.tables = a.list("--table");
    sub.where = a.get("--where").value_or("");
    if (!sub.where.empty() && sub.tables.size() != 1)
        usageError("--where filters one table: name it with --table", kExportHelp);
    return reportingErrors([&] {
        Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
        const auto progress = cliProgress(out, a.has("--progress"));
        if (sub.imageIds.empty() && sub.tables.empty()) {
            exportSqliteCopy(store, out, progress);
            std::cout << "exported " << a.positional[0] << " to " << out << "\n";
        } else {
            const auto r = exportSqliteSubset(store, out, sub, progress);
            std::cout << "exported " << r.images << " image(s) and " << r.tables << " table(s) of " << r.rows
                      << " rows to " << out << "\n";
        }
    });
}

int exportOmeTiffCmd(const Args& a, const std::string& out) {
    const auto ids = imageIds(a, kExportHelp);
    return reportingErrors([&] {
        Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
        const auto files = exportOmeTiffs(store, out, ids, cliProgress(out, a.has("--progress")), a.has("--bigtiff"));
        for (const auto& f : files)
            std::cout << "exported " << f << "\n";
    });
}

// Unlike the other formats, a failure here is reported by main.
int exportOmeZarrCmd(const Args& a, const std::string& out) {
    const auto ids = imageIds(a, kExportHelp);
    Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
    exportOmeZarr(store, out, ids);
    std::cout << "exported " << (ids.empty() ? std::string("all images") : std::to_string(ids.size()) + " image(s)")
              << " to " << out << "\n";
    return 0;
}

} // namespace

int cmdExport(int argc, char** argv) {
    Args a = parse(argc, argv, 2,
                   {"--format", "--out", "--image", "--images", "--table", "--where", "--compression", "--partition-by"},
                   {"--progress", "--bigtiff"}, kExportHelp);
    if (a.positional.size() != 1)
        usageError("expected one DB.ouro", kExportHelp);
    auto format = a.get("--format");
    auto out = a.get("--out");
    if (!format || !out)
        usageError("--format and --out are required", kExportHelp);
    if (a.get("--images"))
        return exportOmeArrowCmd(a, *format, *out);
    if (*format == "parquet" || *format == "csv")
        return exportTableCmd(a, *format, *out);
    if (*format == "sqlite")
        return exportSqliteCmd(a, *out);
    if (*format == "ome-tiff")
        return exportOmeTiffCmd(a, *out);
    if (*format != "ome-zarr")
        usageError("unknown format \"" + *format + "\" (ome-zarr, ome-tiff, sqlite, parquet or csv)", kExportHelp);
    return exportOmeZarrCmd(a, *out);
}

} // namespace ouro::cli
