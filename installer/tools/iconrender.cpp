// Renders the app icon (SVG) to the PNG sizes that desktops and installers want, and to a
// Windows .ico holding several of them.
//   iconrender ICON.svg OUTDIR SIZE...          writes OUTDIR/<SIZE>/ouroboros.png
//   iconrender ICON.svg --ico OUT.ico SIZE...   writes one .ico with those sizes (at most 256)
//   iconrender ICON.svg --iconset DIR           writes DIR/icon_16x16.png ... icon_512x512@2x.png
//                                               (macOS iconutil makes the .icns from them)
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>
#include <vector>

namespace {

QImage render(QSvgRenderer& svg, int size) {
    QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&p);
    p.end();
    return img;
}

// An .ico whose images are PNG-compressed (read by Windows Vista and later): a 6-byte
// header, a 16-byte entry per image (width and height 0 meaning 256), then the PNGs.
bool writeIco(const QString& path, const std::vector<QImage>& images) {
    QByteArray out;
    auto u16 = [&out](quint16 v) { out.append(char(v & 0xff)).append(char(v >> 8)); };
    auto u32 = [&out](quint32 v) {
        for (int i = 0; i < 4; ++i)
            out.append(char((v >> (8 * i)) & 0xff));
    };
    std::vector<QByteArray> pngs;
    for (const auto& img : images) {
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        if (!img.save(&buf, "PNG"))
            return false;
        pngs.push_back(png);
    }
    u16(0);
    u16(1); // type: icon
    u16(quint16(images.size()));
    quint32 offset = quint32(6 + 16 * images.size());
    for (size_t i = 0; i < images.size(); ++i) {
        const int s = images[i].width();
        out.append(char(s >= 256 ? 0 : s)).append(char(s >= 256 ? 0 : s));
        out.append(char(0)).append(char(0)); // no palette, reserved
        u16(1);                              // planes
        u16(32);                             // bits per pixel
        u32(quint32(pngs[i].size()));
        u32(offset);
        offset += quint32(pngs[i].size());
    }
    for (const auto& png : pngs)
        out.append(png);
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(out) == out.size();
}

} // namespace

int main(int argc, char** argv) {
    // No application object: painting an SVG without text into a QImage needs none (and no display).
    if (argc < 4) {
        std::fprintf(stderr, "usage: iconrender ICON.svg OUTDIR SIZE...\n       iconrender ICON.svg --ico OUT.ico SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "iconrender: %s is not a valid SVG\n", argv[1]);
        return 1;
    }
    if (QByteArray(argv[2]) == "--iconset") {
        const QString dir = QString::fromLocal8Bit(argv[3]);
        QDir().mkpath(dir);
        for (int base : {16, 32, 128, 256, 512})
            for (int scale : {1, 2}) {
                const QString name = QString("%1/icon_%2x%2%3.png").arg(dir).arg(base).arg(scale == 2 ? "@2x" : "");
                if (!render(svg, base * scale).save(name)) {
                    std::fprintf(stderr, "iconrender: cannot write %s\n", qPrintable(name));
                    return 1;
                }
            }
        return 0;
    }
    const bool ico = QByteArray(argv[2]) == "--ico";
    const int first = ico ? 4 : 3;
    std::vector<QImage> images;
    for (int i = first; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        if (size <= 0 || size > (ico ? 256 : 4096)) {
            std::fprintf(stderr, "iconrender: bad size %s\n", argv[i]);
            return 2;
        }
        images.push_back(render(svg, size));
    }
    if (ico) {
        if (argc <= first || !writeIco(QString::fromLocal8Bit(argv[3]), images)) {
            std::fprintf(stderr, "iconrender: cannot write %s\n", argv[3]);
            return 1;
        }
        return 0;
    }
    for (const auto& img : images) {
        const QString dir = QString::fromLocal8Bit(argv[2]) + "/" + QString::number(img.width());
        QDir().mkpath(dir);
        if (!img.save(dir + "/ouroboros.png")) {
            std::fprintf(stderr, "iconrender: cannot write %s/ouroboros.png\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
