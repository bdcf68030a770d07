#include "screenshot.h"

#include "commandline.h"
#include "imageview.h"
#include "mainwindow.h"
#include "profilemodel.h"
#include "profilepanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace ouro::app {

namespace {
// Polls until everything is drawn (or 60 s have passed), then saves the window.
void saveWhenDrawn(MainWindow& w, const QString& shot, const ScreenshotWait& wait) {
    auto save = [&w, shot] {
        const bool saved = w.grab().save(shot);
        if (!saved)
            complain(Main::tr("cannot write %1").arg(shot));
        QApplication::exit(saved ? 0 : 1);
    };
    auto* poll = new QTimer(&w);
    auto* started = new QElapsedTimer;
    started->start();
    QObject::connect(poll, &QTimer::timeout, &w, [&w, &wait, poll, started, save] {
        const bool ready = wait.colorsApplied && wait.tableShown && (!w.view()->hasImage() || w.view()->fullyLoaded()) &&
                           !w.profilePanel()->model()->busy() && w.panelsReady();
        if (ready || started->elapsed() > 60000) {
            poll->stop();
            if (!ready)
                complain(Main::tr("tiles still loading after 60 s; saving anyway"));
            delete started;
            QTimer::singleShot(50, &w, save);
        }
    });
    poll->start(20);
}
} // namespace

void waitForTable(MainWindow& w, const StartOptions& options, ScreenshotWait& wait) {
    wait.tableShown = !options.panels.contains(QLatin1String("plots"));
    auto* panel = w.profilePanel();
    QObject::connect(panel, &widgets::ProfilePanel::tablesListed, &w, [&wait](int count) {
        if (count == 0)
            wait.tableShown = true;
    });
    QObject::connect(panel, &widgets::ProfilePanel::tableShown, &w, [&wait] { wait.tableShown = true; });
}

bool takeScreenshot(MainWindow& w, const StartOptions& options, const ScreenshotWait& wait) {
    if (options.files.isEmpty()) {
        complain(Main::tr("--screenshot needs a FILE to open"));
        return false;
    }
    QObject::connect(&w, &MainWindow::fileLoaded, qApp, [&w, shot = options.screenshot, &wait](bool ok) {
        if (!ok) {
            complain(Main::tr("cannot open the file"));
            QApplication::exit(1);
            return;
        }
        saveWhenDrawn(w, shot, wait);
    });
    return true;
}

} // namespace ouro::app
