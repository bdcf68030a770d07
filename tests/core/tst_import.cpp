// Imports of the real sample data, and an import killed with SIGKILL.
#include "chunkreader.h"
#include "error.h"
#include "importer.h"
#include "store.h"
#include "testutil.h"
#include "tiffreader.h"
#include "tools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ouro;

class TstImport : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

    std::vector<ImageInfo> importInto(const QString& db, const QStringList& files, ImportOptions opt = {}) {
        Store s = Store::open(db.toStdString(), Store::Mode::CreateReadWrite);
        std::vector<std::string> f;
        for (const auto& x : files)
            f.push_back(x.toStdString());
        auto plan = planImport(f, opt);
        return runImport(s, plan, opt);
    }

private slots:
    void omeSamples_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("t");
        QTest::addColumn<int>("c");
        QTest::addColumn<int>("z");
        QTest::newRow("single-channel") << "single-channel.ome.tiff" << 1 << 1 << 1;
        QTest::newRow("multi-channel") << "multi-channel.ome.tiff" << 1 << 3 << 1;
        QTest::newRow("z-series") << "z-series.ome.tiff" << 1 << 1 << 5;
        QTest::newRow("time-series") << "time-series.ome.tif" << 7 << 1 << 1;
    }
    void omeSamples() {
        QFETCH(QString, file);
        QFETCH(int, t);
        QFETCH(int, c);
        QFETCH(int, z);
        const QString src = testutil::data("ome_samples/" + file);
        TiffFile tf(src.toStdString());
        QVERIFY(tf.bigEndian()); // these samples are big-endian strips
        const QString db = tmp_.filePath(file + ".ouro");
        auto images = importInto(db, {src});
        QCOMPARE(images.size(), size_t(1));
        const auto& im = images[0];
        QCOMPARE(im.dtype, DType::Int8);
        QCOMPARE(im.sizeX, 439);
        QCOMPARE(im.sizeY, 167);
        QCOMPARE(im.sizeT, t);
        QCOMPARE(im.sizeC, c);
        QCOMPARE(im.sizeZ, z);
        QCOMPARE(im.levels, 1);
        // Every plane equals the IFD libtiff decodes for it (the OME order is XYZCT, one IFD per plane).
        ChunkReader reader(db.toStdString());
        std::vector<uint8_t> chunk, band(size_t(167 * 439));
        int64_t ifd = 0;
        for (int tt = 0; tt < t; ++tt)
            for (int cc = 0; cc < c; ++cc)
                for (int zz = 0; zz < z; ++zz) {
                    int64_t idx = (int64_t(tt) * c + cc) * z + zz; // XYZCT: z fastest, then c, then t
                    ifd = idx;
                    tf.readBand(static_cast<size_t>(ifd), 0, 167, {band.data()});
                    QVERIFY(reader.read({im.id, 0, tt, cc, zz, 0, 0, {}}, size_t(167 * 439), chunk));
                    QVERIFY(chunk == band);
                }
        Store s = Store::open(db.toStdString(), Store::Mode::ReadOnly);
        QVERIFY(checkStore(s).empty());
        auto kept = s.db().scalarText("SELECT content FROM source_metadata WHERE kind='ome-xml'");
        QVERIFY(kept && kept->find("<OME") != std::string::npos); // the original OME-XML is kept
    }

    void exampleHumanAsChannels() {
        const QString db = tmp_.filePath("eh.ouro");
        ImportOptions opt;
        opt.asChannels = true;
        opt.channelNames = {"DNA", "PH3", "cellbody"};
        opt.name = "ExampleHuman";
        auto images = importInto(db, testutil::exampleHumanChannels(), opt);
        QCOMPARE(images.size(), size_t(1));
        const auto& im = images[0];
        QCOMPARE(im.sizeC, 3);
        QCOMPARE(im.sizeX, 512);
        QCOMPARE(im.dtype, DType::UInt8);
        Store s = Store::open(db.toStdString(), Store::Mode::ReadOnly);
        auto stored = s.image(im.id);
        QCOMPARE(stored->channels[1].name, std::string("PH3"));
        QVERIFY(stored->channels[0].dataMax.has_value());
        QCOMPARE(s.imports().size(), size_t(3)); // one log row per source file
        ChunkReader reader(db.toStdString());
        std::vector<uint8_t> chunk, band(512 * 512);
        for (int c = 0; c < 3; ++c) {
            TiffFile tf(testutil::exampleHumanChannels()[c].toStdString());
            tf.readBand(0, 0, 512, {band.data()});
            QVERIFY(reader.read({im.id, 0, 0, c, 0, 0, 0, {}}, band.size(), chunk));
            QVERIFY(chunk == band);
        }
    }

    void asChannelsRefusesUnequalSizes() {
        ImportOptions opt;
        opt.asChannels = true;
        QVERIFY_THROWS_EXCEPTION(Error, planImport({testutil::exampleHumanChannels()[0].toStdString(),
                                                    testutil::data("ome_samples/single-channel.ome.tiff").toStdString()},
                                                   opt));
    }

    void dsb2018AndLabels() {
        const QString db = tmp_.filePath("dsb.ouro");
        importInto(db, {testutil::samples("dsb2018/img2d.tif")});
        auto images = importInto(db, {testutil::samples("dsb2018/mask2d.tif")});
        QCOMPARE(images[0].id, 1);
        QCOMPARE(images[0].dtype, DType::UInt16);
        importInto(db, {testutil::samples("examplehuman/nuclei_labels.tif")});
        Store s = Store::open(db.toStdString(), Store::Mode::ReadOnly);
        QCOMPARE(s.images().size(), size_t(3));
        QVERIFY(checkStore(s).empty());
        // The mask's largest label id is 183 (ids 1..183, not contiguous).
        QCOMPARE(*s.image(1)->channels[0].dataMax, 183.0);
    }

    void killedNewFileImportLeavesNoFile() {
        // Importing into a file that does not exist yet builds it under a
        // temporary name: killed, it leaves no .ouro; the next run cleans up.
        const QString src = tmp_.filePath("big_new.ome.tif");
        auto gen = testutil::makeSlowTiff(src, 2);
        QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
        const QString db = tmp_.filePath("fresh.ouro");
        QProcess p;
        p.start(testutil::cli(), {"import", src, "--into", db, "--progress", "--threads", "1"});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && !err.contains(" 0.3")) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
            QVERIFY2(p.state() == QProcess::Running, "import finished before it could be killed");
        }
        const QString staged = db + ".importing-" + QString::number(p.processId());
        QVERIFY(QFile::exists(staged));
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished();
        QVERIFY(!QFile::exists(db));
        auto again = testutil::ouro({"import", src, "--into", db}, 300000);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(!QFile::exists(staged)); // the dead process's leftover is gone
        QVERIFY(QDir(tmp_.path()).entryList({"fresh.ouro.importing-*"}).isEmpty());
        auto check = testutil::ouro({"check", db});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        Store s = Store::open(db.toStdString(), Store::Mode::ReadOnly);
        QCOMPARE(*s.db().scalarText("PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(s.images().size(), size_t(1));
    }

    void killedImportLeavesFileValid() {
        // A file big enough that the import takes a while: 4 planes of 3000x3000 uint16, deflate.
        const QString src = tmp_.filePath("big.ome.tif");
        auto gen = testutil::makeSlowTiff(src, 1);
        QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
        const QString db = tmp_.filePath("killed.ouro");
        QVERIFY(testutil::ouro({"import", testutil::data("ome_samples/z-series.ome.tiff"), "--into", db}).exitCode ==
                0);
        QProcess p;
        p.start(testutil::cli(), {"import", src, "--into", db, "--progress", "--threads", "1"});
        QVERIFY(p.waitForStarted());
        // Wait until the import is a good way in, then read from another process, then kill it.
        QElapsedTimer timer;
        timer.start();
        bool midway = false;
        QByteArray err;
        while (timer.elapsed() < 60000 && !midway) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
            midway = err.contains("progress " + src.toUtf8() + " 0.3");
            QVERIFY2(p.state() == QProcess::Running, "import finished before it could be killed");
        }
        QVERIFY2(midway, err.constData());
        auto during = testutil::ouro({"info", db, "--json"});
        QCOMPARE(during.exitCode, 0); // readable while the import writes
        QVERIFY(during.out.contains("\"z-series.ome.tiff\""));
        QVERIFY(!during.out.contains("big"));
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished();
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        auto check = testutil::ouro({"check", db});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        {
            Store s = Store::open(db.toStdString(), Store::Mode::ReadOnly);
            QCOMPARE(s.images().size(), size_t(1));
            QCOMPARE(*s.db().scalarText("PRAGMA integrity_check"), std::string("ok"));
            QCOMPARE(s.db().scalarInt("SELECT COUNT(*) FROM zarr WHERE k LIKE '1/%'"), 0);
        }
        auto again = testutil::ouro({"import", src, "--into", db}, 300000);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(testutil::ouro({"check", db}).exitCode == 0);
        Store s = Store::open(db.toStdString(), Store::Mode::ReadOnly);
        QCOMPARE(s.images().size(), size_t(2));
        QCOMPARE(s.image(1)->levels, 4);
    }
};

QTEST_GUILESS_MAIN(TstImport)
#include "tst_import.moc"
