// ouro: the command-line tool. Core only (no Qt): scripts and tests depend on
// this interface, so keep its output stable.

#include "chunkreader.h"
#include "error.h"
#include "colormap.h"
#include "filter.h"
#include "importer.h"
#include "labels.h"
#include "objects.h"
#include "png.h"
#include "omearrow.h"
#include "ometiffwriter.h"
#include "profileexport.h"
#include "profiles.h"
#include "render.h"
#include "store.h"
#include "tiffreader.h"
#include "tools.h"
#include "zarrreader.h"
#include "libraries.h"
#include "version.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <unordered_map>
#include <random>
#include <set>
#include <sstream>
#include <unistd.h>

using namespace ouro;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const char* kUsage = R"(ouro — Ouroboros command line

Usage: ouro COMMAND [options]

Commands:
  import    import TIFF / OME-TIFF files into a .ouro file
  info      list the images in a .ouro file
  query     run a read-only SQL query
  export    export images (OME-Zarr directory)
  check     check a .ouro file's integrity and consistency
  render    render a region of an image (channels and labels) to PNG
  objects   list the objects measured from a label image
  filter    evaluate a filter expression over a profile table
  bench     benchmarks (read-tiles)

Run "ouro COMMAND --help" for a command's options. "ouro --version" prints the version.
)";

const char* kImportHelp = R"(Usage: ouro import FILE... --into DB.ouro [options]

Imports TIFF, OME-TIFF (also multi-file, .companion.ome), ImageJ hyperstacks,
plain multi-page TIFFs, PNG, OME-Zarr 0.4 directories and OME-Arrow Parquet
images (one image per row). Creates DB.ouro if it is missing. Each file is imported in
its own transaction: a bad file is reported and leaves the database unchanged.

Options:
  --into DB.ouro          target file (required)
  --name NAME             image name (default: from the metadata or the file name)
  --pages-as z|t|c        what the pages of a plain multi-page TIFF are (default z)
  --as-channels           combine single-channel files of equal size into one image
  --channel-names A,B,C   channel names for --as-channels
  --chunk N               chunk edge in pixels (default 512)
  --threads N             compression threads (default: one per core)
  --progress              print "progress F" lines on stderr

Profile tables (CSV/TSV, optionally .gz):
  ouro import Nuclei.csv|profiles.parquet --into DB.ouro [--table-name NAME] [--link-labels NAME]
              [--image-key COL] [--object-key COL] [--link-by number|centroid]
                          imports a table of per-object measurements; with --link-labels its
                          rows are linked to the objects of that label image, by object number
                          (ObjectNumber, Metadata_ObjectNumber, …) or by the label under the
                          row's centroid (Location_Center_X/Y, AreaShape_Center_X/Y).

Label masks:
  ouro import MASK.tif --into DB.ouro --labels-for IMAGE_ID [--label-name NAME] [--connectivity 8|4]
                          imports an instance mask (integer ids, 0 = background) as the
                          label image NAME (default "labels") of an image. A binary mask is
                          split into objects by connected components (8-connected by default).
)";

const char* kInfoHelp = R"(Usage: ouro info DB.ouro [--json]

Lists each image: id, name, zarr group path, dtype, size t/c/z/y/x, levels,
channels (name and colour) and physical sizes. --json prints an object with an
"images" array.
)";

const char* kQueryHelp = R"(Usage: ouro query DB.ouro "SELECT …" [--csv|--json]

Runs one read-only SQL statement. Anything that writes is refused.
Output is tab-separated with a header unless --csv or --json is given.
)";

const char* kExportHelp = R"(Usage: ouro export DB.ouro --format ome-zarr --out DIR [--image ID]...
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

const char* kCheckHelp = R"(Usage: ouro check DB.ouro

Runs PRAGMA integrity_check and checks that the catalog and the zarr keys agree.
Prints "ok" and exits 0, or lists the problems and exits 1.
)";

const char* kRenderHelp = R"(Usage: ouro render DB.ouro --image ID --out OUT.png [options]

Renders with the same code as the viewer: each visible channel goes through its
lookup table (colour, min/max, gamma) and channels add up, clamped to 255.

Options:
  --level L                pyramid level (default: the finest whose output fits 4096 x 4096)
  --region X,Y,W,H         region in level-0 pixels (default: the whole image)
  --z Z, --t T             plane (default 0)
  --channel C:#RRGGBB:MIN:MAX[:GAMMA]
                           show channel C so (repeatable); channels not named are hidden.
                           Without --channel, the stored colours and data ranges are used.
  --labels NAME            draw the label image NAME over the image
  --label-mode fill|outline|both     (default both)
  --label-opacity A        fill opacity 0..1 (default 0.4)
  --outline-width N        outline width in output pixels (default 1)
  --label-colors random|none         random: every object in its own colour; none: only highlighted ones
  --highlight ID,ID,...    objects drawn in the highlight colour with a thicker outline
  --highlight-color #RRGGBB          (default #FFFF00)
  --table T --filter EXPR  recolour the labels by a filter over profile table T (needs --labels):
  --match-color #RRGGBB    matching objects (default #FFFF00)
  --nomatch hide|dim|#RRGGBB         the others: hidden, dimmed, or in that colour (default dim)
  --table T --color-by COL --colormap viridis|magma|plasma|cividis|coolwarm [--range LO,HI]
                           colour each object by column COL of T (range: 1-99 percentiles by
                           default); text columns, and integer columns of at
                           most 10 values, get a categorical palette
)";

const char* kObjectsHelp = R"(Usage: ouro objects DB.ouro --image ID --labels NAME [--csv]

One row per object of the label image NAME, measured from level 0 when the
labels were imported: label, area, centroid_y, centroid_x, bbox_min_y,
bbox_min_x, bbox_max_y, bbox_max_x (max exclusive, as scikit-image's
regionprops), then mean_c<i>, min_c<i>, max_c<i>, sum_c<i>, std_c<i> for each
channel i of the image. Tab-separated unless --csv.
)";

const char* kFilterHelp = R"(Usage: ouro filter DB.ouro --table T --where EXPR [--count|--keys] [--timeout MS]

Evaluates a SQL boolean expression over the columns of profile table T, e.g.
  --where "AreaShape_Area > 300 AND Intensity_MeanIntensity_PH3 > 0.2"
in a sandbox: read-only, one expression, reads and harmless functions only,
cancelled after --timeout milliseconds (default 2000).
  --count   print "N of M rows match" (the default)
  --keys    print the matching rows with the objects they link to: row_id,image,labels,label
)";

const char* kBenchHelp = R"(Usage: ouro bench read-tiles DB.ouro --image ID [--n N] [--level L] [--seed S] [--json]

Reads and decodes N random chunks of one level (default level 0, N 1000)
through the viewer's chunk reader and prints p50/p99 latency and throughput.
)";

struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> opts;
    std::set<std::string> flags;
    bool has(const std::string& f) const { return flags.count(f) > 0; }
    std::optional<std::string> get(const std::string& k) const {
        auto it = opts.find(k);
        if (it == opts.end() || it->second.empty())
            return std::nullopt;
        return it->second.back();
    }
};

[[noreturn]] void usageError(const std::string& msg, const char* help) {
    std::cerr << "ouro: " << msg << "\n\n" << help;
    std::exit(2);
}

Args parse(int argc, char** argv, int start, const std::set<std::string>& valued, const std::set<std::string>& flags,
           const char* help) {
    Args a;
    for (int i = start; i < argc; ++i) {
        std::string s = argv[i];
        if (s == "--help" || s == "-h") {
            std::cout << help;
            std::exit(0);
        }
        if (s.starts_with("--")) {
            std::string key = s, val;
            auto eq = s.find('=');
            if (eq != std::string::npos) {
                key = s.substr(0, eq);
                val = s.substr(eq + 1);
            }
            if (valued.count(key)) {
                if (eq == std::string::npos) {
                    if (i + 1 >= argc)
                        usageError(key + " needs a value", help);
                    val = argv[++i];
                }
                a.opts[key].push_back(val);
            } else if (flags.count(key) && eq == std::string::npos) {
                a.flags.insert(key);
            } else {
                usageError("unknown option " + s, help);
            }
        } else {
            a.positional.push_back(s);
        }
    }
    return a;
}

std::vector<std::string> splitComma(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, ','))
        out.push_back(item);
    return out;
}

int64_t toInt(const std::string& s, const std::string& what, const char* help) {
    char* end = nullptr;
    long long v = std::strtoll(s.c_str(), &end, 10);
    if (s.empty() || *end)
        usageError(what + " must be an integer, not \"" + s + "\"", help);
    return v;
}

std::string colorHex(const std::optional<uint32_t>& c) {
    if (!c)
        return "";
    char buf[16];
    std::snprintf(buf, sizeof buf, "#%06X", *c >> 8);
    return buf;
}

std::string shapeText(const ImageInfo& i) {
    return std::to_string(i.sizeT) + "x" + std::to_string(i.sizeC) + "x" + std::to_string(i.sizeZ) + "x" +
           std::to_string(i.sizeY) + "x" + std::to_string(i.sizeX);
}

int importLabelsCmd(const Args& a, const std::string& into, int64_t imageId) {
    if (a.positional.size() != 1)
        usageError("--labels-for imports one mask at a time", kImportHelp);
    LabelImportOptions opt;
    opt.name = a.get("--label-name").value_or("labels");
    opt.connectivity = static_cast<int>(toInt(a.get("--connectivity").value_or("8"), "--connectivity", kImportHelp));
    if (opt.connectivity != 4 && opt.connectivity != 8)
        usageError("--connectivity must be 4 or 8", kImportHelp);
    if (auto t = a.get("--threads"))
        opt.threads = static_cast<int>(toInt(*t, "--threads", kImportHelp));
    try {
        Store store = Store::open(into, Store::Mode::ReadWrite);
        if (store.readOnly())
            throw Error(into + ": file is read-only");
        LabelInfo l = importLabels(store, imageId, a.positional[0], opt);
        std::cout << "imported " << a.positional[0] << ": labels \"" << l.name << "\" of image " << l.imageId << ", "
                  << l.objectCount << (l.objectCount == 1 ? " object" : " objects") << " (max id " << l.maxLabel
                  << "), " << dtypeName(l.dtype) << ", " << l.levels << (l.levels == 1 ? " level" : " levels")
                  << "\n";
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

/**
 * Progress of one file's import on stderr: "progress FILE F" lines with --progress,
 * else a percentage that rewrites itself when stderr is a terminal, else nothing.
 */
ProgressFn cliProgress(const std::string& file, bool lines) {
    if (lines)
        return [file, lastShown = -1](double f) mutable {
            const int pct = static_cast<int>(f * 100);
            if (pct != lastShown) {
                std::fprintf(stderr, "progress %s %.2f\n", file.c_str(), f);
                std::fflush(stderr);
                lastShown = pct;
            }
            return true;
        };
    if (!isatty(fileno(stderr)))
        return {};
    return [file, lastShown = -1](double f) mutable {
        const int pct = static_cast<int>(f * 100);
        if (pct != lastShown) {
            std::fprintf(stderr, "\r%s: %3d %%", fs::path(file).filename().c_str(), pct);
            if (pct == 100)
                std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
            lastShown = pct;
        }
        return true;
    };
}

int importTablesCmd(const Args& a, const std::string& into) {
    ProfileImportOptions opt;
    opt.tableName = a.get("--table-name").value_or("");
    opt.linkLabels = a.get("--link-labels").value_or("");
    opt.imageKey = a.get("--image-key").value_or("");
    opt.objectKey = a.get("--object-key").value_or("");
    if (auto by = a.get("--link-by")) {
        if (*by == "number")
            opt.linkBy = LinkBy::Number;
        else if (*by == "centroid")
            opt.linkBy = LinkBy::Centroid;
        else
            usageError("--link-by must be number or centroid", kImportHelp);
    }
    if (!opt.tableName.empty() && a.positional.size() > 1)
        usageError("--table-name names one table; import one file at a time", kImportHelp);
    int failures = 0;
    try {
        Store store = openForImport(into);
        int imported = 0;
        // A CellProfiler ExportToDatabase file holds several tables: each becomes a profile table.
        std::vector<std::pair<std::string, std::string>> inputs; // file, table ("" for CSV)
        for (const auto& f : a.positional) {
            if (f.ends_with(".sqlite") || f.ends_with(".db")) {
                try {
                    for (const auto& t : cellProfilerTables(f))
                        inputs.emplace_back(f, t);
                } catch (const std::exception& e) {
                    std::cerr << "error: " << e.what() << "\n";
                    ++failures;
                }
            } else {
                inputs.emplace_back(f, std::string());
            }
        }
        if (!opt.tableName.empty() && inputs.size() > 1)
            usageError("--table-name names one table, but there are " + std::to_string(inputs.size()), kImportHelp);
        for (const auto& [f, table] : inputs) {
            try {
                opt.progress = cliProgress(f + (table.empty() ? "" : ":" + table), a.has("--progress"));
                auto r = !table.empty()             ? importProfileSqlite(store, f, table, opt)
                         : f.ends_with(".parquet") ? importProfileParquet(store, f, opt)
                                                   : importProfileCsv(store, f, opt);
                ++imported;
                for (const auto& w : r.warnings)
                    std::cerr << "warning: " << w << "\n";
                std::cout << "imported " << f << (table.empty() ? "" : ":" + table) << ": table \"" << r.name << "\", " << r.rows << " rows x " << r.columns
                          << " columns";
                if (!opt.linkLabels.empty())
                    std::cout << "; linked " << r.rowsLinked << " of " << r.rows << " rows to \"" << opt.linkLabels
                              << "\" by " << r.linkBy << ", " << r.rowsUnmatched << " matched no object, "
                              << r.objectsWithoutRow << " objects have no row";
                std::cout << "\n";
            } catch (const std::exception& e) {
                std::cerr << "error: " << e.what() << "\n";
                ++failures;
            }
        }
        finishImport(store, imported > 0);
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
    return failures ? 1 : 0;
}

int cmdImport(int argc, char** argv) {
    Args a = parse(argc, argv, 2,
                   {"--into", "--name", "--pages-as", "--channel-names", "--chunk", "--threads", "--labels-for",
                    "--label-name", "--connectivity", "--table-name", "--link-labels", "--image-key", "--object-key",
                    "--link-by"},
                   {"--as-channels", "--progress"}, kImportHelp);
    auto into = a.get("--into");
    if (!into)
        usageError("--into DB.ouro is required", kImportHelp);
    if (a.positional.empty())
        usageError("no input files", kImportHelp);
    if (auto target = a.get("--labels-for"))
        return importLabelsCmd(a, *into, toInt(*target, "--labels-for", kImportHelp));
    auto isTable = [](const std::string& f) {
        if (f.ends_with(".parquet"))
            return !isOmeArrowParquet(f); // OME-Arrow Parquet holds images, not a table
        for (const char* e : {".csv", ".tsv", ".csv.gz", ".tsv.gz", ".tab", ".txt", ".sqlite", ".db"})
            if (f.ends_with(e))
                return true;
        return false;
    };
    if (a.get("--link-labels") || a.get("--table-name") || std::all_of(a.positional.begin(), a.positional.end(), isTable))
        return importTablesCmd(a, *into);
    if (a.get("--label-name") || a.get("--connectivity"))
        usageError("--label-name and --connectivity need --labels-for IMAGE_ID", kImportHelp);
    ImportOptions opt;
    opt.name = a.get("--name").value_or("");
    if (auto p = a.get("--pages-as")) {
        if (*p == "z")
            opt.pagesAs = PagesAs::Z;
        else if (*p == "t")
            opt.pagesAs = PagesAs::T;
        else if (*p == "c")
            opt.pagesAs = PagesAs::C;
        else
            usageError("--pages-as must be z, t or c", kImportHelp);
    }
    opt.asChannels = a.has("--as-channels");
    if (auto c = a.get("--channel-names"))
        opt.channelNames = splitComma(*c);
    if (!opt.asChannels && !opt.channelNames.empty())
        usageError("--channel-names needs --as-channels", kImportHelp);
    if (auto c = a.get("--chunk")) {
        opt.chunkSize = static_cast<int>(toInt(*c, "--chunk", kImportHelp));
        opt.copyChunks = false; // the chunk shape asked for, even for an OME-Zarr source
        if (opt.chunkSize < 16 || opt.chunkSize > 8192 || opt.chunkSize % 2)
            usageError("--chunk must be an even number from 16 to 8192", kImportHelp);
    }
    if (auto t = a.get("--threads"))
        opt.threads = static_cast<int>(toInt(*t, "--threads", kImportHelp));

    // Plan everything first: a file that fails here never touches (or creates) the database.
    std::vector<std::pair<std::string, ImportPlan>> plans;
    int failures = 0;
    if (opt.asChannels) {
        try {
            plans.emplace_back(a.positional.front(), planImport(a.positional, opt));
        } catch (const std::exception& e) {
            std::cerr << "error: " << e.what() << "\n";
            return 1;
        }
    } else {
        for (auto& pf : planEach(a.positional, opt)) {
            if (pf.skipped) {
                std::cout << "skipped " << pf.file << ": already part of a multi-file dataset imported above\n";
            } else if (pf.plan) {
                plans.emplace_back(pf.file, std::move(*pf.plan));
            } else {
                std::cerr << "error: " << pf.error << "\n";
                ++failures;
            }
        }
    }
    if (plans.empty())
        return 1;
    std::optional<Store> store;
    try {
        // A new file is built under a temporary name and published at the end:
        // its pages are written once, and a failed import leaves no file behind.
        store.emplace(openForImport(*into));
    } catch (const Error& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
    int importedImages = 0;
    const bool showProgress = a.has("--progress");
    for (auto& [file, plan] : plans) {
        try {
            const ProgressFn progress = cliProgress(file, showProgress);
            auto images = runImport(*store, plan, opt, progress);
            importedImages += static_cast<int>(images.size());
            for (const auto& im : images)
                std::cout << "imported " << file << ": image " << im.id << " \"" << im.name << "\" "
                          << dtypeName(im.dtype) << " " << shapeText(im) << " (t,c,z,y,x), " << im.levels
                          << (im.levels == 1 ? " level" : " levels") << "\n";
            if (isOmeZarr(file))
                for (const auto& l : importOmeZarrLabels(*store, file, images))
                    std::cout << "imported " << file << ": labels \"" << l.name << "\" of image " << l.imageId << ", "
                              << l.objectCount << (l.objectCount == 1 ? " object" : " objects") << "\n";
        } catch (const Error& e) {
            std::cerr << "error: " << e.what() << "\n";
            ++failures;
        } catch (const std::exception& e) {
            std::cerr << "error: " << file << ": " << e.what() << "\n";
            ++failures;
        }
    }
    try {
        finishImport(*store, importedImages > 0);
    } catch (const Error& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
    return failures ? 1 : 0;
}

json physicalJson(const std::optional<double>& v, const std::string& unit) {
    if (!v)
        return nullptr;
    return json{{"value", *v}, {"unit", unit}};
}

int cmdInfo(int argc, char** argv) {
    Args a = parse(argc, argv, 2, {}, {"--json"}, kInfoHelp);
    if (a.positional.size() != 1)
        usageError("expected one DB.ouro", kInfoHelp);
    Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
    auto images = store.images();
    if (a.has("--json")) {
        json arr = json::array();
        for (const auto& im : images) {
            json chans = json::array();
            for (const auto& c : im.channels)
                chans.push_back({{"name", c.name}, {"color", c.color ? json(colorHex(c.color)) : json(nullptr)}});
            arr.push_back({{"id", im.id},
                           {"name", im.name},
                           {"path", im.zarrPath()},
                           {"dtype", dtypeName(im.dtype)},
                           {"size", {{"t", im.sizeT}, {"c", im.sizeC}, {"z", im.sizeZ}, {"y", im.sizeY}, {"x", im.sizeX}}},
                           {"chunks", {{"y", im.chunkY}, {"x", im.chunkX}}},
                           {"levels", im.levels},
                           {"channels", chans},
                           {"physical_size",
                            {{"x", physicalJson(im.physicalSizeX, im.physicalSizeXUnit)},
                             {"y", physicalJson(im.physicalSizeY, im.physicalSizeYUnit)},
                             {"z", physicalJson(im.physicalSizeZ, im.physicalSizeZUnit)},
                             {"t", physicalJson(im.timeIncrement, im.timeIncrementUnit)}}}});
        }
        json labels = json::array();
        for (const auto& l : store.labels())
            labels.push_back({{"id", l.id},
                              {"image_id", l.imageId},
                              {"name", l.name},
                              {"path", l.zarrPath()},
                              {"dtype", dtypeName(l.dtype)},
                              {"levels", l.levels},
                              {"max_label", l.maxLabel},
                              {"objects", l.objectCount}});
        json tables = json::array();
        sql::Stmt t(store.db(), "SELECT id, name, row_count, column_count, label_name, link_by, rows_linked, "
                                "rows_unmatched, objects_without_row FROM profile_table ORDER BY id");
        while (t.step())
            tables.push_back({{"id", t.getInt(0)},
                              {"name", t.getText(1)},
                              {"rows", t.getInt(2)},
                              {"columns", t.getInt(3)},
                              {"linked_to", t.isNull(4) || t.getText(4).empty() ? json(nullptr) : json(t.getText(4))},
                              {"link_by", t.isNull(5) || t.getText(5).empty() ? json(nullptr) : json(t.getText(5))},
                              {"rows_linked", t.isNull(6) ? json(nullptr) : json(t.getInt(6))},
                              {"rows_unmatched", t.isNull(7) ? json(nullptr) : json(t.getInt(7))},
                              {"objects_without_row", t.isNull(8) ? json(nullptr) : json(t.getInt(8))}});
        std::cout << json{{"file", store.path()},
                          {"schema_version", store.schemaVersion()},
                          {"images", arr},
                          {"labels", labels},
                          {"tables", tables}}
                         .dump(2)
                  << "\n";
        return 0;
    }
    std::cout << store.path() << ": " << images.size() << (images.size() == 1 ? " image" : " images")
              << " (schema " << store.schemaVersion() << ")\n";
    for (const auto& im : images) {
        std::cout << "image " << im.id << "  \"" << im.name << "\"  path=" << im.zarrPath() << "  "
                  << dtypeName(im.dtype) << "  t,c,z,y,x=" << shapeText(im) << "  levels=" << im.levels << "\n";
        if (im.physicalSizeX || im.physicalSizeY || im.physicalSizeZ) {
            std::cout << "  physical size:";
            if (im.physicalSizeX)
                std::cout << " x=" << *im.physicalSizeX << " " << im.physicalSizeXUnit;
            if (im.physicalSizeY)
                std::cout << " y=" << *im.physicalSizeY << " " << im.physicalSizeYUnit;
            if (im.physicalSizeZ)
                std::cout << " z=" << *im.physicalSizeZ << " " << im.physicalSizeZUnit;
            if (im.timeIncrement)
                std::cout << " t=" << *im.timeIncrement << " " << im.timeIncrementUnit;
            std::cout << "\n";
        }
        for (size_t c = 0; c < im.channels.size(); ++c)
            std::cout << "  channel " << c << ": \"" << im.channels[c].name << "\" "
                      << (im.channels[c].color ? colorHex(im.channels[c].color) : "(no colour)") << "\n";
        for (const auto& l : store.labels(im.id))
            std::cout << "  labels \"" << l.name << "\": " << l.objectCount << " objects, max id " << l.maxLabel
                      << ", " << dtypeName(l.dtype) << ", path=" << l.zarrPath() << "\n";
    }
    sql::Stmt t(store.db(), "SELECT name, row_count, column_count, label_name, rows_linked FROM profile_table ORDER BY id");
    while (t.step()) {
        std::cout << "table \"" << t.getText(0) << "\": " << t.getInt(1) << " rows x " << t.getInt(2) << " columns";
        if (!t.isNull(4))
            std::cout << ", " << t.getInt(4) << " rows linked to \"" << t.getText(3) << "\"";
        std::cout << "\n";
    }
    return 0;
}

std::string csvField(const std::optional<std::string>& v) {
    if (!v)
        return "";
    if (v->find_first_of(",\"\n\r") == std::string::npos)
        return *v;
    std::string o = "\"";
    for (char ch : *v)
        o += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return o + "\"";
}

int cmdQuery(int argc, char** argv) {
    Args a = parse(argc, argv, 2, {}, {"--csv", "--json"}, kQueryHelp);
    if (a.positional.size() != 2)
        usageError("expected DB.ouro and one SQL statement", kQueryHelp);
    const bool csv = a.has("--csv"), js = a.has("--json");
    json rows = json::array();
    std::vector<std::string> cols;
    runReadOnlyQuery(
        a.positional[0], a.positional[1],
        [&](const std::vector<std::string>& c) {
            cols = c;
            if (js)
                return;
            for (size_t i = 0; i < c.size(); ++i)
                std::cout << (i ? (csv ? "," : "\t") : "") << (csv ? csvField(c[i]) : c[i]);
            std::cout << "\n";
        },
        [&](const std::vector<std::optional<std::string>>& r) {
            if (js) {
                json o = json::object();
                for (size_t i = 0; i < r.size(); ++i)
                    o[cols[i]] = r[i] ? json(*r[i]) : json(nullptr);
                rows.push_back(o);
                return;
            }
            for (size_t i = 0; i < r.size(); ++i)
                std::cout << (i ? (csv ? "," : "\t") : "") << (csv ? csvField(r[i]) : r[i].value_or("NULL"));
            std::cout << "\n";
        });
    if (js)
        std::cout << rows.dump(2) << "\n";
    return 0;
}

int cmdExport(int argc, char** argv) {
    Args a = parse(argc, argv, 2, {"--format", "--out", "--image", "--images", "--table", "--where", "--compression", "--partition-by"},
                   {"--progress", "--bigtiff"},
                   kExportHelp);
    if (a.positional.size() != 1)
        usageError("expected one DB.ouro", kExportHelp);
    auto format = a.get("--format");
    auto out = a.get("--out");
    if (!format || !out)
        usageError("--format and --out are required", kExportHelp);
    const auto imageIds = [&] {
        std::vector<int64_t> ids;
        if (a.opts.count("--image"))
            for (const auto& v : a.opts.at("--image"))
                for (const auto& s : splitComma(v))
                    ids.push_back(toInt(s, "--image", kExportHelp));
        return ids;
    };
    if (auto images = a.get("--images")) {
        if (*format != "parquet" || *images != "ome-arrow")
            usageError("--images ome-arrow goes with --format parquet", kExportHelp);
        if (a.get("--table") || a.get("--where") || a.get("--partition-by"))
            usageError("--images ome-arrow writes images; --table, --where and --partition-by are for tables",
                       kExportHelp);
        try {
            Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
            const auto ids = imageIds();
            exportOmeArrow(store, *out, ids, cliProgress(*out, a.has("--progress")));
            std::cout << "exported " << (ids.empty() ? store.images().size() : ids.size())
                      << " image(s) as OME-Arrow to " << *out << "\n";
        } catch (const std::exception& e) {
            std::cerr << "error: " << e.what() << "\n";
            return 1;
        }
        return 0;
    }
    if (*format == "parquet" || *format == "csv") {
        ProfileExportOptions opt;
        if (!a.get("--table"))
            usageError("--format " + *format + " needs --table T", kExportHelp);
        opt.table = *a.get("--table");
        opt.where = a.get("--where").value_or("");
        opt.partitionBy = a.get("--partition-by").value_or("");
        if (!opt.partitionBy.empty() && *format != "parquet")
            usageError("--partition-by is for --format parquet", kExportHelp);
        const std::string c = a.get("--compression").value_or("zstd");
        bool known = false;
        for (auto codec : {parquet::Codec::Zstd, parquet::Codec::Snappy, parquet::Codec::Gzip, parquet::Codec::Brotli,
                           parquet::Codec::Lz4Raw, parquet::Codec::Uncompressed})
            if (c == parquet::codecName(codec) || (c == "none" && codec == parquet::Codec::Uncompressed)) {
                opt.codec = codec;
                known = true;
            }
        if (!known)
            usageError("unknown compression \"" + c + "\"", kExportHelp);
        opt.progress = cliProgress(*out, a.has("--progress"));
        try {
            const auto r = *format == "csv" ? exportProfileCsv(a.positional[0], *out, opt)
                                            : exportProfileParquet(a.positional[0], *out, opt);
            std::cout << "exported table \"" << opt.table << "\": " << r.rows << " rows x " << r.columns << " columns to "
                      << *out << " (" << r.bytes << " bytes)\n";
        } catch (const std::exception& e) {
            std::cerr << "error: " << e.what() << "\n";
            return 1;
        }
        return 0;
    }
    if (*format == "sqlite") {
        SubsetOptions sub;
        sub.imageIds = imageIds();
        if (a.opts.count("--table"))
            for (const auto& v : a.opts.at("--table"))
                for (const auto& t : splitComma(v))
                    sub.tables.push_back(t);
        sub.where = a.get("--where").value_or("");
        if (!sub.where.empty() && sub.tables.size() != 1)
            usageError("--where filters one table: name it with --table", kExportHelp);
        try {
            Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
            const auto progress = cliProgress(*out, a.has("--progress"));
            if (sub.imageIds.empty() && sub.tables.empty()) {
                exportSqliteCopy(store, *out, progress);
                std::cout << "exported " << a.positional[0] << " to " << *out << "\n";
            } else {
                const auto r = exportSqliteSubset(store, *out, sub, progress);
                std::cout << "exported " << r.images << " image(s) and " << r.tables << " table(s) of "
                          << r.rows << " rows to " << *out << "\n";
            }
        } catch (const std::exception& e) {
            std::cerr << "error: " << e.what() << "\n";
            return 1;
        }
        return 0;
    }
    if (*format == "ome-tiff") {
        std::vector<int64_t> tiffIds;
        if (a.opts.count("--image"))
            for (const auto& v : a.opts.at("--image"))
                for (const auto& s2 : splitComma(v))
                    tiffIds.push_back(toInt(s2, "--image", kExportHelp));
        try {
            Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
            const auto files =
                exportOmeTiffs(store, *out, tiffIds, cliProgress(*out, a.has("--progress")), a.has("--bigtiff"));
            for (const auto& f : files)
                std::cout << "exported " << f << "\n";
        } catch (const std::exception& e) {
            std::cerr << "error: " << e.what() << "\n";
            return 1;
        }
        return 0;
    }
    if (*format != "ome-zarr")
        usageError("unknown format \"" + *format + "\" (ome-zarr, ome-tiff, sqlite, parquet or csv)", kExportHelp);
    std::vector<int64_t> ids;
    if (a.opts.count("--image"))
        for (const auto& v : a.opts.at("--image"))
            for (const auto& s : splitComma(v))
                ids.push_back(toInt(s, "--image", kExportHelp));
    Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
    exportOmeZarr(store, *out, ids);
    std::cout << "exported " << (ids.empty() ? std::string("all images") : std::to_string(ids.size()) + " image(s)")
              << " to " << *out << "\n";
    return 0;
}

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

uint32_t parseColor(const std::string& s, const char* help) {
    std::string h = s.starts_with("#") ? s.substr(1) : s;
    if (h.size() != 6 || h.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
        usageError("colour must look like #RRGGBB, not \"" + s + "\"", help);
    return (static_cast<uint32_t>(std::stoul(h, nullptr, 16)) << 8) | 0xFFu;
}

double toDouble(const std::string& s, const std::string& what, const char* help) {
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (s.empty() || *end || !std::isfinite(v))
        usageError(what + " must be a number, not \"" + s + "\"", help);
    return v;
}

int cmdRender(int argc, char** argv) {
    Args a = parse(argc, argv, 2,
                   {"--image", "--out", "--level", "--region", "--z", "--t", "--channel", "--labels", "--label-mode",
                    "--label-opacity", "--outline-width", "--label-colors", "--highlight", "--highlight-color",
                    "--table", "--filter", "--match-color", "--nomatch", "--color-by", "--colormap", "--range"},
                   {}, kRenderHelp);
    if (a.positional.size() != 1 || !a.get("--image") || !a.get("--out"))
        usageError("expected DB.ouro, --image ID and --out OUT.png", kRenderHelp);
    const int64_t id = toInt(*a.get("--image"), "--image", kRenderHelp);
    RenderRequest req;
    if (auto l = a.get("--level"))
        req.level = static_cast<int>(toInt(*l, "--level", kRenderHelp));
    if (auto r = a.get("--region")) {
        auto parts = splitComma(*r);
        if (parts.size() != 4)
            usageError("--region needs X,Y,W,H", kRenderHelp);
        req.x = toInt(parts[0], "X", kRenderHelp);
        req.y = toInt(parts[1], "Y", kRenderHelp);
        req.w = toInt(parts[2], "W", kRenderHelp);
        req.h = toInt(parts[3], "H", kRenderHelp);
    }
    req.z = toInt(a.get("--z").value_or("0"), "--z", kRenderHelp);
    req.t = toInt(a.get("--t").value_or("0"), "--t", kRenderHelp);

    Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
    auto image = store.image(id);
    if (!image)
        throw Error(a.positional[0] + ": no image with id " + std::to_string(id));
    if (a.opts.count("--channel")) {
        req.channels = defaultDisplay(*image);
        for (auto& c : req.channels)
            c.visible = false;
        for (const auto& spec : a.opts.at("--channel")) {
            std::vector<std::string> f;
            std::stringstream ss(spec);
            for (std::string part; std::getline(ss, part, ':');)
                f.push_back(part);
            if (f.size() != 4 && f.size() != 5)
                usageError("--channel needs C:#RRGGBB:MIN:MAX[:GAMMA], not \"" + spec + "\"", kRenderHelp);
            const int64_t c = toInt(f[0], "channel", kRenderHelp);
            if (c < 0 || c >= image->sizeC)
                throw Error("image " + std::to_string(id) + " has channels 0.." + std::to_string(image->sizeC - 1));
            auto& d = req.channels[size_t(c)];
            d.visible = true;
            d.color = parseColor(f[1], kRenderHelp);
            d.min = toDouble(f[2], "MIN", kRenderHelp);
            d.max = toDouble(f[3], "MAX", kRenderHelp);
            d.gamma = f.size() == 5 ? toDouble(f[4], "GAMMA", kRenderHelp) : 1.0;
            if (d.gamma <= 0)
                usageError("GAMMA must be positive", kRenderHelp);
        }
    }
    std::optional<LabelInfo> labels;
    if (auto name = a.get("--labels")) {
        labels = store.label(id, *name);
        if (!labels)
            throw Error(a.positional[0] + ": image " + std::to_string(id) + " has no labels named \"" + *name + "\"");
        req.labels = *name;
    }
    auto& ld = req.labelDisplay;
    if (auto m = a.get("--label-mode")) {
        if (*m == "fill")
            ld.mode = LabelMode::Fill;
        else if (*m == "outline")
            ld.mode = LabelMode::Outline;
        else if (*m == "both")
            ld.mode = LabelMode::Both;
        else
            usageError("--label-mode must be fill, outline or both", kRenderHelp);
    }
    if (auto o = a.get("--label-opacity")) {
        ld.fillOpacity = toDouble(*o, "--label-opacity", kRenderHelp);
        if (ld.fillOpacity < 0 || ld.fillOpacity > 1)
            usageError("--label-opacity must be between 0 and 1", kRenderHelp);
    }
    if (auto w = a.get("--outline-width"))
        ld.outlineWidth = static_cast<int>(std::clamp<int64_t>(toInt(*w, "--outline-width", kRenderHelp), 1, 50));
    if (auto c = a.get("--label-colors")) {
        if (*c != "random" && *c != "none")
            usageError("--label-colors must be random or none", kRenderHelp);
        ld.colorAll = *c == "random";
    }
    if (auto h = a.get("--highlight"))
        for (const auto& s : splitComma(*h))
            ld.highlight.insert(static_cast<uint64_t>(toInt(s, "--highlight", kRenderHelp)));
    if (auto hc = a.get("--highlight-color"))
        ld.highlightColor = parseColor(*hc, kRenderHelp);

    std::unordered_map<uint64_t, uint32_t> byColumn;
    if (auto col = a.get("--color-by")) {
        if (!a.get("--table") || !labels)
            usageError("--color-by needs --table T and --labels NAME", kRenderHelp);
        const std::string map = a.get("--colormap").value_or("viridis");
        if (!isColormap(map))
            usageError("unknown colormap \"" + map + "\"", kRenderHelp);
        sql::Stmt t(store.db(), "SELECT t.id, c.type FROM profile_table t JOIN profile_column c ON c.table_id = t.id "
                                "WHERE t.name = ? AND c.name = ?");
        t.bind(1, *a.get("--table")).bind(2, *col);
        if (!t.step())
            throw Error(a.positional[0] + ": table \"" + *a.get("--table") + "\" has no column \"" + *col + "\"");
        const int64_t tableId = t.getInt(0);
        const bool text = t.getText(1) == "TEXT", integer = t.getText(1) == "INTEGER";
        const std::string q = sql::quoteIdent(*col), tq = sql::quoteIdent(*a.get("--table"));
        sql::Stmt v(store.db(), "SELECT o.label, t." + q + " FROM " + tq + " t JOIN profile_link l ON l.table_id = " +
                                    std::to_string(tableId) + " AND l.row_id = t.row_id JOIN object o ON o.id = "
                                    "l.object_id WHERE o.label_image_id = " + std::to_string(labels->id) +
                                    " AND t." + q + " IS NOT NULL");
        std::vector<std::pair<uint64_t, std::string>> textValues;
        std::vector<std::pair<uint64_t, double>> numbers;
        while (v.step()) {
            if (text)
                textValues.emplace_back(uint64_t(v.getInt(0)), v.getText(1));
            else
                numbers.emplace_back(uint64_t(v.getInt(0)), v.getDouble(1));
        }
        // An integer column of few values (a class, a count) is drawn as categories too.
        std::vector<int64_t> few;
        if (integer) {
            std::vector<int64_t> ints;
            for (const auto& p : numbers)
                ints.push_back(int64_t(p.second));
            few = integerCategories(ints);
        }
        if (text) {
            std::map<std::string, size_t> categories;
            for (const auto& [oid, s2] : textValues)
                categories.emplace(s2, categories.size());
            for (const auto& [oid, s2] : textValues)
                byColumn[oid] = categoricalColor(categories[s2]);
        } else if (!few.empty()) {
            for (const auto& [oid, x] : numbers)
                byColumn[oid] = categoricalColor(size_t(std::find(few.begin(), few.end(), int64_t(x)) - few.begin()));
        } else {
            double lo, hi;
            if (auto r = a.get("--range")) {
                auto parts = splitComma(*r);
                if (parts.size() != 2)
                    usageError("--range needs LO,HI", kRenderHelp);
                lo = toDouble(parts[0], "LO", kRenderHelp);
                hi = toDouble(parts[1], "HI", kRenderHelp);
            } else {
                std::vector<double> vals;
                for (const auto& p : numbers)
                    vals.push_back(p.second);
                lo = quantile(vals, 0.01);
                hi = quantile(vals, 0.99);
            }
            for (const auto& [oid, x] : numbers)
                byColumn[oid] = colormapColor(map, hi > lo ? (x - lo) / (hi - lo) : 0.5);
            std::cerr << "colour range " << lo << " .. " << hi << "\n";
        }
        ld.colorOverride = byColumn;
        ld.colorAll = false; // objects without a value are not drawn
    }
    if (a.get("--filter")) {
        if (!a.get("--table"))
            usageError("--filter needs --table T", kRenderHelp);
        if (!labels)
            usageError("--filter needs --labels NAME", kRenderHelp);
        const uint32_t match = a.get("--match-color") ? parseColor(*a.get("--match-color"), kRenderHelp) : 0xFFFF00FFu;
        NoMatch nm = NoMatch::Dim;
        uint32_t nmColor = 0x808080FFu;
        if (auto n = a.get("--nomatch")) {
            if (*n == "hide")
                nm = NoMatch::Hide;
            else if (*n == "dim")
                nm = NoMatch::Dim;
            else {
                nm = NoMatch::Color;
                nmColor = parseColor(*n, kRenderHelp);
            }
        }
        auto result = evaluateFilter(a.positional[0], *a.get("--table"), *a.get("--filter"), true);
        std::vector<uint32_t> ids;
        for (const auto& o : loadObjects(store, labels->id))
            ids.push_back(o.label);
        auto colors = filterColors(result, id, labels->name, ids, match, nm, nmColor);
        if (!byColumn.empty()) // matches keep their colour-by colour
            for (auto& [k, c] : colors)
                if (c == match)
                    c = byColumn.count(k) ? byColumn[k] : match;
        ld.colorOverride = colors;
        std::cerr << result.matched << " of " << result.total << " rows match\n";
    }
    ChunkReader reader(a.positional[0]);
    Rgba img = render(reader, *image, labels ? &*labels : nullptr, req);
    writePng(*a.get("--out"), img.pixels.data(), img.width, img.height);
    std::cout << "rendered " << img.width << "x" << img.height << " to " << *a.get("--out") << "\n";
    return 0;
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

int cmdObjects(int argc, char** argv) {
    Args a = parse(argc, argv, 2, {"--image", "--labels"}, {"--csv"}, kObjectsHelp);
    if (a.positional.size() != 1 || !a.get("--image") || !a.get("--labels"))
        usageError("expected DB.ouro, --image ID and --labels NAME", kObjectsHelp);
    const int64_t id = toInt(*a.get("--image"), "--image", kObjectsHelp);
    Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
    auto image = store.image(id);
    if (!image)
        throw Error(a.positional[0] + ": no image with id " + std::to_string(id));
    auto labels = store.label(id, *a.get("--labels"));
    if (!labels)
        throw Error(a.positional[0] + ": image " + std::to_string(id) + " has no labels named \"" +
                    *a.get("--labels") + "\"");
    const std::string sep = a.has("--csv") ? "," : "\t";
    std::string head = "label" + sep + "area" + sep + "centroid_y" + sep + "centroid_x" + sep + "bbox_min_y" + sep +
                       "bbox_min_x" + sep + "bbox_max_y" + sep + "bbox_max_x";
    for (int64_t c = 0; c < image->sizeC; ++c)
        for (const char* f : {"mean", "min", "max", "sum", "std"})
            head += sep + f + "_c" + std::to_string(c);
    std::cout << head << "\n";
    for (const auto& o : loadObjects(store, labels->id)) {
        std::string line = std::to_string(o.label) + sep + std::to_string(o.area) + sep + num(o.centroidY) + sep +
                           num(o.centroidX) + sep + std::to_string(o.minY) + sep + std::to_string(o.minX) + sep +
                           std::to_string(o.maxY) + sep + std::to_string(o.maxX);
        for (const auto& c : o.channels)
            line += sep + num(c.mean) + sep + num(c.min) + sep + num(c.max) + sep + num(c.sum) + sep + num(c.std);
        std::cout << line << "\n";
    }
    return 0;
}

int cmdFilter(int argc, char** argv) {
    Args a = parse(argc, argv, 2, {"--table", "--where", "--timeout"}, {"--count", "--keys"}, kFilterHelp);
    if (a.positional.size() != 1 || !a.get("--table") || !a.get("--where"))
        usageError("expected DB.ouro, --table T and --where EXPR", kFilterHelp);
    const int timeout = static_cast<int>(toInt(a.get("--timeout").value_or("2000"), "--timeout", kFilterHelp));
    const bool keys = a.has("--keys");
    auto r = evaluateFilter(a.positional[0], *a.get("--table"), *a.get("--where"), keys, timeout);
    if (keys) {
        std::cout << "row_id,image,labels,label\n";
        for (const auto& m : r.matches)
            std::cout << m.rowId << "," << (m.imageId >= 0 ? std::to_string(m.imageId) : "") << "," << m.labels << ","
                      << (m.imageId >= 0 ? std::to_string(m.label) : "") << "\n";
    } else {
        std::cout << r.matched << " of " << r.total << " rows match\n";
    }
    return 0;
}

int cmdBench(int argc, char** argv) {
    if (argc < 3 || std::string(argv[2]) == "--help" || std::string(argv[2]) == "-h") {
        std::cout << kBenchHelp;
        return argc < 3 ? 2 : 0;
    }
    if (std::string(argv[2]) != "read-tiles")
        usageError("unknown benchmark \"" + std::string(argv[2]) + "\"", kBenchHelp);
    Args a = parse(argc, argv, 3, {"--image", "--n", "--level", "--seed"}, {"--json"}, kBenchHelp);
    if (a.positional.size() != 1 || !a.get("--image"))
        usageError("expected DB.ouro and --image ID", kBenchHelp);
    const int64_t id = toInt(*a.get("--image"), "--image", kBenchHelp);
    const int64_t n = toInt(a.get("--n").value_or("1000"), "--n", kBenchHelp);
    const int level = static_cast<int>(toInt(a.get("--level").value_or("0"), "--level", kBenchHelp));
    const auto seed = static_cast<unsigned>(toInt(a.get("--seed").value_or("1"), "--seed", kBenchHelp));
    ImageInfo im;
    {
        Store store = Store::open(a.positional[0], Store::Mode::ReadOnly);
        auto found = store.image(id);
        if (!found)
            throw Error(a.positional[0] + ": no image with id " + std::to_string(id));
        im = *found;
    }
    if (level < 0 || level >= im.levels)
        throw Error("image " + std::to_string(id) + " has levels 0.." + std::to_string(im.levels - 1));
    auto shape = pyramidShapes(im.sizeY, im.sizeX, im.chunkY, im.chunkX)[static_cast<size_t>(level)];
    const int64_t ny = (shape.sizeY + im.chunkY - 1) / im.chunkY, nx = (shape.sizeX + im.chunkX - 1) / im.chunkX;
    const size_t bytes = static_cast<size_t>(im.chunkY * im.chunkX) * dtypeSize(im.dtype);
    ChunkReader reader(a.positional[0]);
    std::mt19937_64 rng(seed);
    auto pick = [&](int64_t k) { return static_cast<int64_t>(rng() % static_cast<uint64_t>(k)); };
    std::vector<double> ms;
    std::vector<uint8_t> buf;
    const auto t0 = std::chrono::steady_clock::now();
    for (int64_t i = 0; i < n; ++i) {
        ChunkId c{id, level, pick(im.sizeT), pick(im.sizeC), pick(im.sizeZ), pick(ny), pick(nx), {}};
        auto s = std::chrono::steady_clock::now();
        reader.read(c, bytes, buf);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - s).count());
    }
    const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, size_t(p * double(ms.size())))]; };
    const double mbps = double(bytes) * double(n) / total / 1e6;
    const double cps = double(n) / total;
    if (a.has("--json")) {
        std::cout << json{{"image", id},   {"level", level},       {"chunks", n},
                          {"chunk_shape", {im.chunkY, im.chunkX}}, {"dtype", dtypeName(im.dtype)},
                          {"p50_ms", pct(0.50)}, {"p99_ms", pct(0.99)}, {"max_ms", ms.empty() ? 0.0 : ms.back()},
                          {"mb_per_s", mbps}, {"chunks_per_s", cps}}
                         .dump(2)
                  << "\n";
    } else {
        std::printf("read-tiles: %lld chunks of %lldx%lld %s, level %d\n", static_cast<long long>(n),
                    static_cast<long long>(im.chunkY), static_cast<long long>(im.chunkX),
                    std::string(dtypeName(im.dtype)).c_str(), level);
        std::printf("p50 %.3f ms  p99 %.3f ms  max %.3f ms  %.1f MB/s  %.0f chunks/s\n", pct(0.5), pct(0.99),
                    ms.empty() ? 0.0 : ms.back(), mbps, cps);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << kUsage;
        return 2;
    }
    std::string cmd = argv[1];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::cout << kUsage;
        return 0;
    }
    if (cmd == "--version") {
        std::cout << "ouro " << kVersion << "\n";
        std::string sep;
        for (const auto& [name, v] : libraryVersions()) {
            std::cout << sep << name << ' ' << v;
            sep = ", ";
        }
        std::cout << '\n';
        return 0;
    }
    try {
        if (cmd == "import")
            return cmdImport(argc, argv);
        if (cmd == "info")
            return cmdInfo(argc, argv);
        if (cmd == "query")
            return cmdQuery(argc, argv);
        if (cmd == "export")
            return cmdExport(argc, argv);
        if (cmd == "check")
            return cmdCheck(argc, argv);
        if (cmd == "bench")
            return cmdBench(argc, argv);
        if (cmd == "render")
            return cmdRender(argc, argv);
        if (cmd == "objects")
            return cmdObjects(argc, argv);
        if (cmd == "filter")
            return cmdFilter(argc, argv);
    } catch (const Error& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
    std::cerr << "ouro: unknown command \"" << cmd << "\"\n\n" << kUsage;
    return 2;
}
