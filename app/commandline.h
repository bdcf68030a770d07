#pragma once
// The ouroboros program's command line: the interface language (chosen before the
// other options are parsed, so that --help speaks it), the options, and their checks.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QApplication;

namespace ouro::app {

/** The command line's strings, in the translations' "Main" context. */
struct Main {
    Q_DECLARE_TR_FUNCTIONS(Main)
};

/** A message on standard error, in the user's language: "ouroboros: " and the text. */
void complain(const QString& text);

/** What the command line asks for, checked as far as it can be without a window. */
struct StartOptions {
    QStringList files;    ///< the positional arguments
    QString screenshot;   ///< --screenshot OUT.png, or empty
    qlonglong image = -1; ///< --image ID
    bool hasImage = false;
    QString filter, colorBy; ///< --filter, --color-by
    bool recolor = false;    ///< --filter or --color-by was given
    bool hasPlot = false;    ///< --plot X[,Y]
    QString plotX, plotY;
    bool hasView3d = false; ///< --view3d CAMERA (checked by the window)
    QString view3d;
    QStringList panels; ///< "3d", "plots": shown once the file is loaded (--show, --plot, --view3d)
};

/**
 * Installs the interface language: --language for this run, else Preferences' choice, else
 * the system's. False (after saying why) when --language names no known language.
 */
bool installStartLanguage(QApplication& app);

/**
 * Parses and checks the options (--help and --version print and exit here). Empty, after
 * saying why, when an option has a value it does not take.
 */
std::optional<StartOptions> parseCommandLine(const QApplication& app);

} // namespace ouro::app
