// ouroboros: the desktop application.
#include "language.h"
#include "mainwindow.h"
#include "profilepanel.h"
#include "profiletable.h"
#include "version.h"
#include "vtkhost.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QIcon>
#include <QLocale>
#include <QDockWidget>
#include <QComboBox>
#include <QLineEdit>
#include <QCommandLineParser>
#include <QSettings>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace {
// A message on standard error, in the user's language: "ouroboros: " and the text.
void complain(const QString& text) { std::fprintf(stderr, "ouroboros: %s\n", qPrintable(text)); }
// The command line's strings, in the translations' "Main" context.
struct Main {
    Q_DECLARE_TR_FUNCTIONS(Main)
};
// QFileOpenEvent: macOS's way to open a document (double-click, drop on the Dock icon).
class FileOpenFilter : public QObject {
public:
    explicit FileOpenFilter(MainWindow* w) : window_(w) {}
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

int main(int argc, char** argv) {
    // VTK (the 3D view, the plots) needs an OpenGL 3.2 core context: set before the QApplication.
    QSurfaceFormat::setDefaultFormat(ouro::widgets::VtkHost::defaultFormat());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ouroboros"));
    QApplication::setApplicationName(QStringLiteral("Ouroboros"));
    QApplication::setApplicationVersion(QString::fromLatin1(ouro::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("org.ouroboros.Ouroboros"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/about/installer/icons/ouroboros.svg")));

    // The language: --language for this run, else Preferences' choice, else the system's. Chosen
    // before the options are parsed so that --help speaks it too.
    QString language;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--language") && i + 1 < args.size())
            language = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--language=")))
            language = args[i].section(QLatin1Char('='), 1);
    }
    QStringList codes;
    for (const auto& l : ouro::app::languages())
        codes << l.code;
    if (!language.isEmpty() && !codes.contains(language)) {
        complain(QStringLiteral("--language takes %1, not \"%2\"").arg(codes.join(QStringLiteral(", ")), language));
        return 2;
    }
    ouro::app::installLanguage(app, ouro::app::resolveLanguage(
                                        language.isEmpty() ? ouro::app::languageSetting() : language, QLocale::system()));

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

    QStringList panels = parser.value(show).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const auto& p : panels)
        if (p != QLatin1String("3d") && p != QLatin1String("plots")) {
            complain(Main::tr("--show takes 3d and plots, not \"%1\"").arg(p));
            return 2;
        }
    if (parser.isSet(plot) && !panels.contains(QLatin1String("plots")))
        panels << QStringLiteral("plots");
    if (parser.isSet(view3d) && !panels.contains(QLatin1String("3d")))
        panels << QStringLiteral("3d");

    MainWindow w;
    w.show();
    if (parser.isSet(view3d) && !w.setVolumeCamera(parser.value(view3d))) {
        complain(Main::tr("--view3d takes top, front, side or oblique, not \"%1\"").arg(parser.value(view3d)));
        return 2;
    }
    if (parser.isSet(plot)) {
        const QStringList xy = parser.value(plot).split(QLatin1Char(','));
        const QString x = xy.value(0).trimmed(), y = xy.value(1).trimmed();
        w.setPlotColumns(x, y);
        auto* panel = w.profilePanel();
        QObject::connect(panel, &ouro::widgets::ProfilePanel::tableShown, &w, [panel, x, y](const QString& table) {
            for (const QString& c : {x, y})
                if (!c.isEmpty() && panel->table() && panel->table()->columnIndex(c.toStdString()) < 0)
                    complain(Main::tr("table \"%1\" has no column \"%2\" to plot").arg(table, c));
        });
    }
    // A screenshot with the plots waits for the table to be shown (or for there to be none).
    auto* tableReady = new bool(!panels.contains(QLatin1String("plots")));
    QObject::connect(w.profilePanel(), &ouro::widgets::ProfilePanel::tablesListed, &w, [tableReady](int count) {
        if (count == 0)
            *tableReady = true;
    });
    QObject::connect(w.profilePanel(), &ouro::widgets::ProfilePanel::tableShown, &w,
                     [tableReady] { *tableReady = true; });
    QObject::connect(&w, &MainWindow::fileLoaded, &w, [&w, panels](bool ok) {
        if (!ok)
            return;
        if (panels.contains(QLatin1String("3d")))
            w.volumeDock()->show();
        if (panels.contains(QLatin1String("plots")))
            w.plotsDock()->show();
    });
    // --filter / --color-by: applied once the first profile table is shown; a
    // screenshot then waits for the new colours as well as for the tiles.
    auto* colorsReady = new bool(!parser.isSet(filter) && !parser.isSet(colorBy));
    if (!*colorsReady) {
        const QString expr = parser.value(filter), column = parser.value(colorBy);
        auto* panel = w.profilePanel();
        QObject::connect(panel, &ouro::widgets::ProfilePanel::tablesListed, panel, [colorsReady](int count) {
            if (count == 0 && !*colorsReady) {
                complain(Main::tr("the file has no profile tables; --filter and --color-by do nothing"));
                *colorsReady = true;
            }
        });
        QObject::connect(panel, &ouro::widgets::ProfilePanel::tableShown, panel, [panel, expr, column, colorsReady](const QString& table) {
            if (panel->property("ouroApplied").toBool())
                return;
            panel->setProperty("ouroApplied", true);
            if (!column.isEmpty() && panel->colorByBox()->findText(column) < 0) {
                complain(Main::tr("table \"%1\" has no column \"%2\" to colour by").arg(table, column));
                if (expr.isEmpty())
                    *colorsReady = true;
            } else if (!column.isEmpty()) {
                panel->colorByBox()->setCurrentText(column);
            }
            if (!expr.isEmpty()) {
                panel->filterEdit()->setText(expr);
                panel->applyFilter();
            }
        });
        QObject::connect(panel, &ouro::widgets::ProfilePanel::labelColorsChanged, panel,
                         [colorsReady, panel](const ouro::LabelColors& c) {
                             if (panel->property("ouroApplied").toBool() && !c.empty())
                                 *colorsReady = true;
                         });
        QObject::connect(panel->model(), &ouro::widgets::ProfileModel::filterFailed, panel, [colorsReady](const QString& m) {
            complain(m);
            *colorsReady = true;
        });
    }
    const QString shot = parser.value(screenshot);
    if (!shot.isEmpty()) {
        if (parser.positionalArguments().isEmpty()) {
            complain(Main::tr("--screenshot needs a FILE to open"));
            return 2;
        }
        QObject::connect(&w, &MainWindow::fileLoaded, &app, [&w, shot, colorsReady, tableReady](bool ok) {
            if (!ok) {
                complain(Main::tr("cannot open the file"));
                QApplication::exit(1);
                return;
            }
            // Save once every visible tile is loaded (or give up after 60 s).
            auto save = [&w, shot] {
                const bool saved = w.grab().save(shot);
                if (!saved)
                    complain(Main::tr("cannot write %1").arg(shot));
                QApplication::exit(saved ? 0 : 1);
            };
            auto* poll = new QTimer(&w);
            auto* started = new QElapsedTimer;
            started->start();
            QObject::connect(poll, &QTimer::timeout, &w, [&w, poll, started, save, colorsReady, tableReady] {
                const bool ready = *colorsReady && *tableReady && (!w.view()->hasImage() || w.view()->fullyLoaded()) &&
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
        });
    }
    // macOS hands over double-clicked and "Open with" files as events, not arguments.
    FileOpenFilter fileOpen(&w);
    app.installEventFilter(&fileOpen);
    const QStringList files = parser.positionalArguments();
    // --screenshot and --image name a .ouro; otherwise TIFFs and tables ("Open with") are imported.
    const bool asOuro = !shot.isEmpty() || parser.isSet(image) ||
                        (files.size() == 1 && !MainWindow::isImportable(files.first()));
    if (!files.isEmpty() && asOuro)
        w.openFile(files.first(), parser.isSet(image) ? parser.value(image).toLongLong() : -1);
    else if (!files.isEmpty())
        w.openPaths(files);
    return app.exec();
}
