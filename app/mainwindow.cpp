#include "mainwindow.h"

#include "aboutdialog.h"
#include "preferencesdialog.h"

#include "channelpanel.h"
#include "imagelistwidget.h"
#include "importcontroller.h"
#include "labelpanel.h"
#include "profilepanel.h"
#include "plotview.h"
#include "profilemodel.h"
#include "volumeview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
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
    makeCentre();
    makeDocks();
    connectVolume();
    connectPlots();
    connectProfiles();
    connectViewer();
    createActions();
    makeImportStatus();
    connectImports();
    connect(&watcher_, &QFutureWatcher<Loaded>::finished, this, &MainWindow::onLoaded);
    restoreSettings();
    updatePlaneSliders();
    statusBar()->showMessage(tr("Open a .ouro file (Ctrl+O), or drop TIFF files or CellProfiler tables here to import them"));
}

void MainWindow::makeCentre() {
    // The viewer with Z and T sliders under it.
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
}

void MainWindow::makeDocks() {
    auto dock = [this](const QString& title, const QString& name, QWidget* w, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    imagesDock_ = dock(tr("Images"), QStringLiteral("imagesDock"), list_, Qt::LeftDockWidgetArea);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(channels_);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    channelsDock_ = dock(tr("Channels"), QStringLiteral("channelsDock"), scroll, Qt::RightDockWidgetArea);
    labelsDock_ = dock(tr("Labels"), QStringLiteral("labelsDock"), labelPanel_, Qt::RightDockWidgetArea);
    profilesDock_ = dock(tr("Profiles"), QStringLiteral("profilesDock"), profiles_, Qt::BottomDockWidgetArea);
    // The 3D view: made when first shown (a GL widget in the window costs the 2D view nothing until then).
    auto* volumeHint = new QLabel(tr("The 3D view of the image's z-stack appears here."));
    volumeHint->setAlignment(Qt::AlignCenter);
    volumeDock_ = dock(tr("3D view"), QStringLiteral("volumeDock"), volumeHint, Qt::RightDockWidgetArea);
    volumeDock_->hide();
    // The plots: made when first shown, beside the table, linked to it both ways.
    auto* plotHint = new QLabel(tr("Scatter plots and histograms of the table's columns appear here."));
    plotHint->setAlignment(Qt::AlignCenter);
    plotsDock_ = dock(tr("Plots"), QStringLiteral("plotsDock"), plotHint, Qt::BottomDockWidgetArea);
    splitDockWidget(profilesDock_, plotsDock_, Qt::Horizontal);
    plotsDock_->hide();
}

void MainWindow::connectVolume() {
    connect(volumeDock_, &QDockWidget::visibilityChanged, this, [this](bool on) {
        if (!on)
            return;
        // First shown: most of the right column's height and 2/5 of the width, once laid out. The docks
        // in its column are sized together, or their own sizes win.
        if (!volume_ && !volumeDock_->isFloating() && dockWidgetArea(volumeDock_) == Qt::RightDockWidgetArea)
            QTimer::singleShot(0, this, [this] {
                const int h = channelsDock_->height() + labelsDock_->height() + volumeDock_->height();
                resizeDocks({channelsDock_, labelsDock_, volumeDock_}, {h / 4, h / 6, h - h / 4 - h / 6},
                            Qt::Vertical);
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
}

void MainWindow::connectPlots() {
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
}

void MainWindow::connectProfiles() {
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
    connect(profiles_, &ouro::widgets::ProfilePanel::objectsSelected, this, &MainWindow::showObjects);
}

void MainWindow::showObjects(const std::vector<ouro::ProfileTable::ObjectBox>& objects) {
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
}

void MainWindow::connectViewer() {
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
    connect(view_, &ouro::widgets::ImageView::cursorMoved, this, &MainWindow::showCursor);
}

void MainWindow::showCursor(QPointF p, const std::vector<std::optional<double>>& values, uint32_t label) {
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
}

void MainWindow::restoreSettings() {
    QSettings s;
    view_->setCacheBudget(size_t(s.value("cache/megabytes", 512).toInt()) << 20);
    if (!restoreGeometry(s.value("window/geometry").toByteArray()))
        resize(1280, 800);
    if (!restoreState(s.value("window/state").toByteArray())) {
        // First run: dock sizes, once the window is laid out (before that they do not stick).
        QTimer::singleShot(0, this, [this] {
            resizeDocks({imagesDock_, channelsDock_}, {340, 290}, Qt::Horizontal);
            resizeDocks({channelsDock_, labelsDock_}, {560, 180}, Qt::Vertical);
            resizeDocks({profilesDock_}, {280}, Qt::Vertical);
        });
    }
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

} // namespace ouro::app
