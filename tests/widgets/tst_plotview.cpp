// The plots: a brush over known points selects exactly those rows, and its filter
// expression matches the same rows; matches and selections show in colour; a
// large table is drawn as a density and still brushes exactly; the histogram
// brushes by x. Needs X (xcb).
#include "plotview.h"
#include "profiletable.h"
#include "testutil.h"
#include "vtkhost.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ouro;
using ouro::widgets::PlotView;
using ouro::widgets::VtkHost;

namespace {

/** Count of pixels near a colour. */
int pixelsLike(const QImage& img, QColor c, int tol = 40) {
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor p = img.pixelColor(x, y);
            n += std::abs(p.red() - c.red()) < tol && std::abs(p.green() - c.green()) < tol &&
                 std::abs(p.blue() - c.blue()) < tol;
        }
    return n;
}

/** Shows plot (600 x 450) with table's columns x and y plotted; false if a step takes over ms. */
bool showPlot(PlotView& plot, std::shared_ptr<ProfileTable> table, const QString& x, const QString& y, int ms) {
    plot.resize(600, 450);
    plot.show();
    if (!QTest::qWaitForWindowExposed(&plot))
        return false;
    QSignalSpy plotted(&plot, &PlotView::plotted);
    plot.setTable(table);
    if (!plotted.wait(ms))
        return false;
    plotted.clear();
    plot.setColumns(x, y);
    return plotted.wait(ms);
}

} // namespace

class TstPlotView : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString db_;

    /** A table "grid" of n rows: A = i % 10, B = (i / 10) % 10 (row i + 1). */
    QString makeTable(const QString& name, int n) {
        const QString csv = tmp_.filePath(name + ".csv");
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QByteArray text = "ObjectNumber,A,B\n";
        for (int i = 0; i < n; ++i)
            text += QByteArray::number(i + 1) + "," + QByteArray::number(i % 10) + ".0," +
                    QByteArray::number((i / 10) % 10) + ".0\n";
        f.write(text);
        f.close();
        const auto r = testutil::ouro({"import", csv, "--into", db_, "--table-name", name});
        return r.exitCode == 0 ? name : QString();
    }

private slots:
    void initTestCase() {
        if (!VtkHost::available())
            QSKIP("needs an X display with GLX (run under xvfb-run)");
        db_ = tmp_.filePath("plots.ouro");
        QCOMPARE(makeTable("grid", 100), QString("grid"));
        QCOMPARE(makeTable("big", 250000), QString("big"));
    }

    void brushSelectsExactlyThoseRows() {
        auto table = std::make_shared<ProfileTable>(db_.toStdString(), "grid");
        PlotView plot;
        QVERIFY(showPlot(plot, table, "A", "B", 10000));
        QCOMPARE(plot.pointCount(), size_t(100));
        QVERIFY(!plot.densityMode());
        plot.snapshot(); // renders once: the chart is laid out, so toWidget is where points are drawn
        // Shift+drag around A 3-5, B 3-4: rows (B * 10 + A) + 1.
        QSignalSpy brushed(&plot, &PlotView::rowsBrushed);
        const QPoint a = plot.host()->mapTo(&plot, plot.toWidget(2.5, 2.5).toPoint());
        const QPoint b = plot.host()->mapTo(&plot, plot.toWidget(5.5, 4.5).toPoint());
        QTest::mousePress(plot.host(), Qt::LeftButton, Qt::ShiftModifier, plot.host()->mapFrom(&plot, a));
        QMouseEvent move(QEvent::MouseMove, QPointF(plot.host()->mapFrom(&plot, b)), plot.host()->mapToGlobal(QPointF(plot.host()->mapFrom(&plot, b))),
                         Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
        QApplication::sendEvent(plot.host(), &move);
        QTest::mouseRelease(plot.host(), Qt::LeftButton, Qt::ShiftModifier, plot.host()->mapFrom(&plot, b));
        QCOMPARE(brushed.size(), 1);
        const auto rows = brushed.first().at(0).value<std::vector<int64_t>>();
        QCOMPARE(rows, (std::vector<int64_t>{34, 35, 36, 44, 45, 46}));
        // The same rows as a filter.
        const QString f = plot.filterFromSelection();
        QVERIFY2(f.contains("\"A\" BETWEEN") && f.contains("\"B\" BETWEEN"), qPrintable(f));
        QCOMPARE(table->filter(f.toStdString()), rows);
        QTRY_VERIFY_WITH_TIMEOUT(pixelsLike(plot.snapshot(), QColor(255, 215, 0)) > 20, 10000); // the selection in yellow
        if (const QString dir = qEnvironmentVariable("OURO_TEST_SCREENSHOTS"); !dir.isEmpty())
            plot.snapshot().save(dir + "/plot-brushed.png");
        // A plain drag pans: the data moves with the mouse.
        const QPointF before = plot.toWidget(5, 5);
        QTest::mousePress(plot.host(), Qt::LeftButton, {}, QPoint(300, 200));
        for (int i = 1; i <= 5; ++i) {
            QMouseEvent drag(QEvent::MouseMove, QPointF(300 + 10 * i, 200), plot.host()->mapToGlobal(QPointF(300 + 10 * i, 200)),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(plot.host(), &drag);
        }
        QTest::mouseRelease(plot.host(), Qt::LeftButton, {}, QPoint(350, 200));
        plot.snapshot();
        const QPointF after = plot.toWidget(5, 5);
        QVERIFY2(std::abs(after.x() - before.x() - 50) < 6 && std::abs(after.y() - before.y()) < 3,
                 qPrintable(QString("%1,%2 -> %3,%4").arg(before.x()).arg(before.y()).arg(after.x()).arg(after.y())));
        // Colour-by: each point in its row's colour (rows 1-50 red, 51-100 blue), no selection.
        plot.setSelectedRows({});
        auto colors = std::make_shared<std::vector<uint32_t>>(100, 0xFF0000FFu);
        std::fill(colors->begin() + 50, colors->end(), 0x0000FFFFu);
        plot.setRowColors(colors);
        QTRY_VERIFY_WITH_TIMEOUT(pixelsLike(plot.snapshot(), QColor(255, 0, 0)) > 40, 10000);
        QVERIFY(pixelsLike(plot.snapshot(), QColor(0, 0, 255)) > 40);
        QCOMPARE(pixelsLike(plot.snapshot(), QColor(255, 215, 0)), 0); // the selection is gone
        plot.setRowColors(nullptr);
        // Matches in colour.
        plot.setMatches(std::make_shared<std::vector<int64_t>>(std::vector<int64_t>{1, 2, 3, 4, 5}));
        QTRY_VERIFY_WITH_TIMEOUT(pixelsLike(plot.snapshot(), QColor(230, 120, 20)) > 20, 10000);
    }

    void lassoSelectsInsideThePolygon() {
        auto table = std::make_shared<ProfileTable>(db_.toStdString(), "grid");
        PlotView plot;
        QVERIFY(showPlot(plot, table, "A", "B", 10000));
        plot.snapshot(); // laid out: toWidget is where the points are drawn
        // A triangle (1.5, 1.5), (6.7, 1.5), (1.5, 6.7) drawn with Ctrl+Shift: A, B >= 2 and A + B <= 8.
        std::vector<int64_t> want;
        for (int b = 2; b <= 6; ++b)
            for (int a = 2; a + b <= 8; ++a)
                want.push_back(b * 10 + a + 1);
        std::sort(want.begin(), want.end());
        const auto drawLasso = [&](Qt::KeyboardModifiers mods) {
            const QPointF corners[] = {{1.5, 1.5}, {6.7, 1.5}, {1.5, 6.7}, {1.5, 1.5}};
            auto* host = plot.host();
            QTest::mousePress(host, Qt::LeftButton, mods, plot.toWidget(1.5, 1.5).toPoint());
            for (int edge = 0; edge < 3; ++edge)
                for (int k = 1; k <= 10; ++k) {
                    const QPointF d = corners[edge] + (corners[edge + 1] - corners[edge]) * (k / 10.0);
                    const QPointF w = plot.toWidget(d.x(), d.y());
                    QMouseEvent move(QEvent::MouseMove, w, host->mapToGlobal(w), Qt::NoButton, Qt::LeftButton, mods);
                    QApplication::sendEvent(host, &move);
                }
            QTest::mouseRelease(host, Qt::LeftButton, mods, plot.toWidget(1.5, 1.5).toPoint());
        };
        QSignalSpy brushed(&plot, &PlotView::rowsBrushed);
        drawLasso(Qt::ShiftModifier | Qt::ControlModifier);
        QCOMPARE(brushed.size(), 1);
        QCOMPARE(brushed.first().at(0).value<std::vector<int64_t>>(), want);
        QCOMPARE(plot.filterFromSelection(), QString()); // a lasso has no ranges to filter by
        QCheckBox* lassoBox = nullptr;
        for (auto* b : plot.findChildren<QCheckBox*>())
            if (b->text() == "Lasso")
                lassoBox = b;
        QVERIFY(lassoBox);
        // With Lasso ticked, Shift alone draws one; unticked, Shift draws the rectangle again.
        lassoBox->setChecked(true);
        drawLasso(Qt::ShiftModifier);
        QCOMPARE(brushed.size(), 2);
        QCOMPARE(brushed.at(1).at(0).value<std::vector<int64_t>>(), want);
        lassoBox->setChecked(false);
        drawLasso(Qt::ShiftModifier); // a rectangle from (1.5, 1.5) to (1.5, 1.5): nothing
        QCOMPARE(brushed.size(), 3);
        QVERIFY(brushed.at(2).at(0).value<std::vector<int64_t>>().empty());
        // On log axes the lasso is straight on screen: the same triangle in screen terms.
        plot.setLogX(true);
        plot.setLogY(true);
        plot.snapshot(); // laid out on the log axes
        const auto logRows = plot.lasso(QPolygonF{QPointF(1.5, 1.5), QPointF(6.7, 1.5), QPointF(1.5, 6.7)});
        std::vector<int64_t> logWant;
        for (int b = 2; b <= 9; ++b)
            for (int a = 2; a <= 9; ++a) // inside when log a + log b <= the edge through the two far corners
                if (std::log10(a) - std::log10(1.5) + (std::log10(b) - std::log10(1.5)) <=
                    std::log10(6.7) - std::log10(1.5))
                    logWant.push_back(b * 10 + a + 1);
        std::sort(logWant.begin(), logWant.end());
        QCOMPARE(logRows, logWant);
    }

    void histogramBrushesByX() {
        auto table = std::make_shared<ProfileTable>(db_.toStdString(), "grid");
        PlotView plot;
        QVERIFY(showPlot(plot, table, "B", "", 10000));
        const auto rows = plot.brush(6.5, 7.5, 0, 0); // B == 7: rows 71-80
        QCOMPARE(rows.size(), size_t(10));
        QCOMPARE(rows.front(), int64_t(71));
        QCOMPARE(table->filter(plot.filterFromSelection().toStdString()), rows);
        QVERIFY(!plot.filterFromSelection().contains("\"A\""));
    }

    void largeTablesAreADensity() {
        auto table = std::make_shared<ProfileTable>(db_.toStdString(), "big");
        PlotView plot;
        QVERIFY(showPlot(plot, table, "A", "B", 20000));
        QCOMPARE(plot.pointCount(), size_t(250000));
        QVERIFY(plot.densityMode());
        // Not blank: the density's grey-blue bins are there.
        QTRY_VERIFY_WITH_TIMEOUT(pixelsLike(plot.snapshot(), QColor(90, 90, 115), 60) > 200, 10000);
        if (const QString dir = qEnvironmentVariable("OURO_TEST_SCREENSHOTS"); !dir.isEmpty())
            plot.snapshot().save(dir + "/plot-density.png");
        // Colour-by in the density: bins take their rows' colour (A < 5 red, A >= 5 blue).
        auto colors = std::make_shared<std::vector<uint32_t>>(250000);
        for (size_t i = 0; i < colors->size(); ++i)
            (*colors)[i] = i % 10 < 5 ? 0xFF0000FFu : 0x0000FFFFu;
        plot.setRowColors(colors);
        QTRY_VERIFY_WITH_TIMEOUT(pixelsLike(plot.snapshot(), QColor(255, 0, 0), 70) > 30, 10000);
        QVERIFY(pixelsLike(plot.snapshot(), QColor(0, 0, 255), 70) > 30);
        plot.setRowColors(nullptr);
        const auto rows = plot.brush(-0.5, 0.5, -0.5, 0.5); // A == 0 and B == 0: every 100th row
        QCOMPARE(rows.size(), size_t(2500));
        QCOMPARE(rows[1], int64_t(101));
    }
};

int main(int argc, char** argv) {
    QSurfaceFormat::setDefaultFormat(VtkHost::defaultFormat());
    QApplication app(argc, argv);
    TstPlotView t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_plotview.moc"
