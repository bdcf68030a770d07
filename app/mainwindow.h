#pragma once
// The main window. At this stage: open a .ouro file and list its images.

#include <QFutureWatcher>
#include <QImage>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QToolButton;
class ImportController;

#include "omemodel.h"

namespace ouro::widgets {
class ImageListWidget;
class ImagePreview;
}

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    /** Opens path in the background; the list fills in when the catalog is read. */
    void openFile(const QString& path);

    /**
     * Imports files (folders are searched for TIFFs) into the open file, or
     * into a new one the user names. Runs in the background with progress.
     */
    void importFiles(const QStringList& paths);
    /** The same, into target (created if missing), without asking for a file name. */
    void importFilesInto(const QStringList& paths, const QString& target);

    ImportController* importController() const { return import_; }
    const QString& currentFile() const { return path_; }

protected:
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;
    void closeEvent(QCloseEvent* e) override;

signals:
    /** The file given to openFile() has been read (ok = false: it could not be). */
    void fileLoaded(bool ok);
    /** An import finished: how many images came in, how many files failed. */
    void importFinished(qsizetype imported, qsizetype failed, bool cancelled);

private:
    struct Loaded {
        std::vector<ouro::ImageInfo> images;
        std::vector<QImage> thumbnails; ///< composite of the coarsest level, per image
        QString error;
        bool readOnly = false;
    };
    void onLoaded();
    void chooseFile();
    void showPreview();
    void chooseImport();
    void onImportFinished(const QStringList& imported, const QStringList& errors, bool cancelled);

    ouro::widgets::ImageListWidget* list_;
    ouro::widgets::ImagePreview* preview_;
    QLabel* details_;
    Loaded loaded_;
    ImportController* import_;
    QProgressBar* progress_;
    QLabel* progressLabel_;
    QToolButton* cancel_;
    QFutureWatcher<Loaded> watcher_;
    QString path_;
};
