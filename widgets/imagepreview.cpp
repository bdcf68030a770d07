#include "imagepreview.h"

#include <QPainter>

namespace ouro::widgets {

ImagePreview::ImagePreview(QWidget* parent) : QWidget(parent) {
    setMinimumSize(200, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImagePreview::setImage(const QImage& image) {
    image_ = image;
    update();
}

QRect ImagePreview::imageRect() const {
    if (image_.isNull())
        return {};
    QSize s = image_.size().scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - s.width()) / 2, (height() - s.height()) / 2), s);
}

void ImagePreview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), QColor(24, 24, 24));
    if (image_.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(imageRect(), image_);
}

} // namespace ouro::widgets
