// Objects measured from labels, checked against scikit-image's regionprops.
#include "objects.h"
#include "store.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

using namespace ouro;

class TstObjects : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

    // Imports images (as channels) and a mask, then compares `ouro objects` with skimage.
    void checkAgainstSkimage(const QString& name, const QStringList& channels, const QString& mask) {
        const QString db = tmp_.filePath(name + ".ouro");
        QStringList args{"import"};
        args << channels << "--into" << db;
        if (channels.size() > 1)
            args << "--as-channels";
        auto r = testutil::ouro(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = testutil::ouro({"import", mask, "--into", db, "--labels-for", "0", "--label-name", "objects"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = testutil::ouro({"objects", db, "--image", "0", "--labels", "objects", "--csv"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString csv = tmp_.filePath(name + ".csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out.toUtf8());
        f.close();
        auto v = testutil::run(testutil::python(),
                               QStringList{testutil::source("tests/python/objects_check.py"), csv, mask} + channels);
        QVERIFY2(v.exitCode == 0 && v.out.startsWith("OK"), qPrintable(v.out + v.err));
        QCOMPARE(testutil::ouro({"check", db}).exitCode, 0);
    }

private slots:
    void dsb2018() {
        checkAgainstSkimage("dsb", {testutil::samples("dsb2018/img2d.tif")}, testutil::samples("dsb2018/mask2d.tif"));
    }

    void exampleHumanThreeChannels() {
        checkAgainstSkimage("eh", testutil::exampleHumanChannels(), testutil::samples("examplehuman/nuclei_labels.tif"));
    }

    void objectsAcrossChunks() {
        // 1300 x 1100 with ids above 65535: objects straddle chunk borders.
        auto r = testutil::run(testutil::python(),
                               {testutil::source("tests/python/labels_check.py"), "make", tmp_.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        checkAgainstSkimage("big", {tmp_.filePath("image.tif")}, tmp_.filePath("instance.tif"));
    }

    void nucleiIn3DAgainstSkimage() {
        // The demo's 3D nuclei: volume, z/y/x centroid and mean intensity per object, against the
        // table scikit-image's regionprops measured from the same stack (resources/samples/nuclei3d).
        const QString db = tmp_.filePath("n3d.ouro");
        QCOMPARE(testutil::ouro({"import", testutil::samples("nuclei3d/nuclei3d.ome.tif"), "--into", db}).exitCode, 0);
        QCOMPARE(testutil::ouro({"import", testutil::samples("nuclei3d/nuclei3d_labels.tif"), "--into", db,
                                 "--labels-for", "0", "--label-name", "nuclei3d"}).exitCode, 0);
        const auto r = testutil::ouro({"query", db,
                                       "SELECT o.label, o.area, o.centroid_z, o.centroid_y, o.centroid_x, i.mean "
                                       "FROM object o JOIN object_intensity i ON i.object_id = o.id ORDER BY o.label"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList ours = r.out.split('\n', Qt::SkipEmptyParts);
        ours.removeFirst(); // the header
        QFile f(testutil::samples("nuclei3d/Nuclei3D.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList theirs = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(theirs.takeFirst().section(',', 1, 5), QString("ObjectNumber,Volume,Centroid_Z,Centroid_Y,Centroid_X"));
        QCOMPARE(ours.size(), 125);
        QCOMPARE(theirs.size(), ours.size());
        for (int k = 0; k < ours.size(); ++k) {
            const QStringList a = ours[k].split('\t'), b = theirs[k].split(',');
            QCOMPARE(a[0], b[1]); // label
            QCOMPARE(a[1], b[2]); // volume in voxels, exactly
            for (int c = 0; c < 3; ++c) // centroids, written with 4 decimals
                QVERIFY2(std::abs(a[2 + c].toDouble() - b[3 + c].toDouble()) < 1e-4, qPrintable(ours[k] + " vs " + theirs[k]));
            QVERIFY2(std::abs(a[5].toDouble() - b[8].toDouble()) < 1e-4, qPrintable(ours[k] + " vs " + theirs[k]));
        }
    }

    void rtreeFindsObjectsInARegion() {
        const QString db = tmp_.filePath("dsb.ouro");
        Store s = Store::open(db.toStdString(), Store::Mode::ReadOnly);
        auto labels = s.label(0, "objects");
        QVERIFY(labels);
        const auto objects = loadObjects(s, labels->id);
        QCOMPARE(int64_t(objects.size()), labels->objectCount);
        // Objects whose bounding box meets the rectangle x 100..250, y 50..200, by brute force and by R*Tree.
        std::set<int64_t> brute;
        for (const auto& o : objects)
            if (o.maxX > 100 && o.minX < 250 && o.maxY > 50 && o.minY < 200)
                brute.insert(o.id);
        std::set<int64_t> tree;
        sql::Stmt q(s.db(), "SELECT id FROM object_rtree WHERE max_x > 100 AND min_x < 250 AND max_y > 50 AND "
                            "min_y < 200");
        while (q.step())
            tree.insert(q.getInt(0));
        QVERIFY(brute.size() > 3);
        QCOMPARE(tree, brute);
    }
};

QTEST_GUILESS_MAIN(TstObjects)
#include "tst_objects.moc"
