// The renderer, pixel by pixel, through `ouro render` and Qt's own PNG decoder.
#include "chunkreader.h"
#include "labels.h"
#include "render.h"
#include "store.h"
#include "testutil.h"
#include "tiffreader.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ouro;

class TstRender : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString db_;
    std::vector<std::vector<uint8_t>> src_; // the three ExampleHuman channels, from the TIFFs
    std::vector<uint16_t> mask_;

    QImage render(const QStringList& extra) {
        const QString out = tmp_.filePath(QString("r%1.png").arg(counter_++));
        auto r = testutil::ouro(QStringList{"render", db_, "--image", "0", "--out", out} + extra);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QImage(out).convertToFormat(QImage::Format_RGB32);
    }
    int counter_ = 0;

private slots:
    void initTestCase() {
        db_ = tmp_.filePath("render.ouro");
        QVERIFY(testutil::makeExampleHuman(db_));
        for (const auto& f : testutil::exampleHumanChannels()) {
            TiffFile tf(f.toStdString());
            std::vector<uint8_t> p(512 * 512);
            tf.readBand(0, 0, 512, {p.data()});
            src_.push_back(p);
        }
        TiffFile m(testutil::samples("examplehuman/nuclei_labels.tif").toStdString());
        mask_.resize(512 * 512);
        m.readBand(0, 0, 512, {reinterpret_cast<uint8_t*>(mask_.data())});
    }

    void greyFullRangeIsIdentity() {
        QImage img = render({"--channel", "0:#FFFFFF:0:255"});
        QCOMPARE(img.size(), QSize(512, 512));
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x) {
                const QRgb p = img.pixel(x, y);
                const int v = src_[0][size_t(y * 512 + x)];
                if (qRed(p) != v || qGreen(p) != v || qBlue(p) != v)
                    QFAIL(qPrintable(QString("pixel %1,%2 is %3, source %4").arg(x).arg(y).arg(qRed(p)).arg(v)));
            }
    }

    void channelsAddAndClamp() {
        QImage sep = render({"--channel", "0:#FF0000:0:255", "--channel", "1:#00FF00:0:255"});
        QImage sum = render({"--channel", "0:#FFFFFF:0:255", "--channel", "1:#FFFFFF:0:255"});
        int clamped = 0;
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x) {
                const int a = src_[0][size_t(y * 512 + x)], b = src_[1][size_t(y * 512 + x)];
                const QRgb p = sep.pixel(x, y), q = sum.pixel(x, y);
                QCOMPARE(qRed(p), a);
                QCOMPARE(qGreen(p), b);
                QCOMPARE(qBlue(p), 0);
                QCOMPARE(qRed(q), std::min(255, a + b));
                clamped += a + b > 255;
            }
        QVERIFY(clamped > 0); // the clamp was exercised
    }

    void hiddenChannelsDoNotDraw() {
        QImage img = render({"--channel", "2:#FF0000:0:255"});
        for (int y = 0; y < 512; y += 7)
            for (int x = 0; x < 512; x += 7) {
                QCOMPARE(qRed(img.pixel(x, y)), int(src_[2][size_t(y * 512 + x)]));
                QCOMPARE(qGreen(img.pixel(x, y)), 0);
            }
    }

    void windowAndGamma() {
        QImage img = render({"--channel", "0:#FFFFFF:20:120:0.5"});
        for (int y = 0; y < 512; y += 3)
            for (int x = 0; x < 512; x += 3) {
                const double v = src_[0][size_t(y * 512 + x)];
                const double f = std::clamp((v - 20) / 100.0, 0.0, 1.0);
                const int want = int(std::lround(std::pow(f, 0.5) * 255));
                QCOMPARE(qRed(img.pixel(x, y)), want);
            }
    }

    void highlightOnlyTouchesItsObject() {
        const int target = 123;
        QImage base = render({"--channel", "0:#FFFFFF:0:255"});
        QImage img = render({"--channel", "0:#FFFFFF:0:255", "--labels", "nuclei", "--label-colors", "none",
                             "--highlight", QString::number(target), "--label-mode", "fill", "--label-opacity", "1",
                             "--highlight-color", "#FFFF00"});
        int inside = 0;
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x) {
                const QRgb p = img.pixel(x, y);
                if (mask_[size_t(y * 512 + x)] == target) {
                    QCOMPARE(p, qRgb(255, 255, 0));
                    ++inside;
                } else {
                    QCOMPARE(p, base.pixel(x, y));
                }
            }
        QVERIFY(inside > 20);
    }

    void outlinesFollowBoundaries() {
        QImage img = render({"--channel", "0:#000000:0:255", "--labels", "nuclei", "--label-mode", "outline",
                             "--outline-width", "1"});
        // With black channels, a pixel is coloured exactly when it is on an object's boundary.
        int outline = 0;
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x) {
                const uint16_t id = mask_[size_t(y * 512 + x)];
                bool boundary = false;
                if (id) {
                    auto differs = [&](int xx, int yy) {
                        return xx >= 0 && yy >= 0 && xx < 512 && yy < 512 && mask_[size_t(yy * 512 + xx)] != id;
                    };
                    boundary = differs(x - 1, y) || differs(x + 1, y) || differs(x, y - 1) || differs(x, y + 1);
                }
                const bool coloured = img.pixel(x, y) != qRgb(0, 0, 0);
                if (coloured != boundary)
                    QFAIL(qPrintable(QString("pixel %1,%2: boundary %3, coloured %4").arg(x).arg(y).arg(boundary)
                                         .arg(coloured)));
                if (boundary) {
                    const uint32_t c = labelColor(id);
                    QCOMPARE(img.pixel(x, y), qRgb(int(c >> 24), int((c >> 16) & 0xFF), int((c >> 8) & 0xFF)));
                    ++outline;
                }
            }
        QVERIFY(outline > 1000);
    }

    void regionAndLevel() {
        // A larger image with a pyramid: level 1 of a region equals level 1 read directly.
        const QString big = tmp_.filePath("big.tif");
        auto g = testutil::run(testutil::python(),
                               {"-c",
                                "import sys, numpy as np, tifffile; r=np.random.default_rng(3); "
                                "tifffile.imwrite(sys.argv[1], r.integers(0,256,(1100,1300),dtype=np.uint8))",
                                big});
        QVERIFY2(g.exitCode == 0, qPrintable(g.err));
        const QString db = tmp_.filePath("big.ouro");
        QCOMPARE(testutil::ouro({"import", big, "--into", db}).exitCode, 0);
        const QString out = tmp_.filePath("region.png");
        auto r = testutil::ouro({"render", db, "--image", "0", "--out", out, "--level", "1", "--region",
                                 "100,200,400,300", "--channel", "0:#FFFFFF:0:255"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage img(out);
        QCOMPARE(img.size(), QSize(200, 150));
        Store s = Store::open(db.toStdString(), Store::Mode::ReadOnly);
        ChunkReader reader(db.toStdString());
        auto plane = reader.readPlane(*s.image(0), 1, 0, 0, 0); // 650 x 550
        for (int y = 0; y < 150; ++y)
            for (int x = 0; x < 200; ++x)
                QCOMPARE(qRed(img.pixel(x, y)), int(plane[size_t((100 + y) * 650 + 50 + x)]));
        // Regions outside the image are refused with the reason.
        auto bad = testutil::ouro({"render", db, "--image", "0", "--out", out, "--region", "1200,0,400,10"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("not inside"));
    }

    void labelColorsAreStable() {
        // Stable across runs and versions: saved screenshots and figures keep their colours. The
        // expected values come from an independent computation (Python: splitmix64 of the id,
        // colorsys.hsv_to_rgb, rounded half up), not from labelColor itself.
        QCOMPARE(labelColor(1), 0x4fe05effu);
        QCOMPARE(labelColor(2), 0x3184deffu);
        QCOMPARE(labelColor(7), 0x3619e3ffu);
        QCOMPARE(labelColor(42), 0xf8fc42ffu);
        QCOMPARE(labelColor(1000), 0xa316f7ffu);
        QCOMPARE(labelColor(4294967301ull), 0xb21be0ffu); // ids past 32 bits
        QVERIFY(labelColor(1) != labelColor(2));
        QCOMPARE(labelColor(7) & 0xFF, 0xFFu);
    }
};

QTEST_GUILESS_MAIN(TstRender)
#include "tst_render.moc"
