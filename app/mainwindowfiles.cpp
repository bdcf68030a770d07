// MainWindow's files: open, new and recent; drops, imports and their questions (folders are
// searched on a worker); image export, save a copy and the snapshot, each written on a worker.
#include "mainwindow.h"

#include "chunkreader.h"
#include "composite.h"
#include "error.h"
#include "imagelistwidget.h"
#include "importcontroller.h"
#include "profilepanel.h"
#include "store.h"
#include "tools.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QThreadPool>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace ouro::app {

void MainWindow::chooseFile() {
    QSettings s;
    QString f = QFileDialog::getOpenFileName(this, tr("Open .ouro file"), s.value("lastFolder").toString(),
                                             tr("Ouroboros files (*.ouro);;All files (*)"));
    if (f.isEmpty())
        return;
    s.setValue("lastFolder", QFileInfo(f).absolutePath());
    openFile(f);
}

void MainWindow::chooseNewFile() {
    QSettings s;
    QString f = QFileDialog::getSaveFileName(this, tr("New .ouro file"), s.value("lastFolder").toString(),
                                             tr("Ouroboros files (*.ouro)"));
    if (f.isEmpty())
        return;
    if (!f.endsWith(QLatin1String(".ouro")))
        f += QLatin1String(".ouro");
    s.setValue("lastFolder", QFileInfo(f).absolutePath());
    // Creating the file is a (small) write: a worker's job too.
    auto future = QtConcurrent::run([f]() -> QString {
        try {
            QFile::remove(f);
            ouro::Store::open(f.toStdString(), ouro::Store::Mode::CreateReadWrite);
            return {};
        } catch (const std::exception& e) {
            return QString::fromStdString(e.what());
        }
    });
    auto* w = new QFutureWatcher<QString>(this);
    connect(w, &QFutureWatcher<QString>::finished, this, [this, w, f] {
        const QString err = w->result();
        w->deleteLater();
        if (!err.isEmpty())
            QMessageBox::warning(this, tr("Cannot create file"), err);
        else
            openFile(f);
    });
    w->setFuture(future);
}

void MainWindow::addRecent(const QString& path) {
    QSettings s;
    QStringList recent = s.value("recentFiles").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 10)
        recent.removeLast();
    s.setValue("recentFiles", recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value("recentFiles").toStringList();
    for (const auto& f : recent)
        recentMenu_->addAction(QFileInfo(f).fileName(), this, [this, f] { openFile(f); })->setToolTip(f);
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::openFile(const QString& path, qlonglong preferredImage) {
    path_ = path;
    preferred_ = preferredImage >= 0 ? preferredImage : (view_->hasImage() ? view_->image().id : -1);
    statusBar()->showMessage(tr("Opening %1…").arg(path));
    // The catalog read, thumbnails and histograms touch disk: never on the GUI thread.
    watcher_.setFuture(QtConcurrent::run([path]() {
        Loaded l;
        try {
            auto store = ouro::Store::open(path.toStdString(), ouro::Store::Mode::ReadOnly);
            l.images = store.images();
            l.labels = store.labels();
            ouro::ChunkReader reader(path.toStdString());
            for (const auto& im : l.images) {
                ouro::PixelSource pixels = reader.source(im);
                const int level = pixels.layout().levelCount() - 1; // the coarsest: one chunk
                const auto shape = pixels.layout().level(level);
                std::vector<std::vector<uint8_t>> planes;
                std::vector<ouro::Histogram> hists;
                for (int64_t c = 0; c < im.sizeC; ++c) {
                    auto plane = pixels.readPlane(level, 0, c, im.sizeZ / 2);
                    const auto& ch = im.channels[size_t(c)];
                    hists.push_back(ouro::computeHistogram(im.dtype, plane.data(),
                                                           size_t(shape.sizeX * shape.sizeY),
                                                           ch.dataMin.value_or(0), ch.dataMax.value_or(255)));
                    if (c < 6)
                        planes.push_back(std::move(plane));
                }
                l.histograms.push_back(std::move(hists));
                l.thumbnails.push_back(ouro::widgets::compositePlanes(im, planes, int(shape.sizeX), int(shape.sizeY)));
            }
        } catch (const std::exception& e) {
            l.error = QString::fromStdString(e.what());
        }
        return l;
    }));
}

void MainWindow::saveSnapshot() {
    if (!view_->hasImage())
        return;
    QSettings s;
    QString f = QFileDialog::getSaveFileName(this, tr("Save snapshot"), s.value("lastFolder").toString() + "/view.png",
                                             tr("PNG images (*.png)"));
    if (f.isEmpty())
        return;
    if (!view_->snapshot().save(f, "PNG"))
        QMessageBox::warning(this, tr("Snapshot"), tr("Could not write %1").arg(f));
    else
        statusBar()->showMessage(tr("Saved %1").arg(f), 5000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
    if (e->mimeData()->hasUrls()) {
        for (const auto& u : e->mimeData()->urls())
            if (!u.isLocalFile())
                return;
        e->acceptProposedAction();
    }
}

bool MainWindow::isImportable(const QString& path) {
    // By name (ImportController's lists); a folder is searched for images, or is an OME-Zarr.
    return ImportController::isImportableName(path) || QFileInfo(path).isDir();
}

void MainWindow::openPaths(const QStringList& paths) {
    if (paths.isEmpty())
        return;
    // One file that is not an image or a table by its name is opened as a .ouro: a .ouro
    // renamed by someone, or handed over by a file manager that knew it by its content.
    if (paths.size() == 1 && !isImportable(paths.front()))
        openFile(paths.front());
    else
        importFiles(paths);
}

void MainWindow::dropEvent(QDropEvent* e) {
    QStringList paths;
    for (const auto& u : e->mimeData()->urls())
        paths << u.toLocalFile();
    openPaths(paths);
    e->acceptProposedAction();
}

void MainWindow::saveCopy() {
    if (path_.isEmpty()) {
        statusBar()->showMessage(tr("Open a .ouro file first."), 5000);
        return;
    }
    QFileInfo fi(path_);
    const QString out = QFileDialog::getSaveFileName(this, tr("Save a copy"),
                                                     fi.absolutePath() + "/" + fi.completeBaseName() + "-copy.ouro",
                                                     tr("Ouroboros files (*.ouro)"));
    if (out.isEmpty())
        return;
    if (QFileInfo(out).absoluteFilePath() == fi.absoluteFilePath() ||
        (QFileInfo::exists(out) && QFileInfo(out).canonicalFilePath() == fi.canonicalFilePath())) {
        QMessageBox::warning(this, tr("Save a copy"), tr("A copy cannot replace the file it is made from."));
        return;
    }
    if (exportStop_) {
        statusBar()->showMessage(tr("An export is already running."), 5000);
        return;
    }
    ImageExportRequest req;
    req.format = ImageExportRequest::Format::OuroCopy;
    req.out = out;
    startImageExport(req);
}

void MainWindow::exportImages() {
    if (path_.isEmpty() || loaded_.images.empty()) {
        statusBar()->showMessage(tr("Open a .ouro file with images first."), 5000);
        return;
    }
    if (exportStop_) {
        statusBar()->showMessage(tr("An export is already running."), 5000);
        return;
    }
    ImageExportDialog dialog(path_, loaded_.images, view_->hasImage() ? view_->image().id : -1, this);
    if (dialog.exec() == QDialog::Accepted)
        startImageExport(dialog.request());
}

void MainWindow::startImageExport(const ImageExportRequest& request) {
    if (exportStop_ || path_.isEmpty())
        return;
    auto stop = std::make_shared<std::atomic<bool>>(false);
    exportStop_ = stop;
    exportProgress_ = new QProgressDialog(tr("Exporting to %1…").arg(QFileInfo(request.out).fileName()), tr("Cancel"),
                                          0, 1000, this);
    const bool copy = request.format == ImageExportRequest::Format::OuroCopy;
    exportProgress_->setWindowTitle(copy ? tr("Save a copy") : tr("Export images"));
    if (copy)
        exportProgress_->setRange(0, 0); // SQLite's VACUUM INTO says nothing of how far it is
    exportProgress_->setMinimumDuration(300);
    exportProgress_->setAutoClose(false);
    exportProgress_->setAutoReset(false);
    connect(exportProgress_, &QProgressDialog::canceled, this, &MainWindow::cancelImageExport);
    QPointer<MainWindow> self(this);
    const QString db = path_;
    // The export reads the file on a worker: the viewer keeps drawing.
    QThreadPool::globalInstance()->start([self, stop, db, request] {
        auto last = std::make_shared<int>(-1);
        const auto progress = [self, stop, last](double f) {
            const int permille = int(std::clamp(f, 0.0, 1.0) * 1000);
            if (permille != *last) {
                *last = permille;
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, permille] {
                        if (self && self->exportProgress_)
                            self->exportProgress_->setValue(permille);
                    },
                    Qt::QueuedConnection);
            }
            return !*stop;
        };
        bool ok = false;
        QString message;
        try {
            if (!progress(0.0))
                throw ouro::Cancelled(); // cancelled before it began
            message = runImageExport(db, request, progress);
            ok = true;
        } catch (const ouro::Cancelled&) {
            message = tr("Export cancelled; nothing was written to %1").arg(request.out);
        } catch (const std::exception& e) {
            message = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, message] {
                if (!self)
                    return;
                self->exportStop_.reset();
                if (self->exportProgress_) {
                    self->exportProgress_->deleteLater();
                    self->exportProgress_ = nullptr;
                }
                self->statusBar()->showMessage(message, 10000);
                emit self->imageExportFinished(ok, message);
                if (!ok && !message.startsWith(tr("Export cancelled"))) {
                    // Not modal: the window stays usable, and nothing waits on the box.
                    auto* box = new QMessageBox(QMessageBox::Warning, tr("Export images"), message, QMessageBox::Ok, self);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                }
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::cancelImageExport() {
    if (exportStop_)
        *exportStop_ = true;
}

void MainWindow::chooseImport() {
    QSettings s;
    QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import images or tables"), s.value("lastImportFolder", s.value("lastFolder")).toString(),
        tr("Images and tables (*.tif *.tiff *.btf *.companion.ome *.png *.parquet *.csv *.tsv *.csv.gz *.tsv.gz *.sqlite "
           "*.db);;"
           "Images (*.tif *.tiff *.btf *.companion.ome *.png *.parquet);;"
           "Profile tables (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.sqlite *.db *.parquet);;All files (*)"));
    if (files.isEmpty())
        return;
    s.setValue("lastImportFolder", QFileInfo(files.front()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList& paths) { importFilesInto(paths, QString()); }

void MainWindow::importFilesInto(const QStringList& paths, const QString& into) {
    if (import_->busy() || findingInputs_) {
        statusBar()->showMessage(tr("An import is already running; wait for it or cancel it."), 5000);
        return;
    }
    if (std::none_of(paths.begin(), paths.end(), [](const QString& p) { return QFileInfo(p).isDir(); })) {
        startImport(ImportController::expandInputs(paths), into);
        return;
    }
    // Walking a folder (and reading an OME-Zarr's .zattrs) touches disk: a worker's job. The
    // import goes on in connectImports() when the list is in.
    findingInputs_ = true;
    inputsTarget_ = into;
    statusBar()->showMessage(tr("Searching folders for images…"));
    inputsWatcher_.setFuture(QtConcurrent::run([paths] { return ImportController::expandInputs(paths); }));
}

void MainWindow::startImport(const QStringList& files, const QString& into) {
    if (files.isEmpty()) {
        statusBar()->showMessage(tr("No images or tables found in what was dropped."), 5000);
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
    fileProgress_->setValue(0);
    showImportProgress(true);
    // Label masks dropped onto an open image may become its labels (same file only).
    if (view_->hasImage() && target == path_) {
        const auto& im = view_->image();
        import_->setLabelTarget(im.id, im.sizeX, im.sizeY, im.sizeZ, im.sizeT);
    } else {
        import_->setLabelTarget(-1, 0, 0, 0, 0);
    }
    import_->start(target, files);
}

void MainWindow::showImportProgress(bool on) {
    for (QWidget* w : {static_cast<QWidget*>(progressLabel_), static_cast<QWidget*>(fileProgress_),
                       static_cast<QWidget*>(progress_), static_cast<QWidget*>(cancel_)})
        w->setVisible(on);
}

void MainWindow::onImportFinished(const QStringList& imported, const QStringList& errors, bool cancelled,
                                  const QStringList& warnings) {
    showImportProgress(false);
    QString summary = tr("Imported %n item(s)", nullptr, int(imported.size()));
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
        box->setDetailedText((errors + warnings).join('\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else if (!warnings.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("Imported, with warnings"),
                                    tr("Everything was imported. %n warning(s) say what to look at.", nullptr,
                                       int(warnings.size())),
                                    QMessageBox::Ok, this);
        box->setDetailedText(warnings.join('\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::makeImportStatus() {
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(200);
    progress_->setToolTip(tr("All files"));
    progress_->setFormat(tr("all %p%"));
    fileProgress_->setRange(0, 1000);
    fileProgress_->setMaximumWidth(160);
    fileProgress_->setToolTip(tr("This file"));
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop the import; nothing of an unfinished file is kept"));
    statusBar()->addWidget(cursor_, 1);
    statusBar()->addPermanentWidget(progressLabel_);
    statusBar()->addPermanentWidget(fileProgress_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    showImportProgress(false);
}

void MainWindow::connectImports() {
    connect(cancel_, &QToolButton::clicked, import_, &ImportController::cancel);
    connect(import_, &ImportController::progress, this, [this](double file, double total, const QString& msg) {
        fileProgress_->setValue(int(file * 1000));
        progress_->setValue(int(total * 1000));
        progressLabel_->setText(msg);
    });
    connect(import_, &ImportController::labelsQuestion, this, [this](const QStringList& files, qlonglong image) {
        QStringList names;
        for (const auto& f : files)
            names << QFileInfo(f).fileName();
        auto answer = QMessageBox::question(
            this, tr("Import as labels?"),
            tr("%n file(s) look like segmentation masks of image %1 (same size, integer ids): %2. Import them "
               "as its label images rather than as new images?",
               nullptr, int(files.size()))
                .arg(image)
                .arg(names.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        import_->answerLabels(answer == QMessageBox::Yes);
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
    connect(&inputsWatcher_, &QFutureWatcher<QStringList>::finished, this, [this] {
        findingInputs_ = false;
        statusBar()->clearMessage();
        startImport(inputsWatcher_.result(), inputsTarget_);
    });
}

} // namespace ouro::app
