#pragma once
// The main window: the image list, the pyramid viewer with its channel and
// label panels, drag-and-drop import, and the file menu.

#include "imageexport.h"
#include "imageview.h"
#include "omemodel.h"
#include "profiletable.h"
#include "render.h"

#include <QFutureWatcher>
#include <QImage>
#include <QMainWindow>

#include <atomic>
#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QSlider;
class QToolButton;
class QTimer;
class QProgressDialog;
class QDockWidget;
namespace ouro::widgets {
class ChannelPanel;
class ImageListWidget;
class LabelPanel;
class ProfilePanel;
class VolumeView;
class PlotView;
} // namespace ouro::widgets

namespace ouro::app {

class ImportController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    /**
     * What a drop, the command line or a file manager's "Open with" hands over: one .ouro (or
     * one file that is neither an image nor a table by its name) is opened, anything else imported.
     */
    void openPaths(const QStringList& paths);
    /** True for folders and files an import reads (TIFF, PNG, OME-Zarr, Parquet, CSV, SQLite tables). */
    static bool isImportable(const QString& path);

    /** Opens path in the background; the list fills in when the catalog is read. preferredImage: shown first. */
    void openFile(const QString& path, qlonglong preferredImage = -1);

    /**
     * Imports files (folders are searched for TIFFs) into the open file, or
     * into a new one the user names. Runs in the background with progress.
     */
    void importFiles(const QStringList& paths);
    /** The same, into target (created if missing), without asking for a file name. */
    void importFilesInto(const QStringList& paths, const QString& target);

    /** Shows one image of the open file in the viewer. */
    void showImage(qlonglong id);

    /** File → Export images…: asks what to write, then startImageExport(). */
    void exportImages();
    /** Writes images of the open file on a worker, with a progress dialog that can cancel. */
    void startImageExport(const ImageExportRequest& request);
    /** Settings → Preferences (language, tile cache) and Help → About, as modal dialogs. */
    void showPreferences();
    void showAbout();
    /** Cancels a running image export (as its dialog's Cancel button does). */
    void cancelImageExport();
    bool exportingImages() const { return bool(exportStop_); }

    ImportController* importController() const { return import_; }
    ouro::widgets::ImageView* view() const { return view_; }
    ouro::widgets::ChannelPanel* channelPanel() const { return channels_; }
    ouro::widgets::LabelPanel* labelPanel() const { return labelPanel_; }
    ouro::widgets::ProfilePanel* profilePanel() const { return profiles_; }
    const QString& currentFile() const { return path_; }
    /** The 3D view and the plots (null until first shown). */
    ouro::widgets::VolumeView* volumeView() const { return volume_; }
    ouro::widgets::PlotView* plotView() const { return plots_; }
    QDockWidget* volumeDock() const { return volumeDock_; }
    QDockWidget* plotsDock() const { return plotsDock_; }
    /** Columns for the plots (y empty: a histogram of x), used whenever a table with them is shown. */
    void setPlotColumns(const QString& x, const QString& y);
    /** The 3D view's camera: top, front, side or oblique (false: not one of them). Remembered. */
    bool setVolumeCamera(const QString& name);
    /** The 3D view and the plots, where shown, have finished loading. */
    bool panelsReady() const;

protected:
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;
    void closeEvent(QCloseEvent* e) override;

signals:
    /** The file given to openFile() has been read (ok = false: it could not be). */
    void fileLoaded(bool ok);
    /** An import finished: how many images came in, how many files failed. */
    void importFinished(qsizetype imported, qsizetype failed, bool cancelled);
    /** An object was selected in the viewer (stable key: image, label image, label id). */
    void objectSelected(const ouro::widgets::ObjectKey& key);
    /** An image export ended: ok, and what was written or why not. */
    void imageExportFinished(bool ok, const QString& message);

private:
    struct Loaded {
        std::vector<ouro::ImageInfo> images;
        std::vector<ouro::LabelInfo> labels;
        std::vector<QImage> thumbnails;                       ///< composite of the coarsest level, per image
        std::vector<std::vector<ouro::Histogram>> histograms; ///< per image, per channel (coarsest level)
        QString error;
    };
    // Construction, by concern (mainwindow.cpp): the viewer and its sliders, the docks, the
    // links of the 3D view, the plots and the profile table to the viewer, the saved layout.
    void makeCentre();
    void makeDocks();
    void connectVolume();
    void connectPlots();
    void connectProfiles();
    void connectViewer();
    void restoreSettings();
    /** The import's progress bars and Cancel in the status bar; its questions (mainwindowfiles.cpp). */
    void makeImportStatus();
    void connectImports();
    /** The objects of table rows, highlighted and framed in the viewer (opening their image). */
    void showObjects(const std::vector<ouro::ProfileTable::ObjectBox>& objects);
    /** The status bar's position, channel values and label under the cursor. */
    void showCursor(QPointF p, const std::vector<std::optional<double>>& values, uint32_t label);
    /** importFilesInto() once folders are expanded to files: asks for a target if need be, starts. */
    void startImport(const QStringList& files, const QString& into);
    void onLoaded();
    void chooseFile();
    void chooseNewFile();
    void chooseImport();
    /** File → Save a copy…: a compacted copy of the whole file, written on a worker. */
    void saveCopy();
    void saveSnapshot();
    void onImportFinished(const QStringList& imported, const QStringList& errors, bool cancelled,
                          const QStringList& warnings);
    void showImportProgress(bool on);
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void stepImage(int delta);
    void stepPlane(int dz, int dt);
    void updatePlaneSliders();
    /** Loads the shown image (and time point) into the 3D view, when that is visible. */
    void updateVolume();
    /** Gives the 3D view the label image, colours and highlights the 2D view has. */
    void syncVolumeLabels();
    /** Gives the plots the table shown, when they are visible. */
    void updatePlots();
    void createActions();
    /** The label panel's display with the profile panel's colours (filter, colour-by). */
    void applyLabelDisplay();
    /** Tells the profile panel which label image is shown. */
    void updateLabelTarget();
    const ouro::LabelInfo* currentLabelInfo() const;

    ouro::widgets::ImageListWidget* list_;
    ouro::widgets::ImageView* view_;
    ouro::widgets::ChannelPanel* channels_;
    ouro::widgets::LabelPanel* labelPanel_;
    ouro::widgets::ProfilePanel* profiles_;
    ouro::LabelColors labelColors_;
    QTimer* regionTimer_;
    QSlider* zSlider_;
    QSlider* tSlider_;
    QLabel* zLabel_;
    QLabel* tLabel_;
    QLabel* cursor_;
    QMenu* recentMenu_ = nullptr;
    QFutureWatcher<Loaded> watcher_;
    QString path_;
    qlonglong preferred_ = -1;
    Loaded loaded_;
    ImportController* import_;
    QProgressBar* progress_;     ///< the whole job
    QProgressBar* fileProgress_; ///< the current file
    QLabel* progressLabel_;
    QToolButton* cancel_;
    QFutureWatcher<QStringList> inputsWatcher_; ///< folders searched for images, on a worker
    QString inputsTarget_;                      ///< where those go (importFilesInto's target)
    bool findingInputs_ = false;
    QDockWidget* imagesDock_ = nullptr;
    QDockWidget* channelsDock_ = nullptr;
    QDockWidget* labelsDock_ = nullptr;
    QDockWidget* profilesDock_ = nullptr;
    QDockWidget* volumeDock_ = nullptr;
    ouro::widgets::VolumeView* volume_ = nullptr;
    qlonglong volumeImage_ = -1; ///< what the 3D view shows: image, time point, file
    int64_t volumeT_ = -1;
    QString volumeFile_;
    QDockWidget* plotsDock_ = nullptr;
    ouro::widgets::PlotView* plots_ = nullptr;
    std::shared_ptr<ouro::ProfileTable> plotTable_; ///< the table the plots show
    std::shared_ptr<const std::vector<uint32_t>> plotColors_; ///< the table's colour-by, per row
    QString plotX_, plotY_; ///< columns asked for by setPlotColumns()
    std::shared_ptr<std::atomic<bool>> exportStop_; ///< set while an image export runs
    QProgressDialog* exportProgress_ = nullptr;
};

} // namespace ouro::app
