// 3D view benchmark (issue #6): a 512 x 512 x 100 uint16 stack (smooth blobs and
// noise), loaded into the VolumeView and rotated, under Xvfb (Mesa llvmpipe).
//
//   volume_bench WORKDIR OURO_CLI [WxH of the view, default 1024x768]
//
// Generates WORKDIR/volume.ouro on first use (python3-tifffile writes the stack,
// the ouro CLI imports it), then measures:
//   - load: setImage() until the volume is on screen (read, build, first render);
//   - rotation: 72 frames of 5 degrees, each rendered and shown (repaint + glFinish);
//   - surfaces: the blobs' label surfaces inside the volume, then rotation with them opaque
//     and translucent (half of them dimmed, as a filter does);
// and prints JSON.
#include "store.h"
#include "volumeview.h"
#include "vtkhost.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <unordered_map>
#include <cstdio>
#include <vector>

int main(int argc, char** argv) {
    QSurfaceFormat::setDefaultFormat(ouro::widgets::VtkHost::defaultFormat());
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: volume_bench WORKDIR OURO_CLI\n");
        return 2;
    }
    const QString dir = argv[1], cli = argv[2];
    const QString db = dir + "/volume.ouro", tif = dir + "/volume.ome.tif";
    if (!QFile::exists(db)) {
        QProcess py;
        py.start("/usr/bin/python3",
                 {"-c",
                  "import sys, numpy as np, tifffile\n"
                  "r = np.random.default_rng(6)\n"
                  "z, y, x = np.mgrid[0:100, 0:512, 0:512]\n"
                  "a = np.zeros((100, 512, 512), np.float32)\n"
                  "for _ in range(40):\n"
                  "    cz, cy, cx = r.uniform(10, 90), r.uniform(40, 470), r.uniform(40, 470)\n"
                  "    a += 3000 * np.exp(-((z - cz) ** 2 / 60 + (y - cy) ** 2 / 400 + (x - cx) ** 2 / 400))\n"
                  "a += r.normal(200, 30, a.shape)\n"
                  "tifffile.imwrite(sys.argv[1], np.clip(a, 0, 65535).astype(np.uint16), ome=True,\n"
                  "                 metadata={'axes': 'ZYX', 'PhysicalSizeX': 0.5, 'PhysicalSizeY': 0.5, 'PhysicalSizeZ': 1.0})\n",
                  tif});
        py.waitForFinished(600000);
        QProcess imp;
        imp.start(cli, {"import", tif, "--into", db});
        imp.waitForFinished(600000);
        if (py.exitCode() != 0 || imp.exitCode() != 0) {
            std::fprintf(stderr, "could not make %s\n", qPrintable(db));
            return 1;
        }
    }
    // Labels for the surfaces phase: the blobs above a threshold, as connected components.
    {
        ouro::Store s = ouro::Store::open(db.toStdString(), ouro::Store::Mode::ReadOnly);
        if (!s.label(0, "blobs")) {
            const QString mask = dir + "/volume_blobs.tif";
            QProcess py;
            py.start("/usr/bin/python3", {"-c",
                                          "import sys, numpy as np, tifffile\n"
                                          "from scipy import ndimage as ndi\n"
                                          "a = tifffile.imread(sys.argv[1])\n"
                                          "ids, n = ndi.label(ndi.gaussian_filter(a.astype(np.float32), 1) > 1200)\n"
                                          "tifffile.imwrite(sys.argv[2], ids.astype(np.uint16))\n",
                                          tif, mask});
            py.waitForFinished(600000);
            QProcess imp;
            imp.start(cli, {"import", mask, "--into", db, "--labels-for", "0", "--label-name", "blobs"});
            imp.waitForFinished(600000);
            if (py.exitCode() != 0 || imp.exitCode() != 0) {
                std::fprintf(stderr, "could not add the blob labels to %s\n", qPrintable(db));
                return 1;
            }
        }
    }
    ouro::Store store = ouro::Store::open(db.toStdString(), ouro::Store::Mode::ReadOnly);
    const ouro::ImageInfo info = *store.image(0);
    ouro::widgets::VolumeView view;
    const QStringList size = QString(argc > 3 ? argv[3] : "1024x768").split('x');
    view.resize(size.value(0).toInt(), size.value(1).toInt());
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) {
        std::fprintf(stderr, "the window was never shown\n");
        return 1;
    }
    ouro::ChannelDisplay d;
    d.color = 0x40FF40FFu;
    d.min = 400;
    d.max = 3000;
    QSignalSpy loaded(&view, &ouro::widgets::VolumeView::loaded);
    auto* host = view.host();
    // One frame: paintGL (VTK renders, then the blit into the widget's framebuffer) and a read-back
    // of the picture, so all the GL work is done and counted. (repaint() alone draws nothing
    // synchronously: a QOpenGLWidget is composed at the window's next flush.) The read-back of
    // 3 MB makes this an upper bound of what a frame costs in the app.
    const auto frame = [&] { return host->grabFramebuffer(); };
    QElapsedTimer t;
    t.start();
    view.setImage(db, info, 0, {d});
    if (!loaded.wait(60000) || !loaded.first().at(0).toBool()) {
        std::fprintf(stderr, "no volume\n");
        return 1;
    }
    const QImage first = frame();
    const double loadMs = double(t.nsecsElapsed()) / 1e6;
    first.save(dir + "/volume_bench.png");
    // Rotation as a user does it: a left-button drag across the view, one frame per mouse move
    // (VTK's trackball style rotates the camera and asks for interactive frames meanwhile).
    // Returns the frame times, sorted.
    const auto drag = [&] {
        std::vector<double> ms;
        const QPoint c(host->width() / 2, host->height() / 2);
        QTest::mousePress(host, Qt::LeftButton, {}, c);
        for (int i = 0; i < 72; ++i) {
            const QPointF p(c.x() + 4 * ((i % 36) < 18 ? (i % 18) : 18 - (i % 18)), c.y());
            QMouseEvent move(QEvent::MouseMove, p, host->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QElapsedTimer f;
            f.start();
            QApplication::sendEvent(host, &move);
            frame();
            ms.push_back(double(f.nsecsElapsed()) / 1e6);
        }
        QTest::mouseRelease(host, Qt::LeftButton, {}, c);
        std::sort(ms.begin(), ms.end());
        return ms;
    };
    const std::vector<double> ms = drag();
    QElapsedTimer still;
    still.start();
    frame(); // the full-quality frame after the drag
    const double stillMs = double(still.nsecsElapsed()) / 1e6;
    const double median = ms[ms.size() / 2];

    // Surfaces of the blobs inside the volume: opaque, then translucent (every other object
    // dimmed, as a filter's "Dim others" does), which takes depth peeling with the volume.
    QSignalSpy built(&view, &ouro::widgets::VolumeView::surfacesBuilt);
    QElapsedTimer s;
    s.start();
    view.setLabels(*store.label(0, "blobs"));
    if (!built.wait(120000) || built.first().at(0).toULongLong() == 0) {
        std::fprintf(stderr, "no surfaces\n");
        return 1;
    }
    // Until the surfaces are in the view: reading and contouring on a worker, while the GUI thread
    // draws the volume's full-quality frames.
    const double surfacesMs = double(s.nsecsElapsed()) / 1e6;
    const auto opaque = drag();
    std::unordered_map<uint64_t, uint32_t> dimmed;
    for (uint64_t id = 1; id <= view.surfaceCount(); id += 2)
        dimmed[id] = 0x80808040u;
    ouro::LabelDisplay ld;
    ld.colorOverride = ouro::LabelColors(dimmed);
    view.setLabelDisplay(ld);
    const auto translucent = drag();
    frame().save(dir + "/volume_bench_surfaces.png");
    QJsonObject out{{"stack", QString("%1 x %2 x %3 uint16").arg(info.sizeX).arg(info.sizeY).arg(info.sizeZ)},
                    {"level", view.level()},
                    {"load_ms", loadMs},
                    {"rotate_frame_ms_median", median},
                    {"rotate_frame_ms_p90", ms[ms.size() * 9 / 10]},
                    {"rotate_fps_median", 1000.0 / median},
                    {"still_frame_ms", stillMs},
                    {"surfaces", qint64(view.surfaceCount())},
                    {"surfaces_ready_ms", surfacesMs},
                    {"rotate_surfaces_opaque_fps_median", 1000.0 / opaque[opaque.size() / 2]},
                    {"rotate_surfaces_translucent_fps_median", 1000.0 / translucent[translucent.size() / 2]},
                    {"view", QString("%1 x %2").arg(host->width()).arg(host->height())}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
