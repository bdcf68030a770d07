#include "volumeview.h"

#include "chunkreader.h"
#include "vtkhost.h"

#include <QCoreApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QSlider>
#include <QStackedLayout>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include <vtkActor.h>
#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkInteractorObserver.h>
#include <vtkAppendPolyData.h>
#include <vtkExtractVOI.h>
#include <vtkCamera.h>
#include <vtkCellData.h>
#include <vtkCellPicker.h>
#include <vtkDataArray.h>
#include <vtkDiscreteFlyingEdges3D.h>
#include <vtkLookupTable.h>
#include <vtkMath.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkColorTransferFunction.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkImageData.h>
#include <vtkImageExtractComponents.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkPiecewiseFunction.h>
#include <vtkRenderer.h>
#include <vtkSmartVolumeMapper.h>
#include <vtkType.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <climits>
#include <map>

namespace ouro::widgets {

namespace {
constexpr int kPeels = 8; ///< depth peels of a frame with translucent surfaces in a volume
} // namespace

namespace {

int vtkTypeOf(DType t) {
    switch (t) {
    case DType::UInt8: return VTK_UNSIGNED_CHAR;
    case DType::Int8: return VTK_SIGNED_CHAR;
    case DType::UInt16: return VTK_UNSIGNED_SHORT;
    case DType::Int16: return VTK_SHORT;
    case DType::UInt32: return VTK_UNSIGNED_INT;
    case DType::Int32: return VTK_INT;
    case DType::Float32: return VTK_FLOAT;
    case DType::Float64: break;
    }
    return VTK_DOUBLE;
}

constexpr int kMaxComponents = 4; // what the GPU volume mapper blends

} // namespace

int volumeLevel(const ImageInfo& info, int channels, size_t budgetBytes) {
    const PixelLayout layout = PixelLayout::of(info);
    const auto& shapes = layout.levels();
    const int levels = std::max(1, std::min<int>(info.levels, layout.levelCount()));
    for (int l = 0; l < levels; ++l) {
        const double bytes = double(shapes[size_t(l)].sizeY) * double(shapes[size_t(l)].sizeX) * double(info.sizeZ) *
                             double(channels) * double(dtypeSize(info.dtype));
        if (bytes <= double(budgetBytes))
            return l;
    }
    return levels - 1;
}

VolumeView::VolumeView(QWidget* parent) : QWidget(parent), generation_(std::make_shared<std::atomic<int>>(0)) {
    host_ = new VtkHost;
    message_ = new QLabel;
    message_->setAlignment(Qt::AlignCenter);
    message_->setWordWrap(true);
    message_->setMargin(24);
    status_ = new QLabel;
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(160);
    progress_->setVisible(false);
    auto* reset = new QToolButton;
    reset->setText(tr("Reset view"));
    reset->setToolTip(tr("Look at the stack from above, as the 2D view shows it (R); "
                         "the arrow offers other directions"));
    reset->setShortcut(QKeySequence(Qt::Key_R));
    connect(reset, &QToolButton::clicked, this, &VolumeView::resetCamera);
    auto* cameras = new QMenu(reset);
    const std::pair<QString, Camera> presets[] = {{tr("&Top (as in 2D)"), Camera::Top},
                                                  {tr("&Front (x and z)"), Camera::Front},
                                                  {tr("&Side (y and z)"), Camera::Side},
                                                  {tr("&Oblique"), Camera::Oblique}};
    for (const auto& [text, preset] : presets)
        cameras->addAction(text, this, [this, preset = preset] { setCamera(preset); });
    reset->setMenu(cameras);
    reset->setPopupMode(QToolButton::MenuButtonPopup);
    auto* snap = new QToolButton;
    snap->setText(tr("Snapshot…"));
    snap->setToolTip(tr("Save the 3D view as a PNG image"));
    connect(snap, &QToolButton::clicked, this, &VolumeView::saveSnapshot);

    surfacesButton_ = new QToolButton;
    surfacesButton_->setText(tr("Surfaces"));
    surfacesButton_->setCheckable(true);
    surfacesButton_->setChecked(true);
    surfacesButton_->setToolTip(tr("Show the label image's objects as surfaces, coloured as in 2D; click one to select it"));
    connect(surfacesButton_, &QToolButton::toggled, this, &VolumeView::setSurfacesVisible);

    auto* opacity = new QSlider(Qt::Horizontal);
    opacity->setRange(5, 100);
    opacity->setValue(100);
    opacity->setMaximumWidth(90);
    opacity->setToolTip(tr("Opacity of the surfaces"));
    connect(opacity, &QSlider::valueChanged, this, [this](int v) { setSurfaceOpacity(v / 100.0); });
    connect(surfacesButton_, &QToolButton::toggled, opacity, &QWidget::setEnabled);

    volumeButton_ = new QToolButton;
    volumeButton_->setText(tr("Volume"));
    volumeButton_->setCheckable(true);
    volumeButton_->setChecked(true);
    volumeButton_->setToolTip(tr("Show the volume rendering"));
    connect(volumeButton_, &QToolButton::toggled, this, &VolumeView::setVolumeVisible);
    slicesButton_ = new QToolButton;
    slicesButton_->setText(tr("Slices"));
    slicesButton_->setCheckable(true);
    slicesButton_->setToolTip(tr("Show three orthogonal planes through the stack; move them with the sliders"));
    connect(slicesButton_, &QToolButton::toggled, this, &VolumeView::setSlicesVisible);
    sliceBar_ = new QWidget;
    auto* sliceRow = new QHBoxLayout(sliceBar_);
    sliceRow->setContentsMargins(0, 0, 0, 0);
    for (int a = 0; a < 3; ++a) {
        sliceSliders_[a] = new QSlider(Qt::Horizontal);
        sliceSliders_[a]->setToolTip(tr("Position of the %1 plane").arg(QString("YZ XZ XY").split(' ')[a]));
        connect(sliceSliders_[a], &QSlider::valueChanged, this, [this, a](int v) { setSlicePosition(a, v); });
        sliceRow->addWidget(new QLabel(QString("xyz")[a]));
        sliceRow->addWidget(sliceSliders_[a], 1);
    }
    sliceBar_->setVisible(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(reset);
    bar->addWidget(snap);
    bar->addWidget(volumeButton_);
    bar->addWidget(slicesButton_);
    bar->addWidget(surfacesButton_);
    bar->addWidget(opacity);
    bar->addStretch(1);
    bar->addWidget(progress_);
    stack_ = new QStackedLayout;
    stack_->addWidget(host_);
    stack_->addWidget(message_);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addLayout(bar);
    v->addWidget(sliceBar_);
    v->addLayout(stack_, 1);
    // The status (level, size, surfaces) goes under the view: on the button row its text would set the dock's width.
    status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    v->addWidget(status_);

    mapper_ = vtkSmartPointer<vtkSmartVolumeMapper>::New();
    mapper_->SetBlendModeToComposite();
    // While the view is dragged, fewer rays and samples keep it moving (software GL included);
    // the frame after the drag is drawn in full.
    mapper_->AutoAdjustSampleDistancesOn();
    mapper_->InteractiveAdjustSampleDistancesOn();
    property_ = vtkSmartPointer<vtkVolumeProperty>::New();
    property_->SetInterpolationTypeToLinear();
    property_->ShadeOff();
    property_->IndependentComponentsOn();
    volume_ = vtkSmartPointer<vtkVolume>::New();
    volume_->SetMapper(mapper_);
    volume_->SetProperty(property_);
    surfaceMapper_ = vtkSmartPointer<vtkPolyDataMapper>::New();
    surfaceMapper_->SetScalarModeToUsePointData();
    surfaceMapper_->SetColorModeToMapScalars();
    surfaceMapper_->InterpolateScalarsBeforeMappingOff();
    surfaces_ = vtkSmartPointer<vtkActor>::New();
    surfaces_->SetMapper(surfaceMapper_);
    // Surfaces that are translucent (an opacity below 1, or filter colours that dim or hide objects)
    // are drawn in VTK's translucent pass, which the volume would cover: dual depth peeling
    // composites the two. Opaque surfaces do not pay for it.
    host_->renderer()->SetUseDepthPeeling(true);
    host_->renderer()->SetUseDepthPeelingForVolumes(true);
    host_->renderer()->SetMaximumNumberOfPeels(kPeels);
    host_->renderer()->SetOcclusionRatio(0.02);
    host_->renderWindow()->SetAlphaBitPlanes(1);
    // While the camera moves, no peeling: it costs two thirds of the frame rate (3.4 against 10
    // frames/s in bench/volume.sh). Translucent surfaces are then blended under the volume until
    // the move ends, as the half-resolution drag is a preview too.
    vtkNew<vtkCallbackCommand> peels;
    peels->SetClientData(host_->renderer());
    peels->SetCallback([](vtkObject*, unsigned long event, void* renderer, void*) {
        auto* ren = static_cast<vtkRenderer*>(renderer);
        const bool moving = event == vtkCommand::StartInteractionEvent;
        ren->SetUseDepthPeeling(!moving);
    });
    host_->interactor()->GetInteractorStyle()->AddObserver(vtkCommand::StartInteractionEvent, peels);
    host_->interactor()->GetInteractorStyle()->AddObserver(vtkCommand::EndInteractionEvent, peels);
    host_->installEventFilter(this);
    host_->interactor()->SetDesiredUpdateRate(20); // frames per second asked for while dragging
    host_->setInteractiveScale(0.5);               // and half the resolution meanwhile
    sliceProperty_ = vtkSmartPointer<vtkImageProperty>::New();
    sliceProperty_->SetInterpolationTypeToLinear();
    extract_ = vtkSmartPointer<vtkImageExtractComponents>::New();
    for (int a = 0; a < 3; ++a) {
        sliceMappers_[a] = vtkSmartPointer<vtkImageSliceMapper>::New();
        sliceMappers_[a]->SetOrientation(a);
        sliceMappers_[a]->SetInputConnection(extract_->GetOutputPort());
        slices_[a] = vtkSmartPointer<vtkImageSlice>::New();
        slices_[a]->SetMapper(sliceMappers_[a]);
        slices_[a]->SetProperty(sliceProperty_);
    }
    showMessage(tr("Open an image with a z-stack to see it in 3D."));
}

VolumeView::~VolumeView() { ++*generation_; }

void VolumeView::showMessage(const QString& text) {
    message_->setText(text);
    stack_->setCurrentWidget(message_);
    status_->clear();
}

void VolumeView::setImage(const QString& db, const ImageInfo& info, int64_t t, const std::vector<ChannelDisplay>& display) {
    const int gen = ++*generation_;
    db_ = db;
    t_ = t;
    info_ = info;
    host_->renderer()->RemoveActor(surfaces_);
    for (auto& s : slices_)
        host_->renderer()->RemoveViewProp(s);
    surfaceLabels_ = 0;
    surfacesBuilding_ = false; // a build in flight is for the old image: its result is dropped
    volumeStatus_.clear();
    surfaceStatus_.clear();
    display_ = display;
    host_->renderer()->RemoveVolume(volume_);
    level_ = -1;
    if (info.sizeZ < 2) {
        loading_ = false;
        progress_->setVisible(false);
        const QString why = tr("“%1” is a 2D image (one z plane): there is no volume to show. "
                               "Choose an image with a z-stack.")
                                .arg(QString::fromStdString(info.name));
        showMessage(why);
        emit loaded(false, why);
        return;
    }
    // Up to four channels: the visible ones first.
    channels_.clear();
    for (int pass = 0; pass < 2; ++pass)
        for (int64_t c = 0; c < info.sizeC && channels_.size() < size_t(kMaxComponents); ++c) {
            const bool visible = size_t(c) >= display.size() || display[size_t(c)].visible;
            if (visible == (pass == 0))
                channels_.push_back(int(c));
        }
    const int level = volumeLevel(info, int(channels_.size()), budget_);
    const auto shape = PixelLayout::of(info).level(level);
    loading_ = true;
    progress_->setValue(0);
    progress_->setVisible(true);
    volumeStatus_ = tr("Loading level %1 (%2 × %3 × %4)…").arg(level).arg(shape.sizeX).arg(shape.sizeY).arg(info.sizeZ);
    showStatus();
    stack_->setCurrentWidget(host_);

    QPointer<VolumeView> self(this);
    auto generation = generation_;
    const std::string path = db.toStdString();
    const std::vector<int> comps = channels_;
    QThreadPool::globalInstance()->start([self, generation, gen, path, info, t, level, shape, comps] {
        vtkSmartPointer<vtkImageData> image;
        QString error;
        try {
            image = vtkSmartPointer<vtkImageData>::New();
            image->SetDimensions(int(shape.sizeX), int(shape.sizeY), int(info.sizeZ));
            image->AllocateScalars(vtkTypeOf(info.dtype), int(comps.size()));
            auto* dst = static_cast<uint8_t*>(image->GetScalarPointer());
            const size_t px = dtypeSize(info.dtype), n = comps.size(), plane = size_t(shape.sizeX * shape.sizeY);
            ChunkReader reader(path);
            PixelSource pixels = reader.source(info);
            const int64_t total = info.sizeZ * int64_t(n);
            int64_t done = 0;
            for (int64_t z = 0; z < info.sizeZ; ++z)
                for (size_t k = 0; k < n; ++k) {
                    if (*generation != gen)
                        return; // a newer image was asked for
                    const auto src = pixels.readPlane(level, t, comps[k], z);
                    uint8_t* out = dst + size_t(z) * plane * n * px + k * px;
                    if (n == 1) {
                        std::memcpy(out, src.data(), plane * px);
                    } else {
                        for (size_t i = 0; i < plane; ++i)
                            std::memcpy(out + i * n * px, src.data() + i * px, px);
                    }
                    const int permille = int(1000 * ++done / total);
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(), [self, permille] { if (self) self->progress_->setValue(permille); },
                        Qt::QueuedConnection);
                }
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, gen, image, error, level, shape] {
                if (!self || *generation != gen)
                    return;
                self->loading_ = false;
                self->progress_->setVisible(false);
                if (!error.isEmpty()) {
                    self->showMessage(error);
                    emit self->loaded(false, error);
                    return;
                }
                // Pixels of this level, in physical units where the image has them.
                const double down = double(self->info_.sizeX) / double(shape.sizeX);
                image->SetSpacing(self->info_.physicalSizeX.value_or(1.0) * down,
                                  self->info_.physicalSizeY.value_or(1.0) * down,
                                  self->info_.physicalSizeZ.value_or(self->info_.physicalSizeX.value_or(1.0)));
                self->mapper_->SetInputData(image);
                self->extract_->SetInputData(image);
                for (int a = 0; a < 3; ++a) {
                    const int n = a == 2 ? int(self->info_.sizeZ) : int(a == 0 ? shape.sizeX : shape.sizeY);
                    const QSignalBlocker block(self->sliceSliders_[a]);
                    self->sliceSliders_[a]->setRange(0, n - 1);
                    self->sliceSliders_[a]->setValue(n / 2);
                    self->sliceMappers_[a]->SetSliceNumber(n / 2);
                    self->host_->renderer()->AddViewProp(self->slices_[a]);
                }
                self->applyDisplay();
                self->host_->renderer()->AddVolume(self->volume_);
                self->level_ = level;
                self->volumeStatus_ = tr("Level %1 of %2: %3 × %4 × %5, %n channel(s)", nullptr,
                                         int(self->channels_.size()))
                                          .arg(level)
                                          .arg(self->info_.levels)
                                          .arg(shape.sizeX)
                                          .arg(shape.sizeY)
                                          .arg(self->info_.sizeZ);
                self->showStatus();
                self->setCamera(self->camera_);
                emit self->loaded(true, self->volumeStatus_);
                self->buildSurfaces();
            },
            Qt::QueuedConnection);
    });
}

void VolumeView::setDisplay(const std::vector<ChannelDisplay>& display) {
    display_ = display;
    applyDisplay();
    host_->render();
}

void VolumeView::setVolumeVisible(bool on) {
    if (volumeButton_->isChecked() != on)
        volumeButton_->setChecked(on);
    volume_->SetVisibility(on);
    host_->render();
}

void VolumeView::setSlicesVisible(bool on) {
    slicesVisible_ = on;
    if (slicesButton_->isChecked() != on)
        slicesButton_->setChecked(on);
    sliceBar_->setVisible(on);
    applySlices();
    host_->render();
}

void VolumeView::setSlicePosition(int axis, int voxel) {
    if (axis < 0 || axis > 2)
        return;
    if (sliceSliders_[axis]->value() != voxel) {
        const QSignalBlocker block(sliceSliders_[axis]);
        sliceSliders_[axis]->setValue(voxel);
    }
    sliceMappers_[axis]->SetSliceNumber(sliceSliders_[axis]->value());
    host_->render();
}

int VolumeView::slicePosition(int axis) const { return axis >= 0 && axis < 3 ? sliceSliders_[axis]->value() : -1; }

void VolumeView::applySlices() {
    // The first shown channel, black to its colour over its range.
    size_t k = 0;
    for (size_t i = 0; i < channels_.size(); ++i)
        if (size_t(channels_[i]) < display_.size() && display_[size_t(channels_[i])].visible) {
            k = i;
            break;
        }
    for (auto& s : slices_)
        s->SetVisibility(slicesVisible_ && !channels_.empty());
    if (channels_.empty())
        return;
    extract_->SetComponents(int(k));
    ChannelDisplay d = size_t(channels_[k]) < display_.size() ? display_[size_t(channels_[k])] : ChannelDisplay{};
    if (!(d.max > d.min))
        d.max = d.min + 1;
    vtkNew<vtkColorTransferFunction> lut;
    lut->AddRGBPoint(d.min, 0, 0, 0);
    lut->AddRGBPoint(d.max, double((d.color >> 24) & 0xFF) / 255, double((d.color >> 16) & 0xFF) / 255,
                     double((d.color >> 8) & 0xFF) / 255);
    sliceProperty_->SetLookupTable(lut);
    sliceProperty_->UseLookupTableScalarRangeOn();
}

void VolumeView::applyDisplay() {
    for (size_t k = 0; k < channels_.size(); ++k) {
        const size_t c = size_t(channels_[k]);
        ChannelDisplay d = c < display_.size() ? display_[c] : ChannelDisplay{};
        if (!(d.max > d.min))
            d.max = d.min + 1;
        const double r = double((d.color >> 24) & 0xFF) / 255, g = double((d.color >> 16) & 0xFF) / 255,
                     b = double((d.color >> 8) & 0xFF) / 255;
        vtkNew<vtkColorTransferFunction> color;
        color->AddRGBPoint(d.min, 0, 0, 0);
        color->AddRGBPoint(d.max, r, g, b);
        vtkNew<vtkPiecewiseFunction> opacity;
        // Below min: clear; up to max: a ramp. A hidden channel is clear throughout.
        opacity->AddPoint(d.min, 0);
        opacity->AddPoint(d.max, d.visible ? 0.5 : 0);
        property_->SetColor(int(k), color);
        property_->SetScalarOpacity(int(k), opacity);
        property_->SetScalarOpacityUnitDistance(int(k), 1.0);
    }
    applySlices();
}

void VolumeView::setCamera(Camera camera) {
    camera_ = camera;
    cameraMoved_ = false;
    if (level_ < 0)
        return;
    vtkRenderer* ren = host_->renderer();
    vtkCamera* cam = ren->GetActiveCamera();
    double b[6];
    volume_->GetBounds(b);
    const double c[3] = {(b[0] + b[1]) / 2, (b[2] + b[3]) / 2, (b[4] + b[5]) / 2};
    // Direction of view and up, in volume coordinates (x right and y down in 2D; z = plane index).
    double dir[3] = {0, 0, 1}, up[3] = {0, -1, 0};
    switch (camera) {
    case Camera::Top:
        break;
    case Camera::Front:
        dir[1] = -1, dir[2] = 0, up[1] = 0, up[2] = -1;
        break;
    case Camera::Side:
        dir[0] = -1, dir[2] = 0, up[1] = 0, up[2] = -1;
        break;
    case Camera::Oblique:
        dir[0] = -0.25, dir[1] = -0.75, dir[2] = 0.62, up[1] = 0, up[2] = -1;
        break;
    }
    vtkMath::Normalize(dir);
    const double along = vtkMath::Dot(up, dir);
    for (int i = 0; i < 3; ++i)
        up[i] -= along * dir[i];
    vtkMath::Normalize(up);
    double right[3];
    vtkMath::Cross(dir, up, right);
    // Fit: the box's corners projected on the view's right and up axes, and its depth along dir.
    double w = 0, h = 0, depth = 0;
    for (int k = 0; k < 8; ++k) {
        const double p[3] = {b[k & 1] - c[0], b[2 + ((k >> 1) & 1)] - c[1], b[4 + ((k >> 2) & 1)] - c[2]};
        w = std::max(w, 2 * std::abs(vtkMath::Dot(p, right)));
        h = std::max(h, 2 * std::abs(vtkMath::Dot(p, up)));
        depth = std::max(depth, 2 * std::abs(vtkMath::Dot(p, dir)));
    }
    const double aspect = host_->height() > 0 ? double(host_->width()) / double(host_->height()) : 1.0;
    const double need = std::max(h, w / aspect) * 1.08;
    const double distance = need / (2 * std::tan(vtkMath::RadiansFromDegrees(cam->GetViewAngle() / 2))) + depth / 2;
    cam->SetFocalPoint(c);
    cam->SetPosition(c[0] - distance * dir[0], c[1] - distance * dir[1], c[2] - distance * dir[2]);
    cam->SetViewUp(up);
    ren->ResetCameraClippingRange();
    host_->render();
}

QImage VolumeView::snapshot() { return host_->snapshot(); }

void VolumeView::setLabels(const std::optional<LabelInfo>& labels) {
    const bool same = labels_.has_value() == labels.has_value() && (!labels || labels_->id == labels->id);
    labels_ = labels;
    if (same && (surfaceLabels_ > 0 || surfacesBuilding_ || !labels))
        return;
    host_->renderer()->RemoveActor(surfaces_);
    surfaceLabels_ = 0;
    surfaceStatus_.clear();
    showStatus();
    host_->render();
    if (level_ >= 0 && !loading_)
        buildSurfaces();
}

void VolumeView::buildSurfaces() {
    if (!labels_ || level_ < 0 || labels_->imageId != info_.id)
        return;
    QPointer<VolumeView> self(this);
    auto generation = generation_;
    const int gen = *generation_;
    const std::string path = db_.toStdString();
    const LabelInfo labels = *labels_;
    const PixelLayout geometry = PixelLayout::of(labels);
    const int level = level_;
    const int64_t t = std::min(t_, labels.sizeT - 1);
    const double spacing[3] = {info_.physicalSizeX.value_or(1.0) * double(info_.sizeX) /
                                   double(PixelLayout::of(info_).level(level).sizeX),
                               0, info_.physicalSizeZ.value_or(info_.physicalSizeX.value_or(1.0))};
    const double spacingY = info_.physicalSizeY.value_or(1.0) * spacing[0] / info_.physicalSizeX.value_or(1.0);
    surfaceStatus_ = tr("building surfaces…");
    showStatus();
    surfacesBuilding_ = true;
    const int build = ++surfaceBuild_; // a newer build (other labels) makes this one's result stale
    QThreadPool::globalInstance()->start([self, generation, gen, build, path, labels, geometry, level, t, spacing, spacingY] {
        vtkSmartPointer<vtkPolyData> surface;
        auto presentIds = std::make_shared<std::vector<bool>>();
        size_t count = 0;
        uint32_t maxLabel = 0;
        QString error;
        try {
            const auto shape = geometry.level(level);
            vtkNew<vtkImageData> ids;
            ids->SetDimensions(int(shape.sizeX), int(shape.sizeY), int(geometry.sizeZ()));
            ids->SetSpacing(spacing[0], spacingY, spacing[2]);
            ids->AllocateScalars(VTK_UNSIGNED_INT, 1);
            auto* dst = static_cast<uint32_t*>(ids->GetScalarPointer());
            const size_t plane = size_t(shape.sizeX * shape.sizeY);
            ChunkReader reader(path);
            PixelSource pixels = reader.source(geometry);
            // Each object's bounding box, found while the planes are read: the surfaces are then
            // contoured box by box, so the cost follows the objects' size, not objects x voxels
            // (one flying-edges pass over the whole stack per label value).
            struct Box {
                int x0 = INT32_MAX, y0 = INT32_MAX, z0 = INT32_MAX, x1 = -1, y1 = -1, z1 = -1;
            };
            std::map<uint32_t, Box> boxes;
            const int nx = int(shape.sizeX), ny = int(shape.sizeY), nz = int(geometry.sizeZ());
            for (int64_t z = 0; z < geometry.sizeZ(); ++z) {
                if (*generation != gen)
                    return;
                const auto src = pixels.readPlane(level, t, 0, z);
                visitDType(geometry.dtype(), [&](auto zero) {
                    using T = decltype(zero);
                    const T* v = reinterpret_cast<const T*>(src.data());
                    uint32_t last = 0;
                    Box* box = nullptr;
                    for (int y = 0; y < ny; ++y)
                        for (int x = 0; x < nx; ++x) {
                            const size_t i = size_t(y) * size_t(nx) + size_t(x);
                            const uint32_t id = uint32_t(v[i]);
                            dst[size_t(z) * plane + i] = id;
                            if (!id)
                                continue;
                            if (id != last) {
                                box = &boxes[id];
                                last = id;
                            }
                            box->x0 = std::min(box->x0, x), box->x1 = std::max(box->x1, x);
                            box->y0 = std::min(box->y0, y), box->y1 = std::max(box->y1, y);
                            box->z0 = std::min(box->z0, int(z)), box->z1 = std::max(box->z1, int(z));
                        }
                });
            }
            constexpr size_t kMaxSurfaces = 50000;
            if (boxes.size() > kMaxSurfaces)
                throw std::runtime_error(QObject::tr("%1 objects: too many to draw as surfaces (at most %2)")
                                             .arg(boxes.size())
                                             .arg(kMaxSurfaces)
                                             .toStdString());
            vtkNew<vtkAppendPolyData> append;
            for (const auto& [id, b] : boxes) {
                if (*generation != gen)
                    return;
                // One voxel of margin, so the surface closes where the object touches its box.
                vtkNew<vtkExtractVOI> voi;
                voi->SetInputData(ids);
                voi->SetVOI(std::max(b.x0 - 1, 0), std::min(b.x1 + 1, nx - 1), std::max(b.y0 - 1, 0),
                            std::min(b.y1 + 1, ny - 1), std::max(b.z0 - 1, 0), std::min(b.z1 + 1, nz - 1));
                vtkNew<vtkDiscreteFlyingEdges3D> edges;
                edges->SetInputConnection(voi->GetOutputPort());
                edges->ComputeScalarsOn();
                edges->ComputeNormalsOff();
                edges->SetValue(0, double(id));
                edges->Update();
                auto piece = vtkSmartPointer<vtkPolyData>::New();
                piece->ShallowCopy(edges->GetOutput());
                append->AddInputData(piece);
            }
            if (!boxes.empty())
                append->Update();
            surface = vtkSmartPointer<vtkPolyData>::New();
            if (!boxes.empty())
                surface->DeepCopy(append->GetOutput());
            count = boxes.size();
            maxLabel = boxes.empty() ? 0 : boxes.rbegin()->first;
            presentIds->assign(size_t(maxLabel) + 1, false);
            for (const auto& [id, b] : boxes)
                (*presentIds)[id] = true;
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, gen, build, surface, presentIds, count, maxLabel, error] {
                if (!self || *generation != gen || build != self->surfaceBuild_)
                    return;
                self->surfacesBuilding_ = false;
                if (!error.isEmpty()) {
                    self->surfaceStatus_ = error;
                    self->showStatus();
                    emit self->surfacesBuilt(0, error);
                    return;
                }
                self->surfaceMapper_->SetInputData(surface);
                self->surfaceLabels_ = count;
                self->maxSurfaceLabel_ = maxLabel;
                self->surfaceIds_ = presentIds;
                self->applyLabelColors();
                self->host_->renderer()->AddActor(self->surfaces_);
                self->surfaces_->SetVisibility(self->surfacesVisible_);
                self->surfaceStatus_ = tr("%n surface(s)", nullptr, int(count));
                self->showStatus();
                self->host_->render();
                emit self->surfacesBuilt(count, QString());
            },
            Qt::QueuedConnection);
    });
}

void VolumeView::setLabelDisplay(const LabelDisplay& display) {
    labelDisplay_ = display;
    applyLabelColors();
    host_->render();
}

void VolumeView::applyLabelColors() {
    // One table entry per id: the 2D overlay's colour for it (an override's alpha of 0 hides it).
    // Ids without a surface stay opaque, so that a table that only colours is drawn opaque (no peeling).
    vtkNew<vtkLookupTable> lut;
    const vtkIdType n = vtkIdType(maxSurfaceLabel_) + 1;
    lut->SetNumberOfTableValues(n);
    lut->SetTableRange(0, double(n - 1));
    for (vtkIdType id = 0; id < n; ++id) {
        uint32_t c = labelColor(uint64_t(id));
        double alpha = 1.0;
        if (uint32_t o; labelDisplay_.colorOverride.lookup(uint64_t(id), o)) {
            c = o;
            alpha = double(o & 0xFF) / 255.0;
        } else if (!labelDisplay_.colorAll) {
            alpha = 0;
        }
        if (labelDisplay_.highlight.count(uint64_t(id))) {
            c = labelDisplay_.highlightColor;
            alpha = 1;
        }
        if (!surfaceIds_ || size_t(id) >= surfaceIds_->size() || !(*surfaceIds_)[size_t(id)])
            alpha = 1;
        lut->SetTableValue(id, double((c >> 24) & 0xFF) / 255, double((c >> 16) & 0xFF) / 255,
                           double((c >> 8) & 0xFF) / 255, alpha);
    }
    lut->Build();
    surfaceMapper_->SetLookupTable(lut);
    surfaceMapper_->SetScalarRange(0, double(n - 1));
    surfaceMapper_->UseLookupTableScalarRangeOn();
    surfaces_->GetProperty()->SetOpacity(surfaceOpacity_);
}

void VolumeView::setSurfacesVisible(bool on) {
    surfacesVisible_ = on;
    if (surfacesButton_->isChecked() != on)
        surfacesButton_->setChecked(on);
    surfaces_->SetVisibility(on);
    host_->render();
}

void VolumeView::setSurfaceOpacity(double opacity) {
    surfaceOpacity_ = std::clamp(opacity, 0.0, 1.0);
    surfaces_->GetProperty()->SetOpacity(surfaceOpacity_);
    host_->render();
}

QPointF VolumeView::toHost(double x, double y, double z) {
    vtkRenderer* ren = host_->renderer();
    ren->SetWorldPoint(x, y, z, 1.0);
    ren->WorldToDisplay();
    double d[3];
    ren->GetDisplayPoint(d);
    // VTK's pixels may be fewer than the widget's (a drag renders coarsely): scale by the window size.
    const int* size = host_->renderWindow()->GetSize();
    const double sx = double(host_->width()) / std::max(1, size[0]), sy = double(host_->height()) / std::max(1, size[1]);
    return QPointF(d[0] * sx, host_->height() - d[1] * sy);
}

uint32_t VolumeView::pickLabel(QPoint hostPos) {
    if (!surfaceLabels_ || !surfaces_->GetVisibility())
        return 0;
    const int* size = host_->renderWindow()->GetSize();
    const double sx = double(size[0]) / std::max(1, host_->width()), sy = double(size[1]) / std::max(1, host_->height());
    vtkNew<vtkCellPicker> picker;
    picker->SetTolerance(0.0005);
    picker->PickFromListOn();
    picker->AddPickList(surfaces_);
    if (!picker->Pick(hostPos.x() * sx, (host_->height() - hostPos.y()) * sy, 0, host_->renderer()))
        return 0;
    vtkPolyData* poly = vtkPolyData::SafeDownCast(surfaceMapper_->GetInput());
    const vtkIdType cell = picker->GetCellId();
    if (!poly || cell < 0 || !poly->GetPointData()->GetScalars())
        return 0;
    const vtkIdType point = poly->GetCell(cell)->GetPointId(0);
    return uint32_t(poly->GetPointData()->GetScalars()->GetTuple1(point));
}

bool VolumeView::eventFilter(QObject* watched, QEvent* e) {
    if (watched == host_ && (e->type() == QEvent::MouseButtonPress || e->type() == QEvent::Wheel))
        cameraMoved_ = true;
    if (watched == host_ && e->type() == QEvent::Resize && !cameraMoved_ && level_ >= 0) {
        setCamera(camera_); // a view nobody has moved yet keeps the whole stack in sight
    } else if (watched == host_ && e->type() == QEvent::MouseButtonPress) {
        pressAt_ = static_cast<QMouseEvent*>(e)->position().toPoint();
    } else if (watched == host_ && e->type() == QEvent::MouseButtonRelease) {
        auto* m = static_cast<QMouseEvent*>(e);
        // A click, not a drag: pick the object under it.
        if (m->button() == Qt::LeftButton && (m->position().toPoint() - pressAt_).manhattanLength() <= 3 && labels_)
            if (const uint32_t label = pickLabel(m->position().toPoint()))
                emit objectPicked(labels_->id, label);
    }
    return QWidget::eventFilter(watched, e);
}

void VolumeView::showStatus() {
    QStringList parts;
    for (const QString* p : {&volumeStatus_, &surfaceStatus_})
        if (!p->isEmpty())
            parts << *p;
    status_->setText(parts.join(QStringLiteral(" · ")));
    status_->setToolTip(status_->text());
}

void VolumeView::saveSnapshot() {
    if (const QString error = host_->saveSnapshot(tr("Save the 3D view"), "volume.png"); !error.isEmpty())
        status_->setText(error);
}

} // namespace ouro::widgets
