// Renders the app icon (SVG) to the PNG sizes that desktops and installers want.
//   iconrender ICON.svg OUTDIR SIZE...   writes OUTDIR/<SIZE>/ouroboros.png
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv) {
    // No application object: painting an SVG without text into a QImage needs none (and no display).
    if (argc < 4) {
        std::fprintf(stderr, "usage: iconrender ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "iconrender: %s is not a valid SVG\n", argv[1]);
        return 1;
    }
    for (int i = 3; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        if (size <= 0 || size > 4096) {
            std::fprintf(stderr, "iconrender: bad size %s\n", argv[i]);
            return 2;
        }
        QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        svg.render(&p);
        p.end();
        const QString dir = QString::fromLocal8Bit(argv[2]) + "/" + QString::number(size);
        QDir().mkpath(dir);
        if (!img.save(dir + "/ouroboros.png")) {
            std::fprintf(stderr, "iconrender: cannot write %s/ouroboros.png\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
