#pragma once
// A list of the images in a .ouro file: name, size and pixel type. It shows
// what it is given; loading the catalog is the caller's job (off the GUI thread).

#include "omemodel.h"

#include <QImage>
#include <QTreeWidget>

#include <vector>

namespace ouro::widgets {

class ImageListWidget : public QTreeWidget {
    Q_OBJECT
public:
    explicit ImageListWidget(QWidget* parent = nullptr);

    /** Replaces the list with these images; thumbnails (same order, may be null) become the icons. */
    void setImages(const std::vector<ouro::ImageInfo>& images, const std::vector<QImage>& thumbnails = {});

    /** Id of the selected image, or -1. */
    qlonglong currentImageId() const;

    /** Human-readable size text, e.g. "3 ch × 512 × 512" (z and t shown when > 1). */
    static QString sizeText(const ouro::ImageInfo& info);
};

} // namespace ouro::widgets
