#pragma once
// The plots dock: a scatter plot of two columns of a profile table (or a
// histogram of one), drawn with VTK's charts on a VtkHost. Points are grey, the
// filter's matches coloured, selected rows yellow. Past kDensityPoints points
// the scatter becomes a density image, binned again after each pan and zoom, so
// a million objects stay interactive. Shift+drag brushes a rectangle: its rows
// are selected (in the table and the viewer), and "Filter from selection"
// turns it into a filter expression.

#include "profiletable.h"

#include <QWidget>

#include <vtkSmartPointer.h>

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRubberBand;
class QPolygonF;
class vtkChartXY;
class vtkContextActor;
class vtkPlotHistogram2D;
class vtkPlotPoints;
class vtkTable;

Q_DECLARE_METATYPE(std::vector<int64_t>)

namespace ouro::widgets {

class VtkHost;
class LassoOverlay;

class PlotView : public QWidget {
    Q_OBJECT
public:
    /** More points than this are drawn as a density image. */
    static constexpr size_t kDensityPoints = 200000;

    explicit PlotView(QWidget* parent = nullptr);
    ~PlotView() override;

    /** The table to plot (null clears). Its numeric columns fill the axis choosers. */
    void setTable(std::shared_ptr<ProfileTable> table);
    /** Plots columns x and y (names); empty y: a histogram of x. Loads them in the background. */
    void setColumns(const QString& x, const QString& y);
    /** The filter's matching rows (null: no filter). */
    void setMatches(std::shared_ptr<const std::vector<int64_t>> rows);
    /**
     * Colour-by from the table: each row's colour (index row_id - 1; 0: none), the
     * colormap the masks use. Points take them; a density bin takes the mean colour of its rows.
     */
    void setRowColors(std::shared_ptr<const std::vector<uint32_t>> colors);
    /** Rows selected elsewhere (the table, the viewer), drawn in yellow. */
    void setSelectedRows(const std::vector<int64_t>& rows);
    void setLogX(bool on);
    void setLogY(bool on);

    /** Selects the rows whose values lie in the rectangle (data units), as a brush does. */
    std::vector<int64_t> brush(double x0, double x1, double y0, double y1);
    /**
     * Selects the rows whose points lie inside a polygon (data units; on log axes its edges are
     * straight on screen), as a lasso does. A histogram takes the polygon's x extent.
     */
    std::vector<int64_t> lasso(const QPolygonF& polygon);
    /** The last rectangle brush as a filter expression ("" when there is none, or after a lasso). */
    QString filterFromSelection() const;

    /** Where data point (x, y) is in the host widget (for tests and overlays). */
    QPointF toWidget(double x, double y) const;
    /** The data point under a host widget position. */
    QPointF toData(QPointF widget) const;

    /** Bins the density again for the axes' current range (the view does it shortly after a pan or zoom). */
    void refreshDensity() {
        if (density_ && !histogram_ && !loading_)
            rebin();
    }
    bool loading() const { return loading_; }
    bool densityMode() const { return density_; }
    size_t pointCount() const { return x_.size(); }
    VtkHost* host() const { return host_; }
    QImage snapshot();

signals:
    /** Rows brushed in the plot (row ids, ascending). */
    void rowsBrushed(const std::vector<int64_t>& rows);
    /** "Filter from selection": an expression for the filter bar. */
    void filterRequested(const QString& expression);
    /** The columns are loaded and drawn. */
    void plotted();

protected:
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void rebuild();
    void rebin();
    void savePng();
    bool logX() const;
    bool logY() const;

    VtkHost* host_;
    QComboBox* xBox_;
    QComboBox* yBox_;
    QCheckBox* logXBox_;
    QCheckBox* logYBox_;
    QPushButton* filterButton_;
    QLabel* status_;
    QRubberBand* band_ = nullptr;
    QPoint bandStart_;
    QCheckBox* lassoBox_;
    LassoOverlay* lassoOverlay_ = nullptr; ///< draws the lasso while it is drawn
    bool lassoing_ = false;
    vtkSmartPointer<vtkContextActor> actor_;
    vtkSmartPointer<vtkChartXY> chart_;
    std::shared_ptr<ProfileTable> table_;
    std::shared_ptr<const std::vector<int64_t>> matches_;
    std::shared_ptr<const std::vector<uint32_t>> rowColors_;
    std::vector<int64_t> selected_;
    std::vector<int64_t> rows_;  ///< row id of each plotted point (finite x and y)
    std::vector<double> x_, y_;   ///< the values, in data units
    QString xName_, yName_;
    std::optional<std::array<double, 4>> brush_; ///< x0, x1, y0, y1 of the last brush
    bool density_ = false, histogram_ = false, loading_ = false;
    double binnedRange_[4] = {0, 0, 0, 0};
    std::shared_ptr<std::atomic<int>> generation_;
};

} // namespace ouro::widgets
