#include "imagelistwidget.h"

#include <QHeaderView>
#include <QIcon>
#include <QPixmap>

namespace ouro::widgets {

ImageListWidget::ImageListWidget(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(3);
    setHeaderLabels({tr("Name"), tr("Size"), tr("Type")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    setToolTip(tr("Images in the open .ouro file"));
}

QString ImageListWidget::sizeText(const ouro::ImageInfo& i) {
    QStringList parts;
    if (i.sizeT > 1)
        parts << tr("%1 t").arg(i.sizeT);
    parts << tr("%n ch", nullptr, static_cast<int>(i.sizeC));
    if (i.sizeZ > 1)
        parts << tr("%1 z").arg(i.sizeZ);
    parts << QStringLiteral("%1 × %2").arg(i.sizeX).arg(i.sizeY);
    return parts.join(QStringLiteral(" · "));
}

qlonglong ImageListWidget::currentImageId() const {
    auto* item = currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : -1;
}

void ImageListWidget::setImages(const std::vector<ouro::ImageInfo>& images, const std::vector<QImage>& thumbnails) {
    clear();
    setIconSize(QSize(48, 48));
    for (size_t i = 0; i < images.size(); ++i) {
        const auto& im = images[i];
        auto* item = new QTreeWidgetItem(this);
        if (i < thumbnails.size() && !thumbnails[i].isNull())
            item->setIcon(0, QIcon(QPixmap::fromImage(thumbnails[i].scaled(48, 48, Qt::KeepAspectRatio,
                                                                           Qt::SmoothTransformation))));
        item->setText(0, QString::fromStdString(im.name));
        item->setToolTip(0, tr("Image %1: %2").arg(im.id).arg(QString::fromStdString(im.name)));
        item->setText(1, sizeText(im));
        item->setText(2, QString::fromLatin1(dtypeName(im.dtype).data(), int(dtypeName(im.dtype).size())));
        item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(im.id));
    }
    if (topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
}

} // namespace ouro::widgets
