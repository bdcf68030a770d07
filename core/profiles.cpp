#include "profiles.h"

#include "codec.h"
#include "columnstore.h"
#include "csv.h"
#include "parquet.h"
#include "pixelsource.h"
#include "profilesource.h"
#include "error.h"
#include "render.h"
#include "sqlite.h"
#include "store.h"
#include "version.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace ouro {

namespace fs = std::filesystem;
using namespace profile;

namespace {



std::string findColumn(const std::vector<std::string>& cols, const std::vector<std::string>& exact,
                       const std::string& suffix = {}) {
    for (const auto& e : exact)
        for (const auto& c : cols)
            if (c == e)
                return c;
    if (!suffix.empty())
        for (const auto& c : cols)
            if (c.size() > suffix.size() && c.ends_with(suffix))
                return c;
    return {};
}

/** True when a table, view or index of the file has this name (SQLite ignores case). */
bool nameTaken(Store& store, const std::string& name) {
    sql::Stmt st(store.db(), "SELECT 1 FROM sqlite_master WHERE name = ? COLLATE NOCASE");
    st.bind(1, name);
    return st.step();
}



/** A row's key values, kept for linking after all rows are in. */
struct Pending {
    int64_t row = 0;
    std::string imageKey;
    double a = 0, b = 0; // object number, or centroid x, y
    bool ok = false;
};

/** Rows handed from the reader thread to the inserting thread. */
struct Batch {
    int64_t firstRow = 0;
    size_t rows = 0;
    std::vector<Cell> cells; // rows x columns
    std::string text;
    std::vector<Pending> pending;
    double fraction = 0; ///< of the source read when the batch was full
    bool last = false;
};

/** A small blocking queue; close() wakes both sides and makes push() fail. */
template <class T> class BoundedQueue {
public:
    explicit BoundedQueue(size_t cap) : cap_(cap) {}
    bool push(T&& v) {
        std::unique_lock lock(m_);
        notFull_.wait(lock, [&] { return closed_ || q_.size() < cap_; });
        if (closed_)
            return false;
        q_.push_back(std::move(v));
        notEmpty_.notify_one();
        return true;
    }
    bool pop(T& v) {
        std::unique_lock lock(m_);
        notEmpty_.wait(lock, [&] { return closed_ || !q_.empty(); });
        if (q_.empty())
            return false;
        v = std::move(q_.front());
        q_.pop_front();
        notFull_.notify_one();
        return true;
    }
    void close() {
        std::lock_guard lock(m_);
        closed_ = true;
        notFull_.notify_all();
        notEmpty_.notify_all();
    }

private:
    std::mutex m_;
    std::condition_variable notFull_, notEmpty_;
    std::deque<T> q_;
    size_t cap_;
    bool closed_ = false;
};

using SourceFactory = std::function<std::unique_ptr<RowSource>()>;

/** Thrown inside a speculative pass when a value does not fit the types guessed from the first rows. */
struct TypesChanged {};

/** Rows whose types are guessed before the rows go in; a contradiction later costs one full scan. */
constexpr int64_t kTypeSampleRows = 20000;

std::string raggedRow(const std::string& path, const RowSource& src, size_t fields, size_t columns) {
    return path + ": " + src.where() + ": " + std::to_string(fields) + " fields, but the header has " +
           std::to_string(columns);
}

std::string notUtf8(const std::string& path, const RowSource& src, size_t col, const std::string& name) {
    return path + ": " + src.where() + ", column " + std::to_string(col + 1) + " (" + name +
           "): not UTF-8 text (unknown encoding)";
}

/**
 * Widens types over up to maxRows rows of src (positioned after the header):
 * Empty < Integer < Real < Text. Returns true when the source ended.
 */
bool scanTypes(RowSource& src, const std::string& path, const std::vector<std::string>& header,
               std::vector<ColType>& types, int64_t maxRows, const ProgressFn& progress) {
    std::vector<std::string> row;
    for (int64_t rows = 0; rows < maxRows;) {
        if (!src.next(row))
            return true;
        if (row.size() != header.size())
            throw Error(raggedRow(path, src, row.size(), header.size()));
        for (size_t i = 0; i < row.size(); ++i) {
            const std::string& v = row[i];
            if (isNull(v) || types[i] == ColType::Text)
                continue;
            int64_t iv;
            double dv;
            const char shape = numberShape(v);
            if (shape == 'i')
                types[i] = types[i] == ColType::Real ? ColType::Real : ColType::Integer;
            else if (shape == 'r')
                types[i] = ColType::Real;
            else if (types[i] != ColType::Real && parseInt(v, iv))
                types[i] = ColType::Integer;
            else if (parseReal(v, dv))
                types[i] = ColType::Real;
            else {
                if (!validUtf8(v))
                    throw Error(notUtf8(path, src, i, header[i]));
                types[i] = ColType::Text;
            }
        }
        ++rows;
        if ((rows & 4095) == 0 && progress && !progress(0.5 * src.fraction()))
            throw Cancelled();
    }
    return false;
}

ProfileImportResult importProfile(Store& store, const std::string& path, const SourceFactory& open,
                                  const std::string& defaultName, const ProfileImportOptions& opt);

} // namespace

ProfileImportResult importProfileCsv(Store& store, const std::string& path, const ProfileImportOptions& opt) {
    std::string stem = fs::path(path).filename().string();
    for (const char* ext : {".gz", ".csv", ".tsv", ".tab", ".txt"})
        if (stem.ends_with(ext))
            stem = stem.substr(0, stem.size() - std::strlen(ext));
    return importProfile(store, path, [path] { return openCsvSource(path); }, stem, opt);
}

ProfileImportResult importProfileParquet(Store& store, const std::string& path, const ProfileImportOptions& opt) {
    std::string stem = fs::path(path).filename().string();
    if (stem.ends_with(".parquet"))
        stem = stem.substr(0, stem.size() - 8);
    return importProfile(store, path, [path] { return openParquetSource(path); }, stem, opt);
}

std::vector<std::string> cellProfilerTables(const std::string& path) {
    sql::Db db(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    std::vector<std::string> out;
    try {
        sql::Stmt st(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name LIKE 'Per\\_%' "
                         "ESCAPE '\\' AND name NOT IN ('Per_Image', 'Per_Experiment', 'Per_RelationshipTypes', "
                         "'Per_Relationships', 'Per_RelationshipsView') ORDER BY name");
        while (st.step())
            out.push_back(st.getText(0));
    } catch (const Error&) {
        throw Error(path + ": not an SQLite database");
    }
    return out;
}

ProfileImportResult importProfileSqlite(Store& store, const std::string& path, const std::string& table,
                                        const ProfileImportOptions& opt) {
    std::string name = table.starts_with("Per_") ? table.substr(4) : table;
    // "Per_Object" (the single-table layout) would be "Object", which is taken by the
    // object table; such a table keeps its full name.
    if (name != table && nameTaken(store, name))
        name = table;
    try {
        openSqliteSource(path, table); // opens the table, or says why not
    } catch (const Error& e) {
        throw Error(path + ": cannot read table \"" + table + "\" (" + e.what() + ")");
    }
    return importProfile(store, path + ":" + table, [path, table] { return openSqliteSource(path, table); },
                         name, opt);
}

namespace {

ProfileImportResult importProfile(Store& store, const std::string& path, const SourceFactory& open,
                                  const std::string& defaultName, const ProfileImportOptions& opt) {
    if (store.readOnly())
        throw Error(store.path() + ": opened read-only; cannot import into it");
    ProfileImportResult res;
    // Types come from the first rows; a later value that does not fit them (TypesChanged)
    // costs one full scan for the types and a second go at the rows. Most files never pay it.
    std::vector<std::string> header;
    std::vector<ColType> types;
    bool exactTypes = false, typedRows = false;
    {
        auto srcPtr = open();
        RowSource& csv = *srcPtr;
        if (!csv.next(header))
            throw Error(path + ": empty file, no header row");
        std::map<std::string, int> seen;
        for (size_t i = 0; i < header.size(); ++i) {
            if (!validUtf8(header[i]))
                throw Error(path + ": line 1, column " + std::to_string(i + 1) + ": not UTF-8 text (unknown encoding)");
            if (header[i].empty())
                header[i] = "column_" + std::to_string(i + 1);
            if (int n = ++seen[header[i]]; n > 1) {
                const std::string renamed = header[i] + "_" + std::to_string(n);
                res.warnings.push_back(path + ": line 1, column " + std::to_string(i + 1) + ": duplicate column name \"" +
                                       header[i] + "\" renamed to \"" + renamed + "\"");
                header[i] = renamed;
            }
        }
        types.assign(header.size(), ColType::Empty);
        for (auto& w : csv.warnings())
            res.warnings.push_back(std::move(w));
        if (auto known = csv.knownTypes(); !known.empty() && known.size() == header.size()) {
            types = std::move(known); // from the schema: no guessing, and typed cells (nextCells)
            exactTypes = typedRows = true;
        } else {
            exactTypes = scanTypes(csv, path, header, types, kTypeSampleRows, {});
        }
    }
    res.columns = int64_t(header.size());
    res.name = opt.tableName.empty() ? defaultName : opt.tableName;
    if (opt.uniqueName) {
        const std::string base = res.name;
        const auto taken = [&](const std::string& n) {
            sql::Stmt st(store.db(), "SELECT 1 FROM profile_table WHERE name = ? COLLATE NOCASE");
            st.bind(1, n);
            return st.step() || nameTaken(store, n);
        };
        for (int n = 2; taken(res.name); ++n)
            res.name = base + "_" + std::to_string(n);
    }
    {
        sql::Stmt exists(store.db(), "SELECT 1 FROM profile_table WHERE name=?");
        exists.bind(1, res.name);
        if (exists.step())
            throw Error(store.path() + ": a profile table named \"" + res.name + "\" exists; choose --table-name");
        // The table's view takes its name in SQLite's namespace, where case does not count.
        if (nameTaken(store, res.name))
            throw Error(store.path() + ": the name \"" + res.name +
                        "\" is taken by a table of the file itself; choose another with --table-name");
    }

    // Linking plan (validated before anything is written).
    std::vector<LabelInfo> targets;
    std::string centroidX, centroidY;
    if (!opt.linkLabels.empty()) {
        for (const auto& l : store.labels())
            if (l.name == opt.linkLabels)
                targets.push_back(l);
        if (targets.empty())
            throw Error(store.path() + ": no label image named \"" + opt.linkLabels + "\" to link to");
        res.imageKey = opt.imageKey.empty() ? findColumn(header, {"ImageNumber", "Metadata_ImageNumber"}) : opt.imageKey;
        res.objectKey = opt.objectKey.empty()
                            ? findColumn(header, {"ObjectNumber", "Metadata_ObjectNumber", "Number_Object_Number"},
                                         "_Number_Object_Number")
                            : opt.objectKey;
        centroidX = findColumn(header, {"Location_Center_X", "AreaShape_Center_X"}, "_Location_Center_X");
        centroidY = findColumn(header, {"Location_Center_Y", "AreaShape_Center_Y"}, "_Location_Center_Y");
        for (const auto* k : {&opt.imageKey, &opt.objectKey})
            if (!k->empty() && std::find(header.begin(), header.end(), *k) == header.end())
                throw Error(path + ": no column named \"" + *k + "\"");
        LinkBy by = opt.linkBy;
        if (by == LinkBy::Auto && res.objectKey.empty() && (centroidX.empty() || centroidY.empty()))
            throw Error(path + ": no object key column (ObjectNumber, Metadata_ObjectNumber, …) and no centroid "
                               "columns (Location_Center_X/Y, AreaShape_Center_X/Y) to link rows by; give --object-key");
        if (by == LinkBy::Auto)
            by = !res.objectKey.empty() ? LinkBy::Number : LinkBy::Centroid;
        if (by == LinkBy::Number && res.objectKey.empty())
            throw Error(path + ": no object key column (ObjectNumber, Metadata_ObjectNumber, …); give --object-key");
        if (by == LinkBy::Centroid && (centroidX.empty() || centroidY.empty()))
            throw Error(path + ": no centroid columns (Location_Center_X/Y, AreaShape_Center_X/Y) to link by");
        if (targets.size() > 1 && res.imageKey.empty())
            throw Error(path + ": several images have labels \"" + opt.linkLabels +
                        "\" but the table has no image key column; give --image-key");
        res.linkBy = by == LinkBy::Number ? "number" : "centroid";
        res.labelName = opt.linkLabels;
    } else if (findColumn(header, {"ObjectNumber", "Metadata_ObjectNumber", "Number_Object_Number"},
                          "_Number_Object_Number")
                   .empty() &&
               (findColumn(header, {"Location_Center_X", "AreaShape_Center_X"}, "_Location_Center_X").empty() ||
                findColumn(header, {"Location_Center_Y", "AreaShape_Center_Y"}, "_Location_Center_Y").empty())) {
        // Not an error: any table can be kept and queried. But its rows can never show on an image.
        res.warnings.push_back(path + ": line 1: no object key column (ObjectNumber, Metadata_ObjectNumber, "
                                      "…_Number_Object_Number) and no centroid columns (Location_Center_X/Y): "
                                      "the rows cannot be linked to objects");
    }

    ImportRecord rec;
    rec.startedAt = utcNow();
    rec.appVersion = kVersion;
    // A table of an SQLite file is named "file:table"; size and checksum are the file's.
    const std::string file = fs::exists(path) ? path : path.substr(0, path.rfind(':'));
    rec.sourcePath = fs::absolute(file).string() + (file == path ? "" : path.substr(file.size()));
    std::error_code ec;
    rec.sourceSize = int64_t(fs::file_size(file, ec));
    // The checksum reads the whole file once more; it runs beside the import.
    auto checksum = std::async(std::launch::async, [file] { return fileChecksum(file); }).share();
    rec.options = "profile table=" + res.name + (opt.linkLabels.empty() ? "" : " link-labels=" + opt.linkLabels);

    // Writes the table in one transaction. speculative: the types come from a sample, and a
    // value that does not fit them throws TypesChanged (the transaction rolls back).
    const auto writeTable = [&](bool speculative, double progressBase) {
        // A large table goes in through a rollback journal rather than the WAL (each page
        // written once, not twice: 29 s instead of 46 s for 1,000,000 x 300). Other programs
        // that open the file meanwhile wait, as they would for sqlite3's .import; small
        // tables, and files others have open, keep the WAL.
        std::optional<Store::BulkWrite> bulk;
        if (rec.sourceSize >= opt.bulkWriteBytes)
            bulk.emplace(store);
        sql::Transaction tx(store.db());
        auto& db = store.db();
        {
            sql::Stmt t(db, "INSERT INTO profile_table(name, source, row_count, column_count, parts, image_key, object_key, "
                            "label_name, link_by) VALUES(?,?,?,?,?,?,?,?,?)");
            const int64_t parts = (res.columns + kProfileColumnsPerPart - 1) / kProfileColumnsPerPart;
            t.bind(1, res.name).bind(2, rec.sourcePath).bind(3, res.rows).bind(4, res.columns).bind(5, std::max<int64_t>(1, parts));
            t.bind(6, res.imageKey).bind(7, res.objectKey).bind(8, opt.linkLabels).bind(9, res.linkBy).run();
            res.tableId = sqlite3_last_insert_rowid(db.handle());
        }
        const size_t nparts = std::max<size_t>(1, (header.size() + kProfileColumnsPerPart - 1) / kProfileColumnsPerPart);
        auto partName = [&](size_t p) { return "profile_" + std::to_string(res.tableId) + "_p" + std::to_string(p); };
        {
            sql::Stmt col(db, "INSERT INTO profile_column(table_id, idx, name, type, part, physical) VALUES(?,?,?,?,?,?)");
            std::vector<std::string> ddl(nparts);
            for (size_t p = 0; p < nparts; ++p)
                ddl[p] = "CREATE TABLE " + partName(p) + "(row_id INTEGER PRIMARY KEY";
            for (size_t i = 0; i < header.size(); ++i) {
                const size_t p = i / kProfileColumnsPerPart;
                const char* ty = types[i] == ColType::Integer ? "INTEGER" : types[i] == ColType::Real ? "REAL" : "TEXT";
                const std::string phys = "c" + std::to_string(i);
                ddl[p] += ", " + phys + " " + ty;
                col.bind(1, res.tableId).bind(2, int64_t(i)).bind(3, header[i]).bind(4, ty).bind(5, int64_t(p)).bind(6, phys).run();
            }
            for (auto& d : ddl)
                db.exec(d + ")");
            db.exec("CREATE TABLE profile_" + std::to_string(res.tableId) +
                    "_cols(idx INTEGER NOT NULL, chunk INTEGER NOT NULL, rows INTEGER NOT NULL, nulls BLOB, "
                    "data BLOB NOT NULL, PRIMARY KEY(idx, chunk))");
            // A view under the table's own name, while SQLite's column limit allows one.
            if (header.size() + 1 <= 2000) {
                std::string v = "CREATE VIEW " + sql::quoteIdent(res.name) + " AS SELECT p0.row_id AS row_id";
                for (size_t i = 0; i < header.size(); ++i)
                    v += ", p" + std::to_string(i / kProfileColumnsPerPart) + ".c" + std::to_string(i) + " AS " +
                         sql::quoteIdent(header[i]);
                v += " FROM " + partName(0) + " p0";
                for (size_t p = 1; p < nparts; ++p)
                    v += " JOIN " + partName(p) + " p" + std::to_string(p) + " USING(row_id)";
                db.exec(v);
            }
        }
        // Pass 2: the rows. A reader thread parses and types the values, keeps the
        // column chunks (see columnstore.h) and compresses them; this thread only
        // inserts, so parsing and SQLite's record building overlap.
        std::vector<std::unique_ptr<sql::Stmt>> ins;
        for (size_t p = 0; p < nparts; ++p) {
            const size_t a = p * kProfileColumnsPerPart, b = std::min(header.size(), a + kProfileColumnsPerPart);
            std::string q = "INSERT INTO " + partName(p) + " VALUES(?";
            for (size_t i = a; i < b; ++i)
                q += ",?";
            ins.push_back(std::make_unique<sql::Stmt>(db, q + ")"));
        }
        const auto colIndex = [&](const std::string& n) {
            return n.empty() ? -1 : int(std::find(header.begin(), header.end(), n) - header.begin());
        };
        const int imageCol = colIndex(res.imageKey), objectCol = colIndex(res.objectKey);
        const int cxCol = colIndex(centroidX), cyCol = colIndex(centroidY);
        std::vector<Pending> pending;
        std::vector<ColumnType> ctypes(header.size());
        for (size_t i = 0; i < header.size(); ++i)
            ctypes[i] = types[i] == ColType::Integer ? ColumnType::Integer
                        : types[i] == ColType::Text  ? ColumnType::Text
                                                     : ColumnType::Real;
        const size_t ncols = header.size();
        const bool linking = !targets.empty();
        const bool byNumber = res.linkBy == "number";

        int64_t done = 0; // rows in
        BoundedQueue<Batch> queue(4);
        std::exception_ptr readerError;
        std::thread reader([&] {
            try {
                auto srcPtr = open();
                RowSource& src = *srcPtr;
                std::vector<std::string> r;
                src.next(r); // header
                Batch batch;
                int64_t rowId = 0;
                // Link keys as numbers: a typed source's cells, or the text as the file has it.
                const auto cellNumber = [](const Cell& c, double& x) {
                    x = c.kind == Cell::Int ? double(c.i) : c.d;
                    return c.kind == Cell::Int || c.kind == Cell::Real;
                };
                for (;;) {
                    const size_t base = batch.cells.size();
                    if (typedRows) {
                        // A typed source: its cells go into the batch as they are.
                        batch.cells.resize(base + ncols);
                        if (!src.nextCells(batch.cells.data() + base, batch.text)) {
                            batch.cells.resize(base);
                            break;
                        }
                    } else {
                        if (!src.next(r))
                            break;
                        if (r.size() != ncols)
                            throw Error(raggedRow(path, src, r.size(), ncols));
                        for (size_t i = 0; i < ncols; ++i) {
                            const std::string& v = r[i];
                            Cell c;
                            if (isNull(v)) {
                                c.kind = Cell::Null;
                            } else if (ctypes[i] == ColumnType::Integer && parseInt(v, c.i)) {
                                c.kind = Cell::Int;
                            } else if (speculative && (types[i] == ColType::Integer || types[i] == ColType::Empty)) {
                                throw TypesChanged(); // a real, or text, or a first value where the sample had none
                            } else if (ctypes[i] != ColumnType::Text && parseReal(v, c.d)) {
                                c.kind = Cell::Real;
                            } else {
                                if (speculative && types[i] != ColType::Text)
                                    throw TypesChanged();
                                if (!validUtf8(v))
                                    throw Error(notUtf8(path, src, i, header[i]));
                                c.kind = Cell::Text;
                                c.off = uint32_t(batch.text.size());
                                c.len = uint32_t(v.size());
                                batch.text += v;
                            }
                            batch.cells.push_back(c);
                        }
                    }
                    ++rowId;
                    if (batch.rows == 0)
                        batch.firstRow = rowId;
                    if (linking) {
                        const Cell* cells = batch.cells.data() + base;
                        const auto number = [&](int col, double& x) {
                            return typedRows ? cellNumber(cells[col], x) : parseReal(r[size_t(col)], x);
                        };
                        Pending pd;
                        pd.row = rowId;
                        if (imageCol >= 0) {
                            const Cell& c = cells[imageCol];
                            pd.imageKey = !typedRows            ? r[size_t(imageCol)]
                                          : c.kind == Cell::Int  ? std::to_string(c.i)
                                          : c.kind == Cell::Real ? exactReal(c.d)
                                          : c.kind == Cell::Text ? batch.text.substr(c.off, c.len)
                                                                 : std::string();
                        }
                        if (byNumber)
                            pd.ok = objectCol >= 0 && number(objectCol, pd.a);
                        else
                            pd.ok = number(cxCol, pd.a) && number(cyCol, pd.b);
                        batch.pending.push_back(pd);
                    }
                    ++batch.rows;
                    if (batch.rows == 1024) {
                        batch.fraction = src.fraction();
                        if (!queue.push(std::move(batch)))
                            return;
                        batch = Batch();
                    }
                }
                batch.last = true;
                queue.push(std::move(batch));
            } catch (...) {
                readerError = std::current_exception();
                queue.close();
            }
        });
        try {
            sql::Stmt putChunk(db, "INSERT INTO profile_" + std::to_string(res.tableId) +
                                       "_cols(idx, chunk, rows, nulls, data) VALUES(?,?,?,?,?)");
            auto putChunks = [&](const std::vector<ColumnChunk>& chunks) {
                for (auto& ch : chunks) {
                    putChunk.bind(1, int64_t(ch.column)).bind(2, ch.chunk).bind(3, ch.rows);
                    if (ch.nulls.empty())
                        putChunk.bindNull(4);
                    else
                        putChunk.bindBlob(4, ch.nulls);
                    putChunk.bindBlob(5, ch.data).run();
                }
            };
            ColumnChunkBuilder chunks(ctypes);
            for (Batch batch; queue.pop(batch);) {
                for (size_t r = 0; r < batch.rows; ++r) {
                    const Cell* cells = batch.cells.data() + r * ncols;
                    const int64_t rowId = batch.firstRow + int64_t(r);
                    for (size_t p = 0; p < nparts; ++p) {
                        sqlite3_stmt* st = ins[p]->handle();
                        sqlite3_bind_int64(st, 1, rowId);
                        const size_t a = p * kProfileColumnsPerPart, b = std::min(ncols, a + kProfileColumnsPerPart);
                        for (size_t i = a; i < b; ++i) {
                            const int k = int(i - a) + 2;
                            const Cell& c = cells[i];
                            switch (c.kind) {
                            case Cell::Null: sqlite3_bind_null(st, k); break;
                            case Cell::Int: sqlite3_bind_int64(st, k, c.i); break;
                            case Cell::Real: sqlite3_bind_double(st, k, c.d); break;
                            case Cell::Text:
                                sqlite3_bind_text(st, k, batch.text.data() + c.off, int(c.len), SQLITE_STATIC);
                                break;
                            }
                        }
                        ins[p]->run();
                    }
                    for (size_t i = 0; i < ncols; ++i) {
                        const Cell& c = cells[i];
                        switch (c.kind) {
                        case Cell::Null: chunks.addNull(i); break;
                        case Cell::Int: chunks.addInt(i, c.i); break;
                        case Cell::Real: chunks.addReal(i, c.d); break;
                        case Cell::Text: chunks.addText(i, std::string_view(batch.text).substr(c.off, c.len)); break;
                        }
                    }
                    if (chunks.endRow())
                        putChunks(chunks.flush());
                }
                for (auto& pd : batch.pending)
                    pending.push_back(std::move(pd));
                done += int64_t(batch.rows);
                if (opt.progress && !opt.progress(progressBase + (1 - progressBase) * (batch.last ? 1.0 : batch.fraction)))
                    throw Cancelled();
                if (batch.last)
                    break;
            }
            if (chunks.pending())
                putChunks(chunks.flush());
        } catch (...) {
            queue.close();
            reader.join();
            throw;
        }
        reader.join();
        if (readerError)
            std::rethrow_exception(readerError);
        res.rows = done;
        {
            sql::Stmt count(db, "UPDATE profile_table SET row_count=? WHERE id=?");
            count.bind(1, res.rows).bind(2, res.tableId).run();
        }
        if (!targets.empty()) {
            std::sort(targets.begin(), targets.end(), [](const auto& x, const auto& y) { return x.imageId < y.imageId; });
            std::set<std::string> keyValues;
            for (const auto& pd : pending)
                keyValues.insert(pd.imageKey);
            // Image key values, in numeric order when they are numbers, map to the images in id order.
            std::vector<std::string> ordered(keyValues.begin(), keyValues.end());
            std::sort(ordered.begin(), ordered.end(), [](const std::string& x, const std::string& y) {
                double a, b;
                if (parseReal(x, a) && parseReal(y, b))
                    return a < b;
                return x < y;
            });
            std::map<std::string, const LabelInfo*> imageFor;
            for (size_t i = 0; i < ordered.size(); ++i)
                imageFor[ordered[i]] = targets.size() == 1 ? &targets[0] : i < targets.size() ? &targets[i] : nullptr;
            // Object ids by (label image, label), read in one pass: a million point queries cost seconds.
            std::map<int64_t, std::unordered_map<int64_t, int64_t>> objectIds;
            {
                sql::Stmt all(db, "SELECT label_image_id, label, id FROM object WHERE label_image_id=?");
                for (const auto& t : targets) {
                    auto& m = objectIds[t.id];
                    m.reserve(size_t(t.objectCount));
                    all.bind(1, t.id);
                    while (all.step())
                        m.emplace(all.getInt(1), all.getInt(2));
                    all.reset();
                }
            }
            sql::Stmt link(db, "INSERT OR IGNORE INTO profile_link(table_id, row_id, object_id) VALUES(?,?,?)");
            // Centroids are looked up in the label images' level 0, through this connection.
            ChunkFetcher fetch(db);
            std::unordered_map<int64_t, PixelSource> sources;
            std::vector<uint8_t> buf;
            std::unordered_set<int64_t> linkedObjects;
            linkedObjects.reserve(pending.size());
            for (const auto& pd : pending) {
                const LabelInfo* l = imageFor[pd.imageKey];
                int64_t label = -1;
                if (l && pd.ok) {
                    if (res.linkBy == "number") {
                        label = std::llround(pd.a);
                    } else {
                        const int64_t x = std::llround(pd.a), y = std::llround(pd.b);
                        if (x >= 0 && y >= 0 && x < l->sizeX && y < l->sizeY) {
                            const int64_t by = y / l->chunkY, bx = x / l->chunkX;
                            auto src = sources.find(l->id);
                            if (src == sources.end())
                                src = sources.emplace(l->id, PixelSource(PixelLayout::of(*l), fetch)).first;
                            if (src->second.readChunk(0, 0, 0, 0, by, bx, buf)) {
                                uint32_t id = 0;
                                const size_t i = size_t((y - by * l->chunkY) * l->chunkX + (x - bx * l->chunkX));
                                toIds(l->dtype, buf.data() + i * dtypeSize(l->dtype), 1, &id);
                                label = id ? int64_t(id) : -1;
                            }
                        }
                    }
                }
                bool linked = false;
                if (l && label > 0) {
                    const auto& ids = objectIds[l->id];
                    if (auto it = ids.find(label); it != ids.end()) {
                        link.bind(1, res.tableId).bind(2, pd.row).bind(3, it->second).run();
                        linkedObjects.insert(it->second);
                        linked = true;
                    }
                }
                (linked ? res.rowsLinked : res.rowsUnmatched)++;
            }
            int64_t totalObjects = 0;
            for (const auto& t : targets)
                if (std::any_of(imageFor.begin(), imageFor.end(), [&](const auto& kv) { return kv.second == &t; }))
                    totalObjects += t.objectCount;
            res.objectsWithoutRow = totalObjects - int64_t(linkedObjects.size());
            sql::Stmt upd(db, "UPDATE profile_table SET rows_linked=?, rows_unmatched=?, objects_without_row=? WHERE id=?");
            upd.bind(1, res.rowsLinked).bind(2, res.rowsUnmatched).bind(3, res.objectsWithoutRow).bind(4, res.tableId).run();
        }
        rec.sourceChecksum = checksum.get();
        rec.finishedAt = utcNow();
        const int64_t importId = store.logImport(rec);
        sql::Stmt setImport(db, "UPDATE profile_table SET import_id=? WHERE id=?");
        setImport.bind(1, importId).bind(2, res.tableId).run();
        tx.commit();
    };
    for (;;) {
        try {
            writeTable(!exactTypes, 0.0);
            break;
        } catch (const TypesChanged&) {
            if (exactTypes)
                throw Error(path + ": the file changed while it was read");
            auto src = open();
            std::vector<std::string> h;
            src->next(h);
            scanTypes(*src, path, header, types, std::numeric_limits<int64_t>::max(), opt.progress);
            exactTypes = true;
            // The rows then go in with the full scan's types: progress continues from one half.
            writeTable(false, 0.5);
            break;
        }
    }
    return res;
}

} // namespace

} // namespace ouro
