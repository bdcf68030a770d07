#pragma once
// The profile table as a Qt model for millions of rows. Nothing here reads
// the file on the GUI thread: the row order (sort, filter, objects in view) is
// computed by a worker, rows arrive in pages fetched by key (row_id) by
// another worker, and results for an older state are dropped by generation.

#include "profiletable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace ouro::widgets {

class ProfileModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /** Rows per fetched page. */
    static constexpr int kPageRows = 256;

    explicit ProfileModel(QObject* parent = nullptr);
    ~ProfileModel() override;

    /** Shows a table (may be null to clear). Key columns come first. */
    void setTable(std::shared_ptr<ProfileTable> table);
    std::shared_ptr<ProfileTable> table() const { return table_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    /** The table's column index shown at model column c (key columns first). */
    int tableColumn(int c) const { return c >= 0 && size_t(c) < columnMap_.size() ? columnMap_[size_t(c)] : -1; }
    /** The model column of a table column index, or -1. */
    int modelColumn(int tableColumn) const;
    /** Number of key columns at the left. */
    int keyColumnCount() const { return keyCount_; }

    /** The row_id shown at model row r (-1 while unknown). */
    int64_t rowId(int r) const;
    /** The model row showing row_id, or -1 if it is not in the current order. */
    int rowOf(int64_t rowId) const;
    /** Current row ids in display order (what an export writes). */
    std::shared_ptr<const std::vector<int64_t>> currentOrder() const;

    /** Restricts to the rows for which expr is true; empty clears. Result via filterFinished/filterFailed. */
    void setFilter(const QString& expr);
    QString filter() const { return filter_; }
    /** Rows matching the filter (ascending row ids; null when there is no filter). */
    std::shared_ptr<const std::vector<int64_t>> filterRows() const { return filterRows_; }
    /** Restricts to these rows as well (e.g. objects in view); null clears. */
    void setRestriction(std::shared_ptr<const std::vector<int64_t>> rows);

    int sortColumn() const { return sortColumn_; }
    Qt::SortOrder sortOrder() const { return sortOrder_; }
    /** True while a sort, filter or restriction is being computed. */
    bool busy() const { return busy_; }
    /** Total rows of the table (without filter). */
    int64_t totalRows() const { return table_ ? table_->info().rows : 0; }

signals:
    void filterFinished(qint64 matched, qint64 total, double ms);
    void filterFailed(const QString& message);
    void busyChanged(bool busy, const QString& what);
    /** Emitted when the row order changed (sort, filter, restriction) and the rows are in place. */
    void orderChanged();
    void pageLoaded();

private:
    void recompute(const QString& what);
    void requestPage(int page) const;
    void onPage(uint64_t generation, int page, std::vector<std::vector<CellValue>> rows);

    std::shared_ptr<ProfileTable> table_;
    std::vector<int> columnMap_;
    int keyCount_ = 0;
    QString filter_;
    std::shared_ptr<const std::vector<int64_t>> filterRows_, restriction_;
    std::shared_ptr<const std::vector<int64_t>> order_; ///< null: all rows in row_id order
    int64_t count_ = 0;
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    uint64_t generation_ = 1;
    bool busy_ = false;
    mutable QHash<int, std::shared_ptr<std::vector<std::vector<CellValue>>>> pages_;
    mutable std::vector<int> pageLru_;
    mutable QSet<int> pending_;
};

/** A value as the table shows it: integers plainly, reals with 6 significant digits. */
QString formatCell(const CellValue& v);

} // namespace ouro::widgets
