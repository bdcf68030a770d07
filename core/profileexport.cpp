#include "profileexport.h"

#include "error.h"
#include "parquet.h"
#include "profiletable.h"
#include "publish.h"
#include "sqlite.h"
#include "store.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <memory>
#include <cctype>
#include <filesystem>
#include <map>

namespace ouro {

namespace {

/** CytoTable's name for a key column. */
std::string keyName(const std::string& column, const std::string& as) {
    return column.starts_with("Metadata_") ? column : as;
}

/** Row ids of a filter (ascending), or empty with all = true. */
std::vector<int64_t> selectRows(const ProfileTable& t, const std::string& where, bool& all) {
    all = where.empty();
    return all ? std::vector<int64_t>() : t.filter(where, 60000);
}

/** Offsets into chunk k of the rows to write; advances `next` through `selected`. */
std::vector<size_t> rowsOfChunk(bool all, const std::vector<int64_t>& selected, size_t& next, int64_t first,
                                int64_t last) {
    std::vector<size_t> rows;
    if (all) {
        rows.resize(size_t(last - first + 1));
        for (size_t i = 0; i < rows.size(); ++i)
            rows[i] = i;
    } else {
        while (next < selected.size() && selected[next] <= last)
            rows.push_back(size_t(selected[next++] - first));
    }
    return rows;
}

void csvField(std::string_view v, std::string& out) {
    if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(v);
        return;
    }
    out.push_back('"');
    for (char c : v) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

} // namespace

ProfileExportResult exportProfileCsv(const std::string& dbPath, const std::string& out, const ProfileExportOptions& opt) {
    ProfileTable t(dbPath, opt.table);
    const auto& info = t.info();
    const auto& cols = t.columns();
    bool all = true;
    const std::vector<int64_t> selected = selectRows(t, opt.where, all);
    ProfileExportResult res;
    buildFile(out, [&](const std::string& temp) {
        // Closed on every way out of the lambda; the last fclose is checked below.
        std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(temp.c_str(), "wb"), &std::fclose);
        std::FILE* f = file.get();
        if (!f)
            throw Error(out + ": cannot write (" + std::strerror(errno) + ")");
        std::string buf;
        for (size_t c = 0; c < cols.size(); ++c) {
            if (c)
                buf.push_back(',');
            csvField(cols[c].name, buf);
        }
        buf.push_back('\n');
        const int64_t chunkRows = t.chunkRows(), chunks = (info.rows + chunkRows - 1) / chunkRows;
        size_t next = 0;
        for (int64_t k = 0; k < chunks; ++k) {
            const int64_t first = k * chunkRows + 1, last = std::min(info.rows, first + chunkRows - 1);
            const std::vector<size_t> rows = rowsOfChunk(all, selected, next, first, last);
            if (rows.empty())
                continue;
            std::vector<ColumnValues> values;
            values.reserve(cols.size());
            for (size_t c = 0; c < cols.size(); ++c)
                values.push_back(t.columnChunk(int(c), k));
            for (size_t r : rows) {
                for (size_t c = 0; c < cols.size(); ++c) {
                    if (c)
                        buf.push_back(',');
                    const ColumnValues& v = values[c];
                    if (r >= size_t(v.rows))
                        throw Error(dbPath + ": table \"" + info.name + "\": the column copy is shorter than the table");
                    if (v.isNull(int64_t(r)))
                        continue;
                    char num[32];
                    if (v.type == ColumnType::Text) {
                        csvField(v.textAt(int64_t(r)), buf);
                    } else if (v.type == ColumnType::Integer) {
                        buf.append(num, std::to_chars(num, num + sizeof num, v.ints[r]).ptr);
                    } else {
                        buf += exactReal(v.real[r]); // 477.0 stays REAL when read back
                    }
                }
                buf.push_back('\n');
                if (buf.size() > (1 << 20)) {
                    if (std::fwrite(buf.data(), 1, buf.size(), f) != buf.size())
                        throw Error(out + ": cannot write (" + std::strerror(errno) + ")");
                    res.bytes += int64_t(buf.size());
                    buf.clear();
                }
            }
            res.rows += int64_t(rows.size());
            if (opt.progress && !opt.progress(double(k + 1) / double(chunks)))
                throw Cancelled();
        }
        if (std::fwrite(buf.data(), 1, buf.size(), f) != buf.size() || std::fflush(f) != 0 || ::fsync(fileno(f)) != 0)
            throw Error(out + ": cannot write (" + std::strerror(errno) + ")");
        res.bytes += int64_t(buf.size());
        if (std::fclose(file.release()) != 0)
            throw Error(out + ": cannot write (" + std::strerror(errno) + ")");
    });
    res.columns = int64_t(cols.size());
    return res;
}

namespace {

/**
 * One Parquet file of table t: every row (all) or the rows `selected` (ascending),
 * without column `excluded` (a partition column; -1: none). Progress runs from
 * `from` to `to`.
 */
ProfileExportResult writeParquetFile(const ProfileTable& t, const std::string& dbPath, bool all,
                                     const std::vector<int64_t>& selected, int excluded, const std::string& out,
                                     const ProfileExportOptions& opt, double from, double to) {
    using namespace parquet;
    const auto& info = t.info();
    const auto& cols = t.columns();

    // Columns: the keys first, then where linked rows' objects are, then the rest.
    std::vector<int> order;
    const int imageKey = info.imageKey.empty() ? -1 : t.columnIndex(info.imageKey);
    const int objectKey = info.objectKey.empty() ? -1 : t.columnIndex(info.objectKey);
    std::vector<Node> fields;
    std::map<std::string, int> used;
    const auto addField = [&](std::string name, Physical type, Logical logical) {
        if (int n = ++used[name]; n > 1)
            name += "_" + std::to_string(n);
        fields.push_back(Node::leafOf(name, type, Repetition::Optional, logical));
    };
    const auto addColumn = [&](int idx, const std::string& name) {
        const ColumnType ct = cols[size_t(idx)].type;
        order.push_back(idx);
        addField(name, ct == ColumnType::Integer ? Physical::Int64 : ct == ColumnType::Real ? Physical::Double : Physical::ByteArray,
                 ct == ColumnType::Text ? Logical::String : Logical::None);
    };
    if (imageKey >= 0 && imageKey != excluded)
        addColumn(imageKey, keyName(cols[size_t(imageKey)].name, "Metadata_ImageNumber"));
    if (objectKey >= 0 && objectKey != excluded)
        addColumn(objectKey, keyName(cols[size_t(objectKey)].name, "Metadata_ObjectNumber"));
    const size_t keys = order.size(); // the link columns follow the keys
    const bool linked = !info.linkBy.empty();
    std::shared_ptr<const RowLinks> links;
    std::map<int64_t, std::pair<int64_t, std::string>> labelImages; // label image id -> image id, name
    if (linked) {
        links = t.links();
        Store s = Store::open(dbPath, Store::Mode::ReadOnly);
        for (const auto& l : s.labels())
            labelImages[l.id] = {l.imageId, l.name};
        addField("Metadata_ImageID", Physical::Int64, Logical::None);
        addField("Metadata_Labels", Physical::ByteArray, Logical::String);
        addField("Metadata_Label", Physical::Int64, Logical::None);
    }
    for (int i = 0; i < int(cols.size()); ++i)
        if (i != imageKey && i != objectKey && i != excluded)
            addColumn(i, cols[size_t(i)].name);

    WriterOptions wo;
    wo.codec = opt.codec;
    wo.level = opt.level;
    const int64_t chunkRows = t.chunkRows();
    wo.rowGroupRows = chunkRows;
    wo.metadata = {{"ouroboros.table", info.name}, {"ouroboros.source", dbPath}};
    if (!all)
        wo.metadata.emplace_back("ouroboros.filter", opt.where);
    FileWriter w(out, Node::groupOf("schema", fields), wo);

    const int64_t chunks = (info.rows + chunkRows - 1) / chunkRows;
    size_t next = 0; // into selected
    ProfileExportResult res;
    for (int64_t k = 0; k < chunks; ++k) {
        const int64_t first = k * chunkRows + 1, last = std::min(info.rows, first + chunkRows - 1);
        const std::vector<size_t> rows = rowsOfChunk(all, selected, next, first, last);
        if (rows.empty())
            continue;
        int outCol = 0;
        const auto put = [&](const ColumnValues& v) {
            ColumnData d;
            d.def.reserve(rows.size());
            for (size_t r : rows) {
                if (r >= size_t(v.rows))
                    throw Error(dbPath + ": table \"" + info.name + "\": the column copy is shorter than the table");
                const bool null = v.isNull(int64_t(r));
                d.def.push_back(null ? 0 : 1);
                if (null)
                    continue;
                if (v.type == ColumnType::Text)
                    d.addText(v.textAt(int64_t(r)));
                else if (v.type == ColumnType::Integer)
                    d.ints.push_back(v.ints[r]);
                else
                    d.reals.push_back(v.real[r]);
            }
            w.append(outCol++, d);
        };
        const auto putLinks = [&] { // where each row's (first) object is
            ColumnData image, names, label;
            for (size_t r : rows) {
                const auto objs = links->of(first + int64_t(r));
                const auto it = objs.empty() ? labelImages.end() : labelImages.find(objs[0].labelImageId);
                const bool has = it != labelImages.end();
                image.def.push_back(has), names.def.push_back(has), label.def.push_back(has);
                if (has) {
                    image.ints.push_back(it->second.first);
                    names.addText(it->second.second);
                    label.ints.push_back(objs[0].label);
                }
            }
            w.append(outCol++, image), w.append(outCol++, names), w.append(outCol++, label);
        };
        for (size_t c = 0; c <= order.size(); ++c) {
            if (linked && c == keys)
                putLinks();
            if (c < order.size())
                put(t.columnChunk(order[c], k));
        }
        w.endRows(int64_t(rows.size()));
        res.rows += int64_t(rows.size());
        if (opt.progress && !opt.progress(from + (to - from) * double(k + 1) / double(chunks)))
            throw Cancelled();
    }
    w.close();
    res.columns = int64_t(fields.size());
    res.bytes = w.written();
    return res;
}

/** A partition value as a Hive path segment: %-escaped, NULL as __HIVE_DEFAULT_PARTITION__. */
std::string hiveValue(const ColumnValues& v, int64_t i) {
    if (v.isNull(i))
        return "__HIVE_DEFAULT_PARTITION__";
    std::string raw = v.type == ColumnType::Text      ? std::string(v.textAt(i))
                      : v.type == ColumnType::Integer ? std::to_string(v.ints[size_t(i)])
                                                      : exactReal(v.real[size_t(i)]);
    std::string out;
    for (unsigned char c : raw) {
        if (std::isalnum(c) || c == '.' || c == '-' || c == '_' || c >= 0x80) {
            out.push_back(char(c));
        } else {
            char b[4];
            std::snprintf(b, sizeof b, "%%%02X", c);
            out += b;
        }
    }
    return out;
}

} // namespace

ProfileExportResult exportProfileParquet(const std::string& dbPath, const std::string& out,
                                         const ProfileExportOptions& opt) {
    ProfileTable t(dbPath, opt.table);
    bool all = true;
    const std::vector<int64_t> selected = selectRows(t, opt.where, all);
    if (opt.partitionBy.empty())
        return writeParquetFile(t, dbPath, all, selected, -1, out, opt, 0, 1);

    // A Hive-partitioned dataset: out/COL=value/part-0.parquet, built in out.partial.
    const int pcol = t.columnIndex(opt.partitionBy);
    if (pcol < 0)
        throw Error(dbPath + ": table \"" + opt.table + "\" has no column \"" + opt.partitionBy + "\" to partition by");
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(out, ec))
        throw Error(out + ": already exists; choose another name (an export never replaces a directory)");
    const auto part = t.column(pcol);
    std::map<std::string, std::vector<int64_t>> groups; // path segment -> rows, ascending
    if (all) {
        for (int64_t r = 1; r <= t.info().rows; ++r)
            groups[hiveValue(*part, r - 1)].push_back(r);
    } else {
        for (int64_t r : selected)
            groups[hiveValue(*part, r - 1)].push_back(r);
    }
    ProfileExportResult res;
    buildDirectory(out, [&](const std::string& temp) {
        size_t done = 0;
        for (const auto& [value, rows] : groups) {
            const std::string dir = temp + "/" + t.columns()[size_t(pcol)].name + "=" + value;
            fs::create_directories(dir);
            const auto r = writeParquetFile(t, dbPath, false, rows, pcol, dir + "/part-0.parquet", opt,
                                            double(done) / double(groups.size()),
                                            double(done + 1) / double(groups.size()));
            res.rows += r.rows;
            res.bytes += r.bytes;
            res.columns = r.columns + 1;
            ++done;
        }
    });
    return res;
}

} // namespace ouro
