#include "tools.h"

#include "error.h"
#include "omexml.h"
#include "pixelsource.h"
#include "publish.h"
#include "render.h"
#include "sqlite.h"
#include "store.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

namespace ouro {

namespace fs = std::filesystem;
using nlohmann::json;

void exportOmeZarr(Store& store, const std::string& dir, const std::vector<int64_t>& imageIds,
                   const std::function<bool(double)>& progress) {
    std::error_code ec;
    if (fs::exists(dir, ec))
        throw Error(dir + ": already exists; choose a new output path");
    std::set<std::string> groups;
    std::vector<ImageInfo> chosen;
    for (int64_t id : imageIds) {
        auto im = store.image(id);
        if (!im)
            throw Error(store.path() + ": no image with id " + std::to_string(id));
        groups.insert(im->zarrPath());
        chosen.push_back(*im);
    }
    buildDirectory(dir, [&](const std::string& partial) {
        const fs::path tmp = partial;
        const int64_t total = store.db().scalarInt("SELECT COUNT(*) FROM zarr");
        int64_t done = 0;
        sql::Stmt st(store.db(), "SELECT k, v FROM zarr ORDER BY k");
        while (st.step()) {
            std::string k = st.getText(0);
            if (!groups.empty()) {
                auto slash = k.find('/');
                std::string top = slash == std::string::npos ? std::string() : k.substr(0, slash);
                bool rootMeta = slash == std::string::npos;
                if (!rootMeta && top != "OME" && !groups.count(top))
                    continue;
                if (k == "OME/.zattrs" || k == "OME/METADATA.ome.xml")
                    continue; // rewritten below for the subset
            }
            if (k.find("..") != std::string::npos || k.starts_with("/"))
                throw Error(store.path() + ": refusing to export unsafe key \"" + k + "\"");
            fs::path p = tmp / k;
            fs::create_directories(p.parent_path(), ec);
            auto v = st.getBlob(1);
            std::ofstream out(p, std::ios::binary);
            out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size()));
            if (!out)
                throw Error(p.string() + ": write failed (disk full?)");
            ++done;
            if (progress && (done & 63) == 0 && !progress(total ? double(done) / double(total) : 1.0))
                throw Cancelled();
        }
        // Label images get their colours (the viewer's palette) in "image-label", for napari
        // and other viewers; with more objects than is sensible to list, they are left out.
        for (const auto& l : store.labels()) {
            if (!groups.empty() && !groups.count(std::to_string(l.imageId)))
                continue;
            auto attrs = store.getKey(l.zarrPath() + "/.zattrs");
            if (!attrs || l.objectCount > 100000)
                continue;
            json a = json::parse(attrs->begin(), attrs->end(), nullptr, false);
            if (a.is_discarded() || !a.contains("image-label"))
                continue;
            json colors = json::array();
            sql::Stmt ids(store.db(), "SELECT label FROM object WHERE label_image_id = ? ORDER BY label");
            ids.bind(1, l.id);
            while (ids.step()) {
                const uint32_t c = labelColor(uint64_t(ids.getInt(0)));
                colors.push_back({{"label-value", ids.getInt(0)},
                                  {"rgba", {int(c >> 24), int((c >> 16) & 0xFF), int((c >> 8) & 0xFF), 255}}});
            }
            a["image-label"]["colors"] = colors;
            std::ofstream(tmp / l.zarrPath() / ".zattrs") << a.dump(2);
        }
        if (!groups.empty()) {
            json series = json::array();
            for (const auto& im : chosen)
                series.push_back(im.zarrPath());
            std::ofstream(tmp / "OME" / ".zattrs") << json{{"series", series}}.dump(2);
            std::ofstream(tmp / "OME" / "METADATA.ome.xml") << writeOmeXml(chosen);
        }
        if (progress && !progress(1.0))
            throw Cancelled(); // a cancel up to the last moment leaves nothing
    });
}

void vacuumInto(Store& store, const std::string& temp, const std::function<bool(double)>& progress) {
    std::error_code ec;
    fs::remove(temp, ec);
    sqlite3* db = store.db().handle();
    struct Cancel {
        const std::function<bool(double)>* progress;
        bool cancelled = false;
    } cancel{&progress};
    if (progress)
        sqlite3_progress_handler(
            db, 100000,
            [](void* p) {
                auto* c = static_cast<Cancel*>(p);
                c->cancelled = c->cancelled || !(*c->progress)(0.0);
                return c->cancelled ? 1 : 0;
            },
            &cancel);
    char* sql = sqlite3_mprintf("VACUUM INTO %Q", temp.c_str());
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    sqlite3_free(sql);
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    const std::string why = err ? err : "";
    sqlite3_free(err);
    if (cancel.cancelled)
        throw Cancelled();
    if (rc != SQLITE_OK)
        throw Error(temp + ": cannot write the copy (" + why + ")");
}

void removeDbFiles(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path + suffix, ec);
}

void exportSqliteCopy(Store& store, const std::string& out, const std::function<bool(double)>& progress) {
    std::error_code ec;
    if (fs::exists(out, ec))
        throw Error(out + ": already exists; choose another name (an export never replaces a file)");
    buildFile(
        out,
        [&](const std::string& temp) {
            vacuumInto(store, temp, progress);
            // The copy comes out with a rollback journal; a .ouro is in WAL mode.
            sql::Db copy(temp, SQLITE_OPEN_READWRITE);
            copy.exec("PRAGMA journal_mode=WAL");
        },
        removeDbFiles);
}

std::vector<std::string> checkStore(Store& store) {
    std::vector<std::string> problems;
    auto& db = store.db();
    {
        sql::Stmt ic(db, "PRAGMA integrity_check");
        while (ic.step()) {
            std::string r = ic.getText(0);
            if (r != "ok")
                problems.push_back("integrity_check: " + r);
        }
    }
    auto jsonKey = [&](const std::string& key) -> std::optional<json> {
        auto v = store.getKey(key);
        if (!v) {
            problems.push_back("missing zarr key " + key);
            return std::nullopt;
        }
        auto j = json::parse(v->begin(), v->end(), nullptr, false);
        if (j.is_discarded()) {
            problems.push_back("zarr key " + key + " is not valid JSON");
            return std::nullopt;
        }
        return j;
    };
    if (auto root = jsonKey(".zattrs"); root && root->value("bioformats2raw.layout", 0) != 3)
        problems.push_back(".zattrs lacks \"bioformats2raw.layout\": 3");
    jsonKey(".zgroup");
    auto images = store.images();
    if (auto ome = jsonKey("OME/.zattrs")) {
        json want = json::array();
        for (const auto& im : images)
            want.push_back(im.zarrPath());
        if ((*ome)["series"] != want)
            problems.push_back("OME/.zattrs series " + (*ome)["series"].dump() + " does not match the catalog " +
                               want.dump());
    }
    if (!store.getKey("OME/METADATA.ome.xml"))
        problems.push_back("missing OME/METADATA.ome.xml");

    // Checks one multiscale group: its levels' .zarray shapes and that every
    // chunk is stored once and in range. Keys under skipPrefix belong elsewhere.
    auto checkArrays = [&](const std::string& what, const std::string& g, const ImageInfo& geo,
                           const std::string& skipPrefix) {
        const auto shapes = PixelLayout::of(geo).levels();
        if (static_cast<int>(shapes.size()) != geo.levels)
            problems.push_back(what + ": catalog says " + std::to_string(geo.levels) + " levels, expected " +
                               std::to_string(shapes.size()));
        if (auto attrs = jsonKey(g + "/.zattrs")) {
            auto ds = (*attrs)["multiscales"][0]["datasets"];
            if (!ds.is_array() || ds.size() != shapes.size())
                problems.push_back(what + ": multiscales lists " + std::to_string(ds.size()) + " datasets");
        }
        std::vector<int64_t> count(shapes.size(), 0);
        sql::Stmt keys(db, "SELECT k FROM zarr WHERE k > ? AND k < ?");
        keys.bind(1, g + "/").bind(2, g + "0");
        while (keys.step()) {
            std::string k = keys.getText(0).substr(g.size() + 1);
            if (k == ".zgroup" || k == ".zattrs" || (!skipPrefix.empty() && k.starts_with(skipPrefix)))
                continue;
            std::vector<std::string> parts;
            size_t a = 0;
            for (size_t b; (b = k.find('/', a)) != std::string::npos; a = b + 1)
                parts.push_back(k.substr(a, b - a));
            parts.push_back(k.substr(a));
            char* end = nullptr;
            long lvl = std::strtol(parts[0].c_str(), &end, 10);
            if (*end || lvl < 0 || lvl >= long(shapes.size())) {
                problems.push_back(what + ": unexpected key " + g + "/" + k);
                continue;
            }
            if (parts.size() == 2 && parts[1] == ".zarray")
                continue;
            if (parts.size() != 6) {
                problems.push_back(what + ": malformed chunk key " + g + "/" + k);
                continue;
            }
            const auto& s = shapes[static_cast<size_t>(lvl)];
            int64_t v[5];
            for (int i = 0; i < 5; ++i)
                v[i] = std::strtoll(parts[static_cast<size_t>(i + 1)].c_str(), nullptr, 10);
            if (v[0] >= geo.sizeT || v[1] >= geo.sizeC || v[2] >= geo.sizeZ || v[3] * geo.chunkY >= s.sizeY ||
                v[4] * geo.chunkX >= s.sizeX)
                problems.push_back(what + ": chunk key out of range " + g + "/" + k);
            else
                ++count[static_cast<size_t>(lvl)];
        }
        for (size_t l = 0; l < shapes.size(); ++l) {
            if (auto za = jsonKey(g + "/" + std::to_string(l) + "/.zarray")) {
                json shape = {geo.sizeT, geo.sizeC, geo.sizeZ, shapes[l].sizeY, shapes[l].sizeX};
                if ((*za)["shape"] != shape)
                    problems.push_back(what + " level " + std::to_string(l) + ": .zarray shape " +
                                       (*za)["shape"].dump() + " differs from the catalog " + shape.dump());
            }
            int64_t want = geo.sizeT * geo.sizeC * geo.sizeZ * ((shapes[l].sizeY + geo.chunkY - 1) / geo.chunkY) *
                           ((shapes[l].sizeX + geo.chunkX - 1) / geo.chunkX);
            if (count[l] != want)
                problems.push_back(what + " level " + std::to_string(l) + ": " + std::to_string(count[l]) +
                                   " chunks stored, " + std::to_string(want) + " expected");
        }
    };

    std::set<std::string> known{".zgroup", ".zattrs", "OME"};
    for (const auto& im : images) {
        const std::string g = im.zarrPath();
        known.insert(g);
        if (static_cast<int64_t>(im.channels.size()) != im.sizeC)
            problems.push_back("image " + g + ": " + std::to_string(im.channels.size()) + " channel rows for size_c " +
                               std::to_string(im.sizeC));
        checkArrays("image " + g, g, im, "labels/");
        auto labels = store.labels(im.id);
        std::set<std::string> names;
        for (const auto& l : labels) {
            names.insert(l.name);
            const std::string lg = l.zarrPath();
            checkArrays("labels " + lg, lg, l.geometry(), "");
            if (auto attrs = jsonKey(lg + "/.zattrs"); attrs && !attrs->contains("image-label"))
                problems.push_back("labels " + lg + ": .zattrs has no \"image-label\"");
            sql::Stmt objects(db, "SELECT COUNT(*) FROM object WHERE label_image_id=?");
            objects.bind(1, l.id);
            if (objects.step() && objects.getInt(0) != l.objectCount)
                problems.push_back("labels " + lg + ": " + std::to_string(objects.getInt(0)) + " object rows for " +
                                   std::to_string(l.objectCount) + " objects");
        }
        if (!labels.empty()) {
            if (auto list = jsonKey(g + "/labels/.zattrs")) {
                std::set<std::string> listed;
                for (const auto& n : (*list)["labels"])
                    listed.insert(n.get<std::string>());
                if (listed != names)
                    problems.push_back("image " + g + ": labels/.zattrs does not list the catalog's label images");
            }
        }
        // Keys under labels/ that belong to no catalogued label image.
        sql::Stmt lk(db, "SELECT DISTINCT substr(k, ?1, instr(substr(k, ?1), '/') - 1) FROM zarr "
                         "WHERE k > ?2 AND k < ?3 AND instr(substr(k, ?1), '/') > 0");
        const std::string prefix = g + "/labels/";
        lk.bind(1, static_cast<int64_t>(prefix.size() + 1)).bind(2, prefix).bind(3, g + "/labels0");
        while (lk.step())
            if (!names.count(lk.getText(0)))
                problems.push_back("zarr keys under \"" + prefix + lk.getText(0) +
                                   "/\" belong to no label image in the catalog");
    }
    sql::Stmt tops(db, "SELECT DISTINCT CASE WHEN instr(k, '/') > 0 THEN substr(k, 1, instr(k, '/') - 1) ELSE k END "
                       "FROM zarr");
    while (tops.step()) {
        std::string t = tops.getText(0);
        if (!known.count(t))
            problems.push_back("zarr keys under \"" + t + "/\" belong to no image in the catalog");
    }
    return problems;
}

namespace {
int authorize(void*, int action, const char* a1, const char*, const char*, const char*) {
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_PRAGMA: {
        // Only pragmas that describe the schema, never ones that change state.
        static const char* ok[] = {"table_info", "table_xinfo", "index_list", "index_info", "table_list",
                                   "foreign_key_list", "application_id", "user_version", "page_size", "page_count"};
        for (auto p : ok)
            if (a1 && std::strcmp(a1, p) == 0)
                return SQLITE_OK;
        return SQLITE_DENY;
    }
    default:
        return SQLITE_DENY;
    }
}
} // namespace

void runReadOnlyQuery(const std::string& path, const std::string& sqlText,
                      const std::function<void(const std::vector<std::string>&)>& onColumns,
                      const std::function<void(const std::vector<std::optional<std::string>>&)>& onRow) {
    { Store::open(path, Store::Mode::ReadOnly); } // is it a .ouro at all?
    sql::Db db(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    sqlite3_busy_timeout(db.handle(), 10000);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_set_authorizer(db.handle(), authorize, nullptr);
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), sqlText.c_str(), static_cast<int>(sqlText.size()), &raw, &tail);
    if (rc != SQLITE_OK) {
        std::string m = sqlite3_errmsg(db.handle());
        sqlite3_finalize(raw);
        if (rc == SQLITE_AUTH)
            throw Error("query refused: only reading statements are allowed (" + m + ")");
        throw Error("query error: " + m);
    }
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> st(raw, sqlite3_finalize);
    if (!raw)
        throw Error("query is empty");
    for (const char* p = tail; p && *p; ++p)
        if (!std::isspace(static_cast<unsigned char>(*p)) && *p != ';')
            throw Error("query refused: only one statement is allowed");
    if (!sqlite3_stmt_readonly(raw))
        throw Error("query refused: only reading statements are allowed");
    const int n = sqlite3_column_count(raw);
    std::vector<std::string> cols;
    for (int i = 0; i < n; ++i)
        cols.push_back(sqlite3_column_name(raw, i));
    onColumns(cols);
    std::vector<std::optional<std::string>> row(static_cast<size_t>(n));
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        for (int i = 0; i < n; ++i) {
            auto& cell = row[static_cast<size_t>(i)];
            switch (sqlite3_column_type(raw, i)) {
            case SQLITE_NULL:
                cell.reset();
                break;
            case SQLITE_BLOB:
                cell = "<blob " + std::to_string(sqlite3_column_bytes(raw, i)) + " bytes>";
                break;
            default:
                cell = reinterpret_cast<const char*>(sqlite3_column_text(raw, i));
            }
        }
        onRow(row);
    }
    if (rc != SQLITE_DONE)
        throw Error(std::string("query error: ") + sqlite3_errmsg(db.handle()));
}

} // namespace ouro
