#include "mainwindow.h"

#include "chunkreader.h"
#include "composite.h"
#include "error.h"
#include "imagelistwidget.h"
#include "imagepreview.h"
#include "store.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), list_(new ouro::widgets::ImageListWidget(this)),
      preview_(new ouro::widgets::ImagePreview(this)),
      details_(new QLabel(this)) {
    setWindowTitle(tr("Ouroboros"));
    auto* right = new QWidget(this);
    auto* layout = new QVBoxLayout(right);
    preview_->setToolTip(tr("Preview from the coarsest pyramid level"));
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setWordWrap(true);
    layout->addWidget(preview_, 1);
    layout->addWidget(details_);
    auto* split = new QSplitter(this);
    split->addWidget(list_);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 520});
    setCentralWidget(split);
    connect(list_, &QTreeWidget::currentItemChanged, this, &MainWindow::showPreview);
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    connect(&watcher_, &QFutureWatcher<Loaded>::finished, this, &MainWindow::onLoaded);
    QSettings s;
    restoreGeometry(s.value("window/geometry").toByteArray());
    if (!s.contains("window/geometry"))
        resize(900, 600);
    statusBar()->showMessage(tr("Open a .ouro file (Ctrl+O)"));
}

void MainWindow::chooseFile() {
    QSettings s;
    QString f = QFileDialog::getOpenFileName(this, tr("Open .ouro file"), s.value("lastFolder").toString(),
                                             tr("Ouroboros files (*.ouro);;All files (*)"));
    if (f.isEmpty())
        return;
    s.setValue("lastFolder", QFileInfo(f).absolutePath());
    openFile(f);
}

void MainWindow::openFile(const QString& path) {
    path_ = path;
    statusBar()->showMessage(tr("Opening %1…").arg(path));
    // The catalog read touches disk: never on the GUI thread.
    watcher_.setFuture(QtConcurrent::run([path]() {
        Loaded l;
        try {
            auto store = ouro::Store::open(path.toStdString(), ouro::Store::Mode::ReadOnly);
            l.images = store.images();
            // Thumbnails from the coarsest level (at most 512 x 512): a composite of
            // the first six channels at t = 0 and the middle z.
            ouro::ChunkReader reader(path.toStdString());
            for (const auto& im : l.images) {
                const int level = im.levels - 1;
                auto shape = ouro::pyramidShapes(im.sizeY, im.sizeX, im.chunkY, im.chunkX).back();
                std::vector<std::vector<uint8_t>> planes;
                for (int64_t c = 0; c < std::min<int64_t>(im.sizeC, 6); ++c)
                    planes.push_back(reader.readPlane(im, level, 0, c, im.sizeZ / 2));
                l.thumbnails.push_back(ouro::widgets::compositePlanes(im, planes, int(shape.sizeX), int(shape.sizeY)));
            }
        } catch (const ouro::Error& e) {
            l.error = QString::fromStdString(e.what());
        }
        return l;
    }));
}

void MainWindow::onLoaded() {
    Loaded l = watcher_.result();
    if (!l.error.isEmpty()) {
        statusBar()->showMessage(tr("Could not open %1").arg(path_));
        emit fileLoaded(false);
        QMessageBox::warning(this, tr("Cannot open file"), l.error);
        return;
    }
    loaded_ = l;
    list_->setImages(l.images, l.thumbnails);
    showPreview();
    setWindowTitle(tr("%1 — Ouroboros").arg(QFileInfo(path_).fileName()));
    statusBar()->showMessage(tr("%n image(s) in %1", nullptr, int(l.images.size())).arg(path_));
    emit fileLoaded(true);
}

void MainWindow::showPreview() {
    const qlonglong id = list_->currentImageId();
    for (size_t i = 0; i < loaded_.images.size(); ++i) {
        const auto& im = loaded_.images[i];
        if (im.id != id)
            continue;
        preview_->setImage(i < loaded_.thumbnails.size() ? loaded_.thumbnails[i] : QImage());
        QStringList chans;
        for (const auto& c : im.channels)
            chans << QString::fromStdString(c.name.empty() ? std::string("–") : c.name);
        QString phys;
        if (im.physicalSizeX)
            phys = tr("Pixel size: %1 %2").arg(*im.physicalSizeX).arg(QString::fromStdString(im.physicalSizeXUnit));
        details_->setText(tr("<b>%1</b><br>%2 · %3 · %n level(s)<br>Channels: %4<br>%5", nullptr, im.levels)
                              .arg(QString::fromStdString(im.name).toHtmlEscaped(),
                                   ouro::widgets::ImageListWidget::sizeText(im),
                                   QString::fromLatin1(ouro::dtypeName(im.dtype).data()),
                                   chans.join(QStringLiteral(", ")).toHtmlEscaped(), phys));
        return;
    }
    preview_->setImage({});
    details_->clear();
}
