#pragma once
// Importing TIFF, OME-TIFF (single- and multi-file, companion), ImageJ
// hyperstacks and plain multi-page TIFFs into a Store. Import is two steps:
// plan (read metadata, validate it against the IFDs, touch no store), then
// run (stream pixels into chunks and pyramids inside one transaction).

#include "codec.h"
#include "omemodel.h"
#include "store.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ouro {

class RasterFile;

/** What plain multi-page TIFF pages become. */
enum class PagesAs { Z, T, C };

struct ImportOptions {
    /** Image name; with several images, " #n" is appended. Empty: from the metadata or file name. */
    std::string name;
    PagesAs pagesAs = PagesAs::Z;
    /** Combine the given single-channel files into one multi-channel image. */
    bool asChannels = false;
    /** Channel names for asChannels (default: the file names). */
    std::vector<std::string> channelNames;
    /** Chunk edge in y and x (clamped to the image size). */
    int chunkSize = 512;
    /**
     * An OME-Zarr source whose level 0 is blosc-compressed in plane chunks of a
     * usable shape keeps that shape, and its chunks are copied byte for byte
     * instead of being compressed anew (the pyramid is still built).
     */
    bool copyChunks = true;
    BloscParams blosc{};
    /** Compression threads; 0 means one per core. */
    int threads = 0;
};

/** Where one plane of a planned image comes from. */
struct PlaneSource {
    size_t file = 0;   ///< index into ImportPlan::tiffs
    size_t ifd = 0;    ///< IFD in that file
    size_t sample = 0; ///< sample within the IFD (R, G, B, … or 0)
};

/** One image to be written. planes[(t * sizeC + c) * sizeZ + z] says where each plane comes from. */
struct ImagePlan {
    ImageInfo info;
    std::vector<PlaneSource> planes;
    int64_t sourceSeries = 0;
};

/** Everything an import needs, checked, before a byte is written. */
struct ImportPlan {
    std::vector<std::string> sources; ///< what the user named (logged in import_log)
    std::vector<std::shared_ptr<RasterFile>> tiffs; ///< the TIFF (or PNG) files read
    std::vector<ImagePlan> images;
    /** Original metadata to keep: (kind, content), e.g. ("ome-xml", "<OME …"). */
    std::vector<std::pair<std::string, std::string>> sourceMetadata;
    std::string options; ///< a short description of the options, for import_log
    /** Every file the plan reads (TIFFs and metadata files), canonical paths. */
    std::vector<std::string> involvedFiles;
    /** Metadata-only files read besides the TIFFs (a .companion.ome). */
    std::vector<std::string> metadataFiles;
};

/** One input of planEach(): its plan, or why it has none. */
struct PlannedFile {
    std::string file;
    std::optional<ImportPlan> plan;
    std::string error;   ///< set when planning failed
    bool skipped = false; ///< already read as part of an earlier file's dataset
};

/**
 * Plans each file on its own, in order. A file that an earlier plan already
 * reads (a member of a multi-file OME set, or its companion) is skipped, so a
 * dataset dropped as a folder is imported once. Never throws for a bad file.
 */
std::vector<PlannedFile> planEach(const std::vector<std::string>& files, const ImportOptions& opt);

/**
 * Reads the metadata of one file (or, with asChannels, of several) and maps
 * every plane to an IFD. Throws ouro::Error naming the file and the problem.
 */
ImportPlan planImport(const std::vector<std::string>& files, const ImportOptions& opt);

/** Progress of a running import: fraction in [0, 1]. Return false to cancel. */
using ProgressFn = std::function<bool(double fraction)>;

/**
 * Writes a plan into store in one transaction and returns the images as
 * stored (with ids). On error or cancellation (ouro::Cancelled) nothing of
 * the import remains.
 */
std::vector<ImageInfo> runImport(Store& store, const ImportPlan& plan, const ImportOptions& opt,
                                 const ProgressFn& progress = {});

/**
 * Opens the target of an import session: an existing .ouro as it is (WAL, so
 * readers keep working), a missing one staged under a temporary name (see
 * Store::createStaged). Throws ouro::Error if the file is read-only.
 */
Store openForImport(const std::string& path);

/**
 * Ends an import session: a staged store is published when anything was
 * imported and discarded otherwise, so a session that imported nothing
 * creates no file.
 */
void finishImport(Store& store, bool importedAnything);

/** CRC-32 of a whole file, as "crc32:xxxxxxxx". */
std::string fileChecksum(const std::string& path);

} // namespace ouro
