#pragma once
// What the command line asks of the main window: the 3D camera, the plot columns, the
// panels to show, the filter and colour-by of the first table, and the files to open.

class QApplication;

namespace ouro::app {

class MainWindow;
struct ScreenshotWait;
struct StartOptions;

/** Sets the application's names, version and icon (before any window or settings). */
void describeApplication();

/**
 * --view3d, --plot and the panels to show once the file is loaded. False, after saying
 * why, when --view3d names no camera.
 */
bool applyViewOptions(MainWindow& w, const StartOptions& options);

/**
 * --filter and --color-by, applied once the first profile table is shown; wait.colorsApplied
 * says when the new colours are in (or they cannot be). wait must outlive the event loop.
 */
void applyTableOptions(MainWindow& w, const StartOptions& options, ScreenshotWait& wait);

/** Files macOS hands over as events (double-click, "Open with", a drop on the Dock icon) go to w. */
void acceptFileOpenEvents(QApplication& app, MainWindow& w);

/** Opens the command line's file (as a .ouro), or imports its images and tables. */
void openStartFiles(MainWindow& w, const StartOptions& options);

} // namespace ouro::app
