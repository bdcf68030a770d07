#pragma once
// The 3D view: the current image's z-stack at one time point, volume-rendered
// with vtkSmartVolumeMapper on a VtkHost. Up to four channels, each with a
// colour and an opacity ramp from the channel panel's colour and min/max. The
// pyramid level is chosen so the volume fits a memory budget, and it is read
// on a worker with progress. A 2D image gets a message instead of a volume.

#include "omemodel.h"
#include "render.h"

#include <QWidget>

#include <vtkSmartPointer.h>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QStackedLayout;
class QToolButton;
class QSlider;
class vtkActor;
class vtkImageExtractComponents;
class vtkImageProperty;
class vtkImageSlice;
class vtkImageSliceMapper;
class vtkColorTransferFunction;
class vtkPolyDataMapper;
class vtkImageData;
class vtkPiecewiseFunction;
class vtkSmartVolumeMapper;
class vtkVolume;
class vtkVolumeProperty;

namespace ouro::widgets {

class VtkHost;

/** The pyramid level whose z-stack of `channels` channels fits `budgetBytes` (the finest that does). */
int volumeLevel(const ImageInfo& info, int channels, size_t budgetBytes);

class VolumeView : public QWidget {
    Q_OBJECT
public:
    explicit VolumeView(QWidget* parent = nullptr);
    ~VolumeView() override;

    /** Loads image `info` of the .ouro at db, time point t, in the background. */
    void setImage(const QString& db, const ImageInfo& info, int64_t t, const std::vector<ChannelDisplay>& display);
    /** New colours or contrast from the channel panel: only the transfer functions change. */
    void setDisplay(const std::vector<ChannelDisplay>& display);
    /** Memory the volume may take (default 256 MB); the level follows from it. */
    void setBudget(size_t bytes) { budget_ = bytes; }

    /**
     * Surfaces of a label image of the shown image (nullopt: none), one per
     * object, built on a worker at the volume's level once it is loaded.
     */
    void setLabels(const std::optional<LabelInfo>& labels);
    /** Colours as in 2D: labelColor(), or the filter's / colour-by's overrides; highlighted ids in yellow. */
    void setLabelDisplay(const LabelDisplay& display);
    void setSurfacesVisible(bool on);
    /** The volume itself on or off (to see slices or surfaces alone). */
    void setVolumeVisible(bool on);
    /**
     * Orthogonal slices through the first shown channel, in its colour and range:
     * planes at x, y and z (voxels of the loaded level; -1 hides that plane).
     */
    void setSlicesVisible(bool on);
    void setSlicePosition(int axis, int voxel);
    int slicePosition(int axis) const;
    void setSurfaceOpacity(double opacity);
    /** Objects with a surface (0 until built). */
    size_t surfaceCount() const { return surfaceLabels_; }
    /** The object under a widget point of the host (0: none). */
    uint32_t pickLabel(QPoint hostPos);
    /** Where a world point of the volume appears in the host widget (for tests and overlays). */
    QPointF toHost(double x, double y, double z);

    /** Where the camera looks from; the whole stack fits the view in each. */
    enum class Camera {
        Top,    ///< from above the first plane, x to the right and y down, as the 2D view shows it
        Front,  ///< along y: x to the right, the first plane on top
        Side,   ///< along x: y to the left, the first plane on top
        Oblique ///< from above and in front, tilted, as one looks at a dish on a table
    };
    /** Points the camera (now, and for volumes loaded from now on). */
    void setCamera(Camera camera);
    Camera camera() const { return camera_; }
    /** setCamera(Camera::Top). */
    void resetCamera() { setCamera(Camera::Top); }
    /** What the view shows now. */
    QImage snapshot();
    /** The level in use (-1: none loaded). */
    int level() const { return level_; }
    bool loading() const { return loading_; }
    /** Loading the volume or building its surfaces. */
    bool busy() const { return loading_ || surfacesBuilding_; }
    VtkHost* host() const { return host_; }

signals:
    /** A volume finished loading (ok) or could not be shown (message says why). */
    void loaded(bool ok, const QString& message);
    /** Label surfaces are built (count: objects with a surface) or failed (message). */
    void surfacesBuilt(size_t count, const QString& message);
    /** A click picked an object's surface. */
    void objectPicked(qint64 labelImageId, quint32 label);

protected:
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void showMessage(const QString& text);
    void applyDisplay();
    void applyLabelColors();
    void applySlices();
    void buildSurfaces();
    void saveSnapshot();

    VtkHost* host_;
    QLabel* message_;
    QLabel* status_;
    QProgressBar* progress_;
    QStackedLayout* stack_;
    vtkSmartPointer<vtkSmartVolumeMapper> mapper_;
    vtkSmartPointer<vtkVolume> volume_;
    vtkSmartPointer<vtkVolumeProperty> property_;
    QString db_;
    int64_t t_ = 0;
    ImageInfo info_;
    std::optional<LabelInfo> labels_;
    LabelDisplay labelDisplay_;
    vtkSmartPointer<vtkActor> surfaces_;
    vtkSmartPointer<vtkPolyDataMapper> surfaceMapper_;
    size_t surfaceLabels_ = 0;
    bool surfacesBuilding_ = false;
    std::shared_ptr<const std::vector<bool>> surfaceIds_; ///< ids that have a surface
    Camera camera_ = Camera::Top;
    bool cameraMoved_ = false; ///< dragged or zoomed since the last setCamera()
    int surfaceBuild_ = 0;
    QString volumeStatus_, surfaceStatus_; ///< the status line's two parts
    void showStatus();
    uint32_t maxSurfaceLabel_ = 0;
    bool surfacesVisible_ = true;
    double surfaceOpacity_ = 1.0;
    QPoint pressAt_;
    QToolButton* surfacesButton_;
    QToolButton* volumeButton_;
    QToolButton* slicesButton_;
    QWidget* sliceBar_;
    QSlider* sliceSliders_[3] = {};
    vtkSmartPointer<vtkImageSlice> slices_[3];
    vtkSmartPointer<vtkImageSliceMapper> sliceMappers_[3];
    vtkSmartPointer<vtkImageProperty> sliceProperty_;
    vtkSmartPointer<vtkImageExtractComponents> extract_;
    bool slicesVisible_ = false;
    std::vector<ChannelDisplay> display_;
    std::vector<int> channels_; ///< image channels in the volume's components (at most 4)
    size_t budget_ = size_t(256) << 20;
    int level_ = -1;
    bool loading_ = false;
    std::shared_ptr<std::atomic<int>> generation_; ///< a newer load makes older ones stop
};

} // namespace ouro::widgets
