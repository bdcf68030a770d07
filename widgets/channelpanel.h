#pragma once
// Per-channel display controls: visibility, colour, min/max over a small
// histogram, auto-contrast (0.1–99.9 percentiles) and gamma; composite or
// single-channel grey mode. It edits ChannelDisplay values and says so.

#include "omemodel.h"
#include "render.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QVBoxLayout;

namespace ouro::widgets {

class HistogramWidget;

class ChannelPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChannelPanel(QWidget* parent = nullptr);

    /** Shows the channels of an image, with their display and histograms (one per channel, may be empty). */
    void setImage(const ouro::ImageInfo& image, const std::vector<ouro::ChannelDisplay>& display,
                  const std::vector<ouro::Histogram>& histograms);
    /** The display the controls describe (in single mode: only the chosen channel, in grey). */
    std::vector<ouro::ChannelDisplay> display() const;
    /** Toggles a channel's visibility (keyboard shortcuts). */
    void toggleChannel(int c);
    /** Sets every channel to its 0.1–99.9 percentile range. */
    void autoContrastAll();

signals:
    void displayChanged(const std::vector<ouro::ChannelDisplay>& display);

private:
    struct Row {
        QCheckBox* visible;
        QPushButton* color;
        QDoubleSpinBox *min, *max, *gamma;
        HistogramWidget* histogram;
        QPushButton* autoButton;
    };
    void rebuild();
    void autoContrast(int c);
    void emitChanged();
    void updateColorButton(int c);

    ouro::ImageInfo image_;
    std::vector<ouro::ChannelDisplay> display_;
    std::vector<ouro::Histogram> histograms_;
    std::vector<Row> rows_;
    QComboBox* mode_;
    QVBoxLayout* rowsLayout_;
    QWidget* rowsHost_;
    bool updating_ = false;
};

} // namespace ouro::widgets
