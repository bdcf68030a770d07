#include "store.h"

#include "pixelsource.h"
#include "error.h"
#include "omexml.h"
#include "version.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <limits>
#include <utility>
#include <cerrno>
#include <cstring>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ouro {

using nlohmann::json;
namespace fs = std::filesystem;

BloscParams defaultBlosc() { return BloscParams{"lz4", 5, 1}; }

std::string utcNow() {
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string chunkKey(int64_t imageId, int level, int64_t t, int64_t c, int64_t z, int64_t cy, int64_t cx) {
    return chunkKey(std::to_string(imageId), level, t, c, z, cy, cx);
}

std::string chunkKey(const std::string& group, int level, int64_t t, int64_t c, int64_t z, int64_t cy, int64_t cx) {
    std::string k;
    k.reserve(group.size() + 32);
    k += group;
    k += '/';
    for (int64_t v : {int64_t(level), t, c, z, cy}) {
        k += std::to_string(v);
        k += '/';
    }
    k += std::to_string(cx);
    return k;
}

namespace {

// The catalog. Kept in one string so that a new file and docs/file-format.md
// describe the same thing; migrations append to it, never edit it.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE zarr(k TEXT PRIMARY KEY, v BLOB);
CREATE TABLE ouro_meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE import_log(
  id INTEGER PRIMARY KEY,
  source_path TEXT NOT NULL,
  source_size INTEGER,
  source_checksum TEXT,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  app_version TEXT NOT NULL,
  options TEXT);
CREATE TABLE source_metadata(
  import_id INTEGER NOT NULL REFERENCES import_log(id),
  kind TEXT NOT NULL,
  content TEXT NOT NULL);
CREATE TABLE image(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  zarr_path TEXT NOT NULL UNIQUE,
  dtype TEXT NOT NULL,
  size_t INTEGER NOT NULL, size_c INTEGER NOT NULL, size_z INTEGER NOT NULL,
  size_y INTEGER NOT NULL, size_x INTEGER NOT NULL,
  chunk_y INTEGER NOT NULL, chunk_x INTEGER NOT NULL,
  levels INTEGER NOT NULL,
  physical_size_x REAL, physical_size_x_unit TEXT,
  physical_size_y REAL, physical_size_y_unit TEXT,
  physical_size_z REAL, physical_size_z_unit TEXT,
  time_increment REAL, time_increment_unit TEXT,
  description TEXT, acquisition_date TEXT,
  source_dimension_order TEXT,
  source_series INTEGER,
  import_id INTEGER REFERENCES import_log(id));
CREATE TABLE channel(
  image_id INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT,
  color INTEGER,
  excitation_wavelength REAL, emission_wavelength REAL, wavelength_unit TEXT,
  fluor TEXT,
  data_min REAL, data_max REAL,
  PRIMARY KEY(image_id, idx));
CREATE TABLE plane(
  image_id INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,
  t INTEGER NOT NULL, c INTEGER NOT NULL, z INTEGER NOT NULL,
  delta_t REAL, delta_t_unit TEXT,
  exposure_time REAL, exposure_time_unit TEXT,
  position_x REAL, position_x_unit TEXT,
  position_y REAL, position_y_unit TEXT,
  position_z REAL, position_z_unit TEXT,
  PRIMARY KEY(image_id, t, c, z));
CREATE TABLE label_image(
  id INTEGER PRIMARY KEY,
  image_id INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  zarr_path TEXT NOT NULL UNIQUE,
  dtype TEXT NOT NULL,
  size_t INTEGER NOT NULL, size_z INTEGER NOT NULL, size_y INTEGER NOT NULL, size_x INTEGER NOT NULL,
  chunk_y INTEGER NOT NULL, chunk_x INTEGER NOT NULL,
  levels INTEGER NOT NULL,
  max_label INTEGER NOT NULL,
  object_count INTEGER NOT NULL,
  source TEXT,
  import_id INTEGER REFERENCES import_log(id),
  UNIQUE(image_id, name));
CREATE TABLE object(
  id INTEGER PRIMARY KEY,
  label_image_id INTEGER NOT NULL REFERENCES label_image(id) ON DELETE CASCADE,
  label INTEGER NOT NULL,
  area INTEGER NOT NULL,
  area_physical REAL,
  centroid_z REAL NOT NULL, centroid_y REAL NOT NULL, centroid_x REAL NOT NULL,
  bbox_min_z INTEGER NOT NULL, bbox_min_y INTEGER NOT NULL, bbox_min_x INTEGER NOT NULL,
  bbox_max_z INTEGER NOT NULL, bbox_max_y INTEGER NOT NULL, bbox_max_x INTEGER NOT NULL,
  UNIQUE(label_image_id, label));
CREATE TABLE object_intensity(
  object_id INTEGER NOT NULL REFERENCES object(id) ON DELETE CASCADE,
  channel INTEGER NOT NULL,
  mean REAL, min REAL, max REAL, sum REAL, std REAL,
  PRIMARY KEY(object_id, channel));
CREATE VIRTUAL TABLE object_rtree USING rtree(id, min_x, max_x, min_y, max_y);
CREATE TABLE profile_table(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  source TEXT,
  row_count INTEGER NOT NULL, column_count INTEGER NOT NULL, parts INTEGER NOT NULL,
  image_key TEXT, object_key TEXT, label_name TEXT, link_by TEXT,
  rows_linked INTEGER, rows_unmatched INTEGER, objects_without_row INTEGER,
  import_id INTEGER REFERENCES import_log(id));
CREATE TABLE profile_column(
  table_id INTEGER NOT NULL REFERENCES profile_table(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  part INTEGER NOT NULL,
  physical TEXT NOT NULL,
  PRIMARY KEY(table_id, idx));
CREATE TABLE profile_link(
  table_id INTEGER NOT NULL REFERENCES profile_table(id) ON DELETE CASCADE,
  row_id INTEGER NOT NULL,
  object_id INTEGER NOT NULL REFERENCES object(id) ON DELETE CASCADE,
  PRIMARY KEY(table_id, row_id, object_id));
CREATE INDEX profile_link_object ON profile_link(object_id);
CREATE TABLE saved_filter(
  table_name TEXT NOT NULL,
  name TEXT NOT NULL,
  expression TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY(table_name, name));
CREATE TABLE level(
  image_id INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,
  level INTEGER NOT NULL,
  size_y INTEGER NOT NULL, size_x INTEGER NOT NULL,
  downsample INTEGER NOT NULL,
  PRIMARY KEY(image_id, level));
)sql";

// The smallest value the dtype can hold, and the largest (omero window min/max).
std::pair<double, double> dtypeRange(DType t) {
    return visitDType(t, [](auto v) {
        using T = decltype(v);
        return std::pair<double, double>(double(std::numeric_limits<T>::lowest()),
                                         double(std::numeric_limits<T>::max()));
    });
}

std::string hexColor(uint32_t rgba) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%06X", rgba >> 8);
    return buf;
}

} // namespace

Store Store::open(const std::string& path, Mode mode) {
    Store s;
    s.path_ = path;
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    if (!exists && mode != Mode::CreateReadWrite)
        throw Error(path + ": no such file");
    if (exists && fs::is_directory(path, ec))
        throw Error(path + ": is a directory, not a .ouro file");
    const bool empty = !exists || fs::file_size(path, ec) == 0;
    bool writable = mode != Mode::ReadOnly;
    if (exists && writable) {
        // A read-only file opens read-only: no write permission for us, or no
        // write bit at all (which root would otherwise ignore).
        struct stat st {};
        if (::access(path.c_str(), W_OK) != 0 || (::stat(path.c_str(), &st) == 0 && (st.st_mode & 0222) == 0))
            writable = false;
    }
    if (exists && ::access(path.c_str(), R_OK) != 0)
        throw Error(path + ": permission denied");
    if (empty && !writable)
        throw Error(path + ": empty file cannot be opened read-only");
    s.readOnly_ = !writable;

    int flags = SQLITE_OPEN_NOMUTEX | (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY);
    if (!exists)
        flags |= SQLITE_OPEN_CREATE;
    s.db_ = sql::Db(path, flags);
    sqlite3_busy_timeout(s.db_.handle(), 10000);

    if (!empty) {
        int64_t appId = 0, version = 0;
        try {
            appId = s.db_.scalarInt("PRAGMA application_id");
            version = s.db_.scalarInt("PRAGMA user_version");
        } catch (const Error&) {
            if ((sqlite3_errcode(s.db_.handle()) & 0xff) == SQLITE_BUSY)
                throw Error(path + ": busy: another program has been writing to it for over 10 s (a large import?); "
                                   "try again when it has finished");
            throw Error(path + ": not an Ouroboros file (not an SQLite database)");
        }
        if (appId != kApplicationId)
            throw Error(path + ": not an Ouroboros file (SQLite application_id is " + std::to_string(appId) +
                        ", expected " + std::to_string(kApplicationId) + ")");
        if (version > kSchemaVersion)
            throw Error(path + ": written by a newer Ouroboros (schema version " + std::to_string(version) +
                        "; this build reads up to " + std::to_string(kSchemaVersion) + "). Please update Ouroboros.");
        if (version < 1)
            throw Error(path + ": damaged .ouro file (schema version " + std::to_string(version) + ")");
        s.schemaVersion_ = static_cast<int>(version);
        // Migrations to later schema versions, forward only, in one transaction. A
        // read-only file stays as it is; readers handle every older version.
        if (version < 2 && !s.readOnly_) {
            // 2 adds saved_filter and the column copy profile_<id>_cols. Tables imported
            // under version 1 have no column copy; ProfileTable reads their rows instead.
            sql::Transaction tx(s.db_);
            s.db_.exec("CREATE TABLE IF NOT EXISTS saved_filter(table_name TEXT NOT NULL, name TEXT NOT NULL, "
                       "expression TEXT NOT NULL, saved_at TEXT NOT NULL, PRIMARY KEY(table_name, name))");
            s.db_.exec("PRAGMA user_version=2");
            tx.commit();
            s.schemaVersion_ = 2;
        }
    } else {
        s.createSchema(false);
    }
    s.db_.exec("PRAGMA foreign_keys=ON");
    if (!s.readOnly_) {
        // WAL with synchronous=NORMAL: a crash can lose the last commit, never consistency.
        s.db_.exec("PRAGMA synchronous=NORMAL");
        s.db_.exec("PRAGMA cache_size=-16384"); // 16 MiB
        // A BulkWrite cut short (the process died) may have left a rollback journal mode.
        if (s.db_.scalarText("PRAGMA journal_mode").value_or("") == "delete") {
            try {
                s.db_.exec("PRAGMA journal_mode=WAL");
            } catch (const Error&) {
            }
        }
    }
    // Readers map the file: chunk reads then cost no copy through the page cache.
    s.db_.exec("PRAGMA mmap_size=1073741824");
    return s;
}

Store::~Store() { discard(); }

Store::BulkWrite::BulkWrite(Store& store) : store_(store) {
    if (store.readOnly_ || store.staged() || !sqlite3_get_autocommit(store.db_.handle()))
        return;
    try {
        if (store.db_.scalarText("PRAGMA journal_mode").value_or("") != "wal")
            return;
        // Fails quietly (stays "wal") while other connections have the file open.
        switched_ = store.db_.scalarText("PRAGMA journal_mode=DELETE").value_or("") == "delete";
    } catch (const Error&) {
        switched_ = false;
    }
}

Store::BulkWrite::~BulkWrite() {
    if (!switched_)
        return;
    try {
        store_.db_.exec("PRAGMA journal_mode=WAL");
    } catch (const Error&) {
        // The next read-write open switches it back (Store::open).
    }
}

Store::Store(Store&& o) noexcept
    : db_(std::move(o.db_)), path_(std::move(o.path_)), readOnly_(o.readOnly_), schemaVersion_(o.schemaVersion_),
      finalPath_(std::exchange(o.finalPath_, std::string())) {}

Store& Store::operator=(Store&& o) noexcept {
    if (this != &o) {
        discard();
        db_ = std::move(o.db_);
        path_ = std::move(o.path_);
        readOnly_ = o.readOnly_;
        schemaVersion_ = o.schemaVersion_;
        finalPath_ = std::exchange(o.finalPath_, std::string());
    }
    return *this;
}

Store Store::createStaged(const std::string& path) {
    std::error_code ec;
    if (fs::exists(path, ec))
        throw Error(path + ": already exists");
    // Leftovers of staged imports whose process is gone (killed) are removed.
    const fs::path target = fs::absolute(path);
    const std::string prefix = target.filename().string() + ".importing-";
    for (const auto& e : fs::directory_iterator(target.parent_path(), ec)) {
        const std::string n = e.path().filename().string();
        if (!n.starts_with(prefix))
            continue;
        const std::string pidText = n.substr(prefix.size());
        const long pid = std::strtol(pidText.c_str(), nullptr, 10);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            fs::remove(e.path(), ec);
    }
    Store s;
    s.finalPath_ = path;
    s.path_ = path + ".importing-" + std::to_string(::getpid());
    fs::remove(s.path_, ec);
    s.db_ = sql::Db(s.path_, SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    s.createSchema(true);
    s.db_.exec("PRAGMA foreign_keys=ON");
    s.db_.exec("PRAGMA cache_size=-16384");
    return s;
}

void Store::publish() {
    if (!staged())
        return;
    db_.exec("PRAGMA journal_mode=WAL");
    db_.exec("PRAGMA synchronous=FULL");
    db_.close(); // closing checkpoints the (tiny) WAL and syncs the file
    {
        // Make the content durable before it gets its real name.
        int fd = ::open(path_.c_str(), O_RDONLY);
        if (fd < 0 || ::fsync(fd) != 0) {
            if (fd >= 0)
                ::close(fd);
            throw Error(path_ + ": cannot sync to disk");
        }
        ::close(fd);
    }
    // link + unlink: never replaces a file that appeared at the final path meanwhile.
    if (::link(path_.c_str(), finalPath_.c_str()) != 0) {
        std::string why = std::strerror(errno);
        const std::string finalPath = std::exchange(finalPath_, std::string()); // keep the file, as we say
        throw Error(finalPath + ": cannot create (" + why + "); the import is kept in " + path_);
    }
    ::unlink(path_.c_str());
    int dir = ::open(fs::absolute(finalPath_).parent_path().c_str(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    const std::string finalPath = std::exchange(finalPath_, std::string());
    *this = open(finalPath, Mode::ReadWrite);
}

void Store::discard() {
    if (!staged())
        return;
    db_.close();
    std::error_code ec;
    fs::remove(path_, ec);
    fs::remove(path_ + "-journal", ec);
    finalPath_.clear();
}

void Store::createSchema(bool staged) {
    // 64 KiB pages: chunk blobs span few overflow pages, so an import makes
    // 8x fewer writes than with 8 KiB pages (measured: 1.85 s vs 2.9 s for
    // 400 MB). Size stays close to a zarr directory because SQLite keeps each
    // blob's tail in the shared leaf page, not in a half-empty overflow page.
    db_.exec("PRAGMA page_size=65536");
    if (staged) {
        // Private until published: a memory journal still rolls back a failed
        // transaction, and nothing needs syncing until publish().
        db_.exec("PRAGMA journal_mode=MEMORY");
        db_.exec("PRAGMA synchronous=OFF");
    } else {
        db_.exec("PRAGMA journal_mode=WAL");
    }
    sql::Transaction tx(db_);
    db_.exec(kSchemaV1);
    db_.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
    db_.exec("PRAGMA user_version=" + std::to_string(kSchemaVersion));
    sql::Stmt meta(db_, "INSERT INTO ouro_meta(key, value) VALUES(?, ?)");
    meta.bind(1, "created_by").bind(2, std::string("Ouroboros ") + kVersion).run();
    meta.bind(1, "created_at").bind(2, utcNow()).run();
    schemaVersion_ = kSchemaVersion;
    writeRootMetadata();
    tx.commit();
}

std::vector<ChannelInfo> Store::loadChannels(int64_t imageId) {
    std::vector<ChannelInfo> out;
    sql::Stmt st(db_, "SELECT name, color, excitation_wavelength, emission_wavelength, wavelength_unit, fluor, "
                      "data_min, data_max FROM channel WHERE image_id=? ORDER BY idx");
    st.bind(1, imageId);
    while (st.step()) {
        ChannelInfo c;
        c.name = st.getText(0);
        if (!st.isNull(1))
            c.color = static_cast<uint32_t>(st.getInt(1));
        c.excitationWavelength = st.getOptDouble(2);
        c.emissionWavelength = st.getOptDouble(3);
        c.wavelengthUnit = st.getOptText(4).value_or("nm");
        c.fluor = st.getText(5);
        c.dataMin = st.getOptDouble(6);
        c.dataMax = st.getOptDouble(7);
        out.push_back(std::move(c));
    }
    return out;
}

namespace {
constexpr const char* kImageCols =
    "id, name, dtype, size_t, size_c, size_z, size_y, size_x, chunk_y, chunk_x, levels, "
    "physical_size_x, physical_size_x_unit, physical_size_y, physical_size_y_unit, physical_size_z, "
    "physical_size_z_unit, time_increment, time_increment_unit, description, acquisition_date, "
    "source_dimension_order";

ImageInfo readImageRow(const sql::Stmt& st) {
    ImageInfo i;
    i.id = st.getInt(0);
    i.name = st.getText(1);
    i.dtype = dtypeFromName(st.getText(2)).value_or(DType::UInt8);
    i.sizeT = st.getInt(3);
    i.sizeC = st.getInt(4);
    i.sizeZ = st.getInt(5);
    i.sizeY = st.getInt(6);
    i.sizeX = st.getInt(7);
    i.chunkY = st.getInt(8);
    i.chunkX = st.getInt(9);
    i.levels = static_cast<int>(st.getInt(10));
    i.physicalSizeX = st.getOptDouble(11);
    i.physicalSizeXUnit = st.getOptText(12).value_or("µm");
    i.physicalSizeY = st.getOptDouble(13);
    i.physicalSizeYUnit = st.getOptText(14).value_or("µm");
    i.physicalSizeZ = st.getOptDouble(15);
    i.physicalSizeZUnit = st.getOptText(16).value_or("µm");
    i.timeIncrement = st.getOptDouble(17);
    i.timeIncrementUnit = st.getOptText(18).value_or("s");
    i.description = st.getText(19);
    i.acquisitionDate = st.getText(20);
    i.sourceDimensionOrder = st.getOptText(21).value_or("XYZCT");
    return i;
}
} // namespace

std::vector<ImageInfo> Store::images() {
    std::vector<ImageInfo> out;
    sql::Stmt st(db_, std::string("SELECT ") + kImageCols + " FROM image ORDER BY id");
    while (st.step())
        out.push_back(readImageRow(st));
    for (auto& i : out)
        i.channels = loadChannels(i.id);
    return out;
}

std::optional<ImageInfo> Store::image(int64_t id) {
    sql::Stmt st(db_, std::string("SELECT ") + kImageCols + " FROM image WHERE id=?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    ImageInfo i = readImageRow(st);
    i.channels = loadChannels(id);
    sql::Stmt pl(db_, "SELECT t, c, z, delta_t, delta_t_unit, exposure_time, exposure_time_unit, position_x, "
                      "position_x_unit, position_y, position_y_unit, position_z, position_z_unit FROM plane "
                      "WHERE image_id=? ORDER BY t, c, z");
    pl.bind(1, id);
    while (pl.step()) {
        PlaneInfo p;
        p.t = pl.getInt(0);
        p.c = pl.getInt(1);
        p.z = pl.getInt(2);
        p.deltaT = pl.getOptDouble(3);
        p.deltaTUnit = pl.getOptText(4).value_or("s");
        p.exposureTime = pl.getOptDouble(5);
        p.exposureTimeUnit = pl.getOptText(6).value_or("s");
        p.positionX = pl.getOptDouble(7);
        p.positionXUnit = pl.getOptText(8).value_or("µm");
        p.positionY = pl.getOptDouble(9);
        p.positionYUnit = pl.getOptText(10).value_or("µm");
        p.positionZ = pl.getOptDouble(11);
        p.positionZUnit = pl.getOptText(12).value_or("µm");
        i.planes.push_back(p);
    }
    return i;
}

int64_t Store::nextImageId() { return db_.scalarInt("SELECT COALESCE(MAX(id) + 1, 0) FROM image"); }

std::optional<std::vector<uint8_t>> Store::getKey(const std::string& key) {
    sql::Stmt st(db_, "SELECT v FROM zarr WHERE k=?");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    auto b = st.getBlob(0);
    if (b.empty() && !st.isNull(0)) {
        // A TEXT value (written by another tool) reads back as its bytes.
        std::string t = st.getText(0);
        return std::vector<uint8_t>(t.begin(), t.end());
    }
    return std::vector<uint8_t>(b.begin(), b.end());
}

void Store::putKey(const std::string& key, std::span<const uint8_t> value) {
    sql::Stmt st(db_, "INSERT OR REPLACE INTO zarr(k, v) VALUES(?, ?)");
    st.bind(1, key).bindBlob(2, value).run();
}

void Store::putKey(const std::string& key, const std::string& text) {
    putKey(key, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
}

std::string Store::imageAttrsJson(const ImageInfo& info) {
    const auto levels = PixelLayout::of(info).levels();
    json axes = json::array();
    auto axis = [&](const char* name, const char* type, const std::string& unitSym, bool hasUnit) {
        json a{{"name", name}, {"type", type}};
        std::string u = ngffUnit(unitSym);
        if (hasUnit && !u.empty())
            a["unit"] = u;
        axes.push_back(a);
    };
    axis("t", "time", info.timeIncrementUnit, info.timeIncrement.has_value());
    axes.push_back({{"name", "c"}, {"type", "channel"}});
    axis("z", "space", info.physicalSizeZUnit, info.physicalSizeZ.has_value());
    axis("y", "space", info.physicalSizeYUnit, info.physicalSizeY.has_value());
    axis("x", "space", info.physicalSizeXUnit, info.physicalSizeX.has_value());

    json datasets = json::array();
    for (size_t l = 0; l < levels.size(); ++l) {
        // Scale is the level's pixel size; downsampled levels that round up
        // still use the exact ratio of the level-0 extent.
        double fy = double(info.sizeY) / double(levels[l].sizeY);
        double fx = double(info.sizeX) / double(levels[l].sizeX);
        json scale = {info.timeIncrement.value_or(1.0), 1.0, info.physicalSizeZ.value_or(1.0),
                      info.physicalSizeY.value_or(1.0) * fy, info.physicalSizeX.value_or(1.0) * fx};
        datasets.push_back({{"path", std::to_string(l)},
                            {"coordinateTransformations", json::array({{{"type", "scale"}, {"scale", scale}}})}});
    }
    json ms = {{"version", "0.4"}, {"name", info.name}, {"axes", axes}, {"datasets", datasets},
               {"type", "mean"}, {"metadata", {{"method", "2x2 mean, rounded; by Ouroboros"}}}};

    auto [lo, hi] = dtypeRange(info.dtype);
    json channels = json::array();
    static const uint32_t palette[] = {0x0000FFFF, 0x00FF00FF, 0xFF0000FF, 0xFF00FFFF, 0x00FFFFFF, 0xFFFF00FF};
    for (size_t c = 0; c < info.channels.size(); ++c) {
        const auto& ch = info.channels[c];
        uint32_t col = ch.color.value_or(info.channels.size() == 1 ? 0xFFFFFFFFu : palette[c % 6]);
        double start = ch.dataMin.value_or(dtypeIsFloat(info.dtype) ? 0.0 : lo);
        double end = ch.dataMax.value_or(dtypeIsFloat(info.dtype) ? 1.0 : hi);
        double wmin = dtypeIsFloat(info.dtype) ? std::min(start, end) : lo;
        double wmax = dtypeIsFloat(info.dtype) ? std::max(start, end) : hi;
        channels.push_back({{"label", ch.name.empty() ? "Channel " + std::to_string(c) : ch.name},
                            {"color", hexColor(col)},
                            {"active", true},
                            {"coefficient", 1},
                            {"family", "linear"},
                            {"inverted", false},
                            {"window", {{"min", wmin}, {"max", wmax}, {"start", start}, {"end", end}}}});
    }
    json omero = {{"id", info.id},
                  {"name", info.name},
                  {"version", "0.4"},
                  {"channels", channels},
                  {"rdefs", {{"model", info.channels.size() == 1 ? "greyscale" : "color"},
                             {"defaultT", 0},
                             {"defaultZ", info.sizeZ / 2}}}};
    return json{{"multiscales", json::array({ms})}, {"omero", omero}}.dump(2);
}

std::string Store::levelArrayJson(const ImageInfo& info, const LevelShape& shape, const BloscParams& blosc) {
    json fill = dtypeIsFloat(info.dtype) ? json(0.0) : json(0);
    json j = {{"zarr_format", 2},
              {"shape", {info.sizeT, info.sizeC, info.sizeZ, shape.sizeY, shape.sizeX}},
              {"chunks", {1, 1, 1, info.chunkY, info.chunkX}},
              {"dtype", std::string(dtypeZarr(info.dtype))},
              {"compressor",
               {{"id", "blosc"}, {"cname", blosc.cname}, {"clevel", blosc.clevel}, {"shuffle", blosc.shuffle},
                {"blocksize", 0}}},
              {"fill_value", fill},
              {"order", "C"},
              {"filters", nullptr},
              {"dimension_separator", "/"}};
    return j.dump(2);
}

void Store::insertImage(const ImageInfo& info, const BloscParams& blosc, int64_t importId, int64_t sourceSeries) {
    const auto levels = PixelLayout::of(info).levels();
    sql::Stmt im(db_, "INSERT INTO image(id, name, zarr_path, dtype, size_t, size_c, size_z, size_y, size_x, "
                      "chunk_y, chunk_x, levels, physical_size_x, physical_size_x_unit, physical_size_y, "
                      "physical_size_y_unit, physical_size_z, physical_size_z_unit, time_increment, "
                      "time_increment_unit, description, acquisition_date, source_dimension_order, "
                      "source_series, import_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    im.bind(1, info.id).bind(2, info.name).bind(3, info.zarrPath()).bind(4, dtypeName(info.dtype));
    im.bind(5, info.sizeT).bind(6, info.sizeC).bind(7, info.sizeZ).bind(8, info.sizeY).bind(9, info.sizeX);
    im.bind(10, info.chunkY).bind(11, info.chunkX).bind(12, static_cast<int64_t>(levels.size()));
    im.bind(13, info.physicalSizeX).bind(14, info.physicalSizeXUnit);
    im.bind(15, info.physicalSizeY).bind(16, info.physicalSizeYUnit);
    im.bind(17, info.physicalSizeZ).bind(18, info.physicalSizeZUnit);
    im.bind(19, info.timeIncrement).bind(20, info.timeIncrementUnit);
    im.bind(21, info.description).bind(22, info.acquisitionDate).bind(23, info.sourceDimensionOrder);
    im.bind(24, sourceSeries).bind(25, importId);
    im.run();

    sql::Stmt ch(db_, "INSERT INTO channel(image_id, idx, name, color, excitation_wavelength, emission_wavelength, "
                      "wavelength_unit, fluor, data_min, data_max) VALUES(?,?,?,?,?,?,?,?,?,?)");
    for (size_t c = 0; c < info.channels.size(); ++c) {
        const auto& k = info.channels[c];
        ch.bind(1, info.id).bind(2, static_cast<int64_t>(c)).bind(3, k.name);
        if (k.color)
            ch.bind(4, static_cast<int64_t>(*k.color));
        ch.bind(5, k.excitationWavelength).bind(6, k.emissionWavelength).bind(7, k.wavelengthUnit);
        ch.bind(8, k.fluor).bind(9, k.dataMin).bind(10, k.dataMax);
        ch.run();
    }
    sql::Stmt pl(db_, "INSERT OR REPLACE INTO plane(image_id, t, c, z, delta_t, delta_t_unit, exposure_time, "
                      "exposure_time_unit, position_x, position_x_unit, position_y, position_y_unit, position_z, "
                      "position_z_unit) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const auto& p : info.planes) {
        pl.bind(1, info.id).bind(2, p.t).bind(3, p.c).bind(4, p.z);
        pl.bind(5, p.deltaT).bind(6, p.deltaTUnit).bind(7, p.exposureTime).bind(8, p.exposureTimeUnit);
        pl.bind(9, p.positionX).bind(10, p.positionXUnit).bind(11, p.positionY).bind(12, p.positionYUnit);
        pl.bind(13, p.positionZ).bind(14, p.positionZUnit);
        pl.run();
    }
    sql::Stmt lv(db_, "INSERT INTO level(image_id, level, size_y, size_x, downsample) VALUES(?,?,?,?,?)");
    for (size_t l = 0; l < levels.size(); ++l) {
        lv.bind(1, info.id).bind(2, static_cast<int64_t>(l)).bind(3, levels[l].sizeY).bind(4, levels[l].sizeX);
        lv.bind(5, int64_t(1) << l).run();
    }

    const std::string g = info.zarrPath();
    putKey(g + "/.zgroup", std::string(R"({"zarr_format": 2})"));
    putKey(g + "/.zattrs", imageAttrsJson(info));
    for (size_t l = 0; l < levels.size(); ++l)
        putKey(g + "/" + std::to_string(l) + "/.zarray", levelArrayJson(info, levels[l], blosc));
}

std::string Store::labelAttrsJson(const LabelInfo& label, const ImageInfo& image) {
    // The same axes and scales as the image, plus "image-label".
    json attrs = json::parse(imageAttrsJson(image));
    json ms = attrs["multiscales"][0];
    ms["name"] = label.name;
    ms["type"] = "mode";
    ms["metadata"] = {{"method", "2x2 mode (most frequent id); by Ouroboros"}};
    return json{{"multiscales", json::array({ms})},
                {"image-label", {{"version", "0.4"}, {"source", {{"image", "../../"}}}}}}
        .dump(2);
}

int64_t Store::insertLabel(const LabelInfo& l, const BloscParams& blosc, int64_t importId) {
    auto image = this->image(l.imageId);
    if (!image)
        throw Error(path_ + ": no image with id " + std::to_string(l.imageId));
    sql::Stmt st(db_, "INSERT INTO label_image(image_id, name, zarr_path, dtype, size_t, size_z, size_y, size_x, "
                      "chunk_y, chunk_x, levels, max_label, object_count, source, import_id) "
                      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    st.bind(1, l.imageId).bind(2, l.name).bind(3, l.zarrPath()).bind(4, dtypeName(l.dtype));
    st.bind(5, l.sizeT).bind(6, l.sizeZ).bind(7, l.sizeY).bind(8, l.sizeX).bind(9, l.chunkY).bind(10, l.chunkX);
    st.bind(11, int64_t(l.levels)).bind(12, l.maxLabel).bind(13, l.objectCount).bind(14, l.source);
    st.bind(15, importId).run();
    const int64_t id = sqlite3_last_insert_rowid(db_.handle());

    const std::string g = l.zarrPath();
    putKey(g + "/.zgroup", std::string(R"({"zarr_format": 2})"));
    putKey(g + "/.zattrs", labelAttrsJson(l, *image));
    const ImageInfo geo = l.geometry();
    const auto shapes = PixelLayout::of(l).levels();
    for (size_t k = 0; k < shapes.size(); ++k)
        putKey(g + "/" + std::to_string(k) + "/.zarray", levelArrayJson(geo, shapes[k], blosc));
    // The image's labels group lists every label image it has.
    const std::string lg = std::to_string(l.imageId) + "/labels";
    putKey(lg + "/.zgroup", std::string(R"({"zarr_format": 2})"));
    json names = json::array();
    for (const auto& other : labels(l.imageId))
        names.push_back(other.name);
    putKey(lg + "/.zattrs", json{{"labels", names}}.dump(2));
    return id;
}

std::vector<LabelInfo> Store::labels(int64_t imageId) {
    std::vector<LabelInfo> out;
    sql::Stmt st(db_, "SELECT id, image_id, name, dtype, size_t, size_z, size_y, size_x, chunk_y, chunk_x, levels, "
                      "max_label, object_count, source FROM label_image WHERE ?1 < 0 OR image_id = ?1 ORDER BY id");
    st.bind(1, imageId);
    while (st.step()) {
        LabelInfo l;
        l.id = st.getInt(0);
        l.imageId = st.getInt(1);
        l.name = st.getText(2);
        l.dtype = dtypeFromName(st.getText(3)).value_or(DType::UInt32);
        l.sizeT = st.getInt(4);
        l.sizeZ = st.getInt(5);
        l.sizeY = st.getInt(6);
        l.sizeX = st.getInt(7);
        l.chunkY = st.getInt(8);
        l.chunkX = st.getInt(9);
        l.levels = static_cast<int>(st.getInt(10));
        l.maxLabel = st.getInt(11);
        l.objectCount = st.getInt(12);
        l.source = st.getText(13);
        out.push_back(std::move(l));
    }
    return out;
}

std::optional<LabelInfo> Store::label(int64_t imageId, const std::string& name) {
    for (auto& l : labels(imageId))
        if (l.name == name)
            return l;
    return std::nullopt;
}

void Store::writeRootMetadata() {
    putKey(".zgroup", std::string(R"({"zarr_format": 2})"));
    putKey(".zattrs", json{{"bioformats2raw.layout", 3}}.dump(2));
    putKey("OME/.zgroup", std::string(R"({"zarr_format": 2})"));
    std::vector<ImageInfo> all;
    sql::Stmt ids(db_, "SELECT id FROM image ORDER BY id");
    json series = json::array();
    while (ids.step()) {
        auto im = image(ids.getInt(0));
        series.push_back(im->zarrPath());
        all.push_back(std::move(*im));
    }
    putKey("OME/.zattrs", json{{"series", series}}.dump(2));
    putKey("OME/METADATA.ome.xml", writeOmeXml(all));
}

int64_t Store::logImport(const ImportRecord& r) {
    sql::Stmt st(db_, "INSERT INTO import_log(source_path, source_size, source_checksum, started_at, finished_at, "
                      "app_version, options) VALUES(?,?,?,?,?,?,?)");
    st.bind(1, r.sourcePath).bind(2, r.sourceSize).bind(3, r.sourceChecksum).bind(4, r.startedAt);
    st.bind(5, r.finishedAt).bind(6, r.appVersion).bind(7, r.options).run();
    return sqlite3_last_insert_rowid(db_.handle());
}

std::vector<ImportRecord> Store::imports() {
    std::vector<ImportRecord> out;
    sql::Stmt st(db_, "SELECT id, source_path, source_size, source_checksum, started_at, finished_at, app_version, "
                      "options FROM import_log ORDER BY id");
    while (st.step()) {
        ImportRecord r;
        r.id = st.getInt(0);
        r.sourcePath = st.getText(1);
        r.sourceSize = st.getInt(2);
        r.sourceChecksum = st.getText(3);
        r.startedAt = st.getText(4);
        r.finishedAt = st.getText(5);
        r.appVersion = st.getText(6);
        r.options = st.getText(7);
        out.push_back(std::move(r));
    }
    return out;
}

void Store::addSourceMetadata(int64_t importId, const std::string& kind, const std::string& content) {
    sql::Stmt st(db_, "INSERT INTO source_metadata(import_id, kind, content) VALUES(?,?,?)");
    st.bind(1, importId).bind(2, kind).bind(3, content).run();
}

} // namespace ouro
