#include "plotview.h"

#include "columnstore.h"
#include "vtkhost.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>
#include <QPointer>
#include <QPushButton>
#include <QRubberBand>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include <vtkAxis.h>
#include <vtkChartXY.h>
#include <vtkContextActor.h>
#include <vtkContextInteractorStyle.h>
#include <vtkContextMouseEvent.h>
#include <vtkContextScene.h>
#include <vtkDoubleArray.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkImageData.h>
#include <vtkLookupTable.h>
#include <vtkPen.h>
#include <vtkPlotBar.h>
#include <vtkPlotHistogram2D.h>
#include <vtkPlotPoints.h>
#include <vtkRenderer.h>
#include <vtkTable.h>
#include <vtkTextProperty.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace ouro::widgets {

namespace {

constexpr int kBins = 200;       // density image, per axis
constexpr int kHistogramBins = 64;

vtkSmartPointer<vtkTable> xyTable(const std::vector<double>& x, const std::vector<double>& y,
                                  const std::vector<size_t>& which, const char* xName, const char* yName) {
    auto t = vtkSmartPointer<vtkTable>::New();
    vtkNew<vtkDoubleArray> xs, ys;
    xs->SetName(xName);
    ys->SetName(yName);
    xs->SetNumberOfValues(vtkIdType(which.size()));
    ys->SetNumberOfValues(vtkIdType(which.size()));
    for (size_t k = 0; k < which.size(); ++k) {
        xs->SetValue(vtkIdType(k), x[which[k]]);
        ys->SetValue(vtkIdType(k), y[which[k]]);
    }
    t->AddColumn(xs);
    t->AddColumn(ys);
    return t;
}

QString quoteName(const QString& n) {
    QString q = n;
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

} // namespace

PlotView::PlotView(QWidget* parent) : QWidget(parent), generation_(std::make_shared<std::atomic<int>>(0)) {
    host_ = new VtkHost;
    host_->renderer()->SetBackground(1, 1, 1);
    actor_ = vtkSmartPointer<vtkContextActor>::New();
    chart_ = vtkSmartPointer<vtkChartXY>::New();
    actor_->GetScene()->AddItem(chart_);
    host_->renderer()->AddActor(actor_);
    vtkNew<vtkContextInteractorStyle> style;
    style->SetScene(actor_->GetScene());
    host_->interactor()->SetInteractorStyle(style);
    chart_->SetActionToButton(vtkChart::PAN, vtkContextMouseEvent::LEFT_BUTTON);
    chart_->SetActionToButton(vtkChart::ZOOM, vtkContextMouseEvent::RIGHT_BUTTON);
    chart_->SetShowLegend(false);
    for (int a : {vtkAxis::LEFT, vtkAxis::BOTTOM})
        chart_->GetAxis(a)->GetTitleProperties()->SetFontSize(13);

    xBox_ = new QComboBox;
    xBox_->setToolTip(tr("Column on the x axis"));
    yBox_ = new QComboBox;
    yBox_->setToolTip(tr("Column on the y axis, or a histogram of x"));
    logXBox_ = new QCheckBox(tr("log x"));
    logYBox_ = new QCheckBox(tr("log y"));
    lassoBox_ = new QCheckBox(tr("Lasso"));
    lassoBox_->setToolTip(tr("Shift+drag draws a free-hand lasso instead of a rectangle "
                             "(Ctrl+Shift+drag always does)"));
    filterButton_ = new QPushButton(tr("Filter from selection"));
    filterButton_->setToolTip(tr("Put the brushed ranges into the filter bar (a rectangle; a lasso has no ranges)"));
    filterButton_->setEnabled(false);
    auto* save = new QPushButton(tr("Save PNG…"));
    status_ = new QLabel;
    status_->setToolTip(tr("Drag to pan, wheel to zoom, right-drag to zoom to a box, Shift+drag to select "
                           "(Ctrl+Shift+drag: a lasso)"));
    for (auto* b : {xBox_, yBox_}) {
        b->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        b->setMinimumContentsLength(14);
        connect(b, &QComboBox::activated, this,
                [this] { setColumns(xBox_->currentText(), yBox_->currentIndex() == 0 ? QString() : yBox_->currentText()); });
    }
    connect(logXBox_, &QCheckBox::toggled, this, &PlotView::setLogX);
    connect(logYBox_, &QCheckBox::toggled, this, &PlotView::setLogY);
    connect(filterButton_, &QPushButton::clicked, this, [this] {
        if (const QString f = filterFromSelection(); !f.isEmpty())
            emit filterRequested(f);
    });
    connect(save, &QPushButton::clicked, this, &PlotView::savePng);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("x")));
    bar->addWidget(xBox_, 1);
    bar->addWidget(new QLabel(tr("y")));
    bar->addWidget(yBox_, 1);
    bar->addWidget(logXBox_);
    bar->addWidget(logYBox_);
    bar->addWidget(lassoBox_);
    bar->addWidget(filterButton_);
    bar->addWidget(save);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addLayout(bar);
    v->addWidget(host_, 1);
    v->addWidget(status_);
    host_->installEventFilter(this);

    // A density image is binned for the axes' ranges: bin again when a pan or zoom moved them.
    auto* watch = new QTimer(this);
    watch->setInterval(120);
    connect(watch, &QTimer::timeout, this, [this] {
        if (!density_ || histogram_ || loading_)
            return;
        auto* ax = chart_->GetAxis(vtkAxis::BOTTOM);
        auto* ay = chart_->GetAxis(vtkAxis::LEFT);
        const double now[4] = {ax->GetMinimum(), ax->GetMaximum(), ay->GetMinimum(), ay->GetMaximum()};
        if (!std::equal(now, now + 4, binnedRange_))
            rebin();
    });
    watch->start();
}

PlotView::~PlotView() { ++*generation_; }

bool PlotView::logX() const { return logXBox_->isChecked(); }
bool PlotView::logY() const { return logYBox_->isChecked() && !histogram_; }

void PlotView::setTable(std::shared_ptr<ProfileTable> table) {
    ++*generation_;
    table_ = std::move(table);
    rows_.clear(), x_.clear(), y_.clear();
    brush_.reset();
    filterButton_->setEnabled(false);
    const QSignalBlocker bx(xBox_), by(yBox_);
    xBox_->clear();
    yBox_->clear();
    yBox_->addItem(tr("(histogram of x)"));
    chart_->ClearPlots();
    host_->render();
    if (!table_)
        return;
    QStringList numeric;
    for (const auto& c : table_->columns())
        if (c.type != ColumnType::Text)
            numeric << QString::fromStdString(c.name);
    xBox_->addItems(numeric);
    yBox_->addItems(numeric);
    // Defaults: size against an intensity, where a table has them.
    const auto find = [&](std::initializer_list<const char*> parts, const QString& other) {
        for (const char* part : parts)
            for (const auto& n : numeric)
                if (n.contains(QLatin1String(part), Qt::CaseInsensitive) && n != other)
                    return n;
        return QString();
    };
    QString x = find({"AreaShape_Area", "Volume", "Area"}, {});
    QString y = find({"Intensity_MeanIntensity", "Intensity_Mean", "MeanIntensity"}, x);
    if (x.isEmpty() && !numeric.isEmpty())
        x = numeric.value(std::min<qsizetype>(2, numeric.size() - 1));
    if (y.isEmpty() && numeric.size() > 1)
        y = numeric.value(numeric.size() - 1);
    setColumns(x, y);
}

void PlotView::setColumns(const QString& x, const QString& y) {
    if (!table_ || x.isEmpty())
        return;
    const int ix = table_->columnIndex(x.toStdString()), iy = y.isEmpty() ? -1 : table_->columnIndex(y.toStdString());
    if (ix < 0 || (!y.isEmpty() && iy < 0))
        return;
    {
        const QSignalBlocker bx(xBox_), by(yBox_);
        xBox_->setCurrentText(x);
        if (y.isEmpty())
            yBox_->setCurrentIndex(0);
        else
            yBox_->setCurrentText(y);
    }
    xName_ = x;
    yName_ = y;
    histogram_ = y.isEmpty();
    brush_.reset();
    filterButton_->setEnabled(false);
    loading_ = true;
    status_->setText(tr("Loading %1…").arg(y.isEmpty() ? x : x + ", " + y));
    const int gen = ++*generation_;
    auto generation = generation_;
    auto table = table_;
    QPointer<PlotView> self(this);
    QThreadPool::globalInstance()->start([self, generation, gen, table, ix, iy] {
        auto rows = std::make_shared<std::vector<int64_t>>();
        auto xs = std::make_shared<std::vector<double>>(), ys = std::make_shared<std::vector<double>>();
        QString error;
        try {
            const auto cx = table->column(ix);
            const auto cy = iy >= 0 ? table->column(iy) : nullptr;
            for (int64_t r = 0; r < cx->rows; ++r) {
                if (cx->isNull(r) || (cy && cy->isNull(r)))
                    continue;
                const double a = cx->number(r), b = cy ? cy->number(r) : 0.0;
                if (!std::isfinite(a) || !std::isfinite(b))
                    continue;
                rows->push_back(r + 1);
                xs->push_back(a);
                if (cy)
                    ys->push_back(b);
            }
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, gen, rows, xs, ys, error] {
                if (!self || *generation != gen)
                    return;
                self->loading_ = false;
                if (!error.isEmpty()) {
                    self->status_->setText(error);
                    return;
                }
                self->rows_ = std::move(*rows);
                self->x_ = std::move(*xs);
                self->y_ = std::move(*ys);
                self->density_ = !self->histogram_ && self->x_.size() > kDensityPoints;
                self->rebuild();
                emit self->plotted();
            },
            Qt::QueuedConnection);
    });
}

void PlotView::setMatches(std::shared_ptr<const std::vector<int64_t>> rows) {
    matches_ = std::move(rows);
    if (!loading_ && !x_.empty())
        rebuild();
}

void PlotView::setRowColors(std::shared_ptr<const std::vector<uint32_t>> colors) {
    if (colors == rowColors_)
        return;
    rowColors_ = std::move(colors);
    if (!loading_ && !x_.empty())
        rebuild();
}

void PlotView::setSelectedRows(const std::vector<int64_t>& rows) {
    selected_ = rows;
    std::sort(selected_.begin(), selected_.end());
    if (!loading_ && !x_.empty())
        rebuild();
}

void PlotView::setLogX(bool on) {
    if (logXBox_->isChecked() != on)
        logXBox_->setChecked(on);
    if (!x_.empty())
        rebuild();
}

void PlotView::setLogY(bool on) {
    if (logYBox_->isChecked() != on)
        logYBox_->setChecked(on);
    if (!x_.empty())
        rebuild();
}

void PlotView::rebuild() {
    chart_->ClearPlots();
    auto* ax = chart_->GetAxis(vtkAxis::BOTTOM);
    auto* ay = chart_->GetAxis(vtkAxis::LEFT);
    ax->SetTitle(xName_.toStdString());
    // Not translated: VTK draws axis titles with its built-in Latin fonts, which have no
    // Japanese or Chinese glyphs ("count" is a column-like name, as x's is).
    ay->SetTitle(histogram_ ? std::string("count") : yName_.toStdString());
    ax->SetLogScale(logX());
    ay->SetLogScale(logY());
    // Which points are matches and which are selected, by binary search in the sorted row lists.
    const auto in = [](const std::vector<int64_t>* sorted, int64_t r) {
        return sorted && std::binary_search(sorted->begin(), sorted->end(), r);
    };
    const std::vector<int64_t>* matches = matches_.get();
    std::vector<size_t> other, match, sel;
    for (size_t i = 0; i < rows_.size(); ++i) {
        if (in(&selected_, rows_[i]))
            sel.push_back(i);
        if (!matches || in(matches, rows_[i]))
            match.push_back(i);
        else
            other.push_back(i);
    }
    QString what;
    if (histogram_) {
        // Bins over the x range (in log10 when the axis is logarithmic); matches beside all rows.
        std::vector<double> vx;
        for (double v : x_)
            if (!logX() || v > 0)
                vx.push_back(logX() ? std::log10(v) : v);
        if (vx.empty())
            return;
        const auto [lo, hi] = std::minmax_element(vx.begin(), vx.end());
        const double a = *lo, w = (*hi - *lo) / kHistogramBins > 0 ? (*hi - *lo) / kHistogramBins : 1.0;
        std::vector<double> all(kHistogramBins, 0), hit(kHistogramBins, 0);
        size_t k = 0;
        for (size_t i = 0; i < x_.size(); ++i) {
            if (logX() && x_[i] <= 0)
                continue;
            const int b = std::clamp(int((vx[k++] - a) / w), 0, kHistogramBins - 1);
            all[size_t(b)] += 1;
            if (!matches || in(matches, rows_[i]))
                hit[size_t(b)] += 1;
        }
        vtkNew<vtkTable> t;
        vtkNew<vtkDoubleArray> cx, call, chit;
        cx->SetName("x"), call->SetName("all rows"), chit->SetName("matches");
        for (int b = 0; b < kHistogramBins; ++b) {
            const double centre = a + (b + 0.5) * w;
            cx->InsertNextValue(logX() ? std::pow(10.0, centre) : centre);
            call->InsertNextValue(all[size_t(b)]);
            chit->InsertNextValue(hit[size_t(b)]);
        }
        t->AddColumn(cx), t->AddColumn(call), t->AddColumn(chit);
        auto* bars = vtkPlotBar::SafeDownCast(chart_->AddPlot(vtkChart::BAR));
        bars->SetInputData(t, "x", "all rows");
        bars->SetColor(170, 170, 180, 255);
        if (matches) {
            auto* hits = vtkPlotBar::SafeDownCast(chart_->AddPlot(vtkChart::BAR));
            hits->SetInputData(t, "x", "matches");
            hits->SetColor(230, 120, 20, 255);
        }
        chart_->SetBarWidthFraction(1.0f);
        what = tr("%n row(s) in %1 bins", nullptr, int(x_.size())).arg(kHistogramBins);
    } else if (!density_) {
        const auto points = [&](const std::vector<size_t>& which, unsigned char r, unsigned char g, unsigned char b,
                                float size) {
            if (which.empty())
                return;
            auto* p = vtkPlotPoints::SafeDownCast(chart_->AddPlot(vtkChart::POINTS));
            p->SetInputData(xyTable(x_, y_, which, "x", "y"), 0, 1);
            p->SetColor(r, g, b, 255);
            p->SetMarkerStyle(vtkPlotPoints::CIRCLE);
            p->SetMarkerSize(size);
        };
        const float size = rows_.size() > 20000 ? 2.0f : 5.0f;
        points(other, 175, 175, 185, size);
        if (rowColors_ && !match.empty()) {
            // Colour-by: each point its row's colour, through a table of the distinct colours.
            std::map<uint32_t, int> palette;
            auto t = xyTable(x_, y_, match, "x", "y");
            vtkNew<vtkDoubleArray> idx;
            idx->SetName("colour");
            idx->SetNumberOfValues(vtkIdType(match.size()));
            for (size_t k = 0; k < match.size(); ++k) {
                const size_t r = size_t(rows_[match[k]] - 1);
                uint32_t c = r < rowColors_->size() ? (*rowColors_)[r] : 0;
                if (!c)
                    c = 0xAFAFB9FFu; // no value: grey
                if (palette.size() >= 4096)
                    c &= 0xF0F0F0FFu; // many colours: fewer shades
                auto it = palette.emplace(c, int(palette.size())).first;
                idx->SetValue(vtkIdType(k), it->second);
            }
            t->AddColumn(idx);
            vtkNew<vtkLookupTable> lut;
            lut->SetNumberOfTableValues(vtkIdType(palette.size()));
            lut->SetTableRange(0, double(std::max<size_t>(1, palette.size()) - 1));
            for (const auto& [c, i] : palette)
                lut->SetTableValue(i, double(c >> 24) / 255, double((c >> 16) & 0xFF) / 255, double((c >> 8) & 0xFF) / 255, 1);
            lut->Build();
            auto* p = vtkPlotPoints::SafeDownCast(chart_->AddPlot(vtkChart::POINTS));
            p->SetInputData(t, 0, 1);
            p->SetLookupTable(lut);
            p->SelectColorArray("colour");
            p->ScalarVisibilityOn();
            p->SetMarkerStyle(vtkPlotPoints::CIRCLE);
            p->SetMarkerSize(size);
        } else {
            points(match, matches ? 230 : 40, matches ? 120 : 110, matches ? 20 : 200, size);
        }
        points(sel, 255, 215, 0, size + 3);
        what = tr("%n point(s)", nullptr, int(rows_.size()));
    } else {
        binnedRange_[0] = binnedRange_[1] = 0; // the first binning takes the data range
        rebin();
        what = tr("%n point(s), drawn as a density", nullptr, int(rows_.size()));
    }
    if (matches)
        what += tr(" · %n match(es) in colour", nullptr, int(match.size()));
    if (!sel.empty())
        what += tr(" · %n selected", nullptr, int(sel.size()));
    status_->setText(what);
    if (!density_) {
        chart_->RecalculateBounds();
    }
    host_->render();
}


namespace {
// One value per density bin (kBins x kBins), centred on the bins of the plot's axes.
vtkSmartPointer<vtkImageData> binImage(double x0, double y0, double dx, double dy) {
    auto img = vtkSmartPointer<vtkImageData>::New();
    img->SetDimensions(kBins, kBins, 1);
    img->SetOrigin(x0 + dx / 2, y0 + dy / 2, 0);
    img->SetSpacing(dx, dy, 1);
    img->AllocateScalars(VTK_DOUBLE, 1);
    return img;
}
} // namespace

void PlotView::rebin() {
    // Density: counts of all points and of the matches on a kBins x kBins grid over the range
    // shown (log10 units on a logarithmic axis), drawn as two images (zero bins clear).
    auto* ax = chart_->GetAxis(vtkAxis::BOTTOM);
    auto* ay = chart_->GetAxis(vtkAxis::LEFT);
    const auto tx = [&](double v) { return logX() ? std::log10(v) : v; };
    const auto ty = [&](double v) { return logY() ? std::log10(v) : v; };
    double x0, x1, y0, y1;
    if (binnedRange_[0] == binnedRange_[1]) { // first time: the data's range
        x0 = y0 = INFINITY, x1 = y1 = -INFINITY;
        for (size_t i = 0; i < x_.size(); ++i) {
            if ((logX() && x_[i] <= 0) || (logY() && y_[i] <= 0))
                continue;
            x0 = std::min(x0, tx(x_[i])), x1 = std::max(x1, tx(x_[i]));
            y0 = std::min(y0, ty(y_[i])), y1 = std::max(y1, ty(y_[i]));
        }
        if (!(x1 > x0))
            x1 = x0 + 1;
        if (!(y1 > y0))
            y1 = y0 + 1;
        ax->SetRange(logX() ? std::pow(10.0, x0) : x0, logX() ? std::pow(10.0, x1) : x1);
        ay->SetRange(logY() ? std::pow(10.0, y0) : y0, logY() ? std::pow(10.0, y1) : y1);
        ax->Update(), ay->Update();
    }
    x0 = ax->GetMinimum(), x1 = ax->GetMaximum(), y0 = ay->GetMinimum(), y1 = ay->GetMaximum();
    binnedRange_[0] = x0, binnedRange_[1] = x1, binnedRange_[2] = y0, binnedRange_[3] = y1;
    const double dx = (x1 - x0) / kBins, dy = (y1 - y0) / kBins;
    if (!(dx > 0) || !(dy > 0))
        return;
    std::vector<double> all(size_t(kBins) * kBins, 0), hit(size_t(kBins) * kBins, 0);
    // Colour-by: the sum of each bin's row colours (grey where a row has none), in the same pass.
    std::vector<double> sum(rowColors_ ? size_t(kBins) * kBins * 3 : 0, 0);
    const std::vector<int64_t>* matches = matches_.get();
    for (size_t i = 0; i < x_.size(); ++i) {
        if ((logX() && x_[i] <= 0) || (logY() && y_[i] <= 0))
            continue;
        const double bx = (tx(x_[i]) - x0) / dx, by = (ty(y_[i]) - y0) / dy;
        if (bx < 0 || by < 0 || bx >= kBins || by >= kBins)
            continue;
        const size_t k = size_t(by) * kBins + size_t(bx);
        all[k] += 1;
        if (rowColors_) {
            const size_t r = size_t(rows_[i] - 1);
            uint32_t c = r < rowColors_->size() ? (*rowColors_)[r] : 0;
            if (!c)
                c = 0xAFAFB9FFu;
            sum[k * 3] += double(c >> 24), sum[k * 3 + 1] += double((c >> 16) & 0xFF), sum[k * 3 + 2] += double((c >> 8) & 0xFF);
        } else if (matches && std::binary_search(matches->begin(), matches->end(), rows_[i])) {
            hit[k] += 1;
        }
    }
    chart_->ClearPlots();
    const auto image = [&](const std::vector<double>& counts, double r, double g, double b) {
        const vtkSmartPointer<vtkImageData> img = binImage(x0, y0, dx, dy);
        auto* p = static_cast<double*>(img->GetScalarPointer());
        double top = 0;
        for (size_t k = 0; k < counts.size(); ++k) {
            p[k] = std::log1p(counts[k]);
            top = std::max(top, p[k]);
        }
        vtkNew<vtkLookupTable> lut;
        lut->SetNumberOfTableValues(256);
        lut->SetTableRange(0, std::max(top, 1e-9));
        for (int i = 0; i < 256; ++i) {
            const double f = i / 255.0; // light to full colour; an empty bin is clear
            lut->SetTableValue(i, 1 - f * (1 - r), 1 - f * (1 - g), 1 - f * (1 - b), i == 0 ? 0.0 : 0.35 + 0.65 * f);
        }
        lut->Build();
        vtkNew<vtkPlotHistogram2D> h;
        h->SetInputData(img);
        h->SetTransferFunction(lut);
        chart_->AddPlot(h);
    };
    if (rowColors_) {
        // Colour-by: each bin the mean colour of its rows, more opaque where there are more.
        // Index = 1 + level * 4096 + 12-bit colour; 0 is clear.
        double top = 0;
        for (double n : all)
            top = std::max(top, std::log1p(n));
        const vtkSmartPointer<vtkImageData> img = binImage(x0, y0, dx, dy);
        auto* p = static_cast<double*>(img->GetScalarPointer());
        for (size_t k = 0; k < all.size(); ++k) {
            if (all[k] == 0) {
                p[k] = 0;
                continue;
            }
            const int level = std::min(3, int(4 * std::log1p(all[k]) / std::max(top, 1e-9)));
            const int r = std::min(15, int(sum[k * 3] / all[k] / 16)), g = std::min(15, int(sum[k * 3 + 1] / all[k] / 16)),
                      b = std::min(15, int(sum[k * 3 + 2] / all[k] / 16));
            p[k] = 1 + level * 4096 + (r << 8 | g << 4 | b);
        }
        vtkNew<vtkLookupTable> lut;
        lut->SetNumberOfTableValues(1 + 4 * 4096);
        lut->SetTableRange(0, 4 * 4096);
        lut->SetTableValue(0, 1, 1, 1, 0);
        for (int level = 0; level < 4; ++level)
            for (int c = 0; c < 4096; ++c)
                lut->SetTableValue(1 + level * 4096 + c, ((c >> 8) & 15) / 15.0, ((c >> 4) & 15) / 15.0, (c & 15) / 15.0,
                                   0.4 + 0.2 * level);
        lut->Build();
        vtkNew<vtkPlotHistogram2D> h;
        h->SetInputData(img);
        h->SetTransferFunction(lut);
        chart_->AddPlot(h);
    } else {
        image(all, 0.35, 0.35, 0.45);
        if (matches)
            image(hit, 0.9, 0.45, 0.05);
    }
    // The selected rows, on top, as points (there are few).
    std::vector<size_t> sel;
    for (size_t i = 0; i < rows_.size() && sel.size() < 50000; ++i)
        if (std::binary_search(selected_.begin(), selected_.end(), rows_[i]))
            sel.push_back(i);
    if (!sel.empty()) {
        auto* p = vtkPlotPoints::SafeDownCast(chart_->AddPlot(vtkChart::POINTS));
        p->SetInputData(xyTable(x_, y_, sel, "x", "y"), 0, 1);
        p->SetColor(255, 215, 0, 255);
        p->SetMarkerSize(6);
    }
    host_->render();
}

/** The lasso being drawn: a line over the plot, closed back to its start. */
class LassoOverlay : public QWidget {
public:
    explicit LassoOverlay(QWidget* parent) : QWidget(parent) {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
    }
    QPolygonF points;

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(30, 30, 30), 1.5, Qt::DashLine));
        p.setBrush(QColor(80, 140, 255, 40));
        p.drawPolygon(points);
    }
};

std::vector<int64_t> PlotView::lasso(const QPolygonF& polygon) {
    if (polygon.size() < 3)
        return {};
    if (histogram_) {
        const QRectF r = polygon.boundingRect();
        return brush(r.left(), r.right(), r.top(), r.bottom());
    }
    // In the axes' scaled units (log10 on a log axis), where the drawn edges are straight.
    const bool lx = logX(), ly = logY();
    const auto sx = [lx](double v) { return lx ? std::log10(v) : v; };
    const auto sy = [ly](double v) { return ly ? std::log10(v) : v; };
    std::vector<QPointF> poly;
    poly.reserve(size_t(polygon.size()));
    for (const QPointF& p : polygon)
        poly.emplace_back(sx(p.x()), sy(p.y()));
    double x0 = poly[0].x(), x1 = x0, y0 = poly[0].y(), y1 = y0;
    for (const auto& p : poly)
        x0 = std::min(x0, p.x()), x1 = std::max(x1, p.x()), y0 = std::min(y0, p.y()), y1 = std::max(y1, p.y());
    std::vector<int64_t> out;
    for (size_t i = 0; i < rows_.size(); ++i) {
        const double x = sx(x_[i]), y = sy(y_[i]);
        if (!(x >= x0 && x <= x1 && y >= y0 && y <= y1))
            continue;
        // Even-odd rule: count the edges a ray to the right crosses.
        bool inside = false;
        for (size_t a = 0, b = poly.size() - 1; a < poly.size(); b = a++) {
            const QPointF& p = poly[a];
            const QPointF& q = poly[b];
            if ((p.y() > y) != (q.y() > y) && x < (q.x() - p.x()) * (y - p.y()) / (q.y() - p.y()) + p.x())
                inside = !inside;
        }
        if (inside)
            out.push_back(rows_[i]);
    }
    brush_.reset(); // a lasso is no pair of ranges: nothing for "Filter from selection"
    filterButton_->setEnabled(false);
    setSelectedRows(out);
    emit rowsBrushed(out);
    return out;
}

std::vector<int64_t> PlotView::brush(double x0, double x1, double y0, double y1) {
    if (x0 > x1)
        std::swap(x0, x1);
    if (y0 > y1)
        std::swap(y0, y1);
    std::vector<int64_t> out;
    for (size_t i = 0; i < rows_.size(); ++i)
        if (x_[i] >= x0 && x_[i] <= x1 && (histogram_ || (y_[i] >= y0 && y_[i] <= y1)))
            out.push_back(rows_[i]);
    brush_ = std::array<double, 4>{x0, x1, y0, y1};
    filterButton_->setEnabled(true);
    setSelectedRows(out);
    emit rowsBrushed(out);
    return out;
}

QString PlotView::filterFromSelection() const {
    if (!brush_)
        return {};
    const auto& b = *brush_;
    const auto num = [](double v) { return QString::fromStdString(exactReal(v)); };
    QString f = QString("%1 BETWEEN %2 AND %3").arg(quoteName(xName_), num(b[0]), num(b[1]));
    if (!histogram_)
        f += QString(" AND %1 BETWEEN %2 AND %3").arg(quoteName(yName_), num(b[2]), num(b[3]));
    return f;
}

namespace {

/** How an axis maps values to scene pixels: linear in its scaled units (log10 when logarithmic). */
struct AxisMap {
    double min, max, p0, p1;
    bool log;
    explicit AxisMap(vtkAxis* a, int coord)
        : min(a->GetMinimum()), max(a->GetMaximum()), p0(a->GetPoint1()[coord]), p1(a->GetPoint2()[coord]),
          log(a->GetLogScaleActive()) {}
    double toPixel(double v) const { return p0 + ((log ? std::log10(v) : v) - min) / (max - min) * (p1 - p0); }
    double toValue(double px) const {
        const double s = min + (px - p0) / (p1 - p0) * (max - min);
        return log ? std::pow(10.0, s) : s;
    }
};

} // namespace

QPointF PlotView::toWidget(double x, double y) const {
    const AxisMap ax(chart_->GetAxis(vtkAxis::BOTTOM), 0), ay(chart_->GetAxis(vtkAxis::LEFT), 1);
    const double dpr = host_->devicePixelRatioF();
    return QPointF(ax.toPixel(x) / dpr, host_->height() - ay.toPixel(y) / dpr);
}

QPointF PlotView::toData(QPointF w) const {
    const AxisMap ax(chart_->GetAxis(vtkAxis::BOTTOM), 0), ay(chart_->GetAxis(vtkAxis::LEFT), 1);
    const double dpr = host_->devicePixelRatioF();
    return {ax.toValue(w.x() * dpr), ay.toValue((host_->height() - w.y()) * dpr)};
}

bool PlotView::eventFilter(QObject* watched, QEvent* e) {
    if (watched != host_)
        return QWidget::eventFilter(watched, e);
    // Shift+drag brushes a rectangle, or a lasso (with Ctrl too, or with Lasso ticked);
    // everything else goes to the chart (pan, zoom).
    if (e->type() == QEvent::MouseButtonPress) {
        auto* m = static_cast<QMouseEvent*>(e);
        const bool shift = m->modifiers() & Qt::ShiftModifier;
        if (m->button() == Qt::LeftButton && shift &&
            ((m->modifiers() & Qt::ControlModifier) || lassoBox_->isChecked())) {
            if (!lassoOverlay_)
                lassoOverlay_ = new LassoOverlay(host_);
            lassoOverlay_->setGeometry(host_->rect());
            lassoOverlay_->points = QPolygonF{m->position()};
            lassoOverlay_->show();
            lassoOverlay_->raise();
            lassoing_ = true;
            return true;
        }
        if (m->button() == Qt::LeftButton && shift) {
            if (!band_)
                band_ = new QRubberBand(QRubberBand::Rectangle, host_);
            bandStart_ = m->position().toPoint();
            band_->setGeometry(QRect(bandStart_, QSize()));
            band_->show();
            return true;
        }
    } else if (e->type() == QEvent::MouseMove && lassoing_) {
        const QPointF p = static_cast<QMouseEvent*>(e)->position();
        if (QLineF(lassoOverlay_->points.back(), p).length() >= 2) {
            lassoOverlay_->points << p;
            lassoOverlay_->update();
        }
        return true;
    } else if (e->type() == QEvent::MouseButtonRelease && lassoing_) {
        lassoing_ = false;
        lassoOverlay_->points << static_cast<QMouseEvent*>(e)->position();
        lassoOverlay_->hide();
        QPolygonF inData;
        for (const QPointF& p : lassoOverlay_->points)
            inData << toData(p);
        lasso(inData);
        return true;
    } else if (e->type() == QEvent::MouseMove && band_ && band_->isVisible()) {
        band_->setGeometry(QRect(bandStart_, static_cast<QMouseEvent*>(e)->position().toPoint()).normalized());
        return true;
    } else if (e->type() == QEvent::MouseButtonRelease && band_ && band_->isVisible()) {
        band_->hide();
        const QPointF a = toData(bandStart_), b = toData(static_cast<QMouseEvent*>(e)->position());
        brush(a.x(), b.x(), a.y(), b.y());
        return true;
    }
    return QWidget::eventFilter(watched, e);
}

QImage PlotView::snapshot() { return host_->snapshot(); }

void PlotView::savePng() {
    if (const QString error = host_->saveSnapshot(tr("Save the plot"), "plot.png"); !error.isEmpty())
        status_->setText(error);
}

} // namespace ouro::widgets
