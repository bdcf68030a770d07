// The Parquet codec: thrift and RLE round trips, our files read back by us, by
// DuckDB and by hyparquet, DuckDB's files read by us, and damaged files refused.
#include "error.h"
#include "sqlite.h"
#include "parquet.h"
#include "thrift.h"
#include "peers.h"
#include "testutil.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <sqlite3.h>
#include <random>

using namespace ouro;
using namespace ouro::parquet;
using Table = std::vector<std::vector<std::string>>; // rows of canonical values

namespace {

std::string real(double d) {
    if (std::isnan(d))
        return "NaN";
    char b[40];
    std::snprintf(b, sizeof b, "%.17g", d);
    return b;
}

std::string canon(const nlohmann::json& v) {
    if (v.is_null())
        return "NULL";
    if (v.is_boolean())
        return v.get<bool>() ? "true" : "false";
    if (v.is_number_integer())
        return std::to_string(v.get<int64_t>());
    if (v.is_number_unsigned())
        return std::to_string(v.get<uint64_t>());
    if (v.is_number_float())
        return real(v.get<double>());
    return v.get<std::string>();
}

/** Every row of a flat file, canonical, as our reader sees it. */
Table readAll(const FileReader& r) {
    Table t;
    for (int g = 0; g < r.rowGroups(); ++g) {
        const size_t base = t.size();
        t.resize(base + size_t(r.rowGroupRows(g)));
        for (size_t c = 0; c < r.columns().size(); ++c) {
            const Column& col = r.columns()[c];
            const ColumnData d = r.read(g, int(c));
            size_t v = 0;
            for (size_t row = 0; row < size_t(r.rowGroupRows(g)); ++row) {
                std::string s = "NULL";
                if (col.maxDef == 0 || d.def.at(row) == col.maxDef) {
                    if (col.type == Physical::Boolean)
                        s = d.ints.at(v) ? "true" : "false";
                    else if (isRealType(col.type))
                        s = real(d.reals.at(v));
                    else if (isBytesType(col.type))
                        s = std::string(d.text(v));
                    else
                        s = std::to_string(d.ints.at(v));
                    ++v;
                }
                t[base + row].push_back(s);
            }
        }
    }
    return t;
}

Table peerRows(const QString& mode, const QString& file, const QString& options = {}) {
    const auto j = peers::run(mode, file, options);
    Table t;
    for (const auto& row : j.at("rows")) {
        t.emplace_back();
        for (const auto& v : row)
            t.back().push_back(canon(v));
    }
    return t;
}

/** The test table: every physical type we write, nulls, NaN, UTF-8, a column of few values. */
struct Source {
    Node schema = Node::groupOf("schema", {
        Node::leafOf("id", Physical::Int32, Repetition::Required, Logical::Int),
        Node::leafOf("big", Physical::Int64, Repetition::Optional),
        Node::leafOf("value", Physical::Double, Repetition::Optional),
        Node::leafOf("small", Physical::Float, Repetition::Required),
        Node::leafOf("name", Physical::ByteArray, Repetition::Optional, Logical::String),
        Node::leafOf("flag", Physical::Boolean, Repetition::Required),
        Node::leafOf("few", Physical::Int64, Repetition::Required),
    });
    Table expected;

    void write(FileWriter& w, int rows) {
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> u(-1e6, 1e6);
        for (int start = 0; start < rows;) {
            const int n = std::min(rows - start, 500); // row groups close after the batch that fills them
            std::vector<ColumnData> cols(7);
            for (int i = start; i < start + n; ++i) {
                std::vector<std::string> row;
                cols[0].ints.push_back(i);
                row.push_back(std::to_string(i));
                const bool bigNull = i % 9 == 4;
                cols[1].def.push_back(bigNull ? 0 : 1);
                if (!bigNull)
                    cols[1].ints.push_back(int64_t(i) * 9000000000LL - 7);
                row.push_back(bigNull ? "NULL" : std::to_string(int64_t(i) * 9000000000LL - 7));
                const bool valueNull = i % 13 == 2;
                const double x = i % 17 == 5 ? std::nan("") : i % 19 == 0 ? -0.0 : u(rng);
                cols[2].def.push_back(valueNull ? 0 : 1);
                if (!valueNull)
                    cols[2].reals.push_back(x);
                row.push_back(valueNull ? "NULL" : real(x));
                const float f = float(i) / 3.0f;
                cols[3].reals.push_back(double(f));
                row.push_back(real(double(f)));
                const bool nameNull = i % 10 == 0;
                const std::string name = "cellule n°" + std::to_string(i % 37) + (i % 2 ? " ✓" : "");
                cols[4].def.push_back(nameNull ? 0 : 1);
                if (!nameNull)
                    cols[4].addText(name);
                row.push_back(nameNull ? "NULL" : name);
                cols[5].ints.push_back(i % 3 == 0);
                row.push_back(i % 3 == 0 ? "true" : "false");
                cols[6].ints.push_back(i % 4);
                row.push_back(std::to_string(i % 4));
                expected.push_back(row);
            }
            for (int c = 0; c < 7; ++c)
                w.append(c, cols[size_t(c)]);
            w.endRows(n);
            start += n;
        }
    }
};

} // namespace

class TstParquet : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

    QString file(const QString& name) { return tmp_.filePath(name); }

    Table writeSource(const QString& path, Codec codec, bool dictionary = true, int rows = 2500) {
        Source s;
        WriterOptions opt;
        opt.codec = codec;
        opt.dictionary = dictionary;
        opt.rowGroupRows = 1000;
        opt.pageBytes = 4096; // several pages per column chunk
        opt.metadata = {{"ouroboros.test", "ok"}};
        FileWriter w(path.toStdString(), s.schema, opt);
        s.write(w, rows);
        w.close();
        return s.expected;
    }

private slots:
    void thriftRoundTrip() {
        thrift::Writer w;
        w.beginStruct();
        w.i32(1, -5);
        w.i64(2, int64_t(1) << 40);
        w.binary(3, "naïve");
        w.boolean(4, true);
        w.boolean(5, false);
        w.structField(20); // a delta above 15
        w.i16(1, -300);
        w.byteField(2, -3);
        w.endStruct();
        w.listField(21, thrift::Type::I64, 20); // a long list
        for (int i = 0; i < 20; ++i)
            w.elemI64(i * -1000);
        w.listField(22, thrift::Type::True, 3);
        w.elemBool(true), w.elemBool(false), w.elemBool(true);
        w.endStruct();
        const std::string bytes = w.take();
        size_t used = 0;
        const auto v = thrift::readStruct(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), used, "t");
        QCOMPARE(used, bytes.size());
        QCOMPARE(v.integer(1), int64_t(-5));
        QCOMPARE(v.integer(2), int64_t(1) << 40);
        QCOMPARE(v.binary(3), std::string("naïve"));
        QCOMPARE(v.integer(4), int64_t(1));
        QCOMPARE(v.integer(5), int64_t(0));
        QCOMPARE(v.field(20)->integer(1), int64_t(-300));
        QCOMPARE(v.field(20)->integer(2), int64_t(-3));
        QCOMPARE(v.field(21)->list.size(), size_t(20));
        QCOMPARE(v.field(21)->list[19].i, int64_t(-19000));
        QCOMPARE(v.field(22)->list[1].i, int64_t(0));
        // Every truncation is refused with a message, never read past.
        for (size_t n = 0; n < bytes.size(); ++n)
            QVERIFY_THROWS_EXCEPTION(Error, thrift::readStruct(reinterpret_cast<const uint8_t*>(bytes.data()), n, used, "t"));
    }

    void rleRoundTrip() {
        std::mt19937 rng(3);
        for (int bw : {0, 1, 2, 3, 5, 8, 13, 20, 32}) {
            std::vector<uint32_t> v;
            const uint64_t max = bw == 32 ? 0xFFFFFFFFu : (uint64_t(1) << bw) - 1;
            for (int k = 0; k < 2000; ++k) {
                const uint32_t x = uint32_t(rng() & max);
                const int repeat = k % 5 == 0 ? 1 + int(rng() % 40) : 1; // runs and literals
                for (int r = 0; r < repeat; ++r)
                    v.push_back(x);
            }
            std::string enc;
            encodeRle(v, bw, enc);
            std::vector<uint32_t> back(v.size());
            const size_t used = decodeRle(std::span(reinterpret_cast<const uint8_t*>(enc.data()), enc.size()), bw,
                                          v.size(), back.data(), "t");
            QCOMPARE(used, enc.size());
            QVERIFY2(back == v, qPrintable(QString("bit width %1").arg(bw)));
        }
    }

    void roundTrip_data() {
        QTest::addColumn<int>("codec");
        QTest::addColumn<bool>("dictionary");
        for (Codec c : {Codec::Zstd, Codec::Snappy, Codec::Gzip, Codec::Brotli, Codec::Lz4Raw, Codec::Uncompressed})
            QTest::newRow(codecName(c)) << int(c) << true;
        QTest::newRow("zstd, no dictionary") << int(Codec::Zstd) << false;
    }
    void roundTrip() {
        guarded([&] {
            QFETCH(int, codec);
            QFETCH(bool, dictionary);
            const QString path = file("rt.parquet");
            const Table expected = writeSource(path, Codec(codec), dictionary);
            QVERIFY(!QFile::exists(path + ".part-" + QString::number(QCoreApplication::applicationPid())));
            FileReader r(path.toStdString());
            QCOMPARE(r.rows(), int64_t(2500));
            QCOMPARE(r.rowGroups(), 3);
            QCOMPARE(r.columns().size(), size_t(7));
            QCOMPARE(r.columns()[4].logical, Logical::String);
            QCOMPARE(r.columns()[1].maxDef, 1);
            QCOMPARE(r.columns()[0].maxDef, 0);
            QCOMPARE(r.metadata().size(), size_t(1));
            QCOMPARE(r.metadata()[0].second, std::string("ok"));
            QVERIFY(readAll(r) == expected);
        });
    }

    void duckdbAndHyparquetReadOurFiles_data() {
        QTest::addColumn<int>("codec");
        for (Codec c : {Codec::Zstd, Codec::Snappy, Codec::Gzip, Codec::Uncompressed, Codec::Brotli, Codec::Lz4Raw})
            QTest::newRow(codecName(c)) << int(c);
    }
    void duckdbAndHyparquetReadOurFiles() {
        guarded([&] {
            QFETCH(int, codec);
            const QString path = file(QString("ours-%1.parquet").arg(codec));
            const Table expected = writeSource(path, Codec(codec));
            const Table duck = peerRows("duckdb", path);
            QCOMPARE(duck.size(), expected.size());
            for (size_t i = 0; i < duck.size(); ++i)
                QVERIFY2(duck[i] == expected[i], qPrintable(QString("DuckDB, row %1: %2 / %3").arg(i).arg(
                QString::fromStdString(nlohmann::json(duck[i]).dump()), QString::fromStdString(nlohmann::json(expected[i]).dump()))));
            const Table hyp = peerRows("hyparquet", path);
            QCOMPARE(hyp.size(), expected.size());
            for (size_t i = 0; i < hyp.size(); ++i)
                QVERIFY2(hyp[i] == expected[i], qPrintable(QString("hyparquet, row %1").arg(i)));
        });
    }

    void weReadDuckdbFiles_data() {
        QTest::addColumn<QString>("options");
        QTest::newRow("zstd") << "COMPRESSION zstd";
        QTest::newRow("zstd, v2 pages") << "COMPRESSION zstd, PARQUET_VERSION v2";
        QTest::newRow("snappy") << "COMPRESSION snappy";
        QTest::newRow("snappy, v2") << "COMPRESSION snappy, PARQUET_VERSION v2";
        QTest::newRow("gzip") << "COMPRESSION gzip";
        QTest::newRow("uncompressed, v2") << "COMPRESSION uncompressed, PARQUET_VERSION v2";
        QTest::newRow("brotli") << "COMPRESSION brotli";
        QTest::newRow("lz4") << "COMPRESSION lz4";
        QTest::newRow("small row groups") << "COMPRESSION zstd, ROW_GROUP_SIZE 500";
    }
    void weReadDuckdbFiles() {
        guarded([&] {
            QFETCH(QString, options);
            const QString path = file("duck.parquet");
            QFile::remove(path);
            const Table duck = peerRows("write", path, options);
            FileReader r(path.toStdString());
            const Table ours = readAll(r);
            QCOMPARE(ours.size(), duck.size());
            for (size_t i = 0; i < ours.size(); ++i)
                QVERIFY2(ours[i] == duck[i], qPrintable(QString("row %1: %2 vs %3")
                                                           .arg(i)
                                                           .arg(QString::fromStdString(ours[i].empty() ? "" : ours[i][2]))
                                                           .arg(QString::fromStdString(duck[i].empty() ? "" : duck[i][2]))));
        });
    }

    void nestedStructsAndLists() {
        guarded([&] {
            // loc: an optional struct {x, y}; tags: an optional list of optional strings
            // (the three-level LIST layout). Four rows cover every level.
            Node loc = Node::groupOf("loc", {Node::leafOf("x", Physical::Double), Node::leafOf("y", Physical::Double)});
            Node element = Node::leafOf("element", Physical::ByteArray, Repetition::Optional, Logical::String);
            Node list = Node::groupOf("list", {element}, Repetition::Repeated);
            Node tags = Node::groupOf("tags", {list}, Repetition::Optional, Node::Group::List);
            const QString path = file("nested.parquet");
            FileWriter w(path.toStdString(), Node::groupOf("schema", {loc, tags}));
            QCOMPARE(w.columns().size(), size_t(3));
            QCOMPARE(w.columns()[0].name, std::string("loc.x"));
            QCOMPARE(w.columns()[0].maxDef, 2);
            QCOMPARE(w.columns()[2].name, std::string("tags.list.element"));
            QCOMPARE(w.columns()[2].maxDef, 3);
            QCOMPARE(w.columns()[2].maxRep, 1);
            ColumnData x, y, t;
            x.def = {2, 0, 2, 2}, x.reals = {1.5, 2.5, 0};
            y.def = {1, 0, 2, 2}, y.reals = {3.5, 1};
            // [a, b], [], NULL, [NULL, c]
            t.def = {3, 3, 1, 0, 2, 3}, t.rep = {0, 1, 0, 0, 0, 1};
            t.addText("a"), t.addText("b"), t.addText("c");
            w.append(0, x), w.append(1, y), w.append(2, t);
            w.endRows(4);
            w.close();

            FileReader r(path.toStdString());
            QCOMPARE(r.rows(), int64_t(4));
            QCOMPARE(r.columns()[2].name, std::string("tags.list.element"));
            const ColumnData rt = r.read(0, 2);
            QVERIFY(rt.def == t.def && rt.rep == t.rep && rt.bytes == "abc");
            QVERIFY(r.read(0, 1).def == y.def);
            // DuckDB sees the same struct and lists.
            const Table duck = peerRows("query", path,
                                        "SELECT loc.x, loc.y, to_json(tags)::VARCHAR FROM t");
            const Table want = {{"1.5", "NULL", "[\"a\",\"b\"]"},
                                {"NULL", "NULL", "[]"},
                                {"2.5", "3.5", "NULL"},
                                {"0", "1", "[null,\"c\"]"}};
            QVERIFY2(duck == want, nlohmann::json(duck).dump().c_str());
        });
    }

    void profileTableExport() {
        guarded([&] {
            // ExampleHuman's Nuclei table, linked to its labels, out as Parquet: DuckDB and
            // hyparquet read exactly the values SQLite holds, keys first in CytoTable's names.
            const QString db = file("export.ouro");
            QVERIFY(testutil::makeExampleHuman(db));
            QCOMPARE(testutil::ouro({"import", testutil::data("examplehuman/Nuclei.csv"), "--into", db, "--link-labels",
                                     "nuclei"}).exitCode, 0);
            Table source;
            {
                sql::Db d(db.toStdString(), SQLITE_OPEN_READONLY);
                sql::Stmt st(d, "SELECT * FROM Nuclei ORDER BY row_id");
                while (st.step()) {
                    std::vector<std::string> row;
                    for (int c = 1; c < st.columnCount(); ++c) { // without row_id
                        const int t = sqlite3_column_type(st.handle(), c);
                        row.push_back(t == SQLITE_NULL      ? "NULL"
                                      : t == SQLITE_INTEGER ? std::to_string(st.getInt(c))
                                      : t == SQLITE_FLOAT   ? real(st.getDouble(c))
                                                            : st.getText(c));
                    }
                    source.push_back(row);
                }
            }
            QCOMPARE(source.size(), size_t(289));
            const QString out = file("nuclei.parquet");
            auto r = testutil::ouro({"export", db, "--format", "parquet", "--table", "Nuclei", "--out", out});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains("289 rows x 108 columns"), qPrintable(r.out));
            const QString sql = "SELECT * EXCLUDE (Metadata_ImageID, Metadata_Labels, Metadata_Label) FROM t";
            for (const QString& peer : {QString("duckdb"), QString("hyparquet")}) {
                Table got = peer == "duckdb" ? peerRows("query", out, sql) : peerRows("hyparquet", out);
                if (peer == "hyparquet")
                    for (auto& row : got)
                        row.erase(row.begin() + 2, row.begin() + 5); // the three link columns
                QCOMPARE(got.size(), source.size());
                for (size_t i = 0; i < got.size(); ++i)
                    QVERIFY2(got[i] == source[i], qPrintable(peer + QString(", row %1").arg(i)));
            }
            const Table keys = peerRows("query", out,
                                        "SELECT Metadata_ImageNumber, Metadata_ObjectNumber, Metadata_Labels, "
                                        "Metadata_Label = Metadata_ObjectNumber FROM t LIMIT 1");
            QCOMPARE(keys[0], (std::vector<std::string>{"1", "1", "nuclei", "true"}));
            // A filter: only its rows, the same ones SQL finds.
            r = testutil::ouro({"export", db, "--format", "parquet", "--table", "Nuclei", "--out", out, "--where",
                                "AreaShape_Area > 200", "--compression", "snappy"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const Table f = peerRows("query", out, "SELECT list(Metadata_ObjectNumber ORDER BY Metadata_ObjectNumber)::VARCHAR FROM t");
            auto q = testutil::ouro({"query", db, "SELECT group_concat(ObjectNumber, ', ') FROM (SELECT ObjectNumber FROM "
                                                  "Nuclei WHERE AreaShape_Area > 200 ORDER BY ObjectNumber)",
                                     "--csv"});
            QCOMPARE(QString::fromStdString(f[0][0]), "[" + q.out.split('\n')[1].trimmed().remove('"') + "]");
            // A Hive-partitioned dataset, read by DuckDB as one table: the same rows and values.
            const QString dataset = file("by-count");
            r = testutil::ouro({"export", db, "--format", "parquet", "--table", "Nuclei", "--out", dataset,
                                "--partition-by", "Children_PH3_Count"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(QFile::exists(dataset + "/Children_PH3_Count=2/part-0.parquet"));
            QVERIFY(!QFile::exists(dataset + ".partial"));
            const Table parts = peerRows(
                "query", dataset + "/Children_PH3_Count=0/part-0.parquet",
                "SELECT Children_PH3_Count, COUNT(*), SUM(AreaShape_Area) FROM read_parquet('" + dataset +
                    "/**/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY 1");
            q = testutil::ouro({"query", db, "SELECT Children_PH3_Count, COUNT(*), SUM(AreaShape_Area) FROM Nuclei GROUP "
                                             "BY 1 ORDER BY 1", "--csv"});
            QStringList want = q.out.trimmed().split('\n').mid(1);
            QCOMPARE(int(parts.size()), int(want.size()));
            for (size_t i = 0; i < parts.size(); ++i)
                QCOMPARE(QString::fromStdString(parts[i][0] + "," + parts[i][1] + "," + parts[i][2]), want[int(i)]);
            // CSV: the table's own names and values that read back exactly (re-imported, every
            // column equals the source in value and type).
            const QString csv = file("nuclei-out.csv");
            r = testutil::ouro({"export", db, "--format", "csv", "--table", "Nuclei", "--out", csv});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            r = testutil::ouro({"import", csv, "--into", db, "--table-name", "Again"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            {
                sql::Db d(db.toStdString(), SQLITE_OPEN_READONLY);
                sql::Stmt names(d, "SELECT name FROM profile_column WHERE table_id = (SELECT id FROM profile_table WHERE "
                                   "name = 'Nuclei')");
                int same = 0;
                while (names.step()) {
                    const std::string c = "\"" + names.getText(0) + "\"";
                    same += d.scalarInt("SELECT COUNT(*) FROM Nuclei a JOIN Again b USING(row_id) WHERE a." + c + " IS b." + c +
                                        " AND typeof(a." + c + ") = typeof(b." + c + ")") == 289;
                }
                QCOMPARE(same, 105);
            }
            // A bad filter or table: an error, and no file.
            QFile::remove(out);
            r = testutil::ouro({"export", db, "--format", "parquet", "--table", "Nuclei", "--out", out, "--where", "1); DROP TABLE x; --"});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(!QFile::exists(out));
        });
    }

    void importedValuesEqualDuckdbs() {
        guarded([&] {
            // DuckDB writes every type a profile table meets; ouro import keeps the values DuckDB
            // reads: through the typed path (types from the schema) and, when a UBIGINT column
            // makes the values decide, through text. NaN becomes NULL, as in a CSV.
            const QString cols =
                "i::INTEGER AS i32, (i * 1000000007)::BIGINT AS i64, "
                "CASE WHEN i % 7 = 3 THEN NULL WHEN i % 11 = 5 THEN 'NaN'::DOUBLE ELSE i / 8.0 - 3.3 END AS dbl, "
                "(i * 0.25)::FLOAT AS flt, CASE WHEN i % 5 = 0 THEN NULL ELSE 'naïve ' || (i % 13) END AS txt, "
                "i % 3 = 0 AS flag, DATE '2024-01-01' + i::INTEGER AS day, "
                "TIMESTAMP '2024-01-01 00:00:00' + i * INTERVAL 1001 MILLISECOND AS ts, "
                "(i * 1.125)::DECIMAL(10, 3) AS dec, (4000000000 + i)::UINTEGER AS u32, i + 1 AS ObjectNumber";
            const QString check = "SELECT i32, i64, dbl, flt, txt, flag::INTEGER, CAST(day AS VARCHAR), "
                                  "strftime(ts, '%Y-%m-%dT%H:%M:%S.%fZ'), dec::DOUBLE, u32 FROM t";
            for (const bool typed : {true, false}) {
                const QString src = file(typed ? "types.parquet" : "types-text.parquet");
                peerRows("sql", "-",
                         "COPY (SELECT " + cols + (typed ? "" : ", (18446744073709551615 - i)::UBIGINT AS u64") +
                             " FROM range(3000) t(i)) TO '" + src + "' (FORMAT parquet, ROW_GROUP_SIZE 1000)");
                const Table duck = peerRows("query", src, check);
                const QString db = file(typed ? "types.ouro" : "types-text.ouro");
                auto r = testutil::ouro({"import", src, "--into", db, "--table-name", "t"});
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
                // The stored values, straight from SQLite (its text for REAL has only 15 digits).
                sql::Db d(db.toStdString(), SQLITE_OPEN_READONLY);
                sql::Stmt st(d, "SELECT i32, i64, dbl, flt, txt, flag, day, ts, dec, u32 FROM t ORDER BY row_id");
                size_t i = 0;
                for (; st.step(); ++i) {
                    QVERIFY(i < duck.size());
                    const auto& want = duck[i];
                    for (int c = 0; c < 10; ++c) {
                        const int type = sqlite3_column_type(st.handle(), c);
                        std::string got = type == SQLITE_NULL      ? "NULL"
                                          : type == SQLITE_INTEGER ? std::to_string(st.getInt(c))
                                          : type == SQLITE_FLOAT   ? real(st.getDouble(c))
                                                                   : st.getText(c);
                        std::string w = want[size_t(c)] == "NaN" ? "NULL" : want[size_t(c)];
                        if (type == SQLITE_FLOAT && w != "NULL")
                            w = real(std::stod(w));
                        QVERIFY2(got == w, qPrintable(QString("%1 row %2 column %3: ours %4, DuckDB %5")
                                                          .arg(typed ? "typed" : "text")
                                                          .arg(i)
                                                          .arg(c)
                                                          .arg(QString::fromStdString(got), QString::fromStdString(w))));
                        const int expected = c == 4 || c == 6 || c == 7 ? SQLITE_TEXT
                                             : c == 2 || c == 3 || c == 8 ? SQLITE_FLOAT
                                                                          : SQLITE_INTEGER;
                        QVERIFY(type == expected || type == SQLITE_NULL);
                    }
                }
                QCOMPARE(i, duck.size());
            }
        });
    }

    void wideTableExport() {
        guarded([&] {
            // 2,500 columns (past SQLite's 2,000: three row tables) of REAL, INTEGER, TEXT and NULL,
            // exported without a link: DuckDB and hyparquet read every value as written.
            const int cols = 2500, rows = 40;
            const QString csv = file("wide.csv");
            Table want;
            {
                QFile f(csv);
                QVERIFY(f.open(QIODevice::WriteOnly));
                QByteArray text = "ObjectNumber";
                for (int c = 1; c < cols; ++c)
                    text += ",F_" + QByteArray::number(c);
                text += "\n";
                for (int r = 0; r < rows; ++r) {
                    std::vector<std::string> row{std::to_string(r + 1)};
                    text += QByteArray::number(r + 1);
                    for (int c = 1; c < cols; ++c) {
                        std::string v;
                        if (c % 500 == 7)
                            v = "naïve " + std::to_string(r % 5);        // TEXT
                        else if (c % 97 == 3 && r % 4 == 1)
                            v = "NULL";                                  // an empty field
                        else if (c % 2)
                            v = std::to_string(int64_t(r) * 1000003 + c); // INTEGER
                        else
                            v = real(r * 0.25 + c / 8.0);                 // REAL
                        row.push_back(v);
                        text += "," + (v == "NULL" ? QByteArray() : QByteArray::fromStdString(v));
                    }
                    text += "\n";
                    want.push_back(row);
                }
                f.write(text);
            }
            const QString db = file("wide.ouro");
            auto r = testutil::ouro({"import", csv, "--into", db});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString out = file("wide.parquet");
            r = testutil::ouro({"export", db, "--format", "parquet", "--table", "wide", "--out", out});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            for (const QString& peer : {QString("duckdb"), QString("hyparquet")}) {
                Table got = peerRows(peer, out);
                QCOMPARE(got.size(), size_t(rows));
                for (size_t i = 0; i < got.size(); ++i) // ObjectNumber first (as Metadata_ObjectNumber), then the rest
                    QVERIFY2(got[i] == want[i], qPrintable(peer + QString(", row %1").arg(i)));
            }
        });
    }

    void damagedFilesAreRefused() {
        const QString path = file("good.parquet");
        writeSource(path, Codec::Zstd, true, 300);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        f.close();
        const auto tryRead = [&](const QByteArray& bytes) {
            const QString bad = file("bad.parquet");
            QFile o(bad);
            o.open(QIODevice::WriteOnly | QIODevice::Truncate);
            o.write(bytes);
            o.close();
            try {
                FileReader r(bad.toStdString());
                readAll(r);
                return std::string();
            } catch (const Error& e) {
                return std::string(e.what());
            }
        };
        // Truncated anywhere: refused, naming the file.
        for (int n : {0, 3, 8, 100, int(good.size()) / 2, int(good.size()) - 9, int(good.size()) - 1}) {
            const std::string msg = tryRead(good.left(n));
            QVERIFY2(msg.find("bad.parquet") != std::string::npos, msg.c_str());
        }
        // A footer length that lies.
        QByteArray lying = good;
        lying[lying.size() - 8] = char(0x7F);
        lying[lying.size() - 5] = char(0x10);
        QVERIFY(tryRead(lying).find("footer") != std::string::npos);
        // Bytes flipped all over: an error or a read, never a crash (ASan watches the reads).
        std::mt19937 rng(11);
        int refused = 0;
        for (int k = 0; k < 300; ++k) {
            QByteArray b = good;
            for (int flips = 0; flips < 3; ++flips)
                b[int(rng() % uint32_t(b.size()))] = char(rng());
            refused += !tryRead(b).empty();
        }
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TstParquet)
#include "tst_parquet.moc"
