#pragma once
// The .ouro file: a SQLite database holding an OME-Zarr 0.4 hierarchy in the
// `zarr` table (zarr-python's SQLiteStore layout) plus a typed catalog of the
// OME model. docs/file-format.md is the contract this class implements.

#include "codec.h"
#include "omemodel.h"
#include "sqlite.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ouro {

/** PRAGMA application_id of every .ouro file: "OURO" in ASCII. */
constexpr int32_t kApplicationId = 0x4F55524F;
/** PRAGMA user_version written by this build. Files with a higher number are refused. */
constexpr int kSchemaVersion = 2;
/** The blosc settings new arrays are written with (numcodecs' defaults). */
BloscParams defaultBlosc();

/** One row of import_log. */
struct ImportRecord {
    int64_t id = 0;
    std::string sourcePath;
    int64_t sourceSize = 0;
    std::string sourceChecksum; ///< "crc32:xxxxxxxx" of the whole source file
    std::string startedAt, finishedAt; ///< ISO 8601, UTC
    std::string appVersion;
    std::string options;
};

/** An open .ouro file. Not thread-safe: give each thread its own Store or ChunkReader. */
class Store {
public:
    enum class Mode {
        ReadOnly,        ///< never writes, even to WAL
        ReadWrite,       ///< the file must exist; falls back to read-only if it is not writable
        CreateReadWrite, ///< creates the file when missing
    };

    /**
     * Opens (or creates) path. Throws ouro::Error with a message naming path
     * when it is not a .ouro file, comes from a newer schema, or can't be
     * opened. Nothing is written to a file that fails these checks.
     */
    static Store open(const std::string& path, Mode mode);

    /**
     * Starts a new .ouro that does not exist yet, built under a temporary name
     * beside path (path + ".importing-<pid>") with an in-memory rollback journal:
     * each transaction can still roll back, but pages are written once instead
     * of through the WAL and a checkpoint. Nothing is visible at path until
     * publish(). If the process dies first, only the temporary file remains.
     */
    static Store createStaged(const std::string& path);
    /** True for a store made by createStaged() that is not yet published. */
    bool staged() const { return !finalPath_.empty(); }
    /**
     * Finishes a staged store: switches it to WAL, syncs it to disk and moves
     * it to its final path (failing if a file appeared there meanwhile). The
     * store then stays open on the final path.
     */
    void publish();
    /** Deletes a staged store's temporary file instead of publishing it. */
    void discard();

    /**
     * For one large write (an import into an existing file): while it lives, a
     * WAL-mode store uses a rollback journal instead, so new pages are written
     * once rather than to the WAL and again by the checkpoint (a 5 GB profile
     * table: 43 s instead of 58 s). A crash still rolls back through the journal.
     * Best effort: if other connections hold the file, it stays in WAL. Create
     * it outside any transaction; it restores WAL when it goes.
     */
    class BulkWrite {
    public:
        explicit BulkWrite(Store& store);
        ~BulkWrite();
        BulkWrite(const BulkWrite&) = delete;
        BulkWrite& operator=(const BulkWrite&) = delete;
        /** True when the journal was switched (for tests). */
        bool switched() const { return switched_; }

    private:
        Store& store_;
        bool switched_ = false;
    };

    /** A staged store that was never published is discarded. */
    ~Store();
    Store(Store&& o) noexcept;
    Store& operator=(Store&& o) noexcept;

    const std::string& path() const { return path_; }
    bool readOnly() const { return readOnly_; }
    sql::Db& db() { return db_; }
    int schemaVersion() const { return schemaVersion_; }

    /** Every image in id order, with channels (planes left empty). */
    std::vector<ImageInfo> images();
    /** One image with channels and planes, or nullopt. */
    std::optional<ImageInfo> image(int64_t id);
    /** Id the next imported image gets. */
    int64_t nextImageId();

    /** Raw value of a zarr key, or nullopt. */
    std::optional<std::vector<uint8_t>> getKey(const std::string& key);
    /** Writes a zarr key (inside the caller's transaction). */
    void putKey(const std::string& key, std::span<const uint8_t> value);
    void putKey(const std::string& key, const std::string& text);

    /**
     * Adds an image's catalog rows and its zarr group metadata (.zgroup,
     * .zattrs, per-level .zarray). Pixels are written separately.
     */
    void insertImage(const ImageInfo& info, const BloscParams& blosc, int64_t importId, int64_t sourceSeries);
    /**
     * Adds a label image's catalog row and zarr metadata (its multiscales with
     * "image-label", the per-level .zarray, and the image's labels/.zattrs list).
     */
    int64_t insertLabel(const LabelInfo& label, const BloscParams& blosc, int64_t importId);
    /** Label images of one image (or of every image with imageId < 0), in id order. */
    std::vector<LabelInfo> labels(int64_t imageId = -1);
    std::optional<LabelInfo> label(int64_t imageId, const std::string& name);

    /** Rewrites the root group, OME/.zattrs "series" and OME/METADATA.ome.xml from the catalog. */
    void writeRootMetadata();
    /** Appends a row to import_log and returns its id. */
    int64_t logImport(const ImportRecord& rec);
    std::vector<ImportRecord> imports();
    /** Keeps original metadata (OME-XML, ImageJ description) of an import. */
    void addSourceMetadata(int64_t importId, const std::string& kind, const std::string& content);

    /** The .zattrs JSON of an image group (multiscales + omero), as stored. */
    static std::string imageAttrsJson(const ImageInfo& info);
    /** The .zattrs JSON of a label group. */
    static std::string labelAttrsJson(const LabelInfo& label, const ImageInfo& image);
    /** The .zarray JSON of one level. */
    static std::string levelArrayJson(const ImageInfo& info, const LevelShape& shape, const BloscParams& blosc);

private:
    Store() = default;
    void createSchema(bool staged);
    std::vector<ChannelInfo> loadChannels(int64_t imageId);

    sql::Db db_;
    std::string path_;
    bool readOnly_ = false;
    int schemaVersion_ = 0;
    std::string finalPath_; ///< where a staged store goes on publish()
};

/** The zarr key of one chunk: "<image>/<level>/<t>/<c>/<z>/<cy>/<cx>". */
std::string chunkKey(int64_t imageId, int level, int64_t t, int64_t c, int64_t z, int64_t cy, int64_t cx);
/** The zarr key of one chunk of the multiscale group at path: "<path>/<level>/<t>/<c>/<z>/<cy>/<cx>". */
std::string chunkKey(const std::string& group, int level, int64_t t, int64_t c, int64_t z, int64_t cy, int64_t cx);

/** Current UTC time as ISO 8601 ("2026-11-22T10:00:00Z"). */
std::string utcNow();

} // namespace ouro
