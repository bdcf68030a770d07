#include "profilemodel.h"

#include "workerpools.h"

#include "error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace ouro::widgets {


QString formatCell(const CellValue& v) {
    switch (v.kind) {
    case CellValue::Null: return {};
    case CellValue::Int: return QString::number(v.i);
    case CellValue::Real: return QString::number(v.d, 'g', 6);
    case CellValue::Text: return QString::fromStdString(v.s);
    }
    return {};
}

ProfileModel::ProfileModel(QObject* parent) : QAbstractTableModel(parent) {}

ProfileModel::~ProfileModel() = default;

void ProfileModel::setTable(std::shared_ptr<ProfileTable> table) {
    beginResetModel();
    table_ = std::move(table);
    ++generation_;
    pages_.clear();
    pageLru_.clear();
    pending_.clear();
    filter_.clear();
    filterRows_.reset();
    restriction_.reset();
    order_.reset();
    sortColumn_ = -1;
    columnMap_.clear();
    keyCount_ = 0;
    count_ = 0;
    if (table_) {
        count_ = table_->info().rows;
        const auto keys = table_->keyColumns();
        columnMap_ = keys;
        keyCount_ = int(keys.size());
        for (const auto& c : table_->columns())
            if (std::find(keys.begin(), keys.end(), c.idx) == keys.end())
                columnMap_.push_back(c.idx);
    }
    endResetModel();
}

int ProfileModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(std::min<int64_t>(count_, INT32_MAX));
}

int ProfileModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(columnMap_.size());
}

int ProfileModel::modelColumn(int tableColumn) const {
    auto it = std::find(columnMap_.begin(), columnMap_.end(), tableColumn);
    return it == columnMap_.end() ? -1 : int(it - columnMap_.begin());
}

int64_t ProfileModel::rowId(int r) const {
    if (r < 0 || r >= count_)
        return -1;
    return order_ ? (*order_)[size_t(r)] : int64_t(r) + 1;
}

int ProfileModel::rowOf(int64_t id) const {
    if (!order_)
        return id >= 1 && id <= count_ ? int(id - 1) : -1;
    // The order is searched linearly: it is only used for a click in the viewer.
    auto it = std::find(order_->begin(), order_->end(), id);
    return it == order_->end() ? -1 : int(it - order_->begin());
}

std::shared_ptr<const std::vector<int64_t>> ProfileModel::currentOrder() const {
    if (order_)
        return order_;
    auto all = std::make_shared<std::vector<int64_t>>(size_t(count_));
    for (int64_t i = 0; i < count_; ++i)
        (*all)[size_t(i)] = i + 1;
    return all;
}

QVariant ProfileModel::data(const QModelIndex& index, int role) const {
    if (!table_ || !index.isValid())
        return {};
    const int col = tableColumn(index.column());
    if (role == Qt::TextAlignmentRole) {
        const auto type = table_->columns()[size_t(col)].type;
        return QVariant::fromValue(type == ColumnType::Text ? Qt::AlignLeft | Qt::AlignVCenter
                                                            : Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && index.column() < keyCount_) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    const int page = index.row() / kPageRows;
    auto it = pages_.find(page);
    if (it == pages_.end()) {
        requestPage(page);
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    }
    const auto& rows = **it;
    const size_t r = size_t(index.row() % kPageRows);
    if (r >= rows.size() || size_t(col) >= rows[r].size())
        return {};
    const CellValue& v = rows[r][size_t(col)];
    if (role == Qt::UserRole) { // the raw value, for copying and exporting
        switch (v.kind) {
        case CellValue::Null: return {};
        case CellValue::Int: return QVariant::fromValue<qlonglong>(v.i);
        case CellValue::Real: return v.d;
        case CellValue::Text: return QString::fromStdString(v.s);
        }
    }
    if (role == Qt::ToolTipRole)
        return v.kind == CellValue::Real ? QString::number(v.d, 'g', 17) : formatCell(v);
    return formatCell(v);
}

QVariant ProfileModel::headerData(int section, Qt::Orientation o, int role) const {
    if (!table_)
        return {};
    if (o == Qt::Vertical) {
        if (role == Qt::DisplayRole) {
            const int64_t id = rowId(section);
            return id > 0 ? QVariant(QString::number(id)) : QVariant();
        }
        return {};
    }
    const int col = tableColumn(section);
    if (col < 0)
        return {};
    const auto& c = table_->columns()[size_t(col)];
    if (role == Qt::DisplayRole)
        return QString::fromStdString(c.name);
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2)%3")
            .arg(QString::fromStdString(c.name), QString::fromLatin1(columnTypeName(c.type)),
                 section < keyCount_ ? tr(", key column") : QString());
    return {};
}

void ProfileModel::requestPage(int page) const {
    if (pending_.contains(page) || !table_)
        return;
    pending_.insert(page);
    std::vector<int64_t> ids;
    for (int r = page * kPageRows; r < std::min<int64_t>(count_, int64_t(page + 1) * kPageRows); ++r)
        ids.push_back(rowId(r));
    auto table = table_;
    const uint64_t gen = generation_;
    QPointer<ProfileModel> self(const_cast<ProfileModel*>(this));
    workerPool(WorkerPool::Pages)->start([self, table, ids = std::move(ids), gen, page] {
        std::vector<std::vector<CellValue>> rows;
        try {
            rows = table->fetchRows(ids);
        } catch (const Error&) {
            rows.assign(ids.size(), {});
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, gen, page, rows = std::move(rows)]() mutable {
                if (self)
                    self->onPage(gen, page, std::move(rows));
            },
            Qt::QueuedConnection);
    });
}

void ProfileModel::onPage(uint64_t gen, int page, std::vector<std::vector<CellValue>> rows) {
    if (gen != generation_)
        return; // a page of an older order
    pending_.remove(page);
    pages_[page] = std::make_shared<std::vector<std::vector<CellValue>>>(std::move(rows));
    pageLru_.push_back(page);
    while (pageLru_.size() > 64) { // about 16k rows
        pages_.remove(pageLru_.front());
        pageLru_.erase(pageLru_.begin());
    }
    const int first = page * kPageRows;
    const int last = int(std::min<int64_t>(count_, int64_t(page + 1) * kPageRows)) - 1;
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        emit headerDataChanged(Qt::Vertical, first, last);
    }
    emit pageLoaded();
}

void ProfileModel::sort(int column, Qt::SortOrder order) {
    if (!table_)
        return;
    sortColumn_ = column;
    sortOrder_ = order;
    recompute(tr("Sorting…"));
}

void ProfileModel::setFilter(const QString& expr) {
    filter_ = expr.trimmed();
    recompute(tr("Filtering…"));
}

void ProfileModel::setRestriction(std::shared_ptr<const std::vector<int64_t>> rows) {
    restriction_ = std::move(rows);
    recompute(tr("Updating…"));
}

void ProfileModel::recompute(const QString& what) {
    if (!table_)
        return;
    const uint64_t gen = ++generation_;
    busy_ = true;
    emit busyChanged(true, what);
    auto table = table_;
    const int col = tableColumn(sortColumn_);
    const bool asc = sortOrder_ == Qt::AscendingOrder;
    const std::string expr = filter_.toStdString();
    auto restriction = restriction_;
    QPointer<ProfileModel> self(this);
    workerPool(WorkerPool::RowOrder)->start([=] {
        struct Result {
            std::shared_ptr<const std::vector<int64_t>> filterRows, order;
            QString error;
            double filterMs = 0;
        } res;
        try {
            QElapsedTimer t;
            t.start();
            if (!expr.empty())
                res.filterRows = std::make_shared<const std::vector<int64_t>>(table->filter(expr));
            res.filterMs = double(t.nsecsElapsed()) / 1e6;
            // Membership of the filter and the restriction, as one bitmap over row ids.
            const int64_t n = table->info().rows;
            std::vector<uint8_t> keep;
            auto intersect = [&](const std::vector<int64_t>& rows) {
                std::vector<uint8_t> in(size_t(n) + 1, 0);
                for (int64_t r : rows)
                    if (r >= 1 && r <= n)
                        in[size_t(r)] = 1;
                if (keep.empty())
                    keep = std::move(in);
                else
                    for (size_t i = 0; i < keep.size(); ++i)
                        keep[i] &= in[i];
            };
            if (res.filterRows)
                intersect(*res.filterRows);
            if (restriction)
                intersect(*restriction);
            if (col >= 0) {
                auto sorted = table->sorted(col, asc);
                if (keep.empty()) {
                    res.order = sorted;
                } else {
                    auto o = std::make_shared<std::vector<int64_t>>();
                    for (int64_t r : *sorted)
                        if (keep[size_t(r)])
                            o->push_back(r);
                    res.order = o;
                }
            } else if (!keep.empty()) {
                auto o = std::make_shared<std::vector<int64_t>>();
                for (int64_t r = 1; r <= n; ++r)
                    if (keep[size_t(r)])
                        o->push_back(r);
                res.order = o;
            }
        } catch (const Error& e) {
            res.error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, gen, res]() {
                if (!self || gen != self->generation_)
                    return; // superseded by a newer sort or filter
                self->busy_ = false;
                emit self->busyChanged(false, {});
                if (!res.error.isEmpty()) {
                    emit self->filterFailed(res.error);
                    return;
                }
                self->beginResetModel();
                self->filterRows_ = res.filterRows;
                self->order_ = res.order;
                self->count_ = self->order_ ? int64_t(self->order_->size()) : self->table_->info().rows;
                self->pages_.clear();
                self->pageLru_.clear();
                self->pending_.clear();
                ++self->generation_;
                self->endResetModel();
                emit self->orderChanged();
                if (!self->filter_.isEmpty())
                    emit self->filterFinished(res.filterRows ? qint64(res.filterRows->size()) : 0,
                                              qint64(self->table_->info().rows), res.filterMs);
            },
            Qt::QueuedConnection);
    });
}

} // namespace ouro::widgets
