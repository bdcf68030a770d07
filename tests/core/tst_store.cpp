// The .ouro file contract: identity, versioning, read-only files, and that
// refusing a file never modifies it.
#include "chunkreader.h"
#include "error.h"
#include "importer.h"
#include "store.h"
#include "testutil.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ouro;

class TstStore : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString path(const QString& n) { return tmp_.filePath(n); }

    static void expectError(const std::function<void()>& f, const QString& mustContain) {
        try {
            f();
        } catch (const Error& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(mustContain),
                     qPrintable(QString("message \"%1\" lacks \"%2\"").arg(e.what(), mustContain)));
            return;
        }
        QFAIL("no error");
    }

    // Creates an SQLite file with given application_id / user_version via the C API.
    static void makeSqlite(const QString& p, int appId, int version, bool withTable) {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(p.toUtf8().constData(), &db), SQLITE_OK);
        std::string sqlText = "PRAGMA application_id=" + std::to_string(appId) +
                              "; PRAGMA user_version=" + std::to_string(version) + ";";
        if (withTable)
            sqlText += "CREATE TABLE t(x); INSERT INTO t VALUES(1);";
        QCOMPARE(sqlite3_exec(db, sqlText.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }

private slots:
    void createsContractFile() {
        const QString p = path("new.ouro");
        {
            Store s = Store::open(p.toStdString(), Store::Mode::CreateReadWrite);
            QVERIFY(!s.readOnly());
            QCOMPARE(s.schemaVersion(), kSchemaVersion);
        }
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(p.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        auto scalar = [&](const char* q) {
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(db, q, -1, &st, nullptr);
            sqlite3_step(st);
            std::string v = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
            sqlite3_finalize(st);
            return v;
        };
        QCOMPARE(scalar("PRAGMA application_id"), std::to_string(kApplicationId));
        QCOMPARE(scalar("PRAGMA user_version"), std::to_string(kSchemaVersion));
        QCOMPARE(scalar("PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(scalar("SELECT sql FROM sqlite_master WHERE name='zarr'"),
                 std::string("CREATE TABLE zarr(k TEXT PRIMARY KEY, v BLOB)"));
        QCOMPARE(scalar("SELECT CAST(v AS TEXT) FROM zarr WHERE k='.zattrs'").find("\"bioformats2raw.layout\": 3") !=
                     std::string::npos,
                 true);
        sqlite3_close(db);
    }

    void documentedSchemaIsTheRealOne() {
        // docs/file-format.md against a new file, read by Python's sqlite3: every catalog table
        // with exactly its documented columns, and the documented application_id, version and page size.
        const QString p = path("contract.ouro");
        { Store s = Store::open(p.toStdString(), Store::Mode::CreateReadWrite); }
        auto r = testutil::run(testutil::python(), {testutil::source("tests/python/check_format_doc.py"),
                                                    testutil::source("docs/file-format.md"), p});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("ok: ")), qPrintable(r.out));
    }

    void refusesNewerSchemaUntouched() {
        const QString p = path("newer.ouro");
        makeSqlite(p, kApplicationId, kSchemaVersion + 1, true);
        const auto before = testutil::sha256(p);
        expectError([&] { Store::open(p.toStdString(), Store::Mode::ReadWrite); }, "newer Ouroboros");
        expectError([&] { Store::open(p.toStdString(), Store::Mode::ReadOnly); }, "newer.ouro");
        QCOMPARE(testutil::sha256(p), before);
        QVERIFY(!QFile::exists(p + "-wal"));
    }

    void refusesForeignSqliteUntouched() {
        const QString p = path("foreign.sqlite");
        makeSqlite(p, 0, 0, true);
        const auto before = testutil::sha256(p);
        expectError([&] { Store::open(p.toStdString(), Store::Mode::ReadWrite); }, "not an Ouroboros file");
        QCOMPARE(testutil::sha256(p), before);
    }

    void refusesNonSqliteUntouched() {
        const QString p = path("notes.ouro");
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
        f.close();
        const auto before = testutil::sha256(p);
        expectError([&] { Store::open(p.toStdString(), Store::Mode::ReadWrite); }, "not an SQLite database");
        expectError([&] { Store::open(p.toStdString(), Store::Mode::CreateReadWrite); }, "notes.ouro");
        QCOMPARE(testutil::sha256(p), before);
    }

    void missingFileIsAnError() {
        expectError([&] { Store::open(path("absent.ouro").toStdString(), Store::Mode::ReadWrite); }, "no such file");
        QVERIFY(!QFile::exists(path("absent.ouro")));
    }

    void readOnlyFileOpensReadOnly() {
        const QString p = path("locked.ouro");
        { Store::open(p.toStdString(), Store::Mode::CreateReadWrite); }
        QVERIFY(QFile::setPermissions(p, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const auto before = testutil::sha256(p);
        {
            Store s = Store::open(p.toStdString(), Store::Mode::ReadWrite);
            QVERIFY(s.readOnly());
            ImportOptions opt;
            auto plan = planImport({testutil::data("ome_samples/z-series.ome.tiff").toStdString()}, opt);
            expectError([&] { runImport(s, plan, opt); }, "read-only");
        }
        QCOMPARE(testutil::sha256(p), before);
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
    }

    void readOnlyModeNeverWrites() {
        const QString p = path("ro.ouro");
        {
            Store s = Store::open(p.toStdString(), Store::Mode::CreateReadWrite);
            ImportOptions opt;
            auto plan = planImport({testutil::data("ome_samples/single-channel.ome.tiff").toStdString()}, opt);
            runImport(s, plan, opt);
        }
        const auto before = testutil::sha256(p);
        Store s = Store::open(p.toStdString(), Store::Mode::ReadOnly);
        QVERIFY(s.readOnly());
        QCOMPARE(s.images().size(), size_t(1));
        ImportOptions opt;
        auto plan = planImport({testutil::data("ome_samples/z-series.ome.tiff").toStdString()}, opt);
        expectError([&] { runImport(s, plan, opt); }, "read-only");
        QCOMPARE(testutil::sha256(p), before);
    }

    void readersSeeCommittedStateDuringImport() {
        const QString p = path("wal.ouro");
        Store writer = Store::open(p.toStdString(), Store::Mode::CreateReadWrite);
        ImportOptions opt;
        auto plan = planImport({testutil::data("ome_samples/time-series.ome.tif").toStdString()}, opt);
        runImport(writer, plan, opt);
        int readsDuringImport = 0;
        auto plan2 = planImport({testutil::data("ome_samples/z-series.ome.tiff").toStdString()}, opt);
        runImport(writer, plan2, opt, [&](double) {
            // Another connection reads while the write transaction is open: it sees only image 0.
            Store reader = Store::open(p.toStdString(), Store::Mode::ReadOnly);
            if (reader.images().size() != 1)
                return false;
            ChunkReader chunks(p.toStdString());
            std::vector<uint8_t> buf;
            if (!chunks.read({0, 0, 6, 0, 0, 0, 0, {}}, size_t(167 * 439), buf))
                return false;
            ++readsDuringImport;
            return true;
        });
        QVERIFY(readsDuringImport > 0);
        QCOMPARE(Store::open(p.toStdString(), Store::Mode::ReadOnly).images().size(), size_t(2));
    }

    void stagedStoreAppearsOnlyWhenPublished() {
        const QString p = path("staged.ouro");
        ImportOptions opt;
        auto plan = planImport({testutil::data("ome_samples/z-series.ome.tiff").toStdString()}, opt);
        {
            Store s = Store::createStaged(p.toStdString());
            QVERIFY(s.staged());
            runImport(s, plan, opt);
            QVERIFY(!QFile::exists(p)); // invisible until published
            s.publish();
            QVERIFY(!s.staged());
            QCOMPARE(s.images().size(), size_t(1));
            QCOMPARE(*s.db().scalarText("PRAGMA journal_mode"), std::string("wal"));
            runImport(s, plan, opt); // and it keeps working as an ordinary store
        }
        Store r = Store::open(p.toStdString(), Store::Mode::ReadOnly);
        QCOMPARE(r.images().size(), size_t(2));
        QVERIFY(QDir(tmp_.path()).entryList({"staged.ouro.importing-*"}).isEmpty());
        // Discarded (or dropped unpublished): no file at all.
        const QString q = path("dropped.ouro");
        { Store s = Store::createStaged(q.toStdString()); }
        QVERIFY(!QFile::exists(q));
        QVERIFY(QDir(tmp_.path()).entryList({"dropped.ouro*"}).isEmpty());
        // A file that appears meanwhile is never replaced.
        const QString race = path("race.ouro");
        Store s = Store::createStaged(race.toStdString());
        { Store::open(race.toStdString(), Store::Mode::CreateReadWrite); }
        const auto before = testutil::sha256(race);
        expectError([&] { s.publish(); }, "race.ouro");
        QCOMPARE(testutil::sha256(race), before);
        // The imported data is not thrown away: it stays in the file the message names.
        QCOMPARE(QDir(tmp_.path()).entryList({"race.ouro.importing-*"}).size(), 1);
    }

    void cancelledImportLeavesNothing() {
        const QString p = path("cancel.ouro");
        Store s = Store::open(p.toStdString(), Store::Mode::CreateReadWrite);
        ImportOptions opt;
        auto plan = planImport({testutil::data("ome_samples/time-series.ome.tif").toStdString()}, opt);
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Cancelled, runImport(s, plan, opt, [&](double) { return ++calls < 3; }));
        QCOMPARE(s.images().size(), size_t(0));
        QCOMPARE(s.db().scalarInt("SELECT COUNT(*) FROM zarr WHERE k LIKE '0/%'"), 0);
        QCOMPARE(s.db().scalarInt("SELECT COUNT(*) FROM import_log"), 0);
        QCOMPARE(*s.db().scalarText("PRAGMA integrity_check"), std::string("ok"));
        // And the same import runs again.
        auto images = runImport(s, plan, opt);
        QCOMPARE(images.size(), size_t(1));
        QCOMPARE(s.images().size(), size_t(1));
        QCOMPARE(s.imports().size(), size_t(1));
        QVERIFY(s.imports()[0].sourceChecksum.starts_with("crc32:"));
    }
};

QTEST_GUILESS_MAIN(TstStore)
#include "tst_store.moc"
