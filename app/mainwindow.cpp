#include "mainwindow.h"

#include "aboutdialog.h"
#include "preferencesdialog.h"

#include "tools.h"

#include "channelpanel.h"
#include "chunkreader.h"
#include "composite.h"
#include "error.h"
#include "imagelistwidget.h"
#include "importcontroller.h"
#include "labelpanel.h"
#include "profilepanel.h"
#include "plotview.h"
#include "profilemodel.h"
#include "volumeview.h"
#include "store.h"

#include <QCoreApplication>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QPointer>
#include <QProgressDialog>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <QComboBox>

namespace ouro::app {

using ouro::widgets::ObjectKey;

namespace {
/** The 3D view's camera presets, by name (in VolumeView::Camera's order), for settings and --view3d. */
const char* const kCameras[] = {"top", "front", "side", "oblique"};
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), list_(new ouro::widgets::ImageListWidget(this)), view_(new ouro::widgets::ImageView(this)),
      channels_(new ouro::widgets::ChannelPanel(this)), labelPanel_(new ouro::widgets::LabelPanel(this)),
      profiles_(new ouro::widgets::ProfilePanel(this)), regionTimer_(new QTimer(this)),
      zSlider_(new QSlider(Qt::Horizontal, this)), tSlider_(new QSlider(Qt::Horizontal, this)),
      zLabel_(new QLabel(this)), tLabel_(new QLabel(this)), cursor_(new QLabel(this)),
      import_(new ImportController(this)), progress_(new QProgressBar(this)), fileProgress_(new QProgressBar(this)),
      progressLabel_(new QLabel(this)),
      cancel_(new QToolButton(this)) {
    setWindowTitle(tr("Ouroboros"));
    setAcceptDrops(true);
    setObjectName(QStringLiteral("MainWindow"));

    // Centre: the viewer with Z and T sliders under it.
    auto* centre = new QWidget(this);
    auto* v = new QVBoxLayout(centre);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(view_, 1);
    auto* sliders = new QHBoxLayout;
    sliders->setContentsMargins(6, 2, 6, 2);
    sliders->addWidget(zLabel_);
    sliders->addWidget(zSlider_, 1);
    sliders->addWidget(tLabel_);
    sliders->addWidget(tSlider_, 1);
    v->addLayout(sliders);
    setCentralWidget(centre);
    zSlider_->setToolTip(tr("Z plane (, and .)"));
    tSlider_->setToolTip(tr("Time point ([ and ])"));
    auto planeChanged = [this] {
        view_->setPlane(zSlider_->value(), tSlider_->value());
        updatePlaneSliders();
    };
    connect(zSlider_, &QSlider::valueChanged, this, planeChanged);
    connect(tSlider_, &QSlider::valueChanged, this, planeChanged);

    auto dock = [this](const QString& title, const QString& name, QWidget* w, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    auto* imagesDock = dock(tr("Images"), QStringLiteral("imagesDock"), list_, Qt::LeftDockWidgetArea);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(channels_);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* channelsDock = dock(tr("Channels"), QStringLiteral("channelsDock"), scroll, Qt::RightDockWidgetArea);
    auto* labelsDock = dock(tr("Labels"), QStringLiteral("labelsDock"), labelPanel_, Qt::RightDockWidgetArea);
    auto* profilesDock = dock(tr("Profiles"), QStringLiteral("profilesDock"), profiles_, Qt::BottomDockWidgetArea);
    // The 3D view: made when first shown (a GL widget in the window costs the 2D view nothing until then).
    auto* volumeHint = new QLabel(tr("The 3D view of the image's z-stack appears here."));
    volumeHint->setAlignment(Qt::AlignCenter);
    volumeDock_ = dock(tr("3D view"), QStringLiteral("volumeDock"), volumeHint, Qt::RightDockWidgetArea);
    volumeDock_->hide();
    connect(volumeDock_, &QDockWidget::visibilityChanged, this, [this, channelsDock, labelsDock](bool on) {
        if (!on)
            return;
        // First shown: most of the right column's height and 2/5 of the width, once laid out. The docks
        // in its column are sized together, or their own sizes win.
        if (!volume_ && !volumeDock_->isFloating() && dockWidgetArea(volumeDock_) == Qt::RightDockWidgetArea)
            QTimer::singleShot(0, this, [this, channelsDock, labelsDock] {
                const int h = channelsDock->height() + labelsDock->height() + volumeDock_->height();
                resizeDocks({channelsDock, labelsDock, volumeDock_}, {h / 4, h / 6, h - h / 4 - h / 6}, Qt::Vertical);
                resizeDocks({volumeDock_}, {std::max(360, width() * 2 / 5)}, Qt::Horizontal);
            });
        updateVolume();
    });
    connect(channels_, &ouro::widgets::ChannelPanel::displayChanged, this,
            [this](const std::vector<ouro::ChannelDisplay>& d) {
                if (volume_)
                    volume_->setDisplay(d);
            });
    connect(tSlider_, &QSlider::valueChanged, this, [this] { updateVolume(); });
    // The plots: made when first shown, beside the table, linked to it both ways.
    auto* plotHint = new QLabel(tr("Scatter plots and histograms of the table's columns appear here."));
    plotHint->setAlignment(Qt::AlignCenter);
    plotsDock_ = dock(tr("Plots"), QStringLiteral("plotsDock"), plotHint, Qt::BottomDockWidgetArea);
    splitDockWidget(profilesDock, plotsDock_, Qt::Horizontal);
    plotsDock_->hide();
    connect(plotsDock_, &QDockWidget::visibilityChanged, this, [this](bool on) {
        if (on)
            updatePlots();
    });
    connect(profiles_, &ouro::widgets::ProfilePanel::tableShown, this, [this] {
        plotTable_.reset();
        updatePlots();
    });
    connect(profiles_->model(), &ouro::widgets::ProfileModel::filterFinished, this, [this] {
        if (plots_)
            plots_->setMatches(profiles_->model()->filter().isEmpty() ? nullptr : profiles_->model()->filterRows());
    });
    connect(profiles_, &ouro::widgets::ProfilePanel::rowColorsChanged, this,
            [this](std::shared_ptr<const std::vector<uint32_t>> colors) {
                plotColors_ = colors;
                if (plots_)
                    plots_->setRowColors(colors);
            });
    connect(profiles_, &ouro::widgets::ProfilePanel::rowsSelected, this, [this](const std::vector<int64_t>& rows) {
        if (plots_)
            plots_->setSelectedRows(rows);
    });

    // The profile table and the viewer are linked both ways.
    regionTimer_->setSingleShot(true);
    regionTimer_->setInterval(150);
    connect(regionTimer_, &QTimer::timeout, this, [this] {
        if (const auto* l = currentLabelInfo())
            profiles_->setVisibleRegion(l->id, view_->visibleImageRect());
    });
    connect(view_, &ouro::widgets::ImageView::viewChanged, regionTimer_, qOverload<>(&QTimer::start));
    connect(profiles_, &ouro::widgets::ProfilePanel::message, this,
            [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    connect(profiles_, &ouro::widgets::ProfilePanel::labelColorsChanged, this,
            [this](const ouro::LabelColors& c, const ouro::widgets::ImageView::Legend& legend) {
                labelColors_ = c;
                applyLabelDisplay();
                view_->setLegend(legend);
            });
    connect(profiles_, &ouro::widgets::ProfilePanel::objectsSelected, this,
            [this](const std::vector<ouro::ProfileTable::ObjectBox>& objects) {
                if (objects.empty()) {
                    view_->setHighlighted({});
                    syncVolumeLabels();
                    return;
                }
                // An object of another image opens that image, with the row's label image shown.
                const auto& first = objects.front();
                if (!view_->hasImage() || view_->image().id != first.imageId)
                    showImage(first.imageId);
                if (view_->labelImage() != QString::fromStdString(first.labels)) {
                    labelPanel_->setCurrent(QString::fromStdString(first.labels));
                    view_->setLabelImage(QString::fromStdString(first.labels));
                    updateLabelTarget();
                }
                std::vector<ObjectKey> keys;
                QRectF box;
                for (const auto& o : objects) {
                    if (o.imageId != first.imageId || o.labels != first.labels)
                        continue;
                    keys.push_back({o.imageId, QString::fromStdString(o.labels), o.label});
                    box = box.united(QRectF(QPointF(o.minX, o.minY), QPointF(o.maxX, o.maxY)));
                }
                view_->setHighlighted(keys);
                syncVolumeLabels();
                view_->frameRect(box);
                if (keys.size() == 1)
                    statusBar()->showMessage(tr("Object %1 of \"%2\"").arg(keys[0].id).arg(keys[0].labels), 6000);
            });

    connect(list_, &QTreeWidget::currentItemChanged, this, [this] {
        const qlonglong id = list_->currentImageId();
        if (id >= 0 && (!view_->hasImage() || view_->image().id != id))
            showImage(id);
    });
    connect(channels_, &ouro::widgets::ChannelPanel::displayChanged, view_, &ouro::widgets::ImageView::setChannels);
    connect(labelPanel_, &ouro::widgets::LabelPanel::labelImageChanged, this, [this](const QString& name) {
        view_->setLabelImage(name);
        updateLabelTarget();
        syncVolumeLabels();
    });
    connect(labelPanel_, &ouro::widgets::LabelPanel::displayChanged, this, [this] { applyLabelDisplay(); });
    connect(labelPanel_, &ouro::widgets::LabelPanel::selectedOnlyChanged, view_,
            &ouro::widgets::ImageView::setShowSelectedOnly);
    connect(view_, &ouro::widgets::ImageView::objectClicked, this, [this](const ObjectKey& key) {
        if (key.valid()) {
            statusBar()->showMessage(
                tr("Selected object %1 of labels \"%2\" (image %3)").arg(key.id).arg(key.labels).arg(key.image), 8000);
            if (const auto* l = currentLabelInfo())
                profiles_->selectObject(l->id, key.id);
        }
        emit objectSelected(key);
    });
    connect(view_, &ouro::widgets::ImageView::cursorMoved, this,
            [this](QPointF p, const std::vector<std::optional<double>>& values, uint32_t label) {
                QStringList parts{QStringLiteral("x %1  y %2").arg(int(p.x())).arg(int(p.y()))};
                const auto& im = view_->image();
                for (size_t c = 0; c < values.size(); ++c) {
                    const QString name = c < im.channels.size() && !im.channels[c].name.empty()
                                             ? QString::fromStdString(im.channels[c].name)
                                             : QStringLiteral("c%1").arg(c);
                    parts << QStringLiteral("%1 %2").arg(name, values[c] ? QString::number(*values[c]) : "…");
                }
                if (label)
                    parts << tr("label %1").arg(label);
                cursor_->setText(parts.join(QStringLiteral("  ·  ")));
            });

    createActions();

    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(200);
    progress_->setToolTip(tr("All files"));
    progress_->setFormat(tr("all %p%"));
    fileProgress_->setRange(0, 1000);
    fileProgress_->setMaximumWidth(160);
    fileProgress_->setToolTip(tr("This file"));
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop the import; nothing of an unfinished file is kept"));
    connect(cancel_, &QToolButton::clicked, import_, &ImportController::cancel);
    statusBar()->addWidget(cursor_, 1);
    statusBar()->addPermanentWidget(progressLabel_);
    statusBar()->addPermanentWidget(fileProgress_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    showImportProgress(false);
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
    connect(&watcher_, &QFutureWatcher<Loaded>::finished, this, &MainWindow::onLoaded);

    QSettings s;
    view_->setCacheBudget(size_t(s.value("cache/megabytes", 512).toInt()) << 20);
    if (!restoreGeometry(s.value("window/geometry").toByteArray()))
        resize(1280, 800);
    if (!restoreState(s.value("window/state").toByteArray())) {
        // First run: dock sizes, once the window is laid out (before that they do not stick).
        QTimer::singleShot(0, this, [=, this] {
            resizeDocks({imagesDock, channelsDock}, {340, 290}, Qt::Horizontal);
            resizeDocks({channelsDock, labelsDock}, {560, 180}, Qt::Vertical);
            resizeDocks({profilesDock}, {280}, Qt::Vertical);
        });
    }
    updatePlaneSliders();
    statusBar()->showMessage(tr("Open a .ouro file (Ctrl+O), or drop TIFF files or CellProfiler tables here to import them"));
}

void MainWindow::createActions() {
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* nw = file->addAction(tr("&New…"), this, &MainWindow::chooseNewFile);
    nw->setShortcut(QKeySequence::New);
    auto* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a .ouro file"));
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    auto* imp = file->addAction(tr("&Import images or tables…"), this, &MainWindow::chooseImport);
    imp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    imp->setToolTip(tr("Import TIFF or OME-TIFF images, or CSV / CellProfiler SQLite tables (or drop them on the window)"));
    auto* exp = file->addAction(tr("&Export table…"), this, [this] {
        if (profiles_->tableBox()->count() == 0)
            statusBar()->showMessage(tr("The file has no profile table to export."), 5000);
        else
            profiles_->chooseExport();
    });
    exp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exp->setToolTip(tr("Write the profile table shown to CSV or Parquet"));
    auto* images = file->addAction(tr("Export &images…"), this, &MainWindow::exportImages);
    images->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    images->setToolTip(tr("Write images as OME-TIFF, OME-Zarr or OME-Arrow Parquet, or a smaller .ouro with them"));
    auto* copy = file->addAction(tr("Save a &copy…"), this, &MainWindow::saveCopy);
    copy->setToolTip(tr("Write a compacted copy of the whole .ouro file"));
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto add = [&](const QString& text, QList<QKeySequence> keys, auto fn) {
        auto* a = viewMenu->addAction(text, this, fn);
        a->setShortcuts(keys);
        return a;
    };
    add(tr("Zoom &in"), {QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)},
        [this] { view_->zoomBy(1.25); });
    add(tr("Zoom &out"), {QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)}, [this] { view_->zoomBy(0.8); });
    add(tr("&Fit to window"), {QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::Key_F)},
        [this] { view_->fitToWindow(); });
    add(tr("&1:1"), {QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::Key_1)}, [this] { view_->zoomOneToOne(); });
    viewMenu->addSeparator();
    add(tr("&Next image"), {QKeySequence(Qt::Key_PageDown)}, [this] { stepImage(1); });
    add(tr("&Previous image"), {QKeySequence(Qt::Key_PageUp)}, [this] { stepImage(-1); });
    add(tr("Next &Z"), {QKeySequence(Qt::Key_Period)}, [this] { stepPlane(1, 0); });
    add(tr("Previous Z"), {QKeySequence(Qt::Key_Comma)}, [this] { stepPlane(-1, 0); });
    add(tr("Next &T"), {QKeySequence(Qt::Key_BracketRight)}, [this] { stepPlane(0, 1); });
    add(tr("Previous T"), {QKeySequence(Qt::Key_BracketLeft)}, [this] { stepPlane(0, -1); });
    viewMenu->addSeparator();
    auto* toggles = viewMenu->addMenu(tr("Toggle &channel"));
    for (int c = 0; c < 9; ++c) {
        auto* a = toggles->addAction(tr("Channel %1").arg(c + 1), this, [this, c] { channels_->toggleChannel(c); });
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + c)));
    }
    add(tr("&Auto-contrast"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, [this] { channels_->autoContrastAll(); });
    viewMenu->addSeparator();
    add(tr("Save &snapshot…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, [this] { saveSnapshot(); });
    viewMenu->addSeparator();
    auto* volume = volumeDock_->toggleViewAction();
    volume->setText(tr("&3D view"));
    volume->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    volume->setToolTip(tr("Show the image's z-stack as a volume"));
    viewMenu->addAction(volume);
    auto* plots = plotsDock_->toggleViewAction();
    plots->setText(tr("&Plots"));
    plots->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    plots->setToolTip(tr("Scatter plot and histogram of the profile table's columns"));
    viewMenu->addAction(plots);

    auto* settings = menuBar()->addMenu(tr("&Settings"));
    auto* prefs = settings->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    prefs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setMenuRole(QAction::PreferencesRole);
    prefs->setToolTip(tr("Language and memory for tiles"));

    auto* help = menuBar()->addMenu(tr("&Help"));
    auto* about = help->addAction(tr("&About Ouroboros"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::cacheChanged, this,
            [this](int mb) { view_->setCacheBudget(size_t(mb) << 20); });
    dialog.exec();
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

// ---- files ----

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
                const int level = im.levels - 1;
                auto shape = ouro::pyramidShapes(im.sizeY, im.sizeX, im.chunkY, im.chunkX).back();
                std::vector<std::vector<uint8_t>> planes;
                std::vector<ouro::Histogram> hists;
                for (int64_t c = 0; c < im.sizeC; ++c) {
                    auto plane = reader.readPlane(im, level, 0, c, im.sizeZ / 2);
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

void MainWindow::onLoaded() {
    Loaded l = watcher_.result();
    if (!l.error.isEmpty()) {
        statusBar()->showMessage(tr("Could not open %1").arg(path_));
        emit fileLoaded(false);
        QMessageBox::warning(this, tr("Cannot open file"), l.error);
        return;
    }
    loaded_ = l;
    addRecent(QFileInfo(path_).absoluteFilePath());
    setWindowTitle(tr("%1 — Ouroboros").arg(QFileInfo(path_).fileName()));
    statusBar()->showMessage(tr("%n image(s) in %1", nullptr, int(l.images.size())).arg(path_), 5000);
    qlonglong want = preferred_;
    if (std::none_of(l.images.begin(), l.images.end(), [&](const auto& im) { return im.id == want; }))
        want = l.images.empty() ? -1 : l.images.front().id;
    {
        const QSignalBlocker block(list_);
        list_->setImages(l.images, l.thumbnails);
        for (int i = 0; i < list_->topLevelItemCount(); ++i)
            if (list_->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == want)
                list_->setCurrentItem(list_->topLevelItem(i));
    }
    if (want >= 0)
        showImage(want);
    else
        view_->clear();
    profiles_->openFile(path_);
    emit fileLoaded(true);
}

const ouro::LabelInfo* MainWindow::currentLabelInfo() const {
    if (!view_->hasImage())
        return nullptr;
    for (const auto& l : loaded_.labels)
        if (l.imageId == view_->image().id && QString::fromStdString(l.name) == view_->labelImage())
            return &l;
    return nullptr;
}

void MainWindow::applyLabelDisplay() {
    auto d = labelPanel_->display();
    d.colorOverride = labelColors_;
    view_->setLabelDisplay(d);
    syncVolumeLabels();
}

void MainWindow::syncVolumeLabels() {
    if (!volume_)
        return;
    // The same objects, colours (filter, colour-by) and highlights as in 2D.
    const auto* l = currentLabelInfo();
    volume_->setLabels(l && view_->hasImage() && l->imageId == view_->image().id ? std::optional(*l) : std::nullopt);
    auto d = labelPanel_->display();
    d.colorOverride = labelColors_;
    for (const auto& k : view_->highlighted())
        if (l && k.labels == QString::fromStdString(l->name))
            d.highlight.insert(k.id);
    volume_->setLabelDisplay(d);
}

void MainWindow::updateLabelTarget() {
    const auto* l = currentLabelInfo();
    profiles_->setLabelTarget(l ? l->id : -1, l ? uint32_t(std::min<int64_t>(l->maxLabel, 1 << 26)) : 0,
                              l ? QString::fromStdString(l->name) : QString());
}

void MainWindow::showImage(qlonglong id) {
    for (size_t i = 0; i < loaded_.images.size(); ++i) {
        const auto& im = loaded_.images[i];
        if (im.id != id)
            continue;
        std::vector<ouro::LabelInfo> labels;
        QStringList names;
        for (const auto& lb : loaded_.labels)
            if (lb.imageId == id) {
                labels.push_back(lb);
                names << QString::fromStdString(lb.name);
            }
        view_->setImage(path_, im, labels);
        channels_->setImage(im, view_->channels(),
                            i < loaded_.histograms.size() ? loaded_.histograms[i] : std::vector<ouro::Histogram>{});
        channels_->autoContrastAll(); // a readable first view, from the 0.1–99.9 percentiles
        labelPanel_->setLabelNames(names);
        view_->setLabelImage(labelPanel_->current());
        applyLabelDisplay();
        updateLabelTarget();
        {
            const QSignalBlocker bz(zSlider_), bt(tSlider_);
            zSlider_->setRange(0, int(im.sizeZ - 1));
            zSlider_->setValue(int(view_->z()));
            tSlider_->setRange(0, int(im.sizeT - 1));
            tSlider_->setValue(int(view_->t()));
        }
        updatePlaneSliders();
        updateVolume();
        for (int r = 0; r < list_->topLevelItemCount(); ++r)
            if (list_->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == id && list_->currentItem() !=
                                                                                        list_->topLevelItem(r)) {
                const QSignalBlocker block(list_);
                list_->setCurrentItem(list_->topLevelItem(r));
            }
        return;
    }
}

void MainWindow::updateVolume() {
    if (!volumeDock_->isVisible() || !view_->hasImage())
        return;
    if (!volume_) {
        volume_ = new ouro::widgets::VolumeView;
        volumeDock_->setWidget(volume_);
        const QString camera = QSettings().value("volume/camera").toString();
        for (int i = 0; i < 4; ++i)
            if (camera == QLatin1String(kCameras[i]))
                volume_->setCamera(ouro::widgets::VolumeView::Camera(i));
        // Picking a surface selects its object: the row in the table, the highlight in 2D.
        connect(volume_, &ouro::widgets::VolumeView::objectPicked, this, [this](qint64 labelImageId, quint32 label) {
            statusBar()->showMessage(tr("Selected object %1 in 3D").arg(label), 8000);
            profiles_->selectObject(labelImageId, label);
            if (const auto* l = currentLabelInfo(); l && l->id == labelImageId)
                view_->setHighlighted({{l->imageId, QString::fromStdString(l->name), label}});
            syncVolumeLabels();
        });
    }
    syncVolumeLabels();
    const auto& im = view_->image();
    if (volumeImage_ == im.id && volumeT_ == view_->t() && volumeFile_ == path_)
        return;
    volumeImage_ = im.id;
    volumeT_ = view_->t();
    volumeFile_ = path_;
    volume_->setImage(path_, im, view_->t(), view_->channels());
}

void MainWindow::updatePlots() {
    if (!plotsDock_->isVisible())
        return;
    if (!plots_) {
        plots_ = new ouro::widgets::PlotView;
        plotsDock_->setWidget(plots_);
        connect(plots_, &ouro::widgets::PlotView::rowsBrushed, this,
                [this](const std::vector<int64_t>& rows) { profiles_->selectRows(rows); });
        connect(plots_, &ouro::widgets::PlotView::filterRequested, this, [this](const QString& expr) {
            profiles_->filterEdit()->setText(expr);
            profiles_->applyFilter();
        });
    }
    const auto table = profiles_->table();
    if (table == plotTable_)
        return;
    plotTable_ = table;
    plots_->setTable(table);
    if (table && !plotX_.isEmpty() && table->columnIndex(plotX_.toStdString()) >= 0 &&
        (plotY_.isEmpty() || table->columnIndex(plotY_.toStdString()) >= 0))
        plots_->setColumns(plotX_, plotY_);
    plots_->setRowColors(plotColors_);
    plots_->setMatches(profiles_->model()->filter().isEmpty() ? nullptr : profiles_->model()->filterRows());
}

void MainWindow::setPlotColumns(const QString& x, const QString& y) {
    plotX_ = x;
    plotY_ = y;
    plotTable_.reset();
    updatePlots();
}

bool MainWindow::setVolumeCamera(const QString& name) {
    for (int i = 0; i < 4; ++i)
        if (name == QLatin1String(kCameras[i])) {
            QSettings().setValue("volume/camera", name);
            if (volume_)
                volume_->setCamera(ouro::widgets::VolumeView::Camera(i));
            return true;
        }
    return false;
}

bool MainWindow::panelsReady() const {
    if (volumeDock_->isVisible() && view_->hasImage() && (!volume_ || volume_->busy()))
        return false;
    if (plotsDock_->isVisible() && profiles_->table() && (!plots_ || plots_->loading()))
        return false;
    return true;
}

void MainWindow::updatePlaneSliders() {
    const auto& im = view_->image();
    const bool hasZ = view_->hasImage() && im.sizeZ > 1, hasT = view_->hasImage() && im.sizeT > 1;
    zSlider_->setVisible(hasZ);
    zLabel_->setVisible(hasZ);
    tSlider_->setVisible(hasT);
    tLabel_->setVisible(hasT);
    zLabel_->setText(tr("z %1/%2").arg(view_->z() + 1).arg(im.sizeZ));
    tLabel_->setText(tr("t %1/%2").arg(view_->t() + 1).arg(im.sizeT));
}

void MainWindow::stepImage(int delta) {
    const int n = list_->topLevelItemCount();
    if (!n)
        return;
    int row = list_->indexOfTopLevelItem(list_->currentItem());
    row = std::clamp(row + delta, 0, n - 1);
    list_->setCurrentItem(list_->topLevelItem(row));
}

void MainWindow::stepPlane(int dz, int dt) {
    zSlider_->setValue(zSlider_->value() + dz);
    tSlider_->setValue(tSlider_->value() + dt);
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

// ---- drag and drop, import ----

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
    QSettings s;
    if (volume_)
        s.setValue("volume/camera", QLatin1String(kCameras[int(volume_->camera())]));
    s.setValue("window/geometry", saveGeometry());
    s.setValue("window/state", saveState());
    e->accept();
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
    if (import_->busy()) {
        statusBar()->showMessage(tr("An import is already running; wait for it or cancel it."), 5000);
        return;
    }
    const QStringList files = ImportController::expandInputs(paths);
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

} // namespace ouro::app
