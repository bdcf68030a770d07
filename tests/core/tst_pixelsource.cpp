// PixelSource, the one way to stored pixels: its layout against the .zarray
// files zarr-python reads, and its plane and region reads against the arrays
// zarr-python slices out of the same .ouro (an independent reader).

#include "chunkreader.h"
#include "error.h"
#include "pixelsource.h"
#include "store.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

using namespace ouro;

class TestPixelSource : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString db_;

    QString path(const QString& name) const { return dir_.filePath(name); }

    // zarr-python's view of one level-plane of group g, as raw little-endian bytes.
    QByteArray zarrPlane(const QString& group, int level, int t, int c, int z) {
        const QString out = path(QStringLiteral("zarr-%1-%2.bin").arg(level).arg(group.size()));
        auto r = testutil::run(testutil::python(),
                               {"-c",
                                "import sys, zarr\n"
                                "g = zarr.open(zarr.storage.SQLiteStore(sys.argv[1]), mode='r')\n"
                                "a = g[sys.argv[2] + '/' + sys.argv[3]]\n"
                                "t, c, z = (int(v) for v in sys.argv[4:7])\n"
                                "open(sys.argv[7], 'wb').write(a[t, c, z].tobytes())\n",
                                db_, group, QString::number(level), QString::number(t), QString::number(c),
                                QString::number(z), out});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        db_ = path("px.ouro");
        // 2 channels x 2 z of 300 x 500 uint16, chunks of 64: levels 300x500 .. 38x63 (4 levels),
        // with edge chunks in both directions; labels: rectangles with ids up to 700 (uint16).
        auto made = testutil::run(
            testutil::python(),
            {"-c",
             "import sys, numpy as np, tifffile\n"
             "r = np.random.default_rng(7)\n"
             "a = r.integers(0, 60000, (2, 2, 300, 500), dtype=np.uint16)\n"
             "tifffile.imwrite(sys.argv[1], a, ome=True, metadata={'axes': 'CZYX'})\n"
             "l = np.zeros((2, 300, 500), dtype=np.uint16)\n"
             "for i in range(1, 701):\n"
             "    z, y, x = r.integers(0, 2), r.integers(0, 290), r.integers(0, 490)\n"
             "    l[z, y:y + 9, x:x + 9] = i\n"
             "tifffile.imwrite(sys.argv[2], l, metadata={'axes': 'ZYX'})\n",
             path("img.ome.tif"), path("lab.tif")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        auto im = testutil::ouro({"import", path("img.ome.tif"), "--chunk", "64", "--into", db_});
        QVERIFY2(im.exitCode == 0, qPrintable(im.err));
        auto lb = testutil::ouro(
            {"import", path("lab.tif"), "--into", db_, "--labels-for", "0", "--label-name", "cells"});
        QVERIFY2(lb.exitCode == 0, qPrintable(lb.err));
    }

    void layoutMatchesTheStoredArrays() {
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        const auto image = s.image(0);
        QVERIFY(image);
        const PixelLayout l = PixelLayout::of(*image);
        QCOMPARE(l.group(), std::string("0"));
        QVERIFY(!l.isLabels());
        QCOMPARE(l.levelCount(), 4);
        QCOMPARE(l.levelCount(), image->levels);
        const int64_t wantY[] = {300, 150, 75, 38}, wantX[] = {500, 250, 125, 63};
        for (int k = 0; k < 4; ++k) {
            QCOMPARE(l.level(k).sizeY, wantY[k]);
            QCOMPARE(l.level(k).sizeX, wantX[k]);
            // The .zarray zarr-python reads says the same.
            auto zarray = s.getKey("0/" + std::to_string(k) + "/.zarray");
            QVERIFY(zarray);
            const QString text = QString::fromUtf8(reinterpret_cast<const char*>(zarray->data()), int(zarray->size()));
            QVERIFY2(text.simplified().contains(QStringLiteral("%1, %2 ]").arg(wantY[k]).arg(wantX[k])) ||
                         text.simplified().contains(QStringLiteral("%1,%2]").arg(wantY[k]).arg(wantX[k])),
                     qPrintable(text));
        }
        QCOMPARE(l.chunksY(0), int64_t(5)); // 300 / 64 rounded up
        QCOMPARE(l.chunksX(0), int64_t(8)); // 500 / 64 rounded up
        QCOMPARE(l.chunksY(3), int64_t(1));
        QCOMPARE(l.chunkBytes(), size_t(64 * 64 * 2));
        QCOMPARE(l.chunkKey(2, 0, 1, 1, 0, 1), std::string("0/2/0/1/1/0/1"));
        QCOMPARE(l.levelForDownsample(0.5), 0);
        QCOMPARE(l.levelForDownsample(1.0), 0);
        QCOMPARE(l.levelForDownsample(1.9), 0);
        QCOMPARE(l.levelForDownsample(2.0), 1);
        QCOMPARE(l.levelForDownsample(7.9), 2);
        QCOMPARE(l.levelForDownsample(1000.0), 3);
        try {
            (void)l.level(4);
            QFAIL("level 4 of a 4-level image did not throw");
        } catch (const Error& e) {
            QCOMPARE(QString(e.what()), QStringLiteral("\"0\" has no level 4 (levels 0..3)"));
        }

        const auto labels = s.label(0, "cells");
        QVERIFY(labels);
        const PixelLayout ll = PixelLayout::of(*labels);
        QCOMPARE(ll.group(), std::string("0/labels/cells"));
        QCOMPARE(ll.labels(), std::string("cells"));
        QCOMPARE(ll.sizeC(), int64_t(1));
        QCOMPARE(ll.levelCount(), labels->levels);
        QCOMPARE(ll.chunkKey(0, 0, 0, 1, 4, 7), std::string("0/labels/cells/0/0/0/1/4/7"));
    }

    void planesMatchZarrPython() {
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        const auto image = s.image(0);
        const auto labels = s.label(0, "cells");
        QVERIFY(image && labels);
        ChunkReader reader(db_.toStdString());
        PixelSource pixels = reader.source(*image);
        PixelSource cells = reader.source(*labels);
        for (int level = 0; level < pixels.layout().levelCount(); ++level) {
            const auto got = pixels.readPlane(level, 0, 1, 1);
            const QByteArray want = zarrPlane("0", level, 0, 1, 1);
            QCOMPARE(qsizetype(got.size()), want.size());
            QVERIFY2(std::memcmp(got.data(), want.data(), got.size()) == 0, qPrintable(QString::number(level)));
            const auto gotLabels = cells.readPlane(level, 0, 0, 1);
            const QByteArray wantLabels = zarrPlane("0/labels/cells", level, 0, 0, 1);
            QCOMPARE(qsizetype(gotLabels.size()), wantLabels.size());
            QVERIFY(std::memcmp(gotLabels.data(), wantLabels.data(), gotLabels.size()) == 0);
        }
    }

    void regionsCropThePlaneAndReadZeroOutside() {
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        const auto image = s.image(0);
        QVERIFY(image);
        ChunkReader reader(db_.toStdString());
        PixelSource pixels = reader.source(*image);
        const int level = 1; // 150 x 250
        const QByteArray plane = zarrPlane("0", level, 0, 0, 0);
        const auto* want = reinterpret_cast<const uint16_t*>(plane.constData());
        struct Rect {
            int64_t x0, y0, w, h;
        };
        // Inside one chunk, across chunk edges, over the level's right and bottom edges, and
        // starting left of and above the image.
        for (const Rect r : {Rect{3, 5, 20, 30}, Rect{60, 50, 100, 40}, Rect{230, 140, 40, 30}, Rect{-10, -4, 30, 12}}) {
            const auto got = pixels.readRegion(level, 0, 0, 0, r.x0, r.y0, r.w, r.h);
            QCOMPARE(got.size(), size_t(r.w * r.h * 2));
            const auto* g = reinterpret_cast<const uint16_t*>(got.data());
            int64_t outside = 0;
            for (int64_t y = 0; y < r.h; ++y)
                for (int64_t x = 0; x < r.w; ++x) {
                    const int64_t py = r.y0 + y, px = r.x0 + x;
                    const bool in = py >= 0 && px >= 0 && py < 150 && px < 250;
                    const uint16_t expected = in ? want[py * 250 + px] : 0;
                    if (!in)
                        ++outside;
                    if (g[y * r.w + x] != expected)
                        QFAIL(qPrintable(QStringLiteral("region %1,%2 %3x%4: pixel %5,%6 is %7, zarr-python says %8")
                                             .arg(r.x0).arg(r.y0).arg(r.w).arg(r.h).arg(px).arg(py)
                                             .arg(g[y * r.w + x]).arg(expected)));
                }
            if (r.x0 < 0 || r.x0 + r.w > 250)
                QVERIFY(outside > 0); // the case really reaches outside
        }
        const auto none = pixels.readRegion(level, 0, 0, 0, 400, 400, 5, 5);
        QCOMPARE(none, std::vector<uint8_t>(50, 0));
    }

    void writerConnectionSeesItsOwnTransaction() {
        // The object measurer reads through the writer's connection, inside its transaction.
        const QString copy = path("copy.ouro");
        QVERIFY(QFile::copy(db_, copy));
        Store s = Store::open(copy.toStdString(), Store::Mode::ReadWrite);
        const auto image = s.image(0);
        QVERIFY(image);
        ChunkFetcher fetch(s.db());
        PixelSource pixels(PixelLayout::of(*image), fetch);
        std::vector<uint8_t> chunk;
        QVERIFY(pixels.readChunk(3, 0, 0, 0, 0, 0, chunk));
        QCOMPARE(chunk.size(), pixels.layout().chunkBytes());
        sql::Transaction tx(s.db());
        s.db().exec("DELETE FROM zarr WHERE k = '0/3/0/0/0/0/0'");
        QVERIFY(!pixels.readChunk(3, 0, 0, 0, 0, 0, chunk)); // absent in the open transaction
        QCOMPARE(chunk, std::vector<uint8_t>(pixels.layout().chunkBytes(), 0));
        s.db().exec("UPDATE zarr SET v = x'00010203' WHERE k = '0/2/0/0/0/0/0'");
        try {
            pixels.readChunk(2, 0, 0, 0, 0, 0, chunk);
            QFAIL("a corrupt chunk was decoded");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).startsWith(QStringLiteral("chunk 0/2/0/0/0/0/0: ")), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestPixelSource)
#include "tst_pixelsource.moc"
