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

class QLabel;
class QProgressBar;
class QStackedLayout;
class QToolButton;
class vtkColorTransferFunction;
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

    /** Looks at the stack from above, x to the right and y down, as the 2D view shows it. */
    void resetCamera();
    /** What the view shows now. */
    QImage snapshot();
    /** The level in use (-1: none loaded). */
    int level() const { return level_; }
    bool loading() const { return loading_; }
    VtkHost* host() const { return host_; }

signals:
    /** A volume finished loading (ok) or could not be shown (message says why). */
    void loaded(bool ok, const QString& message);

private:
    void showMessage(const QString& text);
    void applyDisplay();
    void saveSnapshot();

    VtkHost* host_;
    QLabel* message_;
    QLabel* status_;
    QProgressBar* progress_;
    QStackedLayout* stack_;
    vtkSmartPointer<vtkSmartVolumeMapper> mapper_;
    vtkSmartPointer<vtkVolume> volume_;
    vtkSmartPointer<vtkVolumeProperty> property_;
    ImageInfo info_;
    std::vector<ChannelDisplay> display_;
    std::vector<int> channels_; ///< image channels in the volume's components (at most 4)
    size_t budget_ = size_t(256) << 20;
    int level_ = -1;
    bool loading_ = false;
    std::shared_ptr<std::atomic<int>> generation_; ///< a newer load makes older ones stop
};

} // namespace ouro::widgets
