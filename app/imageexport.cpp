#include "imageexport.h"

#include "error.h"
#include "omearrow.h"
#include "omemodel.h"
#include "ometiffwriter.h"
#include "store.h"
#include "tools.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFile>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ouro::app {

using Format = ImageExportRequest::Format;

QString runImageExport(const QString& db, const ImageExportRequest& req, const std::function<bool(double)>& progress) {
    ouro::Store store = ouro::Store::open(db.toStdString(), ouro::Store::Mode::ReadOnly);
    std::vector<int64_t> ids(req.images.begin(), req.images.end());
    const std::string out = req.out.toStdString();
    const QString n = QObject::tr("%n image(s)", nullptr, int(ids.size()));
    switch (req.format) {
    case Format::OmeTiff: {
        const auto files = ouro::exportOmeTiffs(store, out, ids, progress, req.bigTiff);
        return QObject::tr("Exported %1 as OME-TIFF to %2").arg(n, req.out) +
               (files.size() > 1 ? QObject::tr(" (%1 files)").arg(files.size()) : QString());
    }
    case Format::OmeZarr:
        ouro::exportOmeZarr(store, out, ids, progress);
        return QObject::tr("Exported %1 as OME-Zarr to %2").arg(n, req.out);
    case Format::OmeArrow:
        ouro::exportOmeArrow(store, out, ids, progress);
        return QObject::tr("Exported %1 as OME-Arrow Parquet to %2").arg(n, req.out);
    case Format::OuroCopy: {
        // Made beside, then put in place: a file the save dialog agreed to replace goes only
        // once the copy is complete.
        const QString fresh = req.out + ".new-" + QString::number(QCoreApplication::applicationPid());
        QFile::remove(fresh);
        ouro::exportSqliteCopy(store, fresh.toStdString(), progress);
        if (QFile::exists(req.out) && !QFile::remove(req.out)) {
            QFile::remove(fresh);
            throw ouro::Error(req.out.toStdString() + ": cannot replace it");
        }
        if (!QFile::rename(fresh, req.out))
            throw ouro::Error(req.out.toStdString() + ": cannot create (the copy is in " + fresh.toStdString() + ")");
        return QObject::tr("Saved a copy to %1").arg(req.out);
    }
    case Format::OuroSubset: {
        ouro::SubsetOptions opt;
        opt.imageIds = ids;
        const auto r = ouro::exportSqliteSubset(store, out, opt, progress);
        return QObject::tr("Saved %1 with %n table(s) (%L2 rows) to %3", nullptr, int(r.tables))
            .arg(n)
            .arg(r.rows)
            .arg(req.out);
    }
    }
    return {};
}

namespace {

struct FormatInfo {
    Format format;
    const char* name;
    const char* hint;
};

const FormatInfo kFormats[] = {
    {Format::OmeTiff, QT_TRANSLATE_NOOP("ouro::app::ImageExportDialog", "OME-TIFF (Fiji, QuPath, tifffile)"),
     QT_TRANSLATE_NOOP("ouro::app::ImageExportDialog",
                       "Tiled, pyramidal OME-TIFF, one file per image: a .ome.tif for one image, else a folder.")},
    {Format::OmeZarr, QT_TRANSLATE_NOOP("ouro::app::ImageExportDialog", "OME-Zarr 0.4 (napari, zarr-python)"),
     QT_TRANSLATE_NOOP("ouro::app::ImageExportDialog", "A .ome.zarr folder with the pyramids and label images.")},
    {Format::OmeArrow, QT_TRANSLATE_NOOP("ouro::app::ImageExportDialog", "OME-Arrow Parquet (pandas, Polars, DuckDB)"),
     QT_TRANSLATE_NOOP("ouro::app::ImageExportDialog",
                       "One row per image with its planes' pixels; images of one pixel type, up to 1 GiB each.")},
    {Format::OuroSubset, QT_TRANSLATE_NOOP("ouro::app::ImageExportDialog", "Ouroboros file with these images (.ouro)"),
     QT_TRANSLATE_NOOP("ouro::app::ImageExportDialog",
                       "A smaller .ouro: these images with their labels, objects and linked table rows.")},
};

bool writesDirectory(const ImageExportRequest& r) {
    return r.format == Format::OmeZarr || (r.format == Format::OmeTiff && r.images.size() > 1);
}

} // namespace

ImageExportDialog::ImageExportDialog(const QString& db, const std::vector<ouro::ImageInfo>& images, qlonglong current,
                                     QWidget* parent)
    : QDialog(parent), db_(db) {
    setWindowTitle(tr("Export images"));
    format_ = new QComboBox;
    format_->setObjectName("format");
    for (const auto& f : kFormats)
        format_->addItem(tr(f.name), int(f.format));
    images_ = new QListWidget;
    images_->setObjectName("images");
    for (const auto& im : images) {
        auto* item = new QListWidgetItem(QString("%1  %2  (%3, %4 × %5)")
                                             .arg(im.id)
                                             .arg(QString::fromStdString(im.name))
                                             .arg(QString::fromUtf8(ouro::dtypeName(im.dtype).data()))
                                             .arg(im.sizeX)
                                             .arg(im.sizeY));
        item->setData(Qt::UserRole, qlonglong(im.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(im.id == current || (current < 0 && images.size() == 1) ? Qt::Checked : Qt::Unchecked);
        images_->addItem(item);
    }
    auto* all = new QPushButton(tr("All"));
    auto* none = new QPushButton(tr("None"));
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < images_->count(); ++i)
            images_->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < images_->count(); ++i)
            images_->item(i)->setCheckState(Qt::Unchecked);
    });
    out_ = new QLineEdit;
    out_->setObjectName("output");
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &ImageExportDialog::browse);
    connect(out_, &QLineEdit::textEdited, this, [this] { outEdited_ = true; });
    bigTiff_ = new QCheckBox(tr("BigTIFF (for readers that need it; chosen anyway past 2 GB)"));
    hint_ = new QLabel;
    hint_->setWordWrap(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &ImageExportDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* pick = new QHBoxLayout;
    pick->addWidget(all);
    pick->addWidget(none);
    pick->addStretch();
    auto* where = new QHBoxLayout;
    where->addWidget(out_, 1);
    where->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), format_);
    form->addRow(QString(), hint_);
    form->addRow(tr("Images:"), images_);
    form->addRow(QString(), pick);
    form->addRow(tr("Save to:"), where);
    form->addRow(QString(), bigTiff_);
    auto* v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(buttons_);

    QSettings s;
    format_->setCurrentIndex(std::clamp(s.value("export/imageFormat", 0).toInt(), 0, format_->count() - 1));
    bigTiff_->setChecked(s.value("export/bigTiff", false).toBool());
    connect(format_, &QComboBox::currentIndexChanged, this, &ImageExportDialog::updateForFormat);
    connect(images_, &QListWidget::itemChanged, this, &ImageExportDialog::updateForFormat);
    updateForFormat();
    resize(560, 460);
}

ImageExportRequest ImageExportDialog::request() const {
    ImageExportRequest r;
    r.format = Format(format_->currentData().toInt());
    r.out = out_->text().trimmed();
    for (int i = 0; i < images_->count(); ++i)
        if (images_->item(i)->checkState() == Qt::Checked)
            r.images << images_->item(i)->data(Qt::UserRole).toLongLong();
    r.bigTiff = r.format == Format::OmeTiff && bigTiff_->isChecked();
    return r;
}

void ImageExportDialog::setFormat(Format f) {
    for (int i = 0; i < format_->count(); ++i)
        if (format_->itemData(i).toInt() == int(f))
            format_->setCurrentIndex(i);
}

void ImageExportDialog::setOutput(const QString& path) {
    out_->setText(path);
    outEdited_ = true;
}

void ImageExportDialog::setImageChecked(qlonglong id, bool on) {
    for (int i = 0; i < images_->count(); ++i)
        if (images_->item(i)->data(Qt::UserRole).toLongLong() == id)
            images_->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

QString ImageExportDialog::suggestedOutput() const {
    const ImageExportRequest r = request();
    const QFileInfo fi(db_);
    const QString folder = QSettings().value("export/imageFolder", fi.absolutePath()).toString();
    QString base = fi.completeBaseName();
    if (r.images.size() == 1)
        base += "-" + QString::number(r.images.front());
    switch (r.format) {
    case Format::OmeTiff: return folder + "/" + base + (r.images.size() == 1 ? ".ome.tif" : "-ome-tiff");
    case Format::OmeZarr: return folder + "/" + base + ".ome.zarr";
    case Format::OmeArrow: return folder + "/" + base + "-images.parquet";
    case Format::OuroSubset: return folder + "/" + base + "-subset.ouro";
    case Format::OuroCopy: return folder + "/" + fi.completeBaseName() + "-copy.ouro";
    }
    return folder + "/" + base;
}

void ImageExportDialog::updateForFormat() {
    const ImageExportRequest r = request();
    for (const auto& f : kFormats)
        if (f.format == r.format)
            hint_->setText(tr(f.hint));
    bigTiff_->setVisible(r.format == Format::OmeTiff);
    if (!outEdited_)
        out_->setText(suggestedOutput());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!r.images.isEmpty());
}

void ImageExportDialog::browse() {
    const ImageExportRequest r = request();
    QString path;
    if (writesDirectory(r)) {
        // A folder that does not exist yet: ask for its name in a save dialog.
        path = QFileDialog::getSaveFileName(this, tr("Export to a new folder"), out_->text(), QString(), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    } else {
        const QString filter = r.format == Format::OmeTiff    ? tr("OME-TIFF (*.ome.tif *.ome.tiff)")
                               : r.format == Format::OmeArrow ? tr("Parquet (*.parquet)")
                                                              : tr("Ouroboros files (*.ouro)");
        path = QFileDialog::getSaveFileName(this, tr("Export to"), out_->text(), filter);
    }
    if (!path.isEmpty())
        setOutput(path);
}

void ImageExportDialog::accept() {
    const ImageExportRequest r = request();
    if (r.images.isEmpty() || r.out.isEmpty())
        return;
    const QFileInfo out(r.out);
    if (out.exists()) {
        // Exports never replace what is there: a folder could hold anything, a file is someone's work.
        QMessageBox::warning(this, windowTitle(),
                             tr("%1 already exists. Choose a new name; an export never replaces a file or folder.")
                                 .arg(r.out));
        return;
    }
    if (QFileInfo(r.out).absoluteFilePath() == QFileInfo(db_).absoluteFilePath())
        return;
    QSettings s;
    s.setValue("export/imageFormat", format_->currentIndex());
    s.setValue("export/bigTiff", bigTiff_->isChecked());
    s.setValue("export/imageFolder", out.absolutePath());
    QDialog::accept();
}

} // namespace ouro::app
