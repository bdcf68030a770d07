// Profile tables from CSV: CellProfiler output, type inference, wide tables,
// linking rows to objects, and the inputs that must be refused.
#include "colormap.h"
#include "error.h"
#include "profiles.h"
#include "profiletable.h"
#include "sqlite.h"
#include "store.h"
#include "tiffreader.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QImage>
#include <QTest>

#include <map>
#include <set>

#include <sqlite3.h>
#include <zlib.h>

using namespace ouro;

class TstProfiles : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString db_;

    static std::string quoted(const QString& text) { return "'" + text.toStdString() + "'"; } // paths without quotes

    QString write(const QString& name, const QByteArray& text) {
        QFile f(tmp_.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return f.fileName();
    }

private slots:
    void initTestCase() {
        db_ = tmp_.filePath("p.ouro");
        QVERIFY(testutil::makeExampleHuman(db_));
        QVERIFY(QFile::copy(db_, tmp_.filePath("sources.ouro"))); // images and labels, no tables yet
        QVERIFY(QFile::copy(db_, tmp_.filePath("bare.ouro")));    // the same, left as it is
        QVERIFY(QFile::copy(db_, tmp_.filePath("linkall.ouro"))); // for cellProfilerNucleiLinkAll's own import
        // The fixtures every slot may use, so each runs alone too: the nuclei table "Nuclei"
        // linked in p.ouro, and the same CSV as "NucleiCsv" in sources.ouro.
        auto r = testutil::ouro({"import", testutil::data("examplehuman/Nuclei.csv"), "--into", db_, "--link-labels",
                                 "nuclei"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = testutil::ouro({"import", testutil::data("examplehuman/Nuclei.csv"), "--into", tmp_.filePath("sources.ouro"),
                            "--link-labels", "nuclei", "--table-name", "NucleiCsv"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void cellProfilerNucleiLinkAll() {
        const QString db = tmp_.filePath("linkall.ouro");
        auto r = testutil::ouro({"import", testutil::data("examplehuman/Nuclei.csv"), "--into", db, "--link-labels",
                                 "nuclei"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("linked 289 of 289 rows"), qPrintable(r.out));
        QVERIFY(r.out.contains("0 objects have no row"));
        // Each row's object is the label with that ObjectNumber.
        auto q = testutil::ouro({"query", db,
                                 "SELECT COUNT(*) FROM Nuclei n JOIN profile_link l ON l.row_id = n.row_id "
                                 "JOIN object o ON o.id = l.object_id WHERE o.label = n.ObjectNumber "
                                 "AND l.table_id = (SELECT id FROM profile_table WHERE name='Nuclei')",
                                 "--csv"});
        QCOMPARE(q.out, QString("COUNT(*)\n289\n"));
        // Types: integers stay integers, measurements are REAL, names keep their spelling.
        q = testutil::ouro({"query", db,
                            "SELECT typeof(ObjectNumber), typeof(AreaShape_Area), typeof(Location_Center_X) FROM "
                            "Nuclei LIMIT 1",
                            "--csv"});
        QCOMPARE(q.out.split('\n')[1], QString("integer,integer,real"));
        QCOMPARE(testutil::ouro({"check", db}).exitCode, 0);
    }

    void cellProfilerSqliteMatchesTheCsv() {
        const QString db = tmp_.filePath("sources.ouro");
        auto r = testutil::ouro({"import", testutil::data("examplehuman/ExampleHuman.sqlite"), "--into", db,
                                 "--link-labels", "nuclei"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("table \"Nuclei\", 289 rows x 105 columns; linked 289 of 289 rows"), qPrintable(r.out));
        QVERIFY(r.out.contains("table \"Cells\""));
        // The same nuclei from the CSV, under another name ("NucleiCsv", imported by initTestCase).
        // CSV column X is SQLite column Nuclei_X. The two files come from different CellProfiler runs:
        // 100 of the 103 measurements are bit-identical; Zernike_1_1 differs in the last bit for two
        // objects; Orientation is in radians in the CSV and in degrees in the SQLite file; Solidity
        // was computed with a different convex hull (within 6 %). Everything else must match exactly.
        Store s = Store::open(db.toStdString(), Store::Mode::ReadOnly);
        sql::Stmt cols(s.db(), "SELECT name FROM profile_column WHERE table_id = (SELECT id FROM profile_table WHERE "
                               "name='NucleiCsv') AND name NOT IN ('ImageNumber', 'ObjectNumber')");
        int compared = 0, exact = 0;
        while (cols.step()) {
            const std::string c = cols.getText(0);
            std::string cond = "c.\"" + c + "\" IS NOT s.\"Nuclei_" + c + "\"";
            if (c == "AreaShape_Zernike_1_1")
                cond = "abs(c.\"" + c + "\" - s.\"Nuclei_" + c + "\") > 1e-15 * abs(s.\"Nuclei_" + c + "\")";
            else if (c == "AreaShape_Orientation")
                cond = "abs(degrees(c.\"" + c + "\") - s.\"Nuclei_" + c + "\") > 1e-9";
            else if (c == "AreaShape_Solidity")
                cond = "abs(c.\"" + c + "\" - s.\"Nuclei_" + c + "\") > 0.06 * s.\"Nuclei_" + c + "\"";
            else
                ++exact;
            const std::string q = "SELECT COUNT(*) FROM NucleiCsv c JOIN Nuclei s ON s.Nuclei_Number_Object_Number = "
                                  "c.ObjectNumber WHERE " + cond;
            const int64_t differ = s.db().scalarInt(q, -1);
            QVERIFY2(differ == 0, qPrintable(QString::fromStdString(c + ": " + std::to_string(differ) + " rows differ")));
            ++compared;
        }
        QCOMPARE(exact, 100);
        QCOMPARE(compared, 103);
        // And both link each row to the same object.
        QCOMPARE(s.db().scalarInt("SELECT COUNT(*) FROM profile_link a JOIN profile_link b ON a.row_id = b.row_id AND "
                                  "a.object_id = b.object_id WHERE a.table_id = (SELECT id FROM profile_table WHERE "
                                  "name='Nuclei') AND b.table_id = (SELECT id FROM profile_table WHERE name='NucleiCsv')"),
                 289);
    }

    void cytoTableParquetMatchesTheCsv() {
        // CytoTable's join of the same objects, written by pyarrow (ZSTD): every Nuclei
        // measurement equals the CSV's, value and type, and the rows link like the CSV's.
        const QString db = tmp_.filePath("sources.ouro");
        auto r = testutil::ouro({"import", testutil::data("examplehuman/examplehuman_joined_profiles.parquet"), "--into",
                                 db, "--link-labels", "nuclei"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("table \"examplehuman_joined_profiles\", 289 rows x 313 columns; linked 289 of 289 rows"),
                 qPrintable(r.out));
        Store s = Store::open(db.toStdString(), Store::Mode::ReadOnly);
        sql::Stmt cols(s.db(), "SELECT name FROM profile_column WHERE table_id = (SELECT id FROM profile_table WHERE "
                               "name='NucleiCsv') AND name NOT IN ('ImageNumber', 'ObjectNumber')");
        int compared = 0;
        while (cols.step()) {
            const std::string c = cols.getText(0);
            const std::string q = "SELECT COUNT(*) FROM NucleiCsv c JOIN examplehuman_joined_profiles p ON "
                                  "p.Nuclei_Number_Object_Number = c.ObjectNumber WHERE p.\"Nuclei_" + c +
                                  "\" IS NOT c.\"" + c + "\" OR typeof(p.\"Nuclei_" + c + "\") != typeof(c.\"" + c + "\")";
            const int64_t differ = s.db().scalarInt(q, -1);
            QVERIFY2(differ == 0, qPrintable(QString::fromStdString(c + ": " + std::to_string(differ) + " rows differ")));
            ++compared;
        }
        QCOMPARE(compared, 103);
        // Each row links to the nucleus of its object number.
        QCOMPARE(s.db().scalarInt("SELECT COUNT(*) FROM examplehuman_joined_profiles p JOIN profile_link l ON l.row_id = "
                                  "p.row_id AND l.table_id = (SELECT id FROM profile_table WHERE name = "
                                  "'examplehuman_joined_profiles') JOIN object o ON o.id = l.object_id WHERE o.label = "
                                  "p.Metadata_ObjectNumber"),
                 289);
    }

    void infoListsTables() {
        auto r = testutil::ouro({"info", db_, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("\"tables\""));
        QVERIFY(r.out.contains("\"name\": \"Nuclei\""));
        QVERIFY(r.out.contains("\"rows_linked\": 289"));
        QVERIFY(testutil::ouro({"info", db_}).out.contains("table \"Nuclei\": 289 rows x 105 columns, 289 rows linked"));
    }

    void linkByCentroid() {
        auto r = testutil::ouro({"import", testutil::data("examplehuman/Nuclei.csv"), "--into", db_, "--link-labels",
                                 "nuclei", "--link-by", "centroid", "--table-name", "NucleiByCentroid"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The labels were made from these centroids: every row finds its own nucleus.
        QVERIFY2(r.out.contains("linked 289 of 289 rows"), qPrintable(r.out));
        auto q = testutil::ouro({"query", db_,
                                 "SELECT COUNT(*) FROM NucleiByCentroid n JOIN profile_link l ON l.row_id = n.row_id "
                                 "AND l.table_id = (SELECT id FROM profile_table WHERE name='NucleiByCentroid') "
                                 "JOIN object o ON o.id = l.object_id WHERE o.label = n.ObjectNumber",
                                 "--csv"});
        QCOMPARE(q.out, QString("COUNT(*)\n289\n"));
    }

    void quotedFieldsAcrossLines() {
        auto r = testutil::ouro({"import", testutil::data("examplehuman/Experiment.csv"), "--into", db_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto q = testutil::ouro({"query", db_, "SELECT COUNT(*), MAX(instr(Value, char(10)) > 0) FROM Experiment",
                                 "--csv"});
        QCOMPARE(q.out.split('\n')[1], QString("8,1")); // 8 records, some values hold line breaks
    }

    void typesNullsAndGzip() {
        const QByteArray text = "id,score,name,mixed\n1,0.5,a,1\n2,nan,,x\n3,,c,NaN\n";
        const QString csv = write("t.csv", text);
        const QString gz = tmp_.filePath("t2.csv.gz");
        gzFile g = gzopen(gz.toUtf8().constData(), "wb");
        gzwrite(g, text.constData(), unsigned(text.size()));
        gzclose(g);
        for (const QString& f : {csv, gz}) {
            auto r = testutil::ouro({"import", f, "--into", db_});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        for (const char* t : {"t", "t2"}) {
            auto q = testutil::ouro({"query", db_,
                                     QString("SELECT typeof(id), typeof(score), COUNT(score), COUNT(name), "
                                             "typeof(mixed) FROM %1 WHERE id = 1")
                                         .arg(t),
                                     "--csv"});
            QCOMPARE(q.out.split('\n')[1], QString("integer,real,1,1,text"));
            q = testutil::ouro({"query", db_, QString("SELECT COUNT(score), COUNT(name) FROM %1").arg(t), "--csv"});
            QCOMPARE(q.out.split('\n')[1], QString("1,2")); // nan, NaN and empty are NULL
        }
    }

    void tsvWithNaAndNamedKeys() {
        // A TSV whose key columns have names no rule knows, "NA" for missing values, linked by
        // --image-key and --object-key; what went in is read back with Python's sqlite3.
        const QString db = tmp_.filePath("tsv.ouro"), tsv = tmp_.filePath("cells.tsv");
        QVERIFY(QFile::copy(tmp_.filePath("bare.ouro"), db));
        auto made = testutil::run(testutil::python(),
                                  {"-c", "import csv, sys\n"
                                         "rows = list(csv.DictReader(open(sys.argv[1])))\n"
                                         "with open(sys.argv[2], 'w') as f:\n"
                                         "    f.write('Plate_Image\\tCellID\\tArea\\n')\n"
                                         "    for i, r in enumerate(rows):\n"
                                         "        a = 'NA' if i % 7 == 0 else r['AreaShape_Area']\n"
                                         "        f.write('%s\\t%s\\t%s\\n' % (r['ImageNumber'], r['ObjectNumber'], a))\n",
                                   testutil::data("examplehuman/Nuclei.csv"), tsv});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        auto r = testutil::ouro({"import", tsv, "--into", db, "--link-labels", "nuclei", "--image-key", "Plate_Image",
                                 "--object-key", "CellID"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto q = testutil::run(
            testutil::python(),
            {"-c", "import sqlite3, sys\n"
                   "c = sqlite3.connect(sys.argv[1])\n"
                   "n, nulls, t = c.execute(\"SELECT COUNT(*), SUM(Area IS NULL), (SELECT typeof(Area) FROM cells \"\n"
                   "    \"WHERE Area IS NOT NULL LIMIT 1) FROM cells\").fetchone()\n"
                   "linked, image_key, object_key = c.execute(\"SELECT rows_linked, image_key, object_key \"\n"
                   "    \"FROM profile_table WHERE name = 'cells'\").fetchone()\n"
                   "right = c.execute(\"SELECT COUNT(*) FROM cells t JOIN profile_link l ON l.row_id = t.row_id \"\n"
                   "    \"JOIN object o ON o.id = l.object_id WHERE o.label = t.CellID\").fetchone()[0]\n"
                   "print(n, nulls, t, linked, image_key, object_key, right)\n",
             db});
        QVERIFY2(q.exitCode == 0, qPrintable(q.err));
        // 289 rows, every 7th Area missing (42), whole numbers typed INTEGER, all linked, each to its own object.
        QCOMPARE(q.out.trimmed(), QStringLiteral("289 42 integer 289 Plate_Image CellID 289"));
    }

    void wideTableBeyondTheColumnLimit() {
        // 2500 columns: more than SQLite's 2000, stored in parts of 1000.
        QByteArray text = "ImageNumber,ObjectNumber";
        for (int c = 0; c < 2498; ++c)
            text += ",Feature_" + QByteArray::number(c);
        text += "\n";
        for (int r = 1; r <= 20; ++r) {
            text += "1," + QByteArray::number(r);
            for (int c = 0; c < 2498; ++c)
                text += "," + QByteArray::number(r * 10000 + c) + ".5";
            text += "\n";
        }
        auto r = testutil::ouro({"import", write("wide.csv", text), "--into", db_, "--link-labels", "nuclei"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("20 rows x 2500 columns"));
        QVERIFY(r.out.contains("linked 20 of 20 rows"));
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        QCOMPARE(s.db().scalarInt("SELECT parts FROM profile_table WHERE name='wide'"), 3);
        // Column 2400 (Feature_2398) lives in part 2; its value for row 7 is exact.
        auto phys = s.db().scalarText("SELECT 'profile_' || table_id || '_p' || part || '.' || physical FROM "
                                      "profile_column WHERE name='Feature_2398'");
        QVERIFY(phys);
        const std::string table = phys->substr(0, phys->find('.')), col = phys->substr(phys->find('.') + 1);
        sql::Stmt v(s.db(), "SELECT " + col + " FROM " + table + " WHERE row_id = 7");
        QVERIFY(v.step());
        QCOMPARE(v.getDouble(0), 72398.5);

        // Filters, sorts and the column copy work past the column limit too.
        ProfileTable t(db_.toStdString(), "wide");
        const auto rows = t.filter("Feature_2398 > 100000 AND Feature_5 < 170000", 5000);
        QCOMPARE(rows, (std::vector<int64_t>{10, 11, 12, 13, 14, 15, 16}));
        auto f = testutil::ouro({"filter", db_, "--table", "wide", "--where", "Feature_2497 >= 152497.5", "--count"});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        QCOMPARE(f.out, QString("6 of 20 rows match\n"));
        auto desc = t.sorted(t.columnIndex("Feature_2398"), false);
        QCOMPARE(desc->front(), int64_t(20));
        QCOMPARE(desc->back(), int64_t(1));
        auto fetched = t.fetchRows({7, 20});
        QCOMPARE(fetched[0][size_t(t.columnIndex("Feature_2398"))].d, 72398.5);
        QCOMPARE(fetched[1][1].i, int64_t(20));
    }

    void columnCopyMatchesTheRows() {
        // Every column of the column copy equals what SQLite returns from the rows,
        // and a sort equals SQLite's ORDER BY (NULLs last, ties by row).
        ProfileTable t(db_.toStdString(), "Nuclei");
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        QCOMPARE(t.info().rows, int64_t(289));
        for (const auto& c : t.columns()) {
            auto col = t.column(c.idx);
            QCOMPARE(col->rows, int64_t(289));
            sql::Stmt st(s.db(), "SELECT " + c.physical + " FROM profile_" + std::to_string(t.info().id) + "_p" +
                                     std::to_string(c.part) + " ORDER BY row_id");
            int64_t i = 0;
            while (st.step()) {
                QCOMPARE(col->isNull(i), st.isNull(0));
                if (!st.isNull(0)) {
                    if (c.type == ColumnType::Text)
                        QCOMPARE(std::string(col->textAt(i)), st.getText(0));
                    else if (c.type == ColumnType::Integer)
                        QCOMPARE(col->ints[size_t(i)], st.getInt(0));
                    else
                        QCOMPARE(col->real[size_t(i)], st.getDouble(0));
                }
                ++i;
            }
            QCOMPARE(i, int64_t(289));
            for (bool asc : {true, false}) {
                sql::Stmt o(s.db(), "SELECT row_id FROM profile_" + std::to_string(t.info().id) + "_p" +
                                        std::to_string(c.part) + " ORDER BY " + c.physical + " IS NULL, " +
                                        c.physical + (asc ? " ASC" : " DESC") + ", row_id");
                std::vector<int64_t> expect;
                while (o.step())
                    expect.push_back(o.getInt(0));
                QCOMPARE(*t.sorted(c.idx, asc), expect);
            }
        }
        // A filter gives the rows SQLite's own WHERE gives on the view.
        sql::Stmt w(s.db(), "SELECT row_id FROM Nuclei WHERE AreaShape_Area > 250 OR Location_Center_X < 20 ORDER BY row_id");
        std::vector<int64_t> expect;
        while (w.step())
            expect.push_back(w.getInt(0));
        QVERIFY(!expect.empty());
        QCOMPARE(t.filter("AreaShape_Area > 250 OR Location_Center_X < 20"), expect);
    }

    void version1FilesStillWork() {
        // A version-1 file (no column copy, no saved_filter) reads the same values from
        // its rows, and opening it read-write migrates it to version 2.
        const QString v1 = tmp_.filePath("v1.ouro");
        QVERIFY(QFile::copy(db_, v1));
        const std::string id = std::to_string(ProfileTable(db_.toStdString(), "Nuclei").info().id);
        {
            sql::Db raw(v1.toStdString(), SQLITE_OPEN_READWRITE);
            raw.exec("DROP TABLE profile_" + id + "_cols; DROP TABLE saved_filter; PRAGMA user_version=1");
        }
        ProfileTable old(v1.toStdString(), "Nuclei");
        ProfileTable now(db_.toStdString(), "Nuclei");
        for (const char* name : {"AreaShape_Area", "Location_Center_X", "ObjectNumber"}) {
            const int i = now.columnIndex(name);
            QCOMPARE(old.column(i)->real, now.column(i)->real);
            QCOMPARE(*old.sorted(i, false), *now.sorted(i, false));
        }
        QCOMPARE(old.filter("AreaShape_Area > 250"), now.filter("AreaShape_Area > 250"));
        QVERIFY(old.savedFilters().empty());
        {
            Store s = Store::open(v1.toStdString(), Store::Mode::ReadWrite);
            QCOMPARE(s.db().scalarInt("PRAGMA user_version"), int64_t(2));
            QCOMPARE(s.db().scalarInt("SELECT COUNT(*) FROM sqlite_master WHERE name='saved_filter'"), int64_t(1));
        }
        QCOMPARE(testutil::ouro({"check", v1}).exitCode, 0);
    }

    void linksRegionsAndSavedFilters() {
      {
        ProfileTable t(db_.toStdString(), "Nuclei");
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        const int64_t labelImage = s.db().scalarInt("SELECT id FROM label_image WHERE name='nuclei'");
        // Row 5 is ObjectNumber 5, so it links to label 5 and back.
        auto links = t.links();
        QCOMPARE(links->of(5).size(), size_t(1));
        QCOMPARE(links->of(5)[0].label, uint32_t(5));
        QCOMPARE(t.rowsForObject(labelImage, 5), std::vector<int64_t>{5});
        QVERIFY(t.rowsForObject(labelImage, 100000).empty());
        // The whole image holds every object; a region holds exactly the objects whose box meets it.
        QCOMPARE(t.rowsInRegion(labelImage, 0, 0, 512, 512).size(), size_t(289));
        sql::Stmt q(s.db(), "SELECT COUNT(*) FROM object WHERE label_image_id=? AND bbox_max_x > 100 AND "
                            "bbox_min_x < 200 AND bbox_max_y > 50 AND bbox_min_y < 150");
        q.bind(1, labelImage);
        QVERIFY(q.step());
        QCOMPARE(int64_t(t.rowsInRegion(labelImage, 100, 50, 200, 150).size()), q.getInt(0));
        auto boxes = t.objectBoxes({links->of(5)[0].objectId});
        QCOMPARE(boxes.size(), size_t(1));
        QCOMPARE(boxes[0].labels, std::string("nuclei"));
        QVERIFY(boxes[0].maxX > boxes[0].minX);
      } // readers closed, so the writes below are checkpointed when their connection closes
        // Saved filters live in the file, per table.
        saveFilter(db_.toStdString(), "Nuclei", "big", "AreaShape_Area > 250");
        saveFilter(db_.toStdString(), "Nuclei", "big", "AreaShape_Area > 260"); // replaces
        QVERIFY_THROWS_EXCEPTION(Error, saveFilter(db_.toStdString(), "Nuclei", "bad", "1); DROP TABLE x; --"));
        auto saved = ProfileTable(db_.toStdString(), "Nuclei").savedFilters();
        QCOMPARE(saved.size(), size_t(1));
        QCOMPARE(saved[0].expression, std::string("AreaShape_Area > 260"));
        deleteFilter(db_.toStdString(), "Nuclei", "big");
        QVERIFY(ProfileTable(db_.toStdString(), "Nuclei").savedFilters().empty());
        QCOMPARE(testutil::ouro({"check", db_}).exitCode, 0);
    }

    void refusedInputs_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("ragged row") << QByteArray("a,b,c\n1,2,3\n4,5\n") << "line 3: 2 fields";
        QTest::newRow("not utf-8") << QByteArray("a,b\n1,caf\xe9\n") << "not UTF-8";
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n") << "never closed";
        QTest::newRow("empty") << QByteArray("") << "empty file";
        // The same after the rows whose types are guessed first (20,000): found while the rows go in.
        QByteArray many = "a,b\n";
        for (int i = 1; i <= 25000; ++i)
            many += QByteArray::number(i) + ",x\n";
        QTest::newRow("ragged row, late") << many + "4\n" << "line 25002: 1 fields, but the header has 2";
        QTest::newRow("not utf-8, late") << many + "1,caf\xe9\n" << "line 25002, column 2 (b): not UTF-8";
        QTest::newRow("unclosed quote, late") << many + "1,\"open\n" << "never closed";
    }
    void refusedInputs() {
        QFETCH(QByteArray, text);
        QFETCH(QString, words);
        const auto before = testutil::sha256(db_);
        auto r = testutil::ouro({"import", write("bad.csv", text), "--into", db_});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bad.csv") && r.err.contains(words), qPrintable(r.err));
        QCOMPARE(testutil::sha256(db_), before);
    }

    void typesBeyondTheSample() {
        // Types are guessed from the first 20,000 rows; values further on that do not fit
        // make the import read the whole file for types and start the rows again.
        QByteArray text = "id,late_real,late_text,empty_then_int,real\n";
        for (int i = 1; i <= 25000; ++i)
            text += QByteArray::number(i) + "," + QByteArray::number(i % 7) + ",,," + QByteArray::number(i) + ".5\n";
        text += "25001,2.5,word,7,1\n";
        auto r = testutil::ouro({"import", write("late.csv", text), "--into", db_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("25001 rows x 5 columns"), qPrintable(r.out));
        auto q = testutil::ouro({"query", db_,
                                 "SELECT typeof(id), typeof(late_real), typeof(late_text), typeof(empty_then_int), "
                                 "typeof(real) FROM late WHERE id IN (1, 25001) ORDER BY id",
                                 "--csv"});
        QCOMPARE(q.out.split('\n').mid(1, 2), QStringList({"integer,real,null,null,real", "integer,real,text,integer,real"}));
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        QCOMPARE(s.db().scalarText("SELECT group_concat(type) FROM (SELECT type FROM profile_column WHERE table_id = "
                                   "(SELECT id FROM profile_table WHERE name = 'late') ORDER BY idx)")
                     .value_or(""),
                 std::string("INTEGER,REAL,TEXT,INTEGER,REAL"));
        QCOMPARE(s.db().scalarInt("SELECT row_count FROM profile_table WHERE name = 'late'"), 25001);
        // The column copy has the same types and values as the rows.
        ProfileTable t(db_.toStdString(), "late");
        const auto late = t.column(1);
        QCOMPARE(late->type, ColumnType::Real);
        QCOMPARE(late->real.size(), size_t(25001));
        QCOMPARE(late->real[0], 1.0);
        QCOMPARE(late->real[25000], 2.5);
        QCOMPARE(t.column(3)->type, ColumnType::Integer);
        QCOMPARE(t.column(3)->ints[25000], int64_t(7));
    }

    void duplicateColumnsWarn() {
        auto r = testutil::ouro({"import", write("dup.csv", "x,x,y\n1,2,3\n"), "--into", db_});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("line 1, column 2") && r.err.contains("x_2"), qPrintable(r.err));
    }

    void filterCountsAndKeys() {
        // Nuclei was imported (and linked) by cellProfilerNucleiLinkAll.
        auto r = testutil::ouro({"filter", db_, "--table", "Nuclei", "--where", "AreaShape_Area > 300"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto q = testutil::ouro({"query", db_, "SELECT COUNT(*) FROM Nuclei WHERE AreaShape_Area > 300", "--csv"});
        const QString n = q.out.split('\n')[1];
        QCOMPARE(r.out.trimmed(), QString("%1 of 289 rows match").arg(n));
        r = testutil::ouro({"filter", db_, "--table", "Nuclei", "--where",
                            "AreaShape_Area > 300 AND Intensity_MeanIntensity_PH3 > 0.05", "--keys"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto lines = r.out.trimmed().split('\n');
        QCOMPARE(lines[0], QString("row_id,image,labels,label"));
        QVERIFY(lines.size() > 1);
        for (int i = 1; i < lines.size(); ++i) {
            const auto f = lines[i].split(',');
            QCOMPARE(f[1], QString("0"));
            QCOMPARE(f[2], QString("nuclei"));
            QCOMPARE(f[3], f[0]); // in ExampleHuman, row i is object i
        }
    }

    void filterEscapesAreRefused_data() {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("words");
        QTest::newRow("drop table") << "1); DROP TABLE profile_table; --" << "one expression";
        QTest::newRow("second statement") << "1; DELETE FROM object" << "one expression";
        QTest::newRow("load_extension") << "load_extension('/tmp/evil.so') IS NULL" << "refused";
        QTest::newRow("attach") << "1) AND (SELECT 1 FROM (ATTACH 'x' AS y)" << "one expression";
        QTest::newRow("attach inside") << "(ATTACH DATABASE 'x' AS y) IS NULL" << "invalid filter";
        QTest::newRow("pragma") << "(SELECT * FROM pragma_writable_schema) = 1" << "refused";
        // writefile() is the sqlite3 shell's, not the library's: it is not there to call at all.
        QTest::newRow("write through function") << "writefile('/tmp/x', 'y') = 1"
                                                << "invalid filter at position 1: no such function: writefile";
        // fts3_tokenizer() is in the library (it can load code): the authorizer denies it.
        QTest::newRow("denied function") << "fts3_tokenizer('simple') IS NULL"
                                         << "filter refused: it may only read columns and call harmless functions "
                                            "(not authorized to use function: fts3_tokenizer)";
        QTest::newRow("comment") << "1 /* hidden */" << "comment";
        QTest::newRow("unbalanced") << "AreaShape_Area > 3)" << "unbalanced";
        QTest::newRow("unknown column") << "NoSuchColumn > 3" << "no such column";
        QTest::newRow("endless recursion")
            << "(WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT COUNT(*) FROM r) > 0"
            << "cancelled";
    }
    void filterEscapesAreRefused() {
        QFETCH(QString, expr);
        QFETCH(QString, words);
        const auto before = testutil::sha256(db_);
        auto r = testutil::ouro({"filter", db_, "--table", "Nuclei", "--where", expr, "--timeout", "300"}, 20000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QCOMPARE(testutil::sha256(db_), before);
        QCOMPARE(testutil::ouro({"query", db_, "SELECT COUNT(*) FROM profile_table", "--csv"}).exitCode, 0);
    }

    void filterRecoloursTheLabels() {
        const QString expr = "AreaShape_Area > 150";
        auto keys = testutil::ouro({"filter", db_, "--table", "Nuclei", "--where", expr, "--keys"});
        QVERIFY2(keys.exitCode == 0, qPrintable(keys.err));
        std::set<int> matched;
        for (const auto& line : keys.out.trimmed().split('\n').mid(1))
            matched.insert(line.split(',')[3].toInt());
        QVERIFY(matched.size() > 10 && matched.size() < 289);
        const QString plain = tmp_.filePath("plain.png"), colored = tmp_.filePath("filtered.png");
        QCOMPARE(testutil::ouro({"render", db_, "--image", "0", "--out", plain}).exitCode, 0);
        auto r = testutil::ouro({"render", db_, "--image", "0", "--out", colored, "--labels", "nuclei", "--table",
                                 "Nuclei", "--filter", expr, "--match-color", "#FF00FF", "--nomatch", "hide",
                                 "--label-opacity", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage a(plain), b(colored);
        a = a.convertToFormat(QImage::Format_RGB32);
        b = b.convertToFormat(QImage::Format_RGB32);
        ouro::TiffFile mask(testutil::samples("examplehuman/nuclei_labels.tif").toStdString());
        std::vector<uint16_t> ids(512 * 512);
        mask.readBand(0, 0, 512, {reinterpret_cast<uint8_t*>(ids.data())});
        int colouredPixels = 0;
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x) {
                const int id = ids[size_t(y * 512 + x)];
                if (matched.count(id)) {
                    QCOMPARE(b.pixel(x, y), qRgb(255, 0, 255)); // exactly the match colour
                    ++colouredPixels;
                } else {
                    QCOMPARE(b.pixel(x, y), a.pixel(x, y)); // everything else is the plain image
                }
            }
        QVERIFY(colouredPixels > 1000);
    }

    void colorByColumn() {
        // Endpoints are the published colours.
        QCOMPARE(colormapColor("viridis", 0.0), 0x440154FFu);
        QCOMPARE(colormapColor("viridis", 1.0), 0xFDE725FFu);
        QCOMPARE(colormapColor("magma", 2.0), 0xFCFDBFFFu); // clamped
        const QString out = tmp_.filePath("colorby.png");
        auto r = testutil::ouro({"render", db_, "--image", "0", "--out", out, "--labels", "nuclei", "--table", "Nuclei",
                                 "--color-by", "AreaShape_Area", "--colormap", "viridis", "--range", "50,300",
                                 "--label-opacity", "1", "--label-mode", "fill"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage img = QImage(out).convertToFormat(QImage::Format_RGB32);
        // Each object is drawn in the colour of its own row's area.
        std::map<int, double> area;
        auto q = testutil::ouro({"query", db_, "SELECT ObjectNumber, AreaShape_Area FROM Nuclei", "--csv"});
        for (const auto& line : q.out.trimmed().split('\n').mid(1))
            area[line.split(',')[0].toInt()] = line.split(',')[1].toDouble();
        QCOMPARE(int(area.size()), 289);
        ouro::TiffFile mask(testutil::samples("examplehuman/nuclei_labels.tif").toStdString());
        std::vector<uint16_t> ids(512 * 512);
        mask.readBand(0, 0, 512, {reinterpret_cast<uint8_t*>(ids.data())});
        int checked = 0;
        for (int y = 0; y < 512; y += 2)
            for (int x = 0; x < 512; x += 2) {
                const int id = ids[size_t(y * 512 + x)];
                if (!id)
                    continue;
                const uint32_t c = colormapColor("viridis", (area[id] - 50) / 250.0);
                QCOMPARE(img.pixel(x, y), qRgb(int(c >> 24), int((c >> 16) & 0xFF), int((c >> 8) & 0xFF)));
                ++checked;
            }
        QVERIFY(checked > 1000);
        // A count (an integer column of at most 10 values) gets the categorical palette, by value.
        r = testutil::ouro({"render", db_, "--image", "0", "--out", out, "--labels", "nuclei", "--table", "Nuclei",
                            "--color-by", "Children_PH3_Count", "--label-opacity", "1", "--label-mode", "fill"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        img = QImage(out).convertToFormat(QImage::Format_RGB32);
        std::map<int, int> count;
        q = testutil::ouro({"query", db_, "SELECT ObjectNumber, Children_PH3_Count FROM Nuclei", "--csv"});
        for (const auto& line : q.out.trimmed().split('\n').mid(1))
            count[line.split(',')[0].toInt()] = line.split(',')[1].toInt();
        std::set<int> seen;
        for (int y = 0; y < 512; y += 2)
            for (int x = 0; x < 512; x += 2) {
                const int id = ids[size_t(y * 512 + x)];
                if (!id)
                    continue;
                const uint32_t c = categoricalColor(size_t(count[id])); // values 0, 1, 2: indices 0, 1, 2
                QCOMPARE(img.pixel(x, y), qRgb(int(c >> 24), int((c >> 16) & 0xFF), int((c >> 8) & 0xFF)));
                seen.insert(count[id]);
            }
        QCOMPARE(seen, (std::set<int>{0, 1, 2}));
        // Unknown columns and maps are refused.
        QCOMPARE(testutil::ouro({"render", db_, "--image", "0", "--out", out, "--labels", "nuclei", "--table", "Nuclei",
                                 "--color-by", "Nope"})
                     .exitCode,
                 1);
        QCOMPARE(testutil::ouro({"render", db_, "--image", "0", "--out", out, "--labels", "nuclei", "--table", "Nuclei",
                                 "--color-by", "AreaShape_Area", "--colormap", "rainbow"})
                     .exitCode,
                 2);
    }

    void filterErrorsShowThePosition() {
        auto r = testutil::ouro({"filter", db_, "--table", "Nuclei", "--where", "AreaShape_Area >> > 3"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("at position"), qPrintable(r.err));
    }

    void cellProfilerSingleObjectTable() {
        // ExportToDatabase's "single object table" layout: one Per_Object table holding every
        // object type side by side, keyed by ImageNumber and ObjectNumber. Made here from the
        // per-object tables of ExampleHuman.sqlite, plus one object with no nucleus.
        const QString src = tmp_.filePath("single.sqlite");
        {
            sql::Db d(src.toStdString(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            d.exec("ATTACH " + quoted(testutil::data("examplehuman/ExampleHuman.sqlite")) + " AS e");
            d.exec("CREATE TABLE Per_Image AS SELECT * FROM e.Per_Image");
            std::string cols = "n.ImageNumber AS ImageNumber, n.Nuclei_Number_Object_Number AS ObjectNumber";
            for (const char* t : {"Nuclei", "Cells"}) {
                sql::Stmt info(d, std::string("SELECT name FROM e.pragma_table_info('Per_") + t + "')");
                while (info.step())
                    if (info.getText(0) != "ImageNumber")
                        cols += std::string(", ") + (t[0] == 'N' ? "n." : "c.") + sql::quoteIdent(info.getText(0));
            }
            d.exec("CREATE TABLE Per_Object AS SELECT " + cols +
                   " FROM e.Per_Nuclei n JOIN e.Per_Cells c ON c.ImageNumber = n.ImageNumber AND "
                   "c.Cells_Number_Object_Number = n.Nuclei_Number_Object_Number");
            d.exec("INSERT INTO Per_Object(ImageNumber, ObjectNumber, Cells_AreaShape_Area) VALUES(1, 290, 5)");
        }
        const QString db = tmp_.filePath("single.ouro");
        QVERIFY(QFile::copy(tmp_.filePath("bare.ouro"), db));
        auto r = testutil::ouro({"import", src, "--into", db, "--link-labels", "nuclei"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // "Object" would clash with the file's own object table (SQLite ignores case), so the
        // table keeps its full name; a user's --table-name that clashes is refused.
        QVERIFY2(r.out.contains("table \"Per_Object\", 290 rows x 209 columns"), qPrintable(r.out));
        QVERIFY2(r.out.contains("linked 289 of 290 rows to \"nuclei\" by number, 1 matched no object, 0 objects have no row"),
                 qPrintable(r.out));
        // The nuclei measurements are those of Per_Nuclei, and each row links to its own nucleus.
        Store s = Store::open(db.toStdString(), Store::Mode::ReadOnly);
        s.db().exec("ATTACH " + quoted(testutil::data("examplehuman/ExampleHuman.sqlite")) + " AS e");
        QCOMPARE(s.db().scalarInt("SELECT COUNT(*) FROM Per_Object o JOIN e.Per_Nuclei n ON n.Nuclei_Number_Object_Number = "
                                  "o.ObjectNumber WHERE o.Nuclei_AreaShape_Area IS n.Nuclei_AreaShape_Area AND "
                                  "o.Cells_AreaShape_Area IS (SELECT Cells_AreaShape_Area FROM e.Per_Cells c WHERE "
                                  "c.Cells_Number_Object_Number = o.ObjectNumber)"),
                 289);
        QCOMPARE(s.db().scalarInt("SELECT COUNT(*) FROM Per_Object o JOIN profile_link l ON l.row_id = o.row_id AND "
                                  "l.table_id = (SELECT id FROM profile_table WHERE name = 'Per_Object') JOIN object b ON "
                                  "b.id = l.object_id WHERE b.label = o.ObjectNumber"),
                 289);
        const auto before = testutil::sha256(db);
        r = testutil::ouro({"import", testutil::data("examplehuman/Nuclei.csv"), "--into", db, "--table-name", "OBJECT"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the name \"OBJECT\" is taken by a table of the file itself"), qPrintable(r.err));
        QCOMPARE(testutil::sha256(db), before);
    }

    void largeWritesKeepTheFileInWal() {
        // An import into an existing file swaps WAL for a rollback journal while it writes
        // (Store::BulkWrite), and the file is in WAL again afterwards, also when cancelled.
        const QString db = tmp_.filePath("bulk.ouro");
        QVERIFY(QFile::copy(tmp_.filePath("bare.ouro"), db));
        const auto mode = [&] {
            sql::Db d(db.toStdString(), SQLITE_OPEN_READONLY);
            return d.scalarText("PRAGMA journal_mode").value_or("");
        };
        QCOMPARE(mode(), std::string("wal"));
        {
            Store s = Store::open(db.toStdString(), Store::Mode::ReadWrite);
            {
                Store::BulkWrite bulk(s);
                QVERIFY(bulk.switched());
                QCOMPARE(s.db().scalarText("PRAGMA journal_mode").value_or(""), std::string("delete"));
            }
            QCOMPARE(s.db().scalarText("PRAGMA journal_mode").value_or(""), std::string("wal"));
            // Cancelled half-way: nothing is left behind and the mode is back. Only the
            // header's change counters (bytes 24-27 and 92-95) count the two mode switches.
            const auto content = [&] {
                QFile f(db);
                f.open(QIODevice::ReadOnly);
                QByteArray b = f.readAll();
                b.replace(24, 4, QByteArray(4, 0)).replace(92, 4, QByteArray(4, 0));
                return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
            };
            const auto before = content();
            ProfileImportOptions opt;
            opt.bulkWriteBytes = 0; // as if the file were large
            int64_t checks = 0;
            opt.progress = [&](double f) {
                // Cancels while the rows go in, with the journal switched.
                checks += s.db().scalarText("PRAGMA journal_mode").value_or("") == "delete";
                return f < 0.5;
            };
            QVERIFY_THROWS_EXCEPTION(Cancelled, importProfileCsv(s, testutil::data("examplehuman/Nuclei.csv").toStdString(), opt));
            QCOMPARE(checks, 1);
            QCOMPARE(s.db().scalarText("PRAGMA journal_mode").value_or(""), std::string("wal"));
            QCOMPARE(s.db().scalarInt("SELECT COUNT(*) FROM profile_table"), 0);
            QCOMPARE(content(), before);
            // With a reader on the file, the mode cannot change: the import goes through the WAL.
            sql::Db reader(db.toStdString(), SQLITE_OPEN_READONLY);
            QCOMPARE(reader.scalarInt("SELECT COUNT(*) FROM image"), 1);
            {
                Store::BulkWrite bulk(s);
                QVERIFY(!bulk.switched());
            }
            opt.progress = {};
            auto r = importProfileCsv(s, testutil::data("examplehuman/Nuclei.csv").toStdString(), opt);
            QCOMPARE(r.rows, 289);
            QCOMPARE(reader.scalarInt("SELECT COUNT(*) FROM profile_table"), 1);
        }
        QCOMPARE(mode(), std::string("wal"));
        QCOMPARE(testutil::ouro({"check", db}).exitCode, 0);
        // A process that died inside a BulkWrite leaves the file in rollback mode: the next
        // read-write open puts it back in WAL.
        {
            sql::Db d(db.toStdString(), SQLITE_OPEN_READWRITE);
            QCOMPARE(d.scalarText("PRAGMA journal_mode=DELETE").value_or(""), std::string("delete"));
        }
        QCOMPARE(mode(), std::string("delete"));
        { Store s = Store::open(db.toStdString(), Store::Mode::ReadWrite); }
        QCOMPARE(mode(), std::string("wal"));
    }

    void tablesWithoutKeysWarn() {
        auto r = testutil::ouro({"import", write("plain.csv", "a,b\n1,2\n"), "--into", db_});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("warning: ") && r.err.contains("plain.csv: line 1: no object key column") &&
                     r.err.contains("cannot be linked"),
                 qPrintable(r.err));
        // A table with keys says nothing.
        r = testutil::ouro({"import", write("keyed.csv", "ImageNumber,ObjectNumber,x\n1,1,2\n"), "--into", db_});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains("warning"), qPrintable(r.err));
    }

    void linkingNeedsKeys() {
        const auto before = testutil::sha256(db_);
        auto r = testutil::ouro({"import", write("nokeys.csv", "a,b\n1,2\n"), "--into", db_, "--link-labels", "nuclei"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no object key"), qPrintable(r.err));
        QCOMPARE(testutil::sha256(db_), before);
    }
};

QTEST_GUILESS_MAIN(TstProfiles)
#include "tst_profiles.moc"
