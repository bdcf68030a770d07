// ouroboros: the desktop application.
#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

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
    parser.process(app);

    MainWindow w;
    w.show();
    if (!parser.positionalArguments().isEmpty())
        w.openFile(parser.positionalArguments().first());
    int rc = app.exec();
    QSettings().setValue("window/geometry", w.saveGeometry());
    return rc;
}
