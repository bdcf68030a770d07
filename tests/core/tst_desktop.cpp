// Desktop integration, checked with an independent reader of shared-mime-info (Qt's
// QMimeDatabase over a database that update-mime-database compiled from our types):
// a .ouro is known by its content (SQLite with our application_id), not by its name alone;
// other SQLite files are not taken for ours; *.ome.tif is an OME-TIFF, a kind of TIFF.
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

class TstDesktop : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private slots:
    void initTestCase() {
        const QString updater = QStandardPaths::findExecutable("update-mime-database");
        if (updater.isEmpty())
            QSKIP("update-mime-database (shared-mime-info) is not installed");
        // One database compiled from the system's types and ours, as installing the package
        // does in /usr/share/mime (Qt 6.4, unlike GLib, does not weigh magic across two
        // separately compiled databases, so a second one would not show what users get).
        const QDir system("/usr/share/mime/packages");
        if (!system.exists("freedesktop.org.xml"))
            QSKIP("the system's shared-mime-info database is missing");
        const QString mime = tmp_.filePath("share/mime");
        QVERIFY(QDir().mkpath(mime + "/packages"));
        for (const QString& f : system.entryList({"*.xml"}, QDir::Files))
            QVERIFY(QFile::copy(system.filePath(f), mime + "/packages/" + f));
        QVERIFY(QFile::copy(testutil::source("installer/linux/ouroboros-mime.xml"), mime + "/packages/ouroboros.xml"));
        // Set before the first QMimeDatabase is made (it reads the dirs once), and before
        // update-mime-database, which warns about a folder outside the search path.
        qputenv("XDG_DATA_HOME", tmp_.filePath("share").toUtf8());
        qputenv("XDG_DATA_DIRS", tmp_.filePath("none").toUtf8());
        const auto r = testutil::run(updater, {mime});
        QVERIFY2(r.exitCode == 0 && r.err.trimmed().isEmpty(), qPrintable(r.err));
        QVERIFY(QFile::exists(mime + "/mime.cache"));
    }

    void anOuroIsKnownByItsContent() {
        const QString db = tmp_.filePath("made.ouro");
        QCOMPARE(testutil::ouro({"import", testutil::samples("dsb2018/img2d.tif"), "--into", db}).exitCode, 0);
        // Renamed with no extension, and with a misleading one.
        const QString bare = tmp_.filePath("experiment-7"), misnamed = tmp_.filePath("export.bin");
        QVERIFY(QFile::copy(db, bare));
        QVERIFY(QFile::copy(db, misnamed));
        QMimeDatabase mdb;
        QCOMPARE(mdb.mimeTypeForFile(db).name(), QString("application/x-ouroboros"));
        QCOMPARE(mdb.mimeTypeForFile(bare).name(), QString("application/x-ouroboros"));
        QCOMPARE(mdb.mimeTypeForFile(misnamed, QMimeDatabase::MatchContent).name(), QString("application/x-ouroboros"));
        const QMimeType t = mdb.mimeTypeForName("application/x-ouroboros");
        QVERIFY(t.inherits("application/vnd.sqlite3"));
        QCOMPARE(t.suffixes(), QStringList{"ouro"});
    }

    void otherSqliteFilesAreNotOurs() {
        const QString plain = tmp_.filePath("cells-db");
        sqlite3* h = nullptr;
        QCOMPARE(sqlite3_open(plain.toUtf8().constData(), &h), SQLITE_OK);
        QCOMPARE(sqlite3_exec(h, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(h);
        QMimeDatabase mdb;
        QCOMPARE(mdb.mimeTypeForFile(plain).name(), QString("application/vnd.sqlite3"));
        // Another program's application_id is not ours either.
        const QString other = tmp_.filePath("other-app-db");
        QCOMPARE(sqlite3_open(other.toUtf8().constData(), &h), SQLITE_OK);
        QCOMPARE(sqlite3_exec(h, "PRAGMA application_id=1234; CREATE TABLE t(x);", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(h);
        QCOMPARE(mdb.mimeTypeForFile(other).name(), QString("application/vnd.sqlite3"));
    }

    void omeTiffIsATiff() {
        const QString ome = tmp_.filePath("nuclei.ome.tif");
        QVERIFY(QFile::copy(testutil::samples("nuclei3d/nuclei3d.ome.tif"), ome));
        QMimeDatabase mdb;
        const QMimeType t = mdb.mimeTypeForFile(ome);
        QCOMPARE(t.name(), QString("image/x-ome-tiff"));
        QVERIFY(t.inherits("image/tiff"));
        QCOMPARE(mdb.mimeTypeForFile(testutil::samples("dsb2018/img2d.tif")).name(), QString("image/tiff"));
    }

    void windowsIconHoldsEverySize() {
#ifndef OURO_ICON_ICO
        QSKIP("the icons are made with the GUI build");
#else
        // Read back by Qt's own ICO reader (the imageformats plugin), not by our writer.
        QImageReader r(QStringLiteral(OURO_ICON_ICO), "ico");
        QCOMPARE(r.imageCount(), 7);
        QList<int> sizes;
        for (int i = 0; i < r.imageCount(); ++i) {
            QVERIFY(r.jumpToImage(i));
            const QImage img = r.read();
            QVERIFY2(!img.isNull(), qPrintable(r.errorString()));
            QCOMPARE(img.width(), img.height());
            // Drawn, not empty: the middle of the ring is opaque.
            QVERIFY(qAlpha(img.pixel(img.width() / 2, img.height() / 2)) > 200);
            sizes << img.width();
        }
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (QList<int>{16, 24, 32, 48, 64, 128, 256}));
#endif
    }

    void macInfoPlistDeclaresTheDocumentType() {
        // Python's plistlib, an independent parser; the ${...} values are CMake's to fill in.
        const auto r = testutil::run(testutil::python(), {"-c", R"(
import plistlib, sys
p = plistlib.load(open(sys.argv[1], 'rb'))
types = {t['UTTypeIdentifier']: t for t in p['UTExportedTypeDeclarations']}
ouro = types['org.ouroboros.ouro']
assert ouro['UTTypeTagSpecification']['public.filename-extension'] == ['ouro'], ouro
assert 'public.database' in ouro['UTTypeConformsTo']
docs = {c for d in p['CFBundleDocumentTypes'] for c in d['LSItemContentTypes']}
assert docs == {'org.ouroboros.ouro', 'public.tiff'}, docs
assert p['CFBundleIconFile'] == '${MACOSX_BUNDLE_ICON_FILE}'
print('ok')
)", testutil::source("installer/macos/Info.plist.in")});
        QVERIFY2(r.exitCode == 0 && r.out.trimmed() == "ok", qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TstDesktop)
#include "tst_desktop.moc"
