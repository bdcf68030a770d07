#include "commandline.h"

#include "language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

#include <cstdio>

namespace ouro::app {

void complain(const QString& text) { std::fprintf(stderr, "ouroboros: %s\n", qPrintable(text)); }

bool installStartLanguage(QApplication& app) {
    // Read before the parser runs, so that --help is in this language too.
    QString language;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--language") && i + 1 < args.size())
            language = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--language=")))
            language = args[i].section(QLatin1Char('='), 1);
    }
    QStringList codes;
    for (const auto& l : languages())
        codes << l.code;
    if (!language.isEmpty() && !codes.contains(language)) {
        complain(QStringLiteral("--language takes %1, not \"%2\"").arg(codes.join(QStringLiteral(", ")), language));
        return false;
    }
    installLanguage(app, resolveLanguage(language.isEmpty() ? languageSetting() : language, QLocale::system()));
    return true;
}

std::optional<StartOptions> parseCommandLine(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Microscopy images and their measurements"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), Main::tr("A .ouro file to open"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  Main::tr("Open FILE, wait until every visible tile (and the "
                                                                  "3D view and plots, when shown) is loaded, save a "
                                                                  "PNG of the window and exit."),
                                  QStringLiteral("OUT.png"));
    QCommandLineOption image(QStringLiteral("image"), Main::tr("Show image ID first."),
                             QStringLiteral("ID"));
    QCommandLineOption filter(QStringLiteral("filter"),
                              Main::tr("Apply this filter to the first profile table."),
                              QStringLiteral("EXPR"));
    QCommandLineOption colorBy(QStringLiteral("color-by"),
                               Main::tr("Colour objects by this column of the first profile table."),
                               QStringLiteral("COLUMN"));
    QCommandLineOption show(QStringLiteral("show"),
                            Main::tr("Also show these panels: 3d, plots (comma-separated)."),
                            QStringLiteral("PANELS"));
    QCommandLineOption plot(QStringLiteral("plot"),
                            Main::tr("Plot these columns of the profile table: X,Y "
                                                            "(X alone: a histogram of X). Shows the plots."),
                            QStringLiteral("X,Y"));
    QCommandLineOption view3d(QStringLiteral("view3d"),
                              Main::tr("The 3D view's camera: top, front, side or oblique "
                                                              "(remembered). Shows the 3D view."),
                              QStringLiteral("CAMERA"));
    QCommandLineOption languageOption(QStringLiteral("language"),
                                      Main::tr("The interface language for this run: en, de, fr, es, cs, ja or zh_CN "
                                         "(Preferences sets it for good)."),
                                      QStringLiteral("CODE"));
    parser.addOption(languageOption);
    parser.addOption(view3d);
    parser.addOption(show);
    parser.addOption(plot);
    parser.addOption(filter);
    parser.addOption(colorBy);
    parser.addOption(screenshot);
    parser.addOption(image);
    parser.process(app);

    StartOptions o;
    o.files = parser.positionalArguments();
    o.screenshot = parser.value(screenshot);
    o.hasImage = parser.isSet(image);
    o.image = o.hasImage ? parser.value(image).toLongLong() : -1;
    o.filter = parser.value(filter);
    o.colorBy = parser.value(colorBy);
    o.recolor = parser.isSet(filter) || parser.isSet(colorBy);
    o.hasView3d = parser.isSet(view3d);
    o.view3d = parser.value(view3d);
    o.hasPlot = parser.isSet(plot);
    const QStringList xy = parser.value(plot).split(QLatin1Char(','));
    o.plotX = xy.value(0).trimmed();
    o.plotY = xy.value(1).trimmed();
    o.panels = parser.value(show).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const auto& p : o.panels)
        if (p != QLatin1String("3d") && p != QLatin1String("plots")) {
            complain(Main::tr("--show takes 3d and plots, not \"%1\"").arg(p));
            return std::nullopt;
        }
    if (o.hasPlot && !o.panels.contains(QLatin1String("plots")))
        o.panels << QStringLiteral("plots");
    if (o.hasView3d && !o.panels.contains(QLatin1String("3d")))
        o.panels << QStringLiteral("3d");
    return o;
}

} // namespace ouro::app
