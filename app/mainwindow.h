#pragma once
// The main window. At this stage: open a .ouro file and list its images.

#include <QFutureWatcher>
#include <QMainWindow>

#include "omemodel.h"

namespace ouro::widgets {
class ImageListWidget;
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
        QString error;
        bool readOnly = false;
    };
    void onLoaded();
    void chooseFile();

    ouro::widgets::ImageListWidget* list_;
    QFutureWatcher<Loaded> watcher_;
    QString path_;
};
