#pragma once
// The profile table dock: a table of millions of rows (ProfileModel) with the
// key columns frozen on the left, a filter bar (column-name completion,
// history, saved filters, "N of M match", inline errors), colour-by with a
// colormap, "objects in view", copy and CSV export. It tells the viewer which
// objects are selected and how to colour labels; it never touches pixels.

#include "imageview.h"
#include "profilemodel.h"
#include "render.h"

#include <QTableView>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QToolButton;
class QPushButton;
class QProgressBar;

namespace ouro::widgets {

/** A table view whose first N columns stay in place while the rest scroll. */
class FrozenTableView : public QTableView {
    Q_OBJECT
public:
    explicit FrozenTableView(QWidget* parent = nullptr);
    void setModel(QAbstractItemModel* model) override;
    /** Columns 0..n-1 are frozen. */
    void setFrozenColumns(int n);
    QTableView* frozenView() const { return frozen_; }
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent* e) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void updateFrozenGeometry();

private:
    QTableView* frozen_;
    int frozenCount_ = 0;
};

class ProfilePanel : public QWidget {
    Q_OBJECT
public:
    explicit ProfilePanel(QWidget* parent = nullptr);
    ~ProfilePanel() override;

    /** Lists the profile tables of a file (in the background) and shows the first. Empty path clears. */
    void openFile(const QString& path);
    /**
     * The label image the viewer shows (for recolouring); labelImageId < 0 for none. When
     * labelName is given and the table shown is not linked to labels of that name, a table
     * that is takes its place (the 3D nuclei's table follows the 3D image, say).
     */
    void setLabelTarget(int64_t labelImageId, uint32_t maxLabel, const QString& labelName = {});
    /** Selects the rows of an object clicked in the viewer and scrolls to them. */
    void selectObject(int64_t labelImageId, uint32_t label);
    /** Selects rows by id (those the filter shows), e.g. a brush in the plots; scrolls to the first. */
    void selectRows(const std::vector<int64_t>& rowIds);
    /** The table shown (null: none). */
    std::shared_ptr<ProfileTable> table() const { return table_; }
    /** The viewer's visible level-0 rectangle (for "objects in view"). */
    void setVisibleRegion(int64_t labelImageId, const QRectF& r);

    ProfileModel* model() const { return model_; }
    FrozenTableView* view() const { return view_; }
    QLineEdit* filterEdit() const { return filterEdit_; }
    QLabel* matchLabel() const { return matchLabel_; }
    QLabel* errorLabel() const { return errorLabel_; }
    QComboBox* colorByBox() const { return colorBy_; }
    QComboBox* nomatchBox() const { return nomatch_; }
    QComboBox* tableBox() const { return tableBox_; }
    /** The colormap's range for colour-by; empty: the 1st and 99th percentiles. */
    QLineEdit* rangeLowEdit() const { return rangeLo_; }
    QLineEdit* rangeHighEdit() const { return rangeHi_; }
    /** Applies the filter in the edit now (what Enter does). */
    void applyFilter();
    /** Writes the current rows and visible columns as CSV (in the background, with progress). */
    void exportCsv(const QString& path);
    /**
     * Writes the table's rows (those of the applied filter, when there is one) with
     * every column to a Parquet file, as `ouro export --format parquet` does.
     */
    void exportParquet(const QString& path);
    /** Asks a running export to stop; nothing is left under its file name. */
    void cancelExport();
    bool exporting() const { return exporting_; }
    /** Asks for a file (CSV or Parquet) and exports to it. */
    void chooseExport();
    /** Copies the selected rows (visible columns, with a header) as tab-separated text. */
    void copySelection();

signals:
    /**
     * Colour-by: each row's colour (index row_id - 1; 0 for none), as the objects
     * are coloured; null when no column colours them.
     */
    void rowColorsChanged(std::shared_ptr<const std::vector<uint32_t>> colors);
    /** The ids of the selected rows, ascending. */
    void rowsSelected(const std::vector<int64_t>& rowIds);
    /** The objects of the selected rows, with where they are. */
    void objectsSelected(const std::vector<ouro::ProfileTable::ObjectBox>& objects);
    /** New label colours for the label image of setLabelTarget (empty: plain colours), and a legend. */
    void labelColorsChanged(const ouro::LabelColors& colors, const ouro::widgets::ImageView::Legend& legend);
    /** Something worth a status-bar message. */
    void message(const QString& text);
    void exportFinished(const QString& path, const QString& error);
    void tablesListed(int count);
    /** A table is shown and its controls are filled in. */
    void tableShown(const QString& name);

private:
    void showTable(int index);
    void onSelectionChanged();
    void recolor();
    void updateCompleter();
    void chooseColumns();
    void showSavedMenu();
    void addHistory(const QString& expr);
    void onFilterFailed(const QString& msg);

    QString path_;
    std::vector<std::string> tableNames_;
    std::vector<std::string> tableLabels_; ///< each table's label_name
    QString wantedLabels_;                 ///< the label name the viewer shows
    /** The table linked to wantedLabels_, or -1. */
    int tableForLabels() const;
    std::shared_ptr<ProfileTable> table_;
    ProfileModel* model_;
    FrozenTableView* view_;
    QComboBox* tableBox_;
    QLineEdit* filterEdit_;
    QCompleter* completer_;
    QToolButton* historyButton_;
    QToolButton* savedButton_;
    QLabel* matchLabel_;
    QLabel* errorLabel_;
    QComboBox* colorBy_;
    QComboBox* colormap_;
    QComboBox* nomatch_;
    QLineEdit* rangeLo_;
    QLineEdit* rangeHi_;
    QToolButton* inViewButton_;
    QPushButton* columnsButton_;
    QPushButton* exportButton_;
    QProgressBar* busy_;
    QProgressBar* exportProgress_;
    QToolButton* exportCancel_;
    bool exporting_ = false;
    std::shared_ptr<std::atomic<bool>> exportStop_;
    /** Runs job (given a progress-and-cancel callback; returns an error or "") on a worker, with the progress bar. */
    void runExport(const QString& path, std::function<QString(const std::function<bool(double)>&)> job);
    QStringList history_;
    int64_t labelImageId_ = -1;
    uint32_t maxLabel_ = 0;
    /** Bumped by each recolor(); shared with the worker, which stops when it is no longer the latest. */
    std::shared_ptr<std::atomic<uint64_t>> colorGeneration_ = std::make_shared<std::atomic<uint64_t>>(0);
    uint64_t openGeneration_ = 0, regionGeneration_ = 0;
    QRectF region_;
};

} // namespace ouro::widgets

Q_DECLARE_METATYPE(ouro::LabelColors)
