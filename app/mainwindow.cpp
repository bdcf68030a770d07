#include "mainwindow.h"

#include "chunkreader.h"
#include "composite.h"
#include "error.h"
#include "importcontroller.h"
#include "imagelistwidget.h"
#include "imagepreview.h"
#include "store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QProgressBar>
#include <QToolButton>
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
      details_(new QLabel(this)), import_(new ImportController(this)), progress_(new QProgressBar(this)),
      progressLabel_(new QLabel(this)), cancel_(new QToolButton(this)) {
    setAcceptDrops(true);
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
    open->setToolTip(tr("Open a .ouro file"));
    auto* imp = file->addAction(tr("&Import images…"), this, &MainWindow::chooseImport);
    imp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    imp->setToolTip(tr("Import TIFF or OME-TIFF files (or drop them on the window)"));
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    connect(&watcher_, &QFutureWatcher<Loaded>::finished, this, &MainWindow::onLoaded);
    QSettings s;
    restoreGeometry(s.value("window/geometry").toByteArray());
    if (!s.contains("window/geometry"))
        resize(900, 600);
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(240);
    progress_->setToolTip(tr("Import progress"));
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop the import; nothing of an unfinished file is kept"));
    connect(cancel_, &QToolButton::clicked, import_, &ImportController::cancel);
    statusBar()->addPermanentWidget(progressLabel_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    for (QWidget* w : {static_cast<QWidget*>(progressLabel_), static_cast<QWidget*>(progress_),
                       static_cast<QWidget*>(cancel_)})
        w->hide();
    connect(import_, &ImportController::progress, this, [this](double f, const QString& msg) {
        progress_->setValue(int(f * 1000));
        progressLabel_->setText(msg);
    });
    connect(import_, &ImportController::combineQuestion, this, [this](const QStringList& files) {
        auto answer = QMessageBox::question(
            this, tr("Combine channels?"),
            tr("The %n dropped files are single-channel images of the same size. Combine them as the channels "
               "of one image (as CellProfiler inputs are)?",
               nullptr, int(files.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        import_->answerCombine(answer == QMessageBox::Yes);
    });
    connect(import_, &ImportController::finished, this, &MainWindow::onImportFinished);
    statusBar()->showMessage(tr("Open a .ouro file (Ctrl+O), or drop TIFF files here to import them"));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
    if (e->mimeData()->hasUrls()) {
        for (const auto& u : e->mimeData()->urls())
            if (!u.isLocalFile())
                return;
        e->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* e) {
    QStringList paths;
    for (const auto& u : e->mimeData()->urls())
        paths << u.toLocalFile();
    bool openOuro = paths.size() == 1 && paths.front().endsWith(QLatin1String(".ouro"), Qt::CaseInsensitive);
    if (openOuro)
        openFile(paths.front());
    else
        importFiles(paths);
    e->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* e) {
    if (import_->busy()) {
        auto a = QMessageBox::question(this, tr("Import running"),
                                       tr("An import is still running. Cancel it and quit?"));
        if (a != QMessageBox::Yes) {
            e->ignore();
            return;
        }
        import_->cancel();
    }
    QSettings().setValue("window/geometry", saveGeometry());
    e->accept();
}

void MainWindow::chooseImport() {
    QSettings s;
    QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import images"), s.value("lastImportFolder", s.value("lastFolder")).toString(),
        tr("TIFF and OME-TIFF (*.tif *.tiff *.btf *.companion.ome);;All files (*)"));
    if (files.isEmpty())
        return;
    s.setValue("lastImportFolder", QFileInfo(files.front()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList& paths) { importFilesInto(paths, QString()); }

void MainWindow::importFilesInto(const QStringList& paths, const QString& into) {
    if (import_->busy()) {
        statusBar()->showMessage(tr("An import is already running; wait for it or cancel it."), 5000);
        return;
    }
    const QStringList files = ImportController::expandInputs(paths);
    if (files.isEmpty()) {
        statusBar()->showMessage(tr("No TIFF files found in what was dropped."), 5000);
        return;
    }
    QString target = into.isEmpty() ? path_ : into;
    if (!into.isEmpty())
        path_ = into;
    if (target.isEmpty()) {
        QFileInfo first(files.front());
        QString suggestion = first.absolutePath() + "/" + first.completeBaseName().section('.', 0, 0) + ".ouro";
        target = QFileDialog::getSaveFileName(this, tr("Import into a new .ouro file"), suggestion,
                                              tr("Ouroboros files (*.ouro)"), nullptr,
                                              QFileDialog::DontConfirmOverwrite);
        if (target.isEmpty())
            return;
        if (!target.endsWith(QLatin1String(".ouro")))
            target += QLatin1String(".ouro");
        path_ = target;
    }
    progress_->setValue(0);
    for (QWidget* w : {static_cast<QWidget*>(progressLabel_), static_cast<QWidget*>(progress_),
                       static_cast<QWidget*>(cancel_)})
        w->show();
    import_->start(target, files);
}

void MainWindow::onImportFinished(const QStringList& imported, const QStringList& errors, bool cancelled) {
    for (QWidget* w : {static_cast<QWidget*>(progressLabel_), static_cast<QWidget*>(progress_),
                       static_cast<QWidget*>(cancel_)})
        w->hide();
    QString summary = tr("Imported %n image(s)", nullptr, int(imported.size()));
    if (!errors.isEmpty())
        summary += tr(", %n file(s) failed", nullptr, int(errors.size()));
    if (cancelled)
        summary += tr(", cancelled");
    if (!imported.isEmpty())
        openFile(path_);
    statusBar()->showMessage(summary, 10000);
    emit importFinished(imported.size(), errors.size(), cancelled);
    if (!errors.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Some files were not imported"),
                                    tr("%n file(s) could not be imported. The .ouro file is unchanged for them.",
                                       nullptr, int(errors.size())),
                                    QMessageBox::Ok, this);
        box->setDetailedText(errors.join('\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
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
