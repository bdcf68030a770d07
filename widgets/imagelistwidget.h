#pragma once
// A list of the images in a .ouro file: name, size and pixel type. It shows
// what it is given; loading the catalog is the caller's job (off the GUI thread).

#include "omemodel.h"

#include <QTreeWidget>

#include <vector>

namespace ouro::widgets {

class ImageListWidget : public QTreeWidget {
    Q_OBJECT
public:
    explicit ImageListWidget(QWidget* parent = nullptr);

    /** Replaces the list with these images. */
    void setImages(const std::vector<ouro::ImageInfo>& images);

    /** Human-readable size text, e.g. "3 ch × 512 × 512" (z and t shown when > 1). */
    static QString sizeText(const ouro::ImageInfo& info);
};

} // namespace ouro::widgets
