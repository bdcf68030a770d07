#include "startup.h"

#include "commandline.h"
#include "mainwindow.h"
#include "profilemodel.h"
#include "profilepanel.h"
#include "profiletable.h"
#include "screenshot.h"
#include "version.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFileOpenEvent>
#include <QIcon>
#include <QLineEdit>

namespace ouro::app {

namespace {
// QFileOpenEvent: macOS's way to open a document.
class FileOpenFilter : public QObject {
public:
    explicit FileOpenFilter(MainWindow* w) : QObject(w), window_(w) {}
    bool eventFilter(QObject* watched, QEvent* e) override {
        if (e->type() == QEvent::FileOpen) {
            window_->openPaths({static_cast<QFileOpenEvent*>(e)->file()});
            return true;
        }
        return QObject::eventFilter(watched, e);
    }

private:
    MainWindow* window_;
};
} // namespace

void describeApplication() {
    QApplication::setOrganizationName(QStringLiteral("Ouroboros"));
    QApplication::setApplicationName(QStringLiteral("Ouroboros"));
    QApplication::setApplicationVersion(QString::fromLatin1(ouro::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("org.ouroboros.Ouroboros"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/about/installer/icons/ouroboros.svg")));
}

bool applyViewOptions(MainWindow& w, const StartOptions& options) {
    if (options.hasView3d && !w.setVolumeCamera(options.view3d)) {
        complain(Main::tr("--view3d takes top, front, side or oblique, not \"%1\"").arg(options.view3d));
        return false;
    }
    if (options.hasPlot) {
        const QString x = options.plotX, y = options.plotY;
        w.setPlotColumns(x, y);
        auto* panel = w.profilePanel();
        QObject::connect(panel, &widgets::ProfilePanel::tableShown, &w, [panel, x, y](const QString& table) {
            for (const QString& c : {x, y})
                if (!c.isEmpty() && panel->table() && panel->table()->columnIndex(c.toStdString()) < 0)
                    complain(Main::tr("table \"%1\" has no column \"%2\" to plot").arg(table, c));
        });
    }
    QObject::connect(&w, &MainWindow::fileLoaded, &w, [&w, panels = options.panels](bool ok) {
        if (!ok)
            return;
        if (panels.contains(QLatin1String("3d")))
            w.volumeDock()->show();
        if (panels.contains(QLatin1String("plots")))
            w.plotsDock()->show();
    });
    return true;
}

void applyTableOptions(MainWindow& w, const StartOptions& options, ScreenshotWait& wait) {
    wait.colorsApplied = !options.recolor;
    if (!options.recolor)
        return;
    const QString expr = options.filter, column = options.colorBy;
    auto* panel = w.profilePanel();
    QObject::connect(panel, &widgets::ProfilePanel::tablesListed, panel, [&wait](int count) {
        if (count == 0 && !wait.colorsApplied) {
            complain(Main::tr("the file has no profile tables; --filter and --color-by do nothing"));
            wait.colorsApplied = true;
        }
    });
    QObject::connect(panel, &widgets::ProfilePanel::tableShown, panel, [panel, expr, column, &wait](const QString& table) {
        if (panel->property("ouroApplied").toBool())
            return;
        panel->setProperty("ouroApplied", true);
        if (!column.isEmpty() && panel->colorByBox()->findText(column) < 0) {
            complain(Main::tr("table \"%1\" has no column \"%2\" to colour by").arg(table, column));
            if (expr.isEmpty())
                wait.colorsApplied = true;
        } else if (!column.isEmpty()) {
            panel->colorByBox()->setCurrentText(column);
        }
        if (!expr.isEmpty()) {
            panel->filterEdit()->setText(expr);
            panel->applyFilter();
        }
    });
    QObject::connect(panel, &widgets::ProfilePanel::labelColorsChanged, panel,
                     [&wait, panel](const ouro::LabelColors& c) {
                         if (panel->property("ouroApplied").toBool() && !c.empty())
                             wait.colorsApplied = true;
                     });
    QObject::connect(panel->model(), &widgets::ProfileModel::filterFailed, panel, [&wait](const QString& m) {
        complain(m);
        wait.colorsApplied = true;
    });
}

void acceptFileOpenEvents(QApplication& app, MainWindow& w) { app.installEventFilter(new FileOpenFilter(&w)); }

void openStartFiles(MainWindow& w, const StartOptions& options) {
    const QStringList& files = options.files;
    if (files.isEmpty())
        return;
    // --screenshot and --image name a .ouro; otherwise TIFFs and tables ("Open with") are imported.
    const bool asOuro = !options.screenshot.isEmpty() || options.hasImage ||
                        (files.size() == 1 && !MainWindow::isImportable(files.first()));
    if (asOuro)
        w.openFile(files.first(), options.image);
    else
        w.openPaths(files);
}

} // namespace ouro::app
