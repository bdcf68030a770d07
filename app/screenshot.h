#pragma once
// --screenshot: once the file is open and everything asked for is drawn (every visible tile,
// the 3D view and the plots when shown, the colours of --filter and --color-by), saves a
// PNG of the window and quits.

#include <QString>

namespace ouro::app {

class MainWindow;
struct StartOptions;

/** What a screenshot waits for beyond the tiles and the panels. */
struct ScreenshotWait {
    bool tableShown = true;    ///< the plots' table is shown (or the file has none)
    bool colorsApplied = true; ///< --filter and --color-by have coloured the objects (or failed)
};

/** Notes in wait when the first profile table is shown, if the plots are among the panels. */
void waitForTable(MainWindow& w, const StartOptions& options, ScreenshotWait& wait);

/**
 * Saves options.screenshot once w has loaded options' file and is ready (or after 60 s), then
 * quits: 0 when it was saved, 1 when the file or the PNG could not be. False, after saying
 * why, when there is no file to open. wait must outlive the event loop.
 */
bool takeScreenshot(MainWindow& w, const StartOptions& options, const ScreenshotWait& wait);

} // namespace ouro::app
