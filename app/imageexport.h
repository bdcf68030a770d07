#pragma once
// File → Export images…: the dialog that asks what to write (OME-TIFF, OME-Zarr,
// OME-Arrow Parquet or a smaller .ouro, and which images), and the job that
// writes it on a worker with progress and cancel.

#include <QDialog>
#include <QList>
#include <QString>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ouro {
struct ImageInfo;
}

namespace ouro::app {

/** What an image export writes. */
struct ImageExportRequest {
    /** OuroCopy: the whole file, compacted (File → Save a copy…); it may replace a file the user chose. */
    enum class Format { OmeTiff, OmeZarr, OmeArrow, OuroSubset, OuroCopy };
    Format format = Format::OmeTiff;
    QString out;                ///< a file, or a directory for OME-Zarr and several OME-TIFFs
    QList<qlonglong> images;    ///< image ids
    bool bigTiff = false;       ///< OME-TIFF: BigTIFF even when small
};

/**
 * Runs an export of the .ouro at db (on the calling thread: give it a worker).
 * progress gets the fraction done and returns false to cancel. Returns a
 * sentence saying what was written; throws ouro::Error or ouro::Cancelled.
 * Nothing is left under req.out unless it completes.
 */
QString runImageExport(const QString& db, const ImageExportRequest& req, const std::function<bool(double)>& progress);

/** Asks for an image export: format, images, where to. Remembers the format and folder. */
class ImageExportDialog : public QDialog {
    Q_OBJECT
public:
    /** images: the file's images; current: the one shown (checked at first). */
    ImageExportDialog(const QString& db, const std::vector<ouro::ImageInfo>& images, qlonglong current,
                      QWidget* parent = nullptr);

    ImageExportRequest request() const;
    /** For tests and scripted use: choose a format and an output path. */
    void setFormat(ImageExportRequest::Format f);
    void setOutput(const QString& path);
    void setImageChecked(qlonglong id, bool on);

    void accept() override;

private:
    void updateForFormat();
    QString suggestedOutput() const;
    void browse();

    QString db_;
    QComboBox* format_;
    QListWidget* images_;
    QLineEdit* out_;
    QCheckBox* bigTiff_;
    QLabel* hint_;
    QDialogButtonBox* buttons_;
    bool outEdited_ = false;
};

} // namespace ouro::app
