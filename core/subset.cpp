// ouro export --format sqlite with --image, --table or --where: a smaller .ouro.
// The file is copied (VACUUM INTO), what is not wanted is deleted in one
// transaction, the kept rows of each table are numbered anew and its column
// copy rebuilt, and the copy is compacted and renamed into place.
#include "publish.h"
#include "columnstore.h"
#include "error.h"
#include "profiles.h"
#include "profiletable.h"
#include "sqlite.h"
#include "store.h"
#include "tools.h"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>

namespace ouro {

namespace fs = std::filesystem;

namespace {

std::string partName(int64_t table, int64_t part) {
    return "profile_" + std::to_string(table) + "_p" + std::to_string(part);
}

void dropTable(sql::Db& db, const ProfileTableInfo& t) {
    for (int64_t p = 0; p < t.parts; ++p)
        db.exec("DROP TABLE IF EXISTS " + partName(t.id, p));
    db.exec("DROP TABLE IF EXISTS profile_" + std::to_string(t.id) + "_cols");
    sql::Stmt isView(db, "SELECT 1 FROM sqlite_master WHERE type='view' AND name=?");
    isView.bind(1, t.name);
    if (isView.step())
        db.exec("DROP VIEW " + sql::quoteIdent(t.name));
    for (const char* q : {"DELETE FROM profile_link WHERE table_id=?", "DELETE FROM profile_column WHERE table_id=?",
                          "DELETE FROM profile_table WHERE id=?"}) {
        sql::Stmt s(db, q);
        s.bind(1, t.id).run();
    }
    sql::Stmt f(db, "DELETE FROM saved_filter WHERE table_name=?");
    f.bind(1, t.name).run();
}

/** Keeps rows `keep` (ascending old row ids) of table t, renumbered 1..n, and rebuilds its column copy. */
void keepRows(sql::Db& db, const ProfileTableInfo& t, const std::vector<int64_t>& keep, const std::string& what) {
    db.exec("CREATE TEMP TABLE IF NOT EXISTS ouro_keep(old INTEGER PRIMARY KEY, new INTEGER NOT NULL)");
    db.exec("DELETE FROM ouro_keep");
    {
        sql::Stmt ins(db, "INSERT INTO ouro_keep(old, new) VALUES(?,?)");
        for (size_t i = 0; i < keep.size(); ++i)
            ins.bind(1, keep[i]).bind(2, int64_t(i + 1)).run(), ins.reset();
    }
    // Through negative ids, so no new id meets an old one on the way.
    const auto renumber = [&](const std::string& table, const std::string& extra) {
        db.exec("DELETE FROM " + table + " WHERE row_id NOT IN (SELECT old FROM ouro_keep)" + extra);
        db.exec("UPDATE " + table + " SET row_id = -(SELECT new FROM ouro_keep WHERE old = row_id) WHERE row_id > 0" +
                extra);
        db.exec("UPDATE " + table + " SET row_id = -row_id WHERE row_id < 0" + extra);
    };
    for (int64_t p = 0; p < t.parts; ++p)
        renumber(partName(t.id, p), "");
    renumber("profile_link", " AND table_id=" + std::to_string(t.id));

    // The column copy, anew from the rows (chunks must cover rows 1..n in order).
    std::vector<ProfileColumnInfo> cols;
    {
        sql::Stmt c(db, "SELECT idx, type, part, physical FROM profile_column WHERE table_id=? ORDER BY idx");
        c.bind(1, t.id);
        while (c.step()) {
            ProfileColumnInfo ci;
            ci.idx = int(c.getInt(0));
            ci.type = columnTypeFromName(c.getText(1));
            ci.part = int(c.getInt(2));
            ci.physical = c.getText(3);
            cols.push_back(ci);
        }
    }
    const std::string colsTable = "profile_" + std::to_string(t.id) + "_cols";
    db.exec("DELETE FROM " + colsTable);
    std::vector<ColumnType> types;
    for (const auto& c : cols)
        types.push_back(c.type);
    ColumnChunkBuilder builder(types);
    sql::Stmt put(db, "INSERT INTO " + colsTable + "(idx, chunk, rows, nulls, data) VALUES(?,?,?,?,?)");
    const auto flush = [&] {
        for (const auto& ch : builder.flush()) {
            put.bind(1, int64_t(ch.column)).bind(2, ch.chunk).bind(3, ch.rows);
            if (ch.nulls.empty())
                put.bindNull(4);
            else
                put.bindBlob(4, ch.nulls);
            put.bindBlob(5, ch.data).run();
            put.reset();
        }
    };
    // Each part in row order, read side by side (every part has every row).
    std::vector<std::unique_ptr<sql::Stmt>> parts;
    std::vector<std::vector<std::pair<size_t, int>>> where(size_t(t.parts)); // per part: (column, result index)
    for (int64_t p = 0; p < t.parts; ++p) {
        std::string q = "SELECT row_id";
        int k = 1;
        for (size_t i = 0; i < cols.size(); ++i)
            if (cols[i].part == p) {
                q += ", " + cols[i].physical;
                where[size_t(p)].emplace_back(i, k++);
            }
        parts.push_back(std::make_unique<sql::Stmt>(db, q + " FROM " + partName(t.id, p) + " ORDER BY row_id"));
    }
    for (int64_t row = 1; row <= int64_t(keep.size()); ++row) {
        for (size_t p = 0; p < parts.size(); ++p) {
            sql::Stmt& s = *parts[p];
            if (!s.step() || s.getInt(0) != row)
                throw Error(what + ": table \"" + t.name + "\" lost row " + std::to_string(row) + " while copying");
            for (const auto& [i, k] : where[p]) {
                if (s.isNull(k))
                    builder.addNull(i);
                else if (types[i] == ColumnType::Integer)
                    builder.addInt(i, s.getInt(k));
                else if (types[i] == ColumnType::Real)
                    builder.addReal(i, s.getDouble(k));
                else
                    builder.addText(i, s.getText(k));
            }
        }
        if (builder.endRow())
            flush();
    }
    if (builder.pending())
        flush();

    // The table's counts, as an import would have them.
    const int64_t linked = db.scalarInt("SELECT COUNT(DISTINCT row_id) FROM profile_link WHERE table_id=" +
                                        std::to_string(t.id));
    sql::Stmt u(db, "UPDATE profile_table SET row_count=?, rows_linked=?, rows_unmatched=?, "
                    "objects_without_row=(SELECT COUNT(*) FROM object o JOIN label_image l ON o.label_image_id=l.id "
                    "WHERE l.name=profile_table.label_name AND o.id NOT IN "
                    "(SELECT object_id FROM profile_link WHERE table_id=profile_table.id)) WHERE id=?");
    u.bind(1, int64_t(keep.size())).bind(2, linked).bind(3, t.labelName.empty() ? 0 : int64_t(keep.size()) - linked);
    u.bind(4, t.id).run();
}

} // namespace

SubsetResult exportSqliteSubset(Store& store, const std::string& out, const SubsetOptions& opt,
                                const std::function<bool(double)>& progress) {
    std::error_code ec;
    if (fs::exists(out, ec))
        throw Error(out + ": already exists; choose another name (an export never replaces a file)");
    // Check everything asked for before a byte is written.
    const auto allImages = store.images();
    std::set<int64_t> images;
    for (int64_t id : opt.imageIds) {
        if (std::none_of(allImages.begin(), allImages.end(), [&](const ImageInfo& i) { return i.id == id; }))
            throw Error(store.path() + ": no image with id " + std::to_string(id));
        images.insert(id);
    }
    if (images.empty())
        for (const auto& i : allImages)
            images.insert(i.id);
    const auto allTables = profileTables(store.db());
    std::set<std::string> tables;
    for (const auto& name : opt.tables) {
        if (std::none_of(allTables.begin(), allTables.end(), [&](const ProfileTableInfo& t) { return t.name == name; }))
            throw Error(store.path() + ": no profile table \"" + name + "\"");
        tables.insert(name);
    }
    if (tables.empty())
        for (const auto& t : allTables)
            tables.insert(t.name);
    std::vector<int64_t> matching;
    if (!opt.where.empty()) {
        if (opt.tables.size() != 1)
            throw Error("a filter (--where) applies to one table; name it with --table");
        ProfileTable pt(store.path(), opt.tables.front());
        matching = pt.filter(opt.where, 60000);
        std::sort(matching.begin(), matching.end());
    }
    const auto step = [&](double f) {
        if (progress && !progress(f))
            throw Cancelled();
    };

    SubsetResult res;
    buildFile(out, [&](const std::string& temp) {
        // 1. A copy of everything (about half the work).
        vacuumInto(store, temp, progress ? [&](double) { return progress(0.0); } : std::function<bool(double)>());
        step(0.5);
        {
            Store copy = Store::open(temp, Store::Mode::ReadWrite);
            sql::Db& db = copy.db();
            sql::Transaction tx(db);
            // 2. Images not kept, with everything that hangs off them.
            for (const auto& im : allImages) {
                if (images.count(im.id))
                    continue;
                const std::string id = std::to_string(im.id);
                const std::string objects =
                    "(SELECT o.id FROM object o JOIN label_image l ON o.label_image_id=l.id WHERE l.image_id=" + id + ")";
                db.exec("DELETE FROM object_rtree WHERE id IN " + objects);
                db.exec("DELETE FROM profile_link WHERE object_id IN " + objects);
                db.exec("DELETE FROM object_intensity WHERE object_id IN " + objects);
                db.exec("DELETE FROM object WHERE id IN " + objects);
                for (const char* t : {"label_image", "channel", "plane", "level"})
                    db.exec(std::string("DELETE FROM ") + t + " WHERE image_id=" + id);
                db.exec("DELETE FROM image WHERE id=" + id);
                sql::Stmt keys(db, "DELETE FROM zarr WHERE k >= ? AND k < ?");
                keys.bind(1, id + "/").bind(2, id + "0").run(); // '0' follows '/': every key under "<id>/"
            }
            step(0.6);
            // 3. Tables not kept; the rows of kept tables that lost their objects, or fail the filter.
            const bool someImages = images.size() < allImages.size();
            for (const auto& t : allTables) {
                if (!tables.count(t.name)) {
                    dropTable(db, t);
                    continue;
                }
                ++res.tables;
                std::vector<int64_t> keep;
                if (!opt.where.empty())
                    keep = matching;
                else {
                    keep.resize(size_t(t.rows));
                    for (int64_t r = 0; r < t.rows; ++r)
                        keep[size_t(r)] = r + 1;
                }
                if (someImages && !t.labelName.empty()) {
                    std::set<int64_t> linked;
                    sql::Stmt l(db, "SELECT DISTINCT row_id FROM profile_link WHERE table_id=?");
                    l.bind(1, t.id);
                    while (l.step())
                        linked.insert(l.getInt(0));
                    std::erase_if(keep, [&](int64_t r) { return !linked.count(r); });
                }
                if (keep.empty() && someImages && opt.tables.empty()) {
                    dropTable(db, t); // a table of other images' objects: nothing of it is left
                    --res.tables;
                    continue;
                }
                if (int64_t(keep.size()) != t.rows)
                    keepRows(db, t, keep, out);
                res.rows += int64_t(keep.size());
            }
            step(0.7);
            copy.writeRootMetadata();
            tx.commit();
        }
        res.images = images.size();
        // 4. Compact what the deletes freed, and back to WAL as every .ouro.
        {
            sql::Db db(temp, SQLITE_OPEN_READWRITE);
            db.exec("PRAGMA journal_mode=DELETE");
            db.exec("VACUUM");
            db.exec("PRAGMA journal_mode=WAL");
        }
        step(1.0);
    }, removeDbFiles);
    return res;
}

} // namespace ouro
