// The 3D view: a synthetic stack with one bright box shows the box where it is
// (top right, as in the 2D view), the level follows the memory budget, contrast
// changes reach the volume, and a 2D image gets a message. Needs X (xcb).
#include "store.h"
#include "testutil.h"
#include "volumeview.h"
#include "vtkhost.h"

#include <QApplication>

#include <vtkCamera.h>
#include <vtkRenderer.h>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ouro;
using ouro::widgets::VolumeView;
using ouro::widgets::VtkHost;

namespace {

/** Centre of the pixels brighter than `level` (any channel), and how many there are. */
QPointF brightCentre(const QImage& img, int level, int& count) {
    double sx = 0, sy = 0;
    count = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (std::max({c.red(), c.green(), c.blue()}) > level)
                sx += x, sy += y, ++count;
        }
    return count ? QPointF(sx / count, sy / count) : QPointF(-1, -1);
}

} // namespace

class TstVolumeView : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString db_;

private slots:
    void initTestCase() {
        if (!VtkHost::available())
            QSKIP("needs an X display with GLX (run under xvfb-run)");
        // 64 x 48 x 20 uint16, zero but for a box at x 44-60, y 4-16, z 5-15 (value 4000).
        const QString tif = tmp_.filePath("box.ome.tif");
        auto r = testutil::run(testutil::python(),
                               {"-c",
                                "import sys, numpy as np, tifffile\n"
                                "a = np.zeros((20, 48, 64), np.uint16)\n"
                                "a[5:15, 4:16, 44:60] = 4000\n"
                                "tifffile.imwrite(sys.argv[1], a, ome=True, metadata={'axes': 'ZYX'})\n",
                                tif});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        db_ = tmp_.filePath("box.ouro");
        r = testutil::ouro({"import", tif, "--into", db_, "--chunk", "16"}); // three levels: 64, 32, 16
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = testutil::ouro({"import", testutil::exampleHumanChannels()[0], "--into", db_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Labels of the box image: object 1 is the bright box, object 2 another box lower left.
        const QString mask = tmp_.filePath("cells.tif");
        r = testutil::run(testutil::python(),
                          {"-c",
                           "import sys, numpy as np, tifffile\n"
                           "m = np.zeros((20, 48, 64), np.uint16)\n"
                           "m[5:15, 4:16, 44:60] = 1\n"
                           "m[2:18, 28:44, 4:20] = 2\n"
                           "tifffile.imwrite(sys.argv[1], m, metadata={'axes': 'ZYX'})\n",
                           mask});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = testutil::ouro({"import", mask, "--into", db_, "--labels-for", "0", "--label-name", "cells"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void brightBoxShowsWhereItIs() {
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        const ImageInfo box = *s.image(0);
        QCOMPARE(box.sizeZ, int64_t(20));
        QVERIFY(box.levels >= 3);
        VolumeView view;
        view.resize(400, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&view, &VolumeView::loaded);
        ChannelDisplay white;
        white.color = 0xFFFFFFFFu;
        white.min = 0;
        white.max = 4000;
        view.setImage(db_, box, 0, {white});
        QVERIFY(loaded.wait(10000));
        QVERIFY2(loaded.first().at(0).toBool(), qPrintable(loaded.first().at(1).toString()));
        QCOMPARE(view.level(), 0);
        int n = 0;
        QTRY_VERIFY2_WITH_TIMEOUT((brightCentre(view.snapshot(), 60, n), n > 50), qPrintable(QString::number(n)), 10000);
        const QImage img = view.snapshot();
        if (const QString dir = qEnvironmentVariable("OURO_TEST_SCREENSHOTS"); !dir.isEmpty())
            img.save(dir + "/volume-box.png");
        const QPointF c = brightCentre(img, 60, n);
        // The box is at x 44-60 of 64 and y 4-16 of 48: right and up in the picture.
        QVERIFY2(c.x() > img.width() * 0.6, qPrintable(QString("%1 of %2").arg(c.x()).arg(img.width())));
        QVERIFY2(c.y() < img.height() * 0.45, qPrintable(QString("%1 of %2").arg(c.y()).arg(img.height())));

        // Contrast from the channel panel: a max far above the data leaves the box dim.
        white.max = 60000;
        view.setDisplay({white});
        int dim = 0;
        QTRY_VERIFY2_WITH_TIMEOUT((brightCentre(view.snapshot(), 60, dim), dim < n / 2),
                                  qPrintable(QString("%1 vs %2").arg(dim).arg(n)), 10000);

        // Slices alone: the XY plane through the box shows it (top right); moved past it, it does not.
        white.max = 4000;
        view.setDisplay({white});
        view.setVolumeVisible(false);
        view.setSlicesVisible(true);
        QCOMPARE(view.slicePosition(2), 10); // the middle plane to begin with
        view.setSlicePosition(0, 5);         // the YZ and XZ planes away from the box
        view.setSlicePosition(1, 40);
        if (const QString dir = qEnvironmentVariable("OURO_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            view.host()->renderer()->GetActiveCamera()->Azimuth(35); // a look from the side, then back
            view.host()->renderer()->GetActiveCamera()->Elevation(25);
            view.snapshot().save(dir + "/volume-slices.png");
            view.resetCamera();
        }
        int inSlice = 0;
        QPointF sc;
        QTRY_VERIFY2_WITH_TIMEOUT((sc = brightCentre(view.snapshot(), 120, inSlice),
                                   inSlice > 50 && sc.x() > view.snapshot().width() * 0.6),
                                  qPrintable(QString::number(inSlice)), 10000);
        view.setSlicePosition(2, 18);
        int past = 0;
        QTRY_VERIFY2_WITH_TIMEOUT((brightCentre(view.snapshot(), 120, past), past < inSlice / 10),
                                  qPrintable(QString("%1 vs %2").arg(past).arg(inSlice)), 10000);
        view.setSlicesVisible(false);
        view.setVolumeVisible(true);

        // A small memory budget: a coarser level, said in the status line.
        loaded.clear();
        view.setBudget(64 * 48 * 20 * 2 / 3);
        view.setImage(db_, box, 0, {white});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.level(), 1);
        QVERIFY2(loaded.first().at(1).toString().contains("Level 1"), qPrintable(loaded.first().at(1).toString()));
    }

    void cameraPresetsFitAndOrient() {
        // Each preset keeps the whole 64 x 48 x 20 stack in view, oriented as documented, and
        // keeps it in view when the widget is resized (until the camera is moved by hand).
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        const ImageInfo box = *s.image(0);
        VolumeView view;
        view.resize(view.minimumSizeHint().width(), 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&view, &VolumeView::loaded);
        view.setImage(db_, box, 0, {ChannelDisplay{}});
        QVERIFY(loaded.wait(10000));
        const auto fits = [&view] {
            const QSize size = view.host()->size();
            for (int k = 0; k < 8; ++k) {
                const QPointF p = view.toHost(k & 1 ? 63 : 0, k & 2 ? 47 : 0, k & 4 ? 19 : 0);
                if (p.x() < -1 || p.y() < -1 || p.x() > size.width() + 1 || p.y() > size.height() + 1)
                    return QString("corner %1 at %2,%3 outside %4x%5")
                        .arg(k).arg(p.x()).arg(p.y()).arg(size.width()).arg(size.height());
            }
            return QString();
        };
        using C = VolumeView::Camera;
        view.setCamera(C::Top);
        QCOMPARE(fits(), QString());
        QVERIFY(view.toHost(63, 0, 0).x() > view.toHost(0, 0, 0).x() + 100); // x to the right
        QVERIFY(view.toHost(0, 47, 0).y() > view.toHost(0, 0, 0).y() + 100); // y down
        view.setCamera(C::Front);
        QCOMPARE(fits(), QString());
        QVERIFY(view.toHost(63, 24, 10).x() > view.toHost(0, 24, 10).x() + 100); // x to the right
        QVERIFY(view.toHost(32, 24, 19).y() > view.toHost(32, 24, 0).y() + 10);  // the first plane on top
        view.setCamera(C::Side);
        QCOMPARE(fits(), QString());
        QVERIFY(view.toHost(32, 0, 10).x() > view.toHost(32, 47, 10).x() + 100); // y to the left
        QVERIFY(view.toHost(32, 24, 19).y() > view.toHost(32, 24, 0).y() + 10);
        view.setCamera(C::Oblique);
        QCOMPARE(fits(), QString());
        QVERIFY(view.toHost(32, 47, 0).y() > view.toHost(32, 0, 0).y() + 30); // the near edge lower
        // A taller widget (the view angle is vertical, so the same width now spans less of the
        // scene): still all in view. The next volume keeps the preset.
        const int before = view.host()->height();
        view.resize(view.width(), 900);
        QTRY_VERIFY2(view.host()->height() > before + 400, qPrintable(QString::number(view.host()->height())));
        QCOMPARE(fits(), QString());
        QCOMPARE(view.camera(), C::Oblique);
        loaded.clear();
        view.setImage(db_, box, 0, {ChannelDisplay{}});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.camera(), C::Oblique);
        QCOMPARE(fits(), QString());
        QVERIFY(view.toHost(32, 47, 0).y() > view.toHost(32, 0, 0).y() + 30);
    }

    void labelSurfacesPickAndColour() {
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        const ImageInfo box = *s.image(0);
        const auto cells = s.label(0, "cells");
        QVERIFY(cells);
        QCOMPARE(cells->sizeZ, int64_t(20));
        VolumeView view;
        view.resize(420, 380);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy built(&view, &VolumeView::surfacesBuilt);
        QSignalSpy picked(&view, &VolumeView::objectPicked);
        ChannelDisplay dim; // the volume nearly clear, so the surfaces are what shows
        dim.max = 1e6;
        view.setLabels(cells);
        view.setImage(db_, box, 0, {dim});
        QVERIFY(built.wait(15000));
        QCOMPARE(built.first().at(0).toULongLong(), 2ull);
        QCOMPARE(view.surfaceCount(), size_t(2));
        view.snapshot(); // rendered once: the camera and the surfaces are in place for picking
        // A click on the middle of box 2 (x 4-20, y 28-44, z 2-18) selects object 2; box 1 gives 1.
        const QPointF two = view.toHost(12, 36, 2);
        const QPointF one = view.toHost(52, 10, 5);
        QCOMPARE(view.pickLabel(two.toPoint()), 2u);
        QCOMPARE(view.pickLabel(one.toPoint()), 1u);
        QTest::mouseClick(view.host(), Qt::LeftButton, {}, two.toPoint());
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.first().at(0).toLongLong(), cells->id);
        QCOMPARE(picked.first().at(1).toUInt(), 2u);
        QCOMPARE(view.pickLabel(QPoint(3, 3)), 0u); // the background
        // Colours as in 2D: object 2 highlighted is yellow; without the surfaces it is gone.
        LabelDisplay d;
        d.highlight = {2};
        view.setLabelDisplay(d);
        const qreal dpr = view.host()->devicePixelRatio();
        QColor c;
        QTRY_VERIFY2_WITH_TIMEOUT((c = view.host()->snapshot().pixelColor((two * dpr).toPoint()),
                                   c.red() > 150 && c.green() > 150 && c.blue() < 100),
                                  qPrintable(c.name()), 10000);
        if (const QString dir = qEnvironmentVariable("OURO_TEST_SCREENSHOTS"); !dir.isEmpty())
            view.host()->snapshot().save(dir + "/volume-surfaces.png");
        view.setSurfacesVisible(false);
        QTRY_VERIFY2_WITH_TIMEOUT((c = view.host()->snapshot().pixelColor((two * dpr).toPoint()),
                                   c.red() < 100 && c.green() < 100),
                                  qPrintable(c.name()), 10000);
    }

    void surfacesShowInsideABrightVolume() {
        // Filter colours (a hidden object, an opaque one) and the opacity slider make the surfaces
        // translucent geometry; they must still show with the volume drawn around them.
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        const ImageInfo box = *s.image(0);
        const auto cells = s.label(0, "cells");
        QVERIFY(cells);
        VolumeView view;
        view.resize(420, 380);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy built(&view, &VolumeView::surfacesBuilt);
        ChannelDisplay bright; // the box at full brightness, in white
        bright.max = 4000;
        view.setLabels(cells);
        view.setImage(db_, box, 0, {bright});
        QVERIFY(built.wait(15000));
        view.snapshot(); // rendered once: the camera is in place for toHost
        const qreal dpr = view.host()->devicePixelRatio();
        const QPointF one = view.toHost(52, 10, 5), two = view.toHost(12, 36, 2);
        // Object 1 (inside the bright box) blue; object 2 hidden, as "Hide others" does.
        LabelDisplay d;
        d.colorOverride = LabelColors(std::unordered_map<uint64_t, uint32_t>{{1, 0x0000FFFFu}, {2, 0x00000000u}});
        view.setLabelDisplay(d);
        QColor c;
        QTRY_VERIFY2_WITH_TIMEOUT((c = view.host()->snapshot().pixelColor((one * dpr).toPoint()),
                                   c.blue() > 150 && c.blue() > c.red() + 80),
                                  qPrintable(c.name()), 10000);
        QImage img = view.host()->snapshot();
        if (const QString dir = qEnvironmentVariable("OURO_TEST_SCREENSHOTS"); !dir.isEmpty())
            img.save(dir + "/volume-surfaces-in-volume.png");
        c = img.pixelColor((two * dpr).toPoint());
        QVERIFY2(c.red() < 60 && c.green() < 60 && c.blue() < 60, qPrintable(c.name())); // hidden: background
        // Half-transparent surfaces: the blue shows, mixed with the white volume.
        view.setSurfaceOpacity(0.5);
        QTRY_VERIFY2_WITH_TIMEOUT((c = view.host()->snapshot().pixelColor((one * dpr).toPoint()),
                                   c.blue() > c.red() + 30),
                                  qPrintable(c.name()), 10000);
        // A drag previews without depth peeling; when it ends, the peeled frame is back.
        auto* host = view.host();
        const QPoint mid(host->width() / 2, host->height() / 2);
        QVERIFY(host->renderer()->GetUseDepthPeeling());
        QTest::mousePress(host, Qt::LeftButton, {}, mid);
        for (int i = 1; i <= 3; ++i) {
            const QPointF p(mid.x() + 5 * i, mid.y());
            QMouseEvent move(QEvent::MouseMove, p, host->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(host, &move);
        }
        QVERIFY(!host->renderer()->GetUseDepthPeeling());
        QTest::mouseRelease(host, Qt::LeftButton, {}, mid + QPoint(15, 0));
        QVERIFY(host->renderer()->GetUseDepthPeeling());
    }

    void flatImageGetsAMessage() {
        Store s = Store::open(db_.toStdString(), Store::Mode::ReadOnly);
        VolumeView view;
        QSignalSpy loaded(&view, &VolumeView::loaded);
        view.setImage(db_, *s.image(1), 0, {}); // ExampleHuman's DNA
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toBool(), false);
        QVERIFY(loaded.first().at(1).toString().contains("2D image"));
    }
};

int main(int argc, char** argv) {
    QSurfaceFormat::setDefaultFormat(VtkHost::defaultFormat());
    QApplication app(argc, argv);
    TstVolumeView t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_volumeview.moc"
