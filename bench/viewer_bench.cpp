// Viewer benchmark (issue #3): a 3-channel 20000 x 20000 uint16 image with an
// instance label image, shown in a 1920 x 1080 ImageView under Xvfb.
//
//   viewer_bench WORKDIR [--size N]
//
// Generates WORKDIR/viewer.ouro on first use (a tiled TIFF written here with
// libtiff, imported with the ouro CLI), then measures:
//   - open: from opening the file to a fully loaded first view;
//   - frame times while panning and zooming, with and without labels;
//   - the tile-cache hit rate and the process's peak RSS against the budget.
// Prints JSON.
#include "imageview.h"
#include "store.h"
#include "tileloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <tiffio.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

// Tiled, uncompressed TIFF with `samples` planes of size x size, tile 512, values from fn(plane, y, x).
template <class T, class F> bool writeTiff(const std::string& path, int planes, int size, uint16_t fmt, F fn) {
    TIFF* tif = TIFFOpen(path.c_str(), "w8"); // BigTIFF
    if (!tif)
        return false;
    std::vector<T> tile(512 * 512);
    for (int p = 0; p < planes; ++p) {
        TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(size));
        TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(size));
        TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, uint16_t(8 * sizeof(T)));
        TIFFSetField(tif, TIFFTAG_SAMPLEFORMAT, fmt);
        TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, uint16_t(1));
        TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
        TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(tif, TIFFTAG_TILEWIDTH, 512u);
        TIFFSetField(tif, TIFFTAG_TILELENGTH, 512u);
        TIFFSetField(tif, TIFFTAG_COMPRESSION, COMPRESSION_NONE);
        for (int ty = 0; ty < size; ty += 512)
            for (int tx = 0; tx < size; tx += 512) {
                for (int y = 0; y < 512; ++y)
                    for (int x = 0; x < 512; ++x)
                        tile[size_t(y * 512 + x)] = fn(p, ty + y, tx + x);
                TIFFWriteTile(tif, tile.data(), uint32_t(tx), uint32_t(ty), 0, 0);
            }
        TIFFWriteDirectory(tif);
    }
    TIFFClose(tif);
    return true;
}

// Cells on a jittered grid: id of the cell whose centre is within its radius, else 0.
struct Cells {
    int spacing = 40;
    std::vector<float> jx, jy, r;
    int n;
    explicit Cells(int size) : n(size / 40 + 1) {
        std::mt19937 rng(7);
        std::uniform_real_distribution<float> j(-8, 8), rr(9, 17);
        for (int i = 0; i < n * n; ++i) {
            jx.push_back(j(rng));
            jy.push_back(j(rng));
            r.push_back(rr(rng));
        }
    }
    uint32_t at(int y, int x) const {
        const int gy = y / spacing, gx = x / spacing;
        const size_t i = size_t(gy * n + gx);
        const float cy = float(gy * spacing + spacing / 2) + jy[i], cx = float(gx * spacing + spacing / 2) + jx[i];
        const float dy = float(y) - cy, dx = float(x) - cx;
        return dy * dy + dx * dx < r[i] * r[i] ? uint32_t(i + 1) : 0u;
    }
};

// A field of /proc/self/status in kB (VmHWM: peak RSS; RssAnon: allocated memory; RssFile: mapped file pages).
long statusKb(const char* field) {
    std::ifstream f("/proc/self/status");
    std::string line;
    const std::string key = std::string(field) + ":";
    while (std::getline(f, line))
        if (line.rfind(key, 0) == 0)
            return std::stol(line.substr(key.size()));
    return 0;
}

double pct(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: viewer_bench WORKDIR [--size N]\n");
        return 2;
    }
    const QString work = args[1];
    int size = 20000;
    if (int i = int(args.indexOf("--size")); i > 0 && i + 1 < args.size())
        size = args[i + 1].toInt();
    const QString cli = QCoreApplication::applicationDirPath() + "/../app/cli/ouro";
    const QString db = work + QString("/viewer%1.ouro").arg(size);

    if (!QFile::exists(db)) {
        const Cells cells(size);
        const std::string img = (work + "/viewer_image.tif").toStdString(), lab = (work + "/viewer_labels.tif").toStdString();
        std::fprintf(stderr, "generating %d x %d x 3 uint16 and labels…\n", size, size);
        writeTiff<uint16_t>(img, 3, size, SAMPLEFORMAT_UINT, [&](int p, int y, int x) {
            const uint32_t id = cells.at(y, x);
            const int base = 200 + 40 * p + ((x / 97 + y / 131) % 7) * 10;
            return uint16_t(id ? base + 1500 + int((id * 2654435761u >> (8 * p)) % 1500) : base + ((x * 7 + y * 13) % 50));
        });
        writeTiff<uint32_t>(lab, 1, size, SAMPLEFORMAT_UINT, [&](int, int y, int x) { return cells.at(y, x); });
        for (QStringList a : {QStringList{"import", QString::fromStdString(img), "--into", db, "--name", "bench", "--pages-as", "c"},
                              QStringList{"import", QString::fromStdString(lab), "--into", db, "--labels-for", "0",
                                          "--label-name", "cells"}}) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(cli, a);
            p.waitForFinished(-1);
            if (p.exitCode() != 0) {
                std::fprintf(stderr, "import failed\n");
                return 1;
            }
        }
        QFile::remove(QString::fromStdString(img));
        QFile::remove(QString::fromStdString(lab));
    }

    QJsonObject out;
    out["size"] = size;
    ouro::widgets::ImageView view;
    view.resize(1920, 1080);
    view.show();
    const size_t budget = size_t(512) << 20;
    view.setCacheBudget(budget);
    auto waitComplete = [&](int timeoutMs) {
        QElapsedTimer t;
        t.start();
        while (!view.fullyLoaded() && t.elapsed() < timeoutMs) {
            app.processEvents(QEventLoop::AllEvents, 5);
            view.repaint();
        }
        return view.fullyLoaded();
    };
    for (int i = 0; i < 20; ++i)
        app.processEvents();

    // Open: catalog read + first full view.
    QElapsedTimer open;
    open.start();
    auto store = ouro::Store::open(db.toStdString(), ouro::Store::Mode::ReadOnly);
    auto image = *store.image(0);
    auto labels = store.labels(0);
    view.setImage(db, image, labels);
    view.setLabelImage("cells");
    const bool loaded = waitComplete(30000);
    out["open_to_full_view_ms"] = double(open.nsecsElapsed()) / 1e6;
    out["first_view_complete"] = loaded;

    // Panning and zooming: a scripted path, one repaint per step.
    long peakAnon = statusKb("RssAnon");
    auto run = [&](bool withLabels) {
        view.setLabelImage(withLabels ? "cells" : QString());
        view.fitToWindow();
        view.zoomBy(8.0); // start well inside the image
        waitComplete(30000);
        view.cache().resetStats();
        std::vector<double> frames;
        QElapsedTimer t;
        for (int step = 0; step < 400; ++step) {
            if (step % 100 < 50)
                view.panBy(QPointF(step % 2 ? 23 : 17, step % 3 ? 11 : -7));
            else if (step % 100 < 75)
                view.zoomBy(step % 2 ? 1.06 : 1.04, QPointF(960 + (step % 7) * 20, 540));
            else
                view.zoomBy(step % 2 ? 0.94 : 0.96, QPointF(900, 500 + (step % 5) * 30));
            t.start();
            view.repaint();
            frames.push_back(double(t.nsecsElapsed()) / 1e6);
            app.processEvents(QEventLoop::AllEvents, 2); // tiles arrive between frames
            peakAnon = std::max(peakAnon, statusKb("RssAnon"));
        }
        QJsonObject r;
        r["frames"] = int(frames.size());
        r["median_ms"] = pct(frames, 0.5);
        r["p99_ms"] = pct(frames, 0.99);
        r["max_ms"] = pct(frames, 1.0);
        const auto& c = view.cache();
        r["cache_hit_rate"] = c.lookups() ? double(c.hits()) / double(c.lookups()) : 0.0;
        r["cache_mb"] = double(c.bytes()) / 1048576.0;
        return r;
    };
    out["pan_zoom_with_labels"] = run(true);
    out["pan_zoom_without_labels"] = run(false);
    out["tiles_skipped"] = double(view.loader()->skipped());
    out["cache_budget_mb"] = double(budget >> 20);
    out["peak_rss_mb"] = double(statusKb("VmHWM")) / 1024.0;
    out["peak_anon_mb"] = double(peakAnon) / 1024.0;
    out["file_mapped_mb_at_end"] = double(statusKb("RssFile")) / 1024.0;
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
