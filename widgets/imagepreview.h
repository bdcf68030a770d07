#pragma once
// Shows one QImage scaled to fit, keeping its aspect ratio, on a dark background.

#include <QImage>
#include <QWidget>

namespace ouro::widgets {

class ImagePreview : public QWidget {
    Q_OBJECT
public:
    explicit ImagePreview(QWidget* parent = nullptr);
    void setImage(const QImage& image);
    const QImage& image() const { return image_; }
    /** The rectangle the image is drawn into, in widget coordinates. */
    QRect imageRect() const;

protected:
    void paintEvent(QPaintEvent*) override;

private:
    QImage image_;
};

} // namespace ouro::widgets
