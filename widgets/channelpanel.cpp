#include "channelpanel.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <type_traits>
#include <limits>

namespace ouro::widgets {

/** A small histogram (log counts) with the min/max window marked. */
class HistogramWidget : public QWidget {
public:
    explicit HistogramWidget(QWidget* parent = nullptr) : QWidget(parent) { setFixedHeight(36); }
    void set(const ouro::Histogram& h, double lo, double hi, QColor color) {
        h_ = h;
        lo_ = lo;
        hi_ = hi;
        color_ = color;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), QColor(40, 40, 40));
        if (h_.counts.empty())
            return;
        double peak = 1;
        for (auto c : h_.counts)
            peak = std::max(peak, std::log1p(double(c)));
        const double bw = double(width()) / double(h_.counts.size());
        p.setPen(Qt::NoPen);
        p.setBrush(color_.lighter(110));
        for (size_t i = 0; i < h_.counts.size(); ++i) {
            const double bh = std::log1p(double(h_.counts[i])) / peak * (height() - 2);
            p.drawRect(QRectF(double(i) * bw, height() - bh, std::max(bw, 1.0), bh));
        }
        auto xOf = [&](double v) { return (v - h_.lo) / (h_.hi - h_.lo) * width(); };
        p.setPen(QPen(Qt::white, 1));
        p.drawLine(QPointF(xOf(lo_), 0), QPointF(xOf(lo_), height()));
        p.drawLine(QPointF(xOf(hi_), 0), QPointF(xOf(hi_), height()));
    }

private:
    ouro::Histogram h_;
    double lo_ = 0, hi_ = 1;
    QColor color_ = Qt::white;
};

namespace {
QColor toQColor(uint32_t rgba) { return QColor(int(rgba >> 24), int((rgba >> 16) & 0xFF), int((rgba >> 8) & 0xFF)); }
uint32_t fromQColor(const QColor& c) {
    return (uint32_t(c.red()) << 24) | (uint32_t(c.green()) << 16) | (uint32_t(c.blue()) << 8) | 0xFFu;
}
} // namespace

ChannelPanel::ChannelPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    mode_ = new QComboBox(this);
    mode_->setToolTip(tr("Composite: every visible channel in its colour. Single: one channel in grey."));
    top->addRow(tr("Mode"), mode_);
    layout->addLayout(top);
    rowsHost_ = new QWidget(this);
    rowsLayout_ = new QVBoxLayout(rowsHost_);
    rowsLayout_->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rowsHost_);
    auto* autoAll = new QPushButton(tr("Auto-contrast all"), this);
    autoAll->setToolTip(tr("Set every channel's range to its 0.1–99.9 percentiles"));
    connect(autoAll, &QPushButton::clicked, this, &ChannelPanel::autoContrastAll);
    layout->addWidget(autoAll);
    layout->addStretch(1);
    connect(mode_, &QComboBox::currentIndexChanged, this, [this] { emitChanged(); });
}

void ChannelPanel::setImage(const ouro::ImageInfo& image, const std::vector<ouro::ChannelDisplay>& display,
                            const std::vector<ouro::Histogram>& histograms) {
    image_ = image;
    display_ = display;
    histograms_ = histograms;
    rebuild();
}

void ChannelPanel::rebuild() {
    updating_ = true;
    for (auto& r : rows_)
        delete r.visible->parentWidget();
    rows_.clear();
    mode_->clear();
    mode_->addItem(tr("Composite"));
    for (size_t c = 0; c < display_.size(); ++c) {
        const QString name = c < image_.channels.size() && !image_.channels[c].name.empty()
                                 ? QString::fromStdString(image_.channels[c].name)
                                 : tr("Channel %1").arg(c);
        mode_->addItem(tr("Single: %1").arg(name));

        auto* box = new QWidget(rowsHost_);
        auto* g = new QGridLayout(box);
        g->setContentsMargins(0, 4, 0, 4);
        Row r;
        r.visible = new QCheckBox(name, box);
        r.visible->setChecked(display_[c].visible);
        r.visible->setToolTip(tr("Show or hide this channel (Alt+%1)").arg(c + 1));
        r.color = new QPushButton(box);
        r.color->setFixedSize(28, 20);
        r.color->setToolTip(tr("Channel colour"));
        const bool isFloat = ouro::dtypeIsFloat(image_.dtype);
        // The type's own range keeps the spin boxes narrow (255 needs three digits, not eleven).
        double lo = -1e9, hi = 1e9;
        ouro::visitDType(image_.dtype, [&](auto v) {
            using T = decltype(v);
            if constexpr (!std::is_floating_point_v<T>) {
                lo = double(std::numeric_limits<T>::lowest());
                hi = double(std::numeric_limits<T>::max());
            }
        });
        auto spin = [&](double v, const QString& tip) {
            auto* s = new QDoubleSpinBox(box);
            s->setRange(lo, hi);
            s->setDecimals(isFloat ? 3 : 0);
            s->setValue(v);
            s->setToolTip(tip);
            s->setKeyboardTracking(false);
            return s;
        };
        r.min = spin(display_[c].min, tr("Value shown as black"));
        r.max = spin(display_[c].max, tr("Value shown at full colour"));
        r.gamma = new QDoubleSpinBox(box);
        r.gamma->setRange(0.1, 5.0);
        r.gamma->setSingleStep(0.1);
        r.gamma->setValue(display_[c].gamma);
        r.gamma->setToolTip(tr("Gamma: below 1 brightens faint signal"));
        r.histogram = new HistogramWidget(box);
        r.autoButton = new QPushButton(tr("Auto"), box);
        r.autoButton->setToolTip(tr("Range from the 0.1–99.9 percentiles"));
        g->addWidget(r.visible, 0, 0, 1, 3);
        g->addWidget(r.color, 0, 3);
        g->addWidget(r.autoButton, 0, 4);
        g->addWidget(r.histogram, 1, 0, 1, 5);
        g->addWidget(r.min, 2, 0, 1, 2);
        g->addWidget(new QLabel(QStringLiteral("–"), box), 2, 2, Qt::AlignCenter);
        g->addWidget(r.max, 2, 3, 1, 2);
        g->addWidget(new QLabel(tr("gamma"), box), 3, 0, 1, 2, Qt::AlignRight);
        g->addWidget(r.gamma, 3, 3, 1, 2);
        g->setColumnStretch(0, 1);
        g->setColumnStretch(3, 1);
        rowsLayout_->addWidget(box);
        const int ci = int(c);
        connect(r.visible, &QCheckBox::toggled, this, [this, ci](bool on) {
            display_[size_t(ci)].visible = on;
            emitChanged();
        });
        connect(r.color, &QPushButton::clicked, this, [this, ci] {
            QColor chosen = QColorDialog::getColor(toQColor(display_[size_t(ci)].color), this, tr("Channel colour"));
            if (chosen.isValid()) {
                display_[size_t(ci)].color = fromQColor(chosen);
                updateColorButton(ci);
                emitChanged();
            }
        });
        auto onValue = [this, ci] {
            if (updating_)
                return;
            auto& d = display_[size_t(ci)];
            d.min = rows_[size_t(ci)].min->value();
            d.max = rows_[size_t(ci)].max->value();
            d.gamma = rows_[size_t(ci)].gamma->value();
            emitChanged();
        };
        connect(r.min, &QDoubleSpinBox::valueChanged, this, onValue);
        connect(r.max, &QDoubleSpinBox::valueChanged, this, onValue);
        connect(r.gamma, &QDoubleSpinBox::valueChanged, this, onValue);
        connect(r.autoButton, &QPushButton::clicked, this, [this, ci] {
            autoContrast(ci);
            emitChanged();
        });
        rows_.push_back(r);
        updateColorButton(ci);
    }
    updating_ = false;
}

void ChannelPanel::updateColorButton(int c) {
    const auto& d = display_[size_t(c)];
    const QColor col = toQColor(d.color);
    rows_[size_t(c)].color->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #888;").arg(col.name()));
    if (size_t(c) < histograms_.size())
        rows_[size_t(c)].histogram->set(histograms_[size_t(c)], d.min, d.max, col);
}

void ChannelPanel::autoContrast(int c) {
    if (size_t(c) >= histograms_.size() || histograms_[size_t(c)].counts.empty())
        return;
    const auto& h = histograms_[size_t(c)];
    auto& d = display_[size_t(c)];
    d.min = h.percentile(0.001);
    d.max = h.percentile(0.999);
    if (!ouro::dtypeIsFloat(image_.dtype)) {
        d.min = std::floor(d.min);
        d.max = std::ceil(d.max);
    }
    if (d.max <= d.min)
        d.max = d.min + 1;
    updating_ = true;
    rows_[size_t(c)].min->setValue(d.min);
    rows_[size_t(c)].max->setValue(d.max);
    updating_ = false;
    updateColorButton(c);
}

void ChannelPanel::autoContrastAll() {
    for (size_t c = 0; c < rows_.size(); ++c)
        autoContrast(int(c));
    emitChanged();
}

void ChannelPanel::toggleChannel(int c) {
    if (c >= 0 && size_t(c) < rows_.size())
        rows_[size_t(c)].visible->toggle();
}

std::vector<ouro::ChannelDisplay> ChannelPanel::display() const {
    const int single = mode_->currentIndex() - 1;
    if (single < 0)
        return display_;
    auto out = display_;
    for (size_t c = 0; c < out.size(); ++c) {
        out[c].visible = int(c) == single;
        out[c].color = 0xFFFFFFFFu;
    }
    return out;
}

void ChannelPanel::emitChanged() {
    if (updating_)
        return;
    for (size_t c = 0; c < rows_.size(); ++c)
        updateColorButton(int(c));
    emit displayChanged(display());
}

} // namespace ouro::widgets
