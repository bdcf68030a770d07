// ouroboros: the desktop application.
#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ouroboros"));
    QApplication::setApplicationName(QStringLiteral("Ouroboros"));
    QApplication::setApplicationVersion(QString::fromLatin1(ouro::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Microscopy images and their measurements"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A .ouro file to open"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Open FILE, save a PNG of the window and exit."),
                                  QStringLiteral("OUT.png"));
    parser.addOption(screenshot);
    parser.process(app);

    MainWindow w;
    w.show();
    const QString shot = parser.value(screenshot);
    if (!shot.isEmpty()) {
        if (parser.positionalArguments().isEmpty()) {
            std::fprintf(stderr, "ouroboros: --screenshot needs a FILE to open\n");
            return 2;
        }
        QObject::connect(&w, &MainWindow::fileLoaded, &app, [&w, shot](bool ok) {
            if (!ok) {
                std::fprintf(stderr, "ouroboros: cannot open the file\n");
                QApplication::exit(1);
                return;
            }
            // Let the window lay out and paint once before grabbing it.
            QTimer::singleShot(200, &w, [&w, shot] {
                const bool saved = w.grab().save(shot);
                if (!saved)
                    std::fprintf(stderr, "ouroboros: cannot write %s\n", qPrintable(shot));
                QApplication::exit(saved ? 0 : 1);
            });
        });
    }
    if (!parser.positionalArguments().isEmpty())
        w.openFile(parser.positionalArguments().first());
    return app.exec();
}
