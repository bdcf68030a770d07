#include "profilepanel.h"

#include "workerpools.h"

#include "colormap.h"
#include "labelling.h"
#include "profileexport.h"
#include "error.h"
#include "sqlite.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleValidator>
#include <QLocale>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QStringListModel>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>

namespace ouro::widgets {

// ---- FrozenTableView: the frozen-column pattern (a second view on top) ----

FrozenTableView::FrozenTableView(QWidget* parent) : QTableView(parent), frozen_(new QTableView(this)) {
    frozen_->setFocusPolicy(Qt::NoFocus);
    frozen_->verticalHeader()->hide();
    frozen_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    frozen_->setStyleSheet(QStringLiteral("QTableView { border: none; border-right: 2px solid palette(mid); }"));
    frozen_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    frozen_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    frozen_->setVerticalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollMode(ScrollPerPixel);
    frozen_->hide();
    viewport()->stackUnder(frozen_);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int i, int, int size) {
        if (i < frozenCount_) {
            frozen_->setColumnWidth(i, size);
            updateFrozenGeometry();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int i, int, int size) { frozen_->setRowHeight(i, size); });
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, frozen_->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(frozen_->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
}

void FrozenTableView::setModel(QAbstractItemModel* m) {
    QTableView::setModel(m);
    frozen_->setModel(m);
    frozen_->setSelectionModel(selectionModel());
    frozen_->setSelectionBehavior(selectionBehavior());
    frozen_->setSortingEnabled(false);
    // Sorting is started from the main header; the frozen header forwards clicks to it.
    connect(frozen_->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int i) {
        const bool same = horizontalHeader()->sortIndicatorSection() == i;
        const auto order = same && horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                                    : Qt::AscendingOrder;
        horizontalHeader()->setSortIndicator(i, order);
    });
    connect(m, &QAbstractItemModel::modelReset, this, [this] { setFrozenColumns(frozenCount_); });
}

void FrozenTableView::setFrozenColumns(int n) {
    frozenCount_ = n;
    if (!model() || n <= 0) {
        frozen_->hide();
        return;
    }
    frozen_->setSelectionModel(selectionModel());
    frozen_->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    frozen_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    for (int c = 0; c < model()->columnCount(); ++c) {
        frozen_->setColumnHidden(c, c >= n);
        if (c < n)
            frozen_->setColumnWidth(c, columnWidth(c));
    }
    frozen_->show();
    updateFrozenGeometry();
}

void FrozenTableView::resizeEvent(QResizeEvent* e) {
    QTableView::resizeEvent(e);
    updateFrozenGeometry();
}

void FrozenTableView::updateFrozenGeometry() {
    int w = 0;
    for (int c = 0; c < frozenCount_; ++c)
        w += columnWidth(c);
    frozen_->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), w,
                         viewport()->height() + horizontalHeader()->height());
}

QModelIndex FrozenTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) {
    QModelIndex current = QTableView::moveCursor(action, modifiers);
    int w = 0;
    for (int c = 0; c < frozenCount_; ++c)
        w += columnWidth(c);
    if (action == MoveLeft && current.column() >= frozenCount_ && visualRect(current).topLeft().x() < w) {
        const int newValue = horizontalScrollBar()->value() + visualRect(current).topLeft().x() - w;
        horizontalScrollBar()->setValue(newValue);
    }
    return current;
}

void FrozenTableView::scrollTo(const QModelIndex& index, ScrollHint hint) {
    if (!model() || !index.isValid() || index.column() >= frozenCount_)
        QTableView::scrollTo(index, hint);
    else // keep the horizontal position; only bring the row into view
        QTableView::scrollTo(model()->index(index.row(), std::min(model()->columnCount() - 1, frozenCount_)), hint);
}

// ---- ProfilePanel ----

namespace {

QColor qcolor(uint32_t rgba) {
    return QColor(int(rgba >> 24), int((rgba >> 16) & 0xFF), int((rgba >> 8) & 0xFF));
}

/** What the viewer's legend shows of a labelling. */
ImageView::Legend legendOf(const Labelling& l) {
    ImageView::Legend legend;
    legend.title = QString::fromStdString(l.title);
    for (uint32_t c : l.ramp)
        legend.ramp.push_back(qcolor(c));
    if (l.continuous) {
        legend.lo = l.low;
        legend.hi = l.high;
        legend.autoLo = l.autoLow;
        legend.autoHi = l.autoHigh;
    }
    for (const auto& [name, c] : l.categories)
        legend.categories.emplace_back(QString::fromStdString(name), qcolor(c));
    if (l.matched >= 0)
        legend.footer = ProfilePanel::tr("%L1 of %L2 rows match").arg(l.matched).arg(l.total);
    return legend;
}

QString csvField(const QString& s) {
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

std::string rawText(const CellValue& v) {
    switch (v.kind) {
    case CellValue::Null: return {};
    case CellValue::Int: return std::to_string(v.i);
    case CellValue::Real: {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", v.d);
        return buf;
    }
    case CellValue::Text: return v.s;
    }
    return {};
}

} // namespace

ProfilePanel::ProfilePanel(QWidget* parent) : QWidget(parent), model_(new ProfileModel(this)) {
    qRegisterMetaType<ouro::LabelColors>();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* top = new QHBoxLayout();
    tableBox_ = new QComboBox();
    tableBox_->setToolTip(tr("Profile table"));
    tableBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    columnsButton_ = new QPushButton(tr("Columns…"));
    columnsButton_->setToolTip(tr("Choose which columns are shown (search by name)"));
    inViewButton_ = new QToolButton();
    inViewButton_->setText(tr("Objects in view"));
    inViewButton_->setCheckable(true);
    inViewButton_->setToolTip(tr("Show only rows whose object's bounding box is in the visible part of the image"));
    exportButton_ = new QPushButton(tr("Export…"));
    exportButton_->setToolTip(tr("CSV: the rows shown (filtered and sorted) with the visible columns.\n"
                                 "Parquet: the filter's rows with every column, keys named as in CytoTable."));
    busy_ = new QProgressBar();
    busy_->setRange(0, 0);
    busy_->setMaximumWidth(90);
    busy_->setVisible(false);
    exportProgress_ = new QProgressBar();
    exportProgress_->setRange(0, 100);
    exportProgress_->setMaximumWidth(140);
    exportProgress_->setFormat(tr("Export %p%"));
    exportProgress_->setVisible(false);
    exportCancel_ = new QToolButton();
    exportCancel_->setText(tr("Cancel"));
    exportCancel_->setToolTip(tr("Stop the export; nothing is left under its file name"));
    exportCancel_->setVisible(false);
    top->addWidget(tableBox_);
    top->addWidget(columnsButton_);
    top->addWidget(inViewButton_);
    top->addWidget(exportButton_);
    top->addStretch();
    top->addWidget(exportProgress_);
    top->addWidget(exportCancel_);
    top->addWidget(busy_);
    layout->addLayout(top);

    auto* filterRow = new QHBoxLayout();
    filterEdit_ = new QLineEdit();
    filterEdit_->setPlaceholderText(tr("Filter, e.g. Nuclei_AreaShape_Area > 300 AND Intensity_MeanIntensity_PH3 > 0.2"));
    filterEdit_->setToolTip(tr("A SQL boolean expression over the table's columns. Enter applies it; "
                               "an empty filter shows all rows. Tab completes column names."));
    filterEdit_->setClearButtonEnabled(true);
    completer_ = new QCompleter(this);
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setFilterMode(Qt::MatchContains);
    completer_->setWidget(filterEdit_);
    completer_->setModel(new QStringListModel(completer_));
    historyButton_ = new QToolButton();
    historyButton_->setText(tr("History"));
    historyButton_->setToolTip(tr("Filters used before"));
    historyButton_->setPopupMode(QToolButton::InstantPopup);
    historyButton_->setMenu(new QMenu(historyButton_));
    savedButton_ = new QToolButton();
    savedButton_->setText(tr("Saved"));
    savedButton_->setToolTip(tr("Named filters stored in the file"));
    savedButton_->setPopupMode(QToolButton::InstantPopup);
    savedButton_->setMenu(new QMenu(savedButton_));
    matchLabel_ = new QLabel();
    matchLabel_->setToolTip(tr("Rows that match the filter, of all rows"));
    filterRow->addWidget(filterEdit_, 1);
    filterRow->addWidget(historyButton_);
    filterRow->addWidget(savedButton_);
    filterRow->addWidget(matchLabel_);
    layout->addLayout(filterRow);
    errorLabel_ = new QLabel();
    errorLabel_->setStyleSheet(QStringLiteral("color: #d33;"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setVisible(false);
    layout->addWidget(errorLabel_);

    auto* colorRow = new QHBoxLayout();
    colorBy_ = new QComboBox();
    colorBy_->setToolTip(tr("Colour the objects by a column"));
    colormap_ = new QComboBox();
    for (const auto& n : colormapNames())
        colormap_->addItem(QString::fromStdString(n));
    colormap_->setToolTip(tr("Colormap for numeric columns (range: 1st to 99th percentile)"));
    nomatch_ = new QComboBox();
    nomatch_->addItem(tr("Dim others"), QStringLiteral("dim"));
    nomatch_->addItem(tr("Hide others"), QStringLiteral("hide"));
    nomatch_->addItem(tr("Grey others"), QStringLiteral("grey"));
    nomatch_->setToolTip(tr("How objects that do not match the filter are drawn"));
    rangeLo_ = new QLineEdit();
    rangeHi_ = new QLineEdit();
    for (QLineEdit* e : {rangeLo_, rangeHi_}) {
        e->setValidator(new QDoubleValidator(e));
        e->setMaximumWidth(e->fontMetrics().horizontalAdvance(QStringLiteral("-0.000000e+00")));
        e->setClearButtonEnabled(true);
        e->setEnabled(false);
    }
    rangeLo_->setToolTip(tr("Value at the low end of the colormap; empty: the 1st percentile"));
    rangeHi_->setToolTip(tr("Value at the high end of the colormap; empty: the 99th percentile"));
    colorRow->addWidget(new QLabel(tr("Colour by")));
    colorRow->addWidget(colorBy_, 1);
    colorRow->addWidget(colormap_);
    colorRow->addWidget(rangeLo_);
    colorRow->addWidget(new QLabel(QStringLiteral("–")));
    colorRow->addWidget(rangeHi_);
    colorRow->addWidget(nomatch_);
    layout->addLayout(colorRow);

    view_ = new FrozenTableView();
    view_->setModel(model_);
    view_->setSortingEnabled(true);
    view_->horizontalHeader()->setSortIndicatorShown(true);
    view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->setWordWrap(false);
    layout->addWidget(view_, 1);

    QSettings settings;
    history_ = settings.value(QStringLiteral("profiles/history")).toStringList();
    nomatch_->setCurrentIndex(std::max(0, nomatch_->findData(settings.value(QStringLiteral("profiles/nomatch"), "dim"))));
    colormap_->setCurrentText(settings.value(QStringLiteral("profiles/colormap"), kDefaultColormap).toString());

    connect(tableBox_, &QComboBox::currentIndexChanged, this, &ProfilePanel::showTable);
    connect(filterEdit_, &QLineEdit::returnPressed, this, &ProfilePanel::applyFilter);
    connect(filterEdit_, &QLineEdit::textEdited, this, [this] {
        errorLabel_->setVisible(false);
        // Complete the word being typed, not the whole expression.
        const QString text = filterEdit_->text().left(filterEdit_->cursorPosition());
        int start = int(text.size());
        while (start > 0 && (text[start - 1].isLetterOrNumber() || text[start - 1] == QLatin1Char('_')))
            --start;
        const QString word = text.mid(start);
        if (word.size() >= 2) {
            completer_->setCompletionPrefix(word);
            completer_->complete();
        } else {
            completer_->popup()->hide();
        }
    });
    connect(completer_, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& name) {
        const QString all = filterEdit_->text();
        const int cur = filterEdit_->cursorPosition();
        int start = cur;
        while (start > 0 && (all[start - 1].isLetterOrNumber() || all[start - 1] == QLatin1Char('_')))
            --start;
        const bool plain = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
            return c.isLetterOrNumber() || c == QLatin1Char('_');
        });
        const QString ins = plain ? name : QLatin1Char('"') + name + QLatin1Char('"');
        filterEdit_->setText(all.left(start) + ins + all.mid(cur));
        filterEdit_->setCursorPosition(int(start + ins.size()));
    });
    connect(historyButton_->menu(), &QMenu::aboutToShow, this, [this] {
        QMenu* m = historyButton_->menu();
        m->clear();
        if (history_.isEmpty())
            m->addAction(tr("(no filters yet)"))->setEnabled(false);
        for (const auto& h : history_)
            connect(m->addAction(h), &QAction::triggered, this, [this, h] {
                filterEdit_->setText(h);
                applyFilter();
            });
    });
    connect(savedButton_->menu(), &QMenu::aboutToShow, this, &ProfilePanel::showSavedMenu);
    connect(model_, &ProfileModel::filterFinished, this, [this](qint64 matched, qint64 total, double ms) {
        matchLabel_->setText(tr("%L1 of %L2 objects match").arg(matched).arg(total));
        emit message(tr("Filter: %L1 of %L2 rows match (%3 ms)").arg(matched).arg(total).arg(ms, 0, 'f', 0));
        recolor();
    });
    connect(model_, &ProfileModel::filterFailed, this, &ProfilePanel::onFilterFailed);
    connect(model_, &ProfileModel::busyChanged, this, [this](bool on, const QString& what) {
        busy_->setVisible(on);
        busy_->setFormat(what);
        busy_->setToolTip(what);
    });
    connect(model_, &ProfileModel::orderChanged, this, [this] {
        if (model_->filter().isEmpty())
            matchLabel_->setText(tr("%Ln row(s)", nullptr, model_->rowCount()));
    });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProfilePanel::onSelectionChanged);
    connect(colorBy_, &QComboBox::currentIndexChanged, this, [this] {
        // A new column starts with its own automatic range.
        rangeLo_->clear();
        rangeHi_->clear();
        recolor();
    });
    for (QLineEdit* e : {rangeLo_, rangeHi_})
        connect(e, &QLineEdit::editingFinished, this, &ProfilePanel::recolor);
    connect(colormap_, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QStringLiteral("profiles/colormap"), colormap_->currentText());
        recolor();
    });
    connect(nomatch_, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QStringLiteral("profiles/nomatch"), nomatch_->currentData());
        recolor();
    });
    connect(columnsButton_, &QPushButton::clicked, this, &ProfilePanel::chooseColumns);
    connect(exportButton_, &QPushButton::clicked, this, &ProfilePanel::chooseExport);
    connect(exportCancel_, &QToolButton::clicked, this, &ProfilePanel::cancelExport);
    connect(inViewButton_, &QToolButton::toggled, this, [this](bool on) {
        if (!on)
            model_->setRestriction(nullptr);
        else
            setVisibleRegion(labelImageId_, region_);
    });
    auto* copy = new QShortcut(QKeySequence::Copy, view_, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(copy, &QShortcut::activated, this, &ProfilePanel::copySelection);
    setEnabled(false);
}

ProfilePanel::~ProfilePanel() = default;

void ProfilePanel::openFile(const QString& path) {
    path_ = path;
    const uint64_t gen = ++openGeneration_;
    tableNames_.clear();
    tableLabels_.clear();
    {
        QSignalBlocker block(tableBox_);
        tableBox_->clear();
    }
    table_.reset();
    model_->setTable(nullptr);
    setEnabled(false);
    if (path.isEmpty())
        return;
    QPointer<ProfilePanel> self(this);
    QThreadPool::globalInstance()->start([self, gen, p = path.toStdString()] {
        std::vector<std::string> names, labels;
        try {
            sql::Db db(p, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
            for (const auto& t : profileTables(db)) {
                names.push_back(t.name);
                labels.push_back(t.labelName);
            }
        } catch (const Error&) {
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, gen, names, labels] {
                if (!self || gen != self->openGeneration_)
                    return;
                self->tableNames_ = names;
                self->tableLabels_ = labels;
                {
                    QSignalBlocker block(self->tableBox_);
                    for (const auto& n : names)
                        self->tableBox_->addItem(QString::fromStdString(n));
                }
                emit self->tablesListed(int(names.size()));
                if (!names.empty()) {
                    const int first = std::max(0, self->tableForLabels());
                    {
                        QSignalBlocker block(self->tableBox_);
                        self->tableBox_->setCurrentIndex(first);
                    }
                    self->showTable(first);
                }
            },
            Qt::QueuedConnection);
    });
}

void ProfilePanel::showTable(int index) {
    if (index < 0 || size_t(index) >= tableNames_.size())
        return;
    const uint64_t gen = ++openGeneration_;
    QPointer<ProfilePanel> self(this);
    QThreadPool::globalInstance()->start([self, gen, p = path_.toStdString(), name = tableNames_[size_t(index)]] {
        std::shared_ptr<ProfileTable> t;
        QString error;
        try {
            t = std::make_shared<ProfileTable>(p, name);
        } catch (const Error& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, gen, t, error] {
                if (!self || gen != self->openGeneration_)
                    return;
                if (!t) {
                    emit self->message(error);
                    return;
                }
                self->table_ = t;
                self->model_->setTable(t);
                // The row-object links are needed by the first filter, colour or selection: read
                // them once the first page is on screen, so they do not delay it.
                auto* once = new QObject(self);
                connect(self->model_, &ProfileModel::pageLoaded, once, [once, t] {
                    QThreadPool::globalInstance()->start([t] {
                        try {
                            t->links();
                        } catch (const Error&) {
                        }
                    });
                    once->deleteLater();
                });
                self->view_->setFrozenColumns(self->model_->keyColumnCount());
                self->view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
                self->matchLabel_->setText(tr("%Ln row(s)", nullptr, int(t->info().rows)));
                self->errorLabel_->setVisible(false);
                self->filterEdit_->clear();
                {
                    QSignalBlocker block(self->colorBy_);
                    self->colorBy_->clear();
                    self->colorBy_->addItem(tr("(label colours)"), -1);
                    for (const auto& c : t->columns())
                        self->colorBy_->addItem(QString::fromStdString(c.name), c.idx);
                }
                self->updateCompleter();
                self->setEnabled(true);
                self->recolor();
                emit self->tableShown(QString::fromStdString(t->info().name));
            },
            Qt::QueuedConnection);
    });
}

void ProfilePanel::updateCompleter() {
    QStringList names;
    if (table_)
        for (const auto& c : table_->columns())
            names << QString::fromStdString(c.name);
    static_cast<QStringListModel*>(completer_->model())->setStringList(names);
}

void ProfilePanel::applyFilter() {
    if (!table_)
        return;
    const QString expr = filterEdit_->text().trimmed();
    errorLabel_->setVisible(false);
    if (!expr.isEmpty())
        addHistory(expr);
    else
        matchLabel_->setText(tr("%Ln row(s)", nullptr, int(table_->info().rows)));
    model_->setFilter(expr);
    if (expr.isEmpty())
        recolor();
}

void ProfilePanel::onFilterFailed(const QString& msg) {
    errorLabel_->setText(msg);
    errorLabel_->setVisible(true);
    // "… at position N": put the cursor on the mistake.
    const int at = int(msg.indexOf(QStringLiteral("at position ")));
    if (at >= 0) {
        bool ok = false;
        const int pos = msg.mid(at + 12).section(QLatin1Char(':'), 0, 0).toInt(&ok);
        if (ok) {
            filterEdit_->setFocus();
            filterEdit_->setCursorPosition(std::max(0, pos - 1));
        }
    }
    matchLabel_->setText(tr("invalid filter"));
}

void ProfilePanel::addHistory(const QString& expr) {
    history_.removeAll(expr);
    history_.prepend(expr);
    while (history_.size() > 30)
        history_.removeLast();
    QSettings().setValue(QStringLiteral("profiles/history"), history_);
}

void ProfilePanel::showSavedMenu() {
    QMenu* m = savedButton_->menu();
    m->clear();
    if (!table_)
        return;
    QAction* save = m->addAction(tr("Save current filter…"));
    save->setEnabled(!filterEdit_->text().trimmed().isEmpty());
    connect(save, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name:"), QLineEdit::Normal, {}, &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        try {
            saveFilter(path_.toStdString(), table_->info().name, name.trimmed().toStdString(),
                       filterEdit_->text().trimmed().toStdString());
            emit message(tr("Saved filter \"%1\" in %2").arg(name.trimmed(), path_));
        } catch (const Error& e) {
            emit message(QString::fromUtf8(e.what()));
        }
    });
    m->addSeparator();
    std::vector<SavedFilter> saved;
    try {
        saved = table_->savedFilters();
    } catch (const Error&) {
    }
    if (saved.empty())
        m->addAction(tr("(no saved filters)"))->setEnabled(false);
    for (const auto& f : saved) {
        const QString name = QString::fromStdString(f.name), expr = QString::fromStdString(f.expression);
        QMenu* sub = m->addMenu(name);
        sub->setToolTip(expr);
        connect(sub->addAction(tr("Apply: %1").arg(expr)), &QAction::triggered, this, [this, expr] {
            filterEdit_->setText(expr);
            applyFilter();
        });
        connect(sub->addAction(tr("Delete")), &QAction::triggered, this, [this, name] {
            try {
                deleteFilter(path_.toStdString(), table_->info().name, name.toStdString());
            } catch (const Error& e) {
                emit message(QString::fromUtf8(e.what()));
            }
        });
    }
}

void ProfilePanel::chooseColumns() {
    if (!table_)
        return;
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Columns of %1").arg(QString::fromStdString(table_->info().name)));
    auto* layout = new QVBoxLayout(&dlg);
    auto* search = new QLineEdit();
    search->setPlaceholderText(tr("Search columns…"));
    search->setClearButtonEnabled(true);
    auto* list = new QListWidget();
    for (int c = 0; c < model_->columnCount(); ++c) {
        auto* item = new QListWidgetItem(model_->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(view_->isColumnHidden(c) ? Qt::Unchecked : Qt::Checked);
        if (c < model_->keyColumnCount())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled); // key columns stay
    }
    auto* buttons = new QHBoxLayout();
    auto* all = new QPushButton(tr("Show matching"));
    auto* none = new QPushButton(tr("Hide matching"));
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch();
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(search);
    layout->addWidget(list, 1);
    layout->addLayout(buttons);
    layout->addWidget(box);
    connect(search, &QLineEdit::textChanged, list, [list](const QString& s) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!list->item(i)->text().contains(s, Qt::CaseInsensitive));
    });
    auto setVisible = [list](bool on) {
        for (int i = 0; i < list->count(); ++i)
            if (!list->item(i)->isHidden() && (list->item(i)->flags() & Qt::ItemIsEnabled))
                list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    };
    connect(all, &QPushButton::clicked, list, [setVisible] { setVisible(true); });
    connect(none, &QPushButton::clicked, list, [setVisible] { setVisible(false); });
    connect(box, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    dlg.resize(420, 520);
    if (dlg.exec() != QDialog::Accepted)
        return;
    for (int i = 0; i < list->count(); ++i)
        view_->setColumnHidden(i, list->item(i)->checkState() != Qt::Checked);
}

void ProfilePanel::selectRows(const std::vector<int64_t>& rowIds) {
    if (!table_)
        return;
    // Where each row id is in the view's order (one pass, not a search per row).
    const auto order = model_->currentOrder();
    std::vector<int> where(size_t(table_->info().rows) + 1, -1);
    for (size_t i = 0; i < order->size(); ++i)
        if ((*order)[i] >= 1 && size_t((*order)[i]) < where.size())
            where[size_t((*order)[i])] = int(i);
    std::vector<int> modelRows;
    for (int64_t r : rowIds)
        if (r >= 1 && size_t(r) < where.size() && where[size_t(r)] >= 0)
            modelRows.push_back(where[size_t(r)]);
    std::sort(modelRows.begin(), modelRows.end());
    QItemSelection sel;
    for (size_t i = 0; i < modelRows.size();) { // runs of consecutive rows as one range each
        size_t j = i;
        while (j + 1 < modelRows.size() && modelRows[j + 1] == modelRows[j] + 1)
            ++j;
        sel.select(model_->index(modelRows[i], 0), model_->index(modelRows[j], model_->columnCount() - 1));
        i = j + 1;
    }
    view_->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    if (!modelRows.empty())
        view_->scrollTo(model_->index(modelRows.front(), 0), QAbstractItemView::PositionAtCenter);
    view_->viewport()->update();
    view_->frozenView()->viewport()->update();
    emit message(tr("%n row(s) selected", nullptr, int(modelRows.size())));
}

void ProfilePanel::onSelectionChanged() {
    if (!table_)
        return;
    {
        std::vector<int64_t> all;
        for (const auto& r : view_->selectionModel()->selectedRows())
            if (const int64_t id = model_->rowId(r.row()); id > 0)
                all.push_back(id);
        std::sort(all.begin(), all.end());
        emit rowsSelected(all);
    }
    std::vector<int64_t> rows;
    for (const auto& r : view_->selectionModel()->selectedRows()) {
        const int64_t id = model_->rowId(r.row());
        if (id > 0)
            rows.push_back(id);
        if (rows.size() >= 2000) // more highlights than that help nobody
            break;
    }
    auto table = table_;
    QPointer<ProfilePanel> self(this);
    QThreadPool::globalInstance()->start([self, table, rows] {
        std::vector<ProfileTable::ObjectBox> boxes;
        try {
            auto links = table->links();
            std::vector<int64_t> ids;
            for (int64_t r : rows)
                for (const auto& o : links->of(r))
                    ids.push_back(o.objectId);
            boxes = table->objectBoxes(ids);
        } catch (const Error&) {
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, boxes, n = rows.size()] {
                if (!self)
                    return;
                if (n > 0 && boxes.empty())
                    emit self->message(tr("The selected rows link to no object"));
                emit self->objectsSelected(boxes);
            },
            Qt::QueuedConnection);
    });
}

void ProfilePanel::selectObject(int64_t labelImageId, uint32_t label) {
    if (!table_)
        return;
    auto table = table_;
    QPointer<ProfilePanel> self(this);
    QThreadPool::globalInstance()->start([self, table, labelImageId, label] {
        std::vector<int64_t> rows;
        try {
            rows = table->rowsForObject(labelImageId, label);
        } catch (const Error&) {
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, rows, label, table] {
                if (!self || self->table_ != table)
                    return;
                if (rows.empty()) {
                    emit self->message(tr("Object %1 has no row in this table").arg(label));
                    return;
                }
                QItemSelection sel;
                int first = -1;
                for (int64_t r : rows) {
                    const int mr = self->model_->rowOf(r);
                    if (mr < 0)
                        continue;
                    sel.select(self->model_->index(mr, 0), self->model_->index(mr, self->model_->columnCount() - 1));
                    if (first < 0)
                        first = mr;
                }
                if (first < 0) {
                    emit self->message(tr("Object %1's row is hidden by the filter").arg(label));
                    return;
                }
                {
                    QSignalBlocker block(self->view_->selectionModel());
                    self->view_->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
                }
                std::vector<int64_t> sorted = rows;
                std::sort(sorted.begin(), sorted.end());
                emit self->rowsSelected(sorted); // the plots highlight them (the viewer already does)
                self->view_->scrollTo(self->model_->index(first, 0), QAbstractItemView::PositionAtCenter);
                self->view_->viewport()->update();
                self->view_->frozenView()->viewport()->update();
            },
            Qt::QueuedConnection);
    });
}

void ProfilePanel::setLabelTarget(int64_t labelImageId, uint32_t maxLabel, const QString& labelName) {
    labelImageId_ = labelImageId;
    maxLabel_ = maxLabel;
    wantedLabels_ = labelName;
    const int current = tableBox_->currentIndex();
    const int linked = tableForLabels();
    if (linked >= 0 && current >= 0 && size_t(current) < tableLabels_.size() &&
        QString::fromStdString(tableLabels_[size_t(current)]) != labelName) {
        tableBox_->setCurrentIndex(linked); // showTable() recolours when the table is read
        return;
    }
    recolor();
}

int ProfilePanel::tableForLabels() const {
    if (wantedLabels_.isEmpty())
        return -1;
    for (size_t i = 0; i < tableLabels_.size(); ++i)
        if (QString::fromStdString(tableLabels_[i]) == wantedLabels_)
            return int(i);
    return -1;
}

void ProfilePanel::setVisibleRegion(int64_t labelImageId, const QRectF& r) {
    region_ = r;
    if (!inViewButton_->isChecked() || !table_ || labelImageId < 0)
        return;
    const uint64_t gen = ++regionGeneration_;
    auto table = table_;
    QPointer<ProfilePanel> self(this);
    QThreadPool::globalInstance()->start([self, table, gen, labelImageId, r] {
        std::shared_ptr<const std::vector<int64_t>> rows;
        try {
            rows = std::make_shared<const std::vector<int64_t>>(
                table->rowsInRegion(labelImageId, r.left(), r.top(), r.right(), r.bottom()));
        } catch (const Error&) {
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, gen, rows] {
                if (self && gen == self->regionGeneration_ && self->inViewButton_->isChecked() && rows)
                    self->model_->setRestriction(rows);
            },
            Qt::QueuedConnection);
    });
}

void ProfilePanel::recolor() {
    const uint64_t gen = ++*colorGeneration_;
    auto latest = colorGeneration_;
    const int colIdx = colorBy_->currentData().isValid() ? colorBy_->currentData().toInt() : -1;
    auto filterRows = model_->filterRows();
    if (!table_ || (colIdx < 0 && !filterRows)) {
        emit labelColorsChanged(LabelColors(), {});
        emit rowColorsChanged(nullptr);
        return;
    }
    auto table = table_;
    const int64_t labelImage = labelImageId_;
    const uint32_t maxLabel = maxLabel_;
    const std::string cmap = colormap_->currentText().toStdString();
    const QString nmName = nomatch_->currentData().toString();
    const NoMatch nm = nmName == QLatin1String("hide")   ? NoMatch::Hide
                       : nmName == QLatin1String("grey") ? NoMatch::Color
                                                         : NoMatch::Dim;
    bool okLo = false, okHi = false;
    const double manualLo = QLocale().toDouble(rangeLo_->text(), &okLo);
    const double manualHi = QLocale().toDouble(rangeHi_->text(), &okHi);
    QPointer<ProfilePanel> self(this);
    workerPool(WorkerPool::Colours)->start([=] {
        LabellingRequest req;
        req.filterRows = filterRows;
        req.colorBy = colIdx;
        req.colormap = cmap;
        if (okLo)
            req.low = manualLo;
        if (okHi)
            req.high = manualHi;
        req.noMatch = nm;
        req.labelImageId = labelImage; // without label images, only the plots are coloured
        req.maxLabel = maxLabel;
        // A newer request makes this one moot.
        req.cancelled = [latest, gen] { return latest->load() != gen; };
        ImageView::Legend legend;
        std::vector<uint32_t> dense;
        std::shared_ptr<std::vector<uint32_t>> rowColors;
        try {
            Labelling l = computeLabelling(*table, req);
            dense = std::move(l.labelColors);
            rowColors = std::move(l.rowColors);
            legend = legendOf(l);
        } catch (const Cancelled&) {
            return;
        } catch (const Error& e) {
            legend.footer = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, gen, dense = std::move(dense), legend, rowColors]() mutable {
                if (!self || gen != *self->colorGeneration_)
                    return;
                // The range fields serve continuous colormaps; empty, they show the automatic range.
                const bool ranged = !legend.ramp.empty();
                self->rangeLo_->setEnabled(ranged);
                self->rangeHi_->setEnabled(ranged);
                self->rangeLo_->setPlaceholderText(ranged ? QLocale().toString(legend.autoLo, 'g', 6) : QString());
                self->rangeHi_->setPlaceholderText(ranged ? QLocale().toString(legend.autoHi, 'g', 6) : QString());
                emit self->labelColorsChanged(dense.empty() ? LabelColors() : LabelColors(std::move(dense)), legend);
                emit self->rowColorsChanged(rowColors);
            },
            Qt::QueuedConnection);
    });
}

void ProfilePanel::copySelection() {
    if (!table_)
        return;
    std::vector<int64_t> rows;
    for (const auto& r : view_->selectionModel()->selectedRows())
        rows.push_back(model_->rowId(r.row()));
    std::sort(rows.begin(), rows.end());
    if (rows.empty())
        return;
    std::vector<int> cols;
    QStringList header;
    for (int c = 0; c < model_->columnCount(); ++c)
        if (!view_->isColumnHidden(c)) {
            cols.push_back(model_->tableColumn(c));
            header << model_->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        }
    auto table = table_;
    QPointer<ProfilePanel> self(this);
    QThreadPool::globalInstance()->start([self, table, rows, cols, header] {
        QString text = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
        try {
            for (const auto& row : table->fetchRows(rows)) {
                QStringList f;
                for (int c : cols)
                    f << (size_t(c) < row.size() ? QString::fromStdString(rawText(row[size_t(c)])) : QString());
                text += f.join(QLatin1Char('\t')) + QLatin1Char('\n');
            }
        } catch (const Error&) {
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, text, n = rows.size()] {
                if (!self)
                    return;
                QApplication::clipboard()->setText(text);
                emit self->message(tr("Copied %Ln row(s)", nullptr, int(n)));
            },
            Qt::QueuedConnection);
    });
}

void ProfilePanel::chooseExport() {
    if (!table_ || exporting_)
        return;
    QSettings s;
    const QString dir = s.value(QStringLiteral("profiles/exportDir")).toString();
    const QString csvFilter = tr("CSV: rows shown, visible columns (*.csv)");
    const QString parquetFilter = tr("Parquet: filtered rows, all columns (*.parquet)");
    QString chosen = s.value(QStringLiteral("profiles/exportFilter"), csvFilter).toString();
    const bool parquet = chosen == parquetFilter;
    QString f = QFileDialog::getSaveFileName(this, tr("Export rows"),
                                             dir + QLatin1Char('/') + QString::fromStdString(table_->info().name) +
                                                 (parquet ? ".parquet" : ".csv"),
                                             csvFilter + ";;" + parquetFilter, &chosen);
    if (f.isEmpty())
        return;
    s.setValue(QStringLiteral("profiles/exportDir"), QFileInfo(f).absolutePath());
    s.setValue(QStringLiteral("profiles/exportFilter"), chosen);
    if (f.endsWith(QLatin1String(".parquet"), Qt::CaseInsensitive) || (chosen == parquetFilter && !f.endsWith(".csv")))
        exportParquet(f.endsWith(QLatin1String(".parquet")) ? f : f + ".parquet");
    else
        exportCsv(f);
}

void ProfilePanel::cancelExport() {
    if (exportStop_)
        *exportStop_ = true;
}

void ProfilePanel::runExport(const QString& path, std::function<QString(const std::function<bool(double)>&)> job) {
    if (exporting_)
        return;
    exporting_ = true;
    exportStop_ = std::make_shared<std::atomic<bool>>(false);
    exportProgress_->setValue(0);
    exportProgress_->setVisible(true);
    exportCancel_->setVisible(true);
    exportButton_->setEnabled(false);
    QPointer<ProfilePanel> self(this);
    auto stop = exportStop_;
    QThreadPool::globalInstance()->start([self, stop, path, job = std::move(job)] {
        auto last = std::make_shared<int>(-1);
        const auto progress = [self, stop, last](double f) {
            const int pct = int(f * 100);
            if (pct != *last) {
                *last = pct;
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(), [self, pct] { if (self) self->exportProgress_->setValue(pct); }, Qt::QueuedConnection);
            }
            return !*stop;
        };
        QString error;
        try {
            error = job(progress);
        } catch (const Cancelled&) {
            error = tr("Export cancelled; nothing was written to %1").arg(path);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, path, error] {
                if (!self)
                    return;
                self->exporting_ = false;
                self->exportProgress_->setVisible(false);
                self->exportCancel_->setVisible(false);
                self->exportButton_->setEnabled(true);
                emit self->exportFinished(path, error);
                emit self->message(error.isEmpty() ? tr("Exported to %1").arg(path) : error);
            },
            Qt::QueuedConnection);
    });
}

void ProfilePanel::exportParquet(const QString& path) {
    if (!table_)
        return;
    ProfileExportOptions opt;
    opt.table = table_->info().name;
    opt.where = model_->filter().toStdString();
    const std::string db = path_.toStdString();
    runExport(path, [db, opt, path](const std::function<bool(double)>& progress) mutable {
        opt.progress = progress;
        exportProfileParquet(db, path.toStdString(), opt);
        return QString();
    });
}

void ProfilePanel::exportCsv(const QString& path) {
    if (!table_)
        return;
    auto order = model_->currentOrder();
    std::vector<int> cols;
    QStringList header;
    for (int c = 0; c < model_->columnCount(); ++c)
        if (!view_->isColumnHidden(c)) {
            cols.push_back(model_->tableColumn(c));
            header << csvField(model_->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        }
    auto table = table_;
    runExport(path, [table, order, cols, header, path](const std::function<bool(double)>& progress) {
        // Written beside the file and renamed when complete.
        const std::string temp = path.toStdString() + ".part";
        QString error;
        {
            std::ofstream out(temp, std::ios::binary);
            if (!out)
                return tr("%1: cannot write").arg(path);
            out << header.join(QLatin1Char(',')).toStdString() << '\n';
            try {
                for (size_t at = 0; at < order->size() && out; at += 4096) {
                    if (!progress(double(at) / double(std::max<size_t>(1, order->size()))))
                        throw Cancelled();
                    std::vector<int64_t> ids(order->begin() + long(at),
                                             order->begin() + long(std::min(order->size(), at + 4096)));
                    for (const auto& row : table->fetchRows(ids)) {
                        std::string line;
                        for (size_t k = 0; k < cols.size(); ++k) {
                            if (k)
                                line += ',';
                            const std::string v = size_t(cols[k]) < row.size() ? rawText(row[size_t(cols[k])]) : "";
                            line += csvField(QString::fromStdString(v)).toStdString();
                        }
                        out << line << '\n';
                    }
                }
            } catch (...) {
                out.close();
                std::remove(temp.c_str());
                throw;
            }
            out.flush();
            if (!out)
                error = tr("%1: write failed (disk full?)").arg(path);
        }
        if (error.isEmpty() && std::rename(temp.c_str(), path.toStdString().c_str()) != 0)
            error = tr("%1: cannot create").arg(path);
        if (!error.isEmpty())
            std::remove(temp.c_str());
        return error;
    });
}

} // namespace ouro::widgets
