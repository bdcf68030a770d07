// Label images: instance masks, binary masks split by connected components
// (checked against scikit-image), the mode pyramid (checked against numpy),
// and the masks that must be refused.
#include "error.h"
#include "labels.h"
#include "render.h"
#include "store.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ouro;

class TstLabels : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString db_;
    QString f(const QString& n) { return tmp_.filePath(n); }
    testutil::Run verify(const QString& name, const QString& mask, const QString& kind) {
        return testutil::run(testutil::python(),
                             {testutil::source("tests/python/labels_check.py"), "verify", db_, "0", name, mask, kind});
    }

private slots:
    void initTestCase() {
        auto r = testutil::run(testutil::python(), {testutil::source("tests/python/labels_check.py"), "make",
                                                    tmp_.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        db_ = f("labels.ouro");
        r = testutil::ouro({"import", f("image.tif"), "--into", db_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void instanceMask() {
        auto r = testutil::ouro({"import", f("instance.tif"), "--into", db_, "--labels-for", "0", "--label-name",
                                 "cells"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("labels \"cells\" of image 0"));
        auto v = verify("cells", f("instance.tif"), "instance");
        QVERIFY2(v.out.startsWith("OK"), qPrintable(v.out + v.err));
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        auto l = s.label(0, "cells");
        QVERIFY(l);
        QCOMPARE(l->dtype, DType::UInt32); // ids above 65535 keep their type
        QCOMPARE(l->levels, 3);
        QVERIFY(v.out.contains(QString("\"objects\": %1").arg(l->objectCount)));
        QVERIFY(v.out.contains(QString("\"max\": %1").arg(l->maxLabel)));
    }

    void pngInstanceMask() {
        auto r = testutil::ouro({"import", f("instance16.png"), "--into", db_, "--labels-for", "0", "--label-name",
                                 "png"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto v = verify("png", f("instance16.png"), "instance");
        QVERIFY2(v.out.startsWith("OK"), qPrintable(v.out + v.err));
    }

    void binaryMaskComponents_data() {
        QTest::addColumn<QString>("connectivity");
        QTest::addColumn<QString>("kind");
        QTest::newRow("8-connected") << "8" << "binary8";
        QTest::newRow("4-connected") << "4" << "binary4";
    }
    void binaryMaskComponents() {
        QFETCH(QString, connectivity);
        QFETCH(QString, kind);
        const QString name = "b" + connectivity;
        auto r = testutil::ouro({"import", f("binary.tif"), "--into", db_, "--labels-for", "0", "--label-name", name,
                                 "--connectivity", connectivity});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto v = verify(name, f("binary.tif"), kind);
        QVERIFY2(v.out.startsWith("OK"), qPrintable(v.out + v.err));
    }

    void connectivityMatters() {
        // The 8- and 4-connected labellings differ on this mask, so the checker can tell them apart.
        auto v = verify("b8", f("binary.tif"), "binary4");
        QVERIFY(v.out.startsWith("FAIL"));
    }

    void componentsOnASmallPlane() {
        // x x . x    8-connected: the diagonal step (1,1)-(2,2) joins two runs, and (0,3) is alone: 2 objects.
        // . x . .    4-connected: the step splits them: 3 objects, numbered in raster order of
        // . . x x    their first pixel: (0,0) -> 1, (0,3) -> 2, (2,2) -> 3.
        const uint8_t fg[12] = {1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1, 1};
        uint32_t out[12];
        QCOMPARE(labelComponents(fg, 4, 3, 8, out, 1), 2u); // {(0,0),(0,1),(1,1),(2,2),(2,3)} and {(0,3)}
        QCOMPARE(out[0], 1u);
        QCOMPARE(out[3], 2u);
        QCOMPARE(out[10], 1u);
        QCOMPARE(labelComponents(fg, 4, 3, 4, out, 1), 3u); // the diagonal step splits them
        QCOMPARE(out[10], 3u);
        QCOMPARE(out[11], 3u);
        QCOMPARE(out[2], 0u);
    }

    void exportedLabelsCarryTheirColours() {
        // An OME-Zarr export lists each object's colour (the viewer's) in "image-label".
        const QString out = f("labels.ome.zarr");
        auto r = testutil::ouro({"export", db_, "--format", "ome-zarr", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        auto l = s.label(0, "cells");
        QVERIFY(l);
        auto v = testutil::run(testutil::python(),
                               {"-c",
                                "import sys, json, zarr\n"
                                "g = zarr.open(zarr.storage.NestedDirectoryStore(sys.argv[1]), mode='r')\n"
                                "assert 'cells' in g['0/labels'].attrs['labels']\n"
                                "il = g['0/labels/cells'].attrs['image-label']\n"
                                "c = il['colors']\n"
                                "print(len(c), json.dumps(c[0]))\n",
                                out});
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));
        const int64_t lowest = s.db().scalarInt("SELECT MIN(label) FROM object WHERE label_image_id = " +
                                                std::to_string(l->id));
        const uint32_t c = labelColor(uint64_t(lowest));
        const QString first = QString("{\"label-value\": %1, \"rgba\": [%2, %3, %4, 255]}")
                                  .arg(lowest).arg(c >> 24).arg((c >> 16) & 0xFF).arg((c >> 8) & 0xFF);
        QCOMPARE(v.out.trimmed(), QString("%1 %2").arg(l->objectCount).arg(first));
    }

    void infoListsLabels() {
        auto r = testutil::ouro({"info", db_, "--json"});
        const auto labels = QJsonDocument::fromJson(r.out.toUtf8()).object()["labels"].toArray();
        QCOMPARE(labels.size(), 4);
        QCOMPARE(labels[0].toObject()["path"].toString(), QString("0/labels/cells"));
        QCOMPARE(labels[0].toObject()["image_id"].toInt(), 0);
        QCOMPARE(testutil::ouro({"check", db_}).exitCode, 0);
    }

    void refused_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        QTest::newRow("size differs") << QStringList{"labels_wrong_size.tif", "--labels-for", "0"} << "must match";
        QTest::newRow("float ids") << QStringList{"float_mask.tif", "--labels-for", "0", "--label-name", "fl"}
                                   << "integers";
        QTest::newRow("name taken") << QStringList{"instance.tif", "--labels-for", "0", "--label-name", "cells"}
                                    << "already has labels";
        QTest::newRow("no such image") << QStringList{"instance.tif", "--labels-for", "9"} << "no image with id 9";
        QTest::newRow("bad name") << QStringList{"instance.tif", "--labels-for", "0", "--label-name", "../x"}
                                  << "not allowed";
    }
    void refused() {
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        const auto before = testutil::sha256(db_);
        args[0] = f(args[0]);
        auto r = testutil::ouro(QStringList{"import"} + args + QStringList{"--into", db_});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QCOMPARE(testutil::sha256(db_), before);
    }
};

QTEST_GUILESS_MAIN(TstLabels)
#include "tst_labels.moc"
