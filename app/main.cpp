// ouroboros: the desktop application.
#include "commandline.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "startup.h"
#include "vtkhost.h"

#include <QApplication>

int main(int argc, char** argv) {
    using namespace ouro::app;
    // VTK (the 3D view, the plots) needs an OpenGL 3.2 core context: set before the QApplication.
    QSurfaceFormat::setDefaultFormat(ouro::widgets::VtkHost::defaultFormat());
    QApplication app(argc, argv);
    describeApplication();
    if (!installStartLanguage(app))
        return 2;
    const std::optional<StartOptions> options = parseCommandLine(app);
    if (!options)
        return 2;
    ScreenshotWait wait; // outlives the window, whose signals update it
    MainWindow w;
    w.show();
    if (!applyViewOptions(w, *options))
        return 2;
    waitForTable(w, *options, wait);
    applyTableOptions(w, *options, wait);
    if (!options->screenshot.isEmpty() && !takeScreenshot(w, *options, wait))
        return 2;
    acceptFileOpenEvents(app, w);
    openStartFiles(w, *options);
    return app.exec();
}
