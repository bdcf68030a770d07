// Plots benchmark (issue #6): the scatter plot of two columns of the 1,000,000-row
// profile table (bench/profiles.sh makes it), under Xvfb (Mesa llvmpipe).
//
//   plot_bench PROFILES.ouro [TABLE=Nuclei]
//
// Measures, in a 1000 x 700 PlotView:
//   - load: setColumns() until the density is drawn;
//   - pan: 40 left-button drag steps, each a frame: the move, the density binned again for
//     the new range (the view does that 120 ms after a move; here every frame pays it), the
//     paint and a read-back of the picture;
//   - zoom: 20 wheel steps, the same way;
//   - brush: brush() over a rectangle holding about a tenth of the points, to the
//     selected rows (and their highlight drawn);
//   - lasso: lasso() with a 64-vertex ellipse inscribed in the brush's rectangle, likewise;
// and prints JSON.
#include "plotview.h"
#include "profiletable.h"
#include "vtkhost.h"

#include <QApplication>
#include <QPolygonF>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char** argv) {
    QSurfaceFormat::setDefaultFormat(ouro::widgets::VtkHost::defaultFormat());
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: plot_bench PROFILES.ouro [TABLE]\n");
        return 2;
    }
    auto table = std::make_shared<ouro::ProfileTable>(argv[1], argc > 2 ? argv[2] : "Nuclei");
    ouro::widgets::PlotView plot;
    plot.resize(1000, 700);
    plot.show();
    if (!QTest::qWaitForWindowExposed(&plot))
        return 1;
    QSignalSpy plotted(&plot, &ouro::widgets::PlotView::plotted);
    plot.setTable(table);
    if (!plotted.wait(120000))
        return 1;
    // Two measurement columns (the 3rd and 4th: past the keys).
    const auto& cols = table->columns();
    const QString x = QString::fromStdString(cols.at(std::min<size_t>(3, cols.size() - 2)).name);
    const QString y = QString::fromStdString(cols.at(std::min<size_t>(4, cols.size() - 1)).name);
    plotted.clear();
    QElapsedTimer t;
    t.start();
    plot.setColumns(x, y);
    if (!plotted.wait(120000))
        return 1;
    auto* host = plot.host();
    host->grabFramebuffer();
    const double loadMs = double(t.nsecsElapsed()) / 1e6;

    const auto frame = [&](auto&& step) {
        QElapsedTimer f;
        f.start();
        step();
        plot.refreshDensity();
        host->grabFramebuffer();
        return double(f.nsecsElapsed()) / 1e6;
    };
    std::vector<double> pan, zoom;
    const QPoint c(host->width() / 2, host->height() / 2);
    QTest::mousePress(host, Qt::LeftButton, {}, c);
    for (int i = 1; i <= 40; ++i)
        pan.push_back(frame([&] {
            const QPointF p(c.x() + 3 * i, c.y() + 2 * i);
            QMouseEvent move(QEvent::MouseMove, p, host->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(host, &move);
        }));
    QTest::mouseRelease(host, Qt::LeftButton, {}, c);
    for (int i = 0; i < 20; ++i)
        zoom.push_back(frame([&] {
            QWheelEvent wheel(QPointF(c), host->mapToGlobal(QPointF(c)), {}, QPoint(0, i < 10 ? 120 : -120),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(host, &wheel);
        }));
    // A brush over the middle of the data: about a tenth of the points.
    std::vector<double> xs, ys;
    {
        const auto cx = table->column(table->columnIndex(x.toStdString()));
        const auto cy = table->column(table->columnIndex(y.toStdString()));
        xs = cx->real;
        ys = cy->real;
    }
    std::sort(xs.begin(), xs.end());
    std::sort(ys.begin(), ys.end());
    const auto q = [](const std::vector<double>& v, double f) { return v[size_t(f * double(v.size() - 1))]; };
    QElapsedTimer b;
    b.start();
    const auto rows = plot.brush(q(xs, 0.35), q(xs, 0.65), q(ys, 0.35), q(ys, 0.65));
    host->grabFramebuffer();
    const double brushMs = double(b.nsecsElapsed()) / 1e6;
    // A lasso: an ellipse of 64 vertices inscribed in the same rectangle.
    QPolygonF ellipse;
    const double ex = (q(xs, 0.35) + q(xs, 0.65)) / 2, ey = (q(ys, 0.35) + q(ys, 0.65)) / 2;
    const double rx = (q(xs, 0.65) - q(xs, 0.35)) / 2, ry = (q(ys, 0.65) - q(ys, 0.35)) / 2;
    for (int k = 0; k < 64; ++k)
        ellipse << QPointF(ex + rx * std::cos(k * 2 * M_PI / 64), ey + ry * std::sin(k * 2 * M_PI / 64));
    QElapsedTimer l;
    l.start();
    const auto lassoRows = plot.lasso(ellipse);
    host->grabFramebuffer();
    const double lassoMs = double(l.nsecsElapsed()) / 1e6;

    QJsonObject out{{"points", qint64(plot.pointCount())},
                    {"density", plot.densityMode()},
                    {"columns", x + " x " + y},
                    {"load_ms", loadMs},
                    {"pan_frame_ms_median", median(pan)},
                    {"zoom_frame_ms_median", median(zoom)},
                    {"brush_rows", qint64(rows.size())},
                    {"brush_ms", brushMs},
                    {"lasso_rows", qint64(lassoRows.size())},
                    {"lasso_ms", lassoMs}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    host->grabFramebuffer().save(QString(argv[1]) + ".plot.png");
    return 0;
}
