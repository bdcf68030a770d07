// ouro import: images, label masks and profile tables into a .ouro file.

#include "args.h"
#include "commands.h"
#include "errorreport.h"
#include "output.h"
#include "progress.h"

#include "dtype.h"
#include "error.h"
#include "importer.h"
#include "labels.h"
#include "omearrow.h"
#include "profiles.h"
#include "store.h"
#include "zarrreader.h"

#include <algorithm>
#include <iostream>
#include <optional>
#include <utility>

namespace ouro::cli {
namespace {

const char* const kImportHelp = R"(Usage: ouro import FILE... --into DB.ouro [options]

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

// A CellProfiler ExportToDatabase file: several tables, each becomes a profile table.
bool isCellProfilerDatabase(const std::string& f) {
    return f.ends_with(".sqlite") || f.ends_with(".db");
}

bool isTableFile(const std::string& f) {
    if (f.ends_with(".parquet"))
        return !isOmeArrowParquet(f); // OME-Arrow Parquet holds images, not a table
    for (const char* e : {".csv", ".tsv", ".csv.gz", ".tsv.gz", ".tab", ".txt"})
        if (f.ends_with(e))
            return true;
    return isCellProfilerDatabase(f);
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
        return reportError(e);
    }
    return 0;
}

ProfileImportOptions tableImportOptions(const Args& a) {
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
    return opt;
}

/** The tables to import: (file, table) pairs, where table is "" for a CSV or Parquet file. */
std::vector<std::pair<std::string, std::string>> tableInputs(const Args& a, int& failures) {
    std::vector<std::pair<std::string, std::string>> inputs;
    for (const auto& f : a.positional) {
        if (isCellProfilerDatabase(f)) {
            try {
                for (const auto& t : cellProfilerTables(f))
                    inputs.emplace_back(f, t);
            } catch (const std::exception& e) {
                failures += reportError(e);
            }
        } else {
            inputs.emplace_back(f, std::string());
        }
    }
    return inputs;
}

void importTable(Store& store, const std::string& f, const std::string& table, ProfileImportOptions& opt,
                 bool showProgress) {
    opt.progress = cliProgress(f + (table.empty() ? "" : ":" + table), showProgress);
    auto r = !table.empty()             ? importProfileSqlite(store, f, table, opt)
             : f.ends_with(".parquet") ? importProfileParquet(store, f, opt)
                                       : importProfileCsv(store, f, opt);
    for (const auto& w : r.warnings)
        std::cerr << "warning: " << w << "\n";
    std::cout << "imported " << f << (table.empty() ? "" : ":" + table) << ": table \"" << r.name << "\", " << r.rows
              << " rows x " << r.columns << " columns";
    if (!opt.linkLabels.empty())
        std::cout << "; linked " << r.rowsLinked << " of " << r.rows << " rows to \"" << opt.linkLabels << "\" by "
                  << r.linkBy << ", " << r.rowsUnmatched << " matched no object, " << r.objectsWithoutRow
                  << " objects have no row";
    std::cout << "\n";
}

int importTablesCmd(const Args& a, const std::string& into) {
    ProfileImportOptions opt = tableImportOptions(a);
    int failures = 0;
    try {
        Store store = openForImport(into);
        int imported = 0;
        const auto inputs = tableInputs(a, failures);
        if (!opt.tableName.empty() && inputs.size() > 1)
            usageError("--table-name names one table, but there are " + std::to_string(inputs.size()), kImportHelp);
        for (const auto& [f, table] : inputs) {
            try {
                importTable(store, f, table, opt, a.has("--progress"));
                ++imported;
            } catch (const std::exception& e) {
                failures += reportError(e);
            }
        }
        finishImport(store, imported > 0);
    } catch (const std::exception& e) {
        return reportError(e);
    }
    return failures ? 1 : 0;
}

ImportOptions imageImportOptions(const Args& a) {
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
    return opt;
}

/**
 * Plans every file first, so that a file that fails here never touches (or creates) the
 * database. Returns false when there is nothing to import.
 */
bool planImages(const Args& a, const ImportOptions& opt, std::vector<std::pair<std::string, ImportPlan>>& plans,
                int& failures) {
    if (opt.asChannels) {
        try {
            plans.emplace_back(a.positional.front(), planImport(a.positional, opt));
        } catch (const std::exception& e) {
            reportError(e);
            return false;
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
    return !plans.empty();
}

/** Imports one planned file; returns how many images it held. */
int importImageFile(Store& store, const std::string& file, ImportPlan& plan, const ImportOptions& opt,
                    bool showProgress) {
    const ProgressFn progress = cliProgress(file, showProgress);
    auto images = runImport(store, plan, opt, progress);
    for (const auto& im : images)
        std::cout << "imported " << file << ": image " << im.id << " \"" << im.name << "\" " << dtypeName(im.dtype)
                  << " " << shapeText(im) << " (t,c,z,y,x), " << im.levels << (im.levels == 1 ? " level" : " levels")
                  << "\n";
    if (isOmeZarr(file))
        for (const auto& l : importOmeZarrLabels(store, file, images))
            std::cout << "imported " << file << ": labels \"" << l.name << "\" of image " << l.imageId << ", "
                      << l.objectCount << (l.objectCount == 1 ? " object" : " objects") << "\n";
    return static_cast<int>(images.size());
}

int importImagesCmd(const Args& a, const std::string& into) {
    const ImportOptions opt = imageImportOptions(a);
    std::vector<std::pair<std::string, ImportPlan>> plans;
    int failures = 0;
    if (!planImages(a, opt, plans, failures))
        return 1;
    std::optional<Store> store;
    try {
        // A new file is built under a temporary name and published at the end:
        // its pages are written once, and a failed import leaves no file behind.
        store.emplace(openForImport(into));
    } catch (const Error& e) {
        return reportError(e);
    }
    int importedImages = 0;
    for (auto& [file, plan] : plans) {
        try {
            importedImages += importImageFile(*store, file, plan, opt, a.has("--progress"));
        } catch (const Error& e) {
            failures += reportError(e);
        } catch (const std::exception& e) {
            std::cerr << "error: " << file << ": " << e.what() << "\n";
            ++failures;
        }
    }
    try {
        finishImport(*store, importedImages > 0);
    } catch (const Error& e) {
        return reportError(e);
    }
    return failures ? 1 : 0;
}

} // namespace

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
    if (a.get("--link-labels") || a.get("--table-name") ||
        std::all_of(a.positional.begin(), a.positional.end(), isTableFile))
        return importTablesCmd(a, *into);
    if (a.get("--label-name") || a.get("--connectivity"))
        usageError("--label-name and --connectivity need --labels-for IMAGE_ID", kImportHelp);
    return importImagesCmd(a, *into);
}

} // namespace ouro::cli
