#pragma once
// The main window. At this stage: open a .ouro file and list its images.

#include <QFutureWatcher>
#include <QImage>
#include <QMainWindow>

class QLabel;

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

signals:
    /** The file given to openFile() has been read (ok = false: it could not be). */
    void fileLoaded(bool ok);

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

    ouro::widgets::ImageListWidget* list_;
    ouro::widgets::ImagePreview* preview_;
    QLabel* details_;
    Loaded loaded_;
    QFutureWatcher<Loaded> watcher_;
    QString path_;
};
