#include "volumeview.h"

#include "chunkreader.h"
#include "vtkhost.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QStackedLayout>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include <vtkCamera.h>
#include <vtkColorTransferFunction.h>
#include <vtkImageData.h>
#include <vtkPiecewiseFunction.h>
#include <vtkRenderer.h>
#include <vtkSmartVolumeMapper.h>
#include <vtkType.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ouro::widgets {

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
    const auto shapes = pyramidShapes(info.sizeY, info.sizeX, info.chunkY, info.chunkX);
    const int levels = std::max(1, std::min<int>(info.levels, int(shapes.size())));
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
    reset->setToolTip(tr("Look at the stack from above, as the 2D view shows it (R)"));
    reset->setShortcut(QKeySequence(Qt::Key_R));
    connect(reset, &QToolButton::clicked, this, &VolumeView::resetCamera);
    auto* snap = new QToolButton;
    snap->setText(tr("Snapshot…"));
    snap->setToolTip(tr("Save the 3D view as a PNG image"));
    connect(snap, &QToolButton::clicked, this, &VolumeView::saveSnapshot);

    auto* bar = new QHBoxLayout;
    bar->addWidget(reset);
    bar->addWidget(snap);
    bar->addWidget(status_, 1);
    bar->addWidget(progress_);
    stack_ = new QStackedLayout;
    stack_->addWidget(host_);
    stack_->addWidget(message_);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addLayout(bar);
    v->addLayout(stack_, 1);

    mapper_ = vtkSmartPointer<vtkSmartVolumeMapper>::New();
    mapper_->SetBlendModeToComposite();
    property_ = vtkSmartPointer<vtkVolumeProperty>::New();
    property_->SetInterpolationTypeToLinear();
    property_->ShadeOff();
    property_->IndependentComponentsOn();
    volume_ = vtkSmartPointer<vtkVolume>::New();
    volume_->SetMapper(mapper_);
    volume_->SetProperty(property_);
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
    info_ = info;
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
    const auto shape = pyramidShapes(info.sizeY, info.sizeX, info.chunkY, info.chunkX)[size_t(level)];
    loading_ = true;
    progress_->setValue(0);
    progress_->setVisible(true);
    status_->setText(tr("Loading level %1 (%2 × %3 × %4)…").arg(level).arg(shape.sizeX).arg(shape.sizeY).arg(info.sizeZ));
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
            const int64_t total = info.sizeZ * int64_t(n);
            int64_t done = 0;
            for (int64_t z = 0; z < info.sizeZ; ++z)
                for (size_t k = 0; k < n; ++k) {
                    if (*generation != gen)
                        return; // a newer image was asked for
                    const auto src = reader.readPlane(info, level, t, comps[k], z);
                    uint8_t* out = dst + size_t(z) * plane * n * px + k * px;
                    if (n == 1) {
                        std::memcpy(out, src.data(), plane * px);
                    } else {
                        for (size_t i = 0; i < plane; ++i)
                            std::memcpy(out + i * n * px, src.data() + i * px, px);
                    }
                    const int permille = int(1000 * ++done / total);
                    QMetaObject::invokeMethod(
                        self.data(), [self, permille] { if (self) self->progress_->setValue(permille); },
                        Qt::QueuedConnection);
                }
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            self.data(),
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
                self->applyDisplay();
                self->host_->renderer()->AddVolume(self->volume_);
                self->level_ = level;
                self->status_->setText(tr("Level %1 of %2: %3 × %4 × %5, %n channel(s)", nullptr,
                                          int(self->channels_.size()))
                                           .arg(level)
                                           .arg(self->info_.levels)
                                           .arg(shape.sizeX)
                                           .arg(shape.sizeY)
                                           .arg(self->info_.sizeZ));
                self->resetCamera();
                emit self->loaded(true, self->status_->text());
            },
            Qt::QueuedConnection);
    });
}

void VolumeView::setDisplay(const std::vector<ChannelDisplay>& display) {
    display_ = display;
    applyDisplay();
    host_->render();
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
}

void VolumeView::resetCamera() {
    vtkRenderer* ren = host_->renderer();
    vtkCamera* cam = ren->GetActiveCamera();
    double bounds[6];
    volume_->GetBounds(bounds);
    const double cx = (bounds[0] + bounds[1]) / 2, cy = (bounds[2] + bounds[3]) / 2, cz = (bounds[4] + bounds[5]) / 2;
    // From above the first plane, looking down the stack: x right, y down, as in 2D.
    cam->SetFocalPoint(cx, cy, cz);
    cam->SetPosition(cx, cy, cz - 1);
    cam->SetViewUp(0, -1, 0);
    ren->ResetCamera(); // near and far planes
    // Then close enough that the stack fills the view (ResetCamera fits a sphere around it,
    // which leaves a flat stack small).
    const double aspect = host_->height() > 0 ? double(host_->width()) / double(host_->height()) : 1.0;
    const double need = std::max(bounds[3] - bounds[2], (bounds[1] - bounds[0]) / aspect) * 1.08;
    const double distance = need / (2 * std::tan(cam->GetViewAngle() / 2 * 3.14159265358979 / 180)) +
                            (bounds[5] - bounds[4]) / 2;
    cam->SetPosition(cx, cy, cz - distance);
    ren->ResetCameraClippingRange();
    host_->render();
}

QImage VolumeView::snapshot() { return host_->snapshot(); }

void VolumeView::saveSnapshot() {
    QSettings s;
    const QString f = QFileDialog::getSaveFileName(this, tr("Save the 3D view"),
                                                   s.value("snapshot/folder").toString() + "/volume.png",
                                                   tr("PNG images (*.png)"));
    if (f.isEmpty())
        return;
    s.setValue("snapshot/folder", QFileInfo(f).absolutePath());
    if (!snapshot().save(f, "PNG"))
        status_->setText(tr("Could not write %1").arg(f));
}

} // namespace ouro::widgets
