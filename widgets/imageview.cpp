#include "imageview.h"

#include "tileloader.h"

#include <QMouseEvent>
#include <QPointer>
#include <QThread>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ouro::widgets {

namespace {
// Display tiles are at most 2x a chunk: beyond that, outlines grow with the zoom instead.
constexpr int kMaxUpscale = 2;
} // namespace

ImageView::ImageView(QWidget* parent) : QWidget(parent), loader_(new TileLoader(this)) {
    settle_.setSingleShot(true);
    settle_.setInterval(150);
    connect(&settle_, &QTimer::timeout, this, [this] {
        interacting_ = false;
        update();
    });
    // One compositor: on two cores, more would take the GUI thread's core while it paints.
    composePool_.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 200);
    qRegisterMetaType<ObjectKey>("ouro::widgets::ObjectKey");
    connect(loader_, &TileLoader::tileLoaded, this, &ImageView::onTileLoaded);
}

ImageView::~ImageView() {
    composePool_.clear();
    composePool_.waitForDone();
}

void ImageView::setSynchronous(bool on) {
    sync_ = on;
    loader_->setSynchronous(on);
}

void ImageView::setCacheBudget(size_t bytes) {
    cache_.setBudget(bytes / 4 * 3);
    displayBudget_ = bytes / 4;
    evictDisplay();
}

void ImageView::setImage(const QString& path, const ouro::ImageInfo& image,
                         const std::vector<ouro::LabelInfo>& labels) {
    if (path != path_)
        cache_.clear();
    path_ = path;
    image_ = image;
    labels_ = labels;
    layout_ = ouro::PixelLayout::of(image);
    loader_->setFile(path);
    z_ = image.sizeZ / 2;
    t_ = 0;
    selected_ = {};
    if (!labelName_.isEmpty() && !currentLabels())
        labelName_.clear();
    setChannels(ouro::defaultDisplay(image));
    fitToWindow();
}

void ImageView::clear() {
    image_ = ouro::ImageInfo{};
    layout_ = {};
    labels_.clear();
    display_tiles_.clear();
    displayBytes_ = 0;
    loader_->setFile({});
    update();
}

void ImageView::setChannels(const std::vector<ouro::ChannelDisplay>& display) {
    display_ = display;
    auto luts = std::make_shared<std::vector<ouro::ChannelLut>>();
    for (const auto& d : display_)
        luts->emplace_back(d.visible ? image_.dtype : ouro::DType::Float64, d);
    luts_ = luts;
    invalidateDisplay();
}

void ImageView::setLabelImage(const QString& name) {
    labelName_ = name;
    invalidateDisplay();
}

void ImageView::setLabelDisplay(const ouro::LabelDisplay& d) {
    labelDisplay_ = d;
    invalidateDisplay();
}

void ImageView::setShowSelectedOnly(bool on) {
    selectedOnly_ = on;
    invalidateDisplay();
}

void ImageView::setPlane(int64_t z, int64_t t) {
    z_ = std::clamp<int64_t>(z, 0, std::max<int64_t>(0, image_.sizeZ - 1));
    t_ = std::clamp<int64_t>(t, 0, std::max<int64_t>(0, image_.sizeT - 1));
    display_tiles_.clear(); // other planes: nothing to reuse
    displayBytes_ = 0;
    invalidateDisplay();
}

void ImageView::setSelected(const ObjectKey& key) {
    selected_ = key;
    invalidateDisplay();
}

void ImageView::setHighlighted(const std::vector<ObjectKey>& keys) {
    highlighted_ = keys;
    invalidateDisplay();
}

void ImageView::frameRect(const QRectF& r) {
    if (!hasImage() || r.isEmpty())
        return;
    const double fit = std::min(width() / (r.width() * 3.0), height() / (r.height() * 3.0));
    const double target = std::min(fit, 4.0);
    if (target > 0)
        zoomBy(target / scale_);
    centerOn(r.center());
}

void ImageView::setLegend(const Legend& legend) {
    legend_ = legend;
    update();
}

void ImageView::drawLegend(QPainter& p) {
    if (legend_.empty())
        return;
    const QFontMetrics fm(font());
    const int lh = fm.height();
    int w = std::max(160, fm.horizontalAdvance(legend_.title) + 16);
    w = std::max(w, fm.horizontalAdvance(legend_.footer) + 16);
    for (const auto& [name, c] : legend_.categories)
        w = std::max(w, fm.horizontalAdvance(name) + 40);
    const int cats = int(std::min<size_t>(legend_.categories.size(), 12));
    int h = 8 + (legend_.title.isEmpty() ? 0 : lh) + (legend_.ramp.empty() ? 0 : 14 + lh) + cats * lh +
            (legend_.categories.size() > 12 ? lh : 0) + (legend_.footer.isEmpty() ? 0 : lh) + 8;
    QRect box(width() - w - 12, 12, w, h);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(box, QColor(0, 0, 0, 170));
    p.setPen(Qt::white);
    int y = box.top() + 6;
    if (!legend_.title.isEmpty()) {
        p.drawText(QRect(box.left() + 8, y, w - 16, lh), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(legend_.title, Qt::ElideMiddle, w - 16));
        y += lh;
    }
    if (!legend_.ramp.empty()) {
        const QRect ramp(box.left() + 8, y + 2, w - 16, 10);
        const int n = int(legend_.ramp.size());
        for (int x = 0; x < ramp.width(); ++x)
            p.fillRect(QRect(ramp.left() + x, ramp.top(), 1, ramp.height()),
                       legend_.ramp[size_t(std::min(n - 1, x * n / std::max(1, ramp.width())))]);
        y += 14;
        p.drawText(QRect(box.left() + 8, y, w - 16, lh), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(legend_.lo, 'g', 4));
        p.drawText(QRect(box.left() + 8, y, w - 16, lh), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(legend_.hi, 'g', 4));
        y += lh;
    }
    for (int i = 0; i < cats; ++i) {
        const auto& [name, c] = legend_.categories[size_t(i)];
        p.fillRect(QRect(box.left() + 8, y + 3, 16, lh - 6), c);
        p.drawText(QRect(box.left() + 30, y, w - 38, lh), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(name, Qt::ElideRight, w - 38));
        y += lh;
    }
    if (legend_.categories.size() > 12) {
        p.drawText(QRect(box.left() + 8, y, w - 16, lh), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("… and %1 more").arg(legend_.categories.size() - 12));
        y += lh;
    }
    if (!legend_.footer.isEmpty())
        p.drawText(QRect(box.left() + 8, y, w - 16, lh), Qt::AlignLeft | Qt::AlignVCenter, legend_.footer);
    p.restore();
}

void ImageView::invalidateDisplay() {
    ++generation_;
    complete_ = false;
    update();
}

std::optional<ouro::LabelInfo> ImageView::currentLabels() const {
    for (const auto& l : labels_)
        if (QString::fromStdString(l.name) == labelName_)
            return l;
    return std::nullopt;
}

// ---- navigation ----

int ImageView::currentLevel() const {
    if (layout_.levelCount() == 0)
        return 0;
    const double s = scale_ * devicePixelRatioF();
    return s >= 1.0 ? 0 : layout_.levelForDownsample(1.0 / s);
}

QPointF ImageView::toImage(QPointF p) const {
    return center_ + (p - QPointF(width() / 2.0, height() / 2.0)) / scale_;
}

QPointF ImageView::toWidget(QPointF p) const {
    return (p - center_) * scale_ + QPointF(width() / 2.0, height() / 2.0);
}

QRectF ImageView::visibleImageRect() const { return QRectF(toImage(QPointF(0, 0)), toImage(QPointF(width(), height()))); }

void ImageView::clampView() {
    if (!hasImage())
        return;
    const double fit = std::min(width() / double(image_.sizeX), height() / double(image_.sizeY));
    scale_ = std::clamp(scale_, std::min(fit, 1.0) / 4.0, 64.0);
    center_.setX(std::clamp(center_.x(), 0.0, double(image_.sizeX)));
    center_.setY(std::clamp(center_.y(), 0.0, double(image_.sizeY)));
}

void ImageView::fitToWindow() {
    if (!hasImage())
        return;
    scale_ = std::min(width() / double(image_.sizeX), height() / double(image_.sizeY)) * 0.98;
    center_ = QPointF(double(image_.sizeX) / 2.0, double(image_.sizeY) / 2.0);
    clampView();
    viewMoved();
}

void ImageView::zoomOneToOne() {
    // One image pixel per physical screen pixel.
    zoomBy(1.0 / (scale_ * devicePixelRatioF()));
}

void ImageView::zoomBy(double factor, QPointF anchor) {
    if (!hasImage())
        return;
    const QPointF before = toImage(anchor);
    scale_ *= factor;
    clampView();
    center_ += before - toImage(anchor); // keep the anchor's image point under the anchor
    clampView();
    viewMoved();
}

void ImageView::viewMoved() {
    complete_ = false;
    interacting_ = true;
    settle_.start(); // smooth drawing resumes once the view rests
    update();
    emit viewChanged();
}

void ImageView::panBy(QPointF d) {
    center_ -= d / scale_;
    clampView();
    viewMoved();
}

void ImageView::centerOn(QPointF p) {
    center_ = p;
    clampView();
    viewMoved();
}

// ---- tiles ----

size_t ImageView::tileBytes(bool labels) const {
    auto l = labels ? currentLabels() : std::nullopt;
    return size_t(image_.chunkY * image_.chunkX) * ouro::dtypeSize(l ? l->dtype : image_.dtype);
}

std::vector<TileKey> ImageView::rawKeys(int level, int64_t cy, int64_t cx) const {
    std::vector<TileKey> keys;
    for (size_t c = 0; c < display_.size(); ++c)
        if (display_[c].visible)
            keys.push_back({image_.id, QString(), level, t_, int64_t(c), z_, cy, cx});
    if (currentLabels())
        keys.push_back({image_.id, labelName_, level, t_, 0, z_, cy, cx});
    return keys;
}

void ImageView::onTileLoaded(const TileKey& key, const TileData& tile, const QString& error) {
    Q_UNUSED(error); // a tile that cannot be read stays missing; the coarser level shows instead
    if (key.image != image_.id || !tile)
        return;
    cache_.put(key, tile);
    update();
}

std::optional<ImageView::ComposeInput> ImageView::gather(int level, int64_t cy, int64_t cx, int upscale,
                                                          int outlinePx) {
    ComposeInput in;
    in.chunkY = image_.chunkY;
    in.chunkX = image_.chunkX;
    in.display = display_;
    in.luts = luts_;
    in.upscale = upscale;
    in.planes.resize(display_.size());
    for (size_t c = 0; c < display_.size(); ++c) {
        if (!display_[c].visible)
            continue;
        in.planes[c] = cache_.get({image_.id, QString(), level, t_, int64_t(c), z_, cy, cx});
        if (!in.planes[c])
            return std::nullopt;
    }
    if (auto labels = currentLabels()) {
        in.labels = cache_.get({image_.id, labelName_, level, t_, 0, z_, cy, cx});
        if (!in.labels)
            return std::nullopt;
        in.labelType = labels->dtype;
        in.labelDisplay = labelDisplay_;
        in.labelDisplay.outlineWidth = outlinePx;
        if (selected_.valid() && selected_.image == image_.id && selected_.labels == labelName_)
            in.labelDisplay.highlight.insert(selected_.id);
        for (const auto& k : highlighted_)
            if (k.image == image_.id && k.labels == labelName_)
                in.labelDisplay.highlight.insert(k.id);
        if (selectedOnly_)
            in.labelDisplay.colorAll = false;
    }
    return in;
}

QImage ImageView::composeTile(const ComposeInput& in) {
    const size_t n = size_t(in.chunkY * in.chunkX);
    std::vector<const uint8_t*> planes(in.planes.size(), nullptr);
    for (size_t c = 0; c < in.planes.size(); ++c)
        planes[c] = in.planes[c] ? in.planes[c]->data() : nullptr;
    const int w = int(in.chunkX), h = int(in.chunkY), k = in.upscale;
    const int W = w * k, H = h * k;
    std::vector<uint8_t> rgba(n * 4);
    ouro::compositeChannels(planes, in.display, *in.luts, n, rgba.data());
    QImage img(W, H, QImage::Format_RGBX8888);
    if (k == 1) {
        for (int y = 0; y < h; ++y)
            std::memcpy(img.scanLine(y), rgba.data() + size_t(y) * size_t(w) * 4, size_t(w) * 4);
    } else {
        for (int y = 0; y < H; ++y) {
            auto* dst = reinterpret_cast<uint32_t*>(img.scanLine(y));
            const auto* src = reinterpret_cast<const uint32_t*>(rgba.data()) + size_t(y / k) * size_t(w);
            for (int x = 0; x < W; ++x)
                dst[x] = src[x / k];
        }
    }
    if (!in.labels)
        return img.convertToFormat(QImage::Format_RGB32); // the raster painter's fast path
    // Labels are drawn at the display resolution, so outlines keep their width on screen.
    std::vector<uint32_t> ids(n);
    ouro::toIds(in.labelType, in.labels->data(), n, ids.data());
    if (k > 1) {
        std::vector<uint32_t> big(size_t(W) * size_t(H));
        for (int y = 0; y < H; ++y)
            for (int x = 0; x < W; ++x)
                big[size_t(y) * size_t(W) + size_t(x)] = ids[size_t(y / k) * size_t(w) + size_t(x / k)];
        ids.swap(big);
    }
    std::vector<uint8_t> px(size_t(W) * size_t(H) * 4);
    for (int y = 0; y < H; ++y)
        std::memcpy(px.data() + size_t(y) * size_t(W) * 4, img.constScanLine(y), size_t(W) * 4);
    ouro::drawLabels(ids.data(), W, H, in.labelDisplay, px.data());
    for (int y = 0; y < H; ++y)
        std::memcpy(img.scanLine(y), px.data() + size_t(y) * size_t(W) * 4, size_t(W) * 4);
    return img.convertToFormat(QImage::Format_RGB32);
}

bool ImageView::schedule(const DisplayKey& key, int upscale, int outlinePx) {
    auto pending = composing_.find(key);
    if (pending != composing_.end() && pending.value() == generation_)
        return false; // already on its way
    auto in = gather(key.level, key.cy, key.cx, upscale, outlinePx);
    if (!in)
        return false;
    const uint64_t gen = generation_;
    if (sync_) {
        onComposed(key, gen, upscale, outlinePx, composeTile(*in));
        return true;
    }
    composing_.insert(key, gen);
    QPointer<ImageView> self(this);
    composePool_.start([self, key, gen, upscale, outlinePx, in = std::move(*in)] {
        QImage img = composeTile(in);
        QMetaObject::invokeMethod(
            self, [self, key, gen, upscale, outlinePx, img] {
                if (self)
                    self->onComposed(key, gen, upscale, outlinePx, img);
            },
            Qt::QueuedConnection);
    });
    return false;
}

void ImageView::onComposed(const DisplayKey& key, uint64_t gen, int upscale, int outlinePx, const QImage& image) {
    auto pending = composing_.find(key);
    if (pending != composing_.end() && pending.value() == gen)
        composing_.erase(pending);
    if (image.isNull())
        return;
    // A result for an older generation still beats nothing, but never replaces a newer one.
    auto it = display_tiles_.find(key);
    if (it != display_tiles_.end()) {
        if (it->generation > gen)
            return;
        displayBytes_ -= size_t(it->image.sizeInBytes());
    }
    displayBytes_ += size_t(image.sizeInBytes());
    display_tiles_.insert(key, DisplayTile{image, gen, upscale, outlinePx, ++useCounter_});
    evictDisplay();
    update();
}

const ImageView::DisplayTile* ImageView::drawable(int level, int64_t cy, int64_t cx) const {
    auto it = display_tiles_.find({level, cy, cx});
    return it == display_tiles_.end() ? nullptr : &it.value();
}

void ImageView::evictDisplay() {
    while (displayBytes_ > displayBudget_ && display_tiles_.size() > 1) {
        auto victim = display_tiles_.begin();
        for (auto it = display_tiles_.begin(); it != display_tiles_.end(); ++it)
            if (it->lastUse < victim->lastUse)
                victim = it;
        displayBytes_ -= size_t(victim->image.sizeInBytes());
        display_tiles_.erase(victim);
    }
}

// ---- painting ----

void ImageView::paintEvent(QPaintEvent*) {
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    p.fillRect(rect(), QColor(30, 30, 30));
    if (!hasImage() || layout_.levelCount() == 0) {
        p.setPen(QColor(160, 160, 160));
        p.drawText(rect(), Qt::AlignCenter, tr("No image"));
        return;
    }
    const int level = currentLevel();
    const double dpr = devicePixelRatioF();
    const double sPhys = scale_ * dpr;
    const int upscale = level == 0 && sPhys > 1.0 ? std::min(kMaxUpscale, int(std::ceil(sPhys - 1e-9))) : 1;
    const double devicePerTilePx = sPhys * double(int64_t(1) << level) / upscale;
    const int outlinePx =
        std::max(1, int(std::lround(std::max(1, labelDisplay_.outlineWidth) * dpr / devicePerTilePx)));

    const QRectF vis = visibleImageRect().intersected(QRectF(0, 0, double(image_.sizeX), double(image_.sizeY)));
    QSet<TileKey> wanted;
    bool complete = true;
    // Smooth scaling costs several milliseconds per frame: only once the view rests.
    p.setRenderHint(QPainter::SmoothPixmapTransform, !interacting_ && (level > 0 || sPhys < 1.0));

    // Tile extent in level-0 pixels at a level, clipped to the image.
    auto tileRect = [&](int lv, int64_t cy, int64_t cx) {
        const double f = double(int64_t(1) << lv);
        const auto& s = layout_.level(lv);
        const double w = double(std::min(image_.chunkX, s.sizeX - cx * image_.chunkX));
        const double h = double(std::min(image_.chunkY, s.sizeY - cy * image_.chunkY));
        return QRectF(double(cx * image_.chunkX) * f, double(cy * image_.chunkY) * f, w * f, h * f);
    };
    auto drawTile = [&](const DisplayTile& t, int lv, int64_t cy, int64_t cx) {
        const QRectF r = tileRect(lv, cy, cx);
        const QRectF target(toWidget(r.topLeft()), toWidget(r.bottomRight()));
        const double f = double(int64_t(1) << lv);
        const QRectF source(0, 0, r.width() / f * t.upscale, r.height() / f * t.upscale);
        p.drawImage(target, t.image, source);
    };
    auto request = [&](const std::vector<TileKey>& keys) {
        for (const auto& k : keys) {
            wanted.insert(k);
            if (!cache_.probe(k))
                loader_->request(k, tileBytes(!k.labels.isEmpty()));
        }
    };

    const auto& s = layout_.level(level);
    const double f = double(int64_t(1) << level);
    const int64_t cx0 = std::max<int64_t>(0, int64_t(vis.left() / f) / image_.chunkX);
    const int64_t cy0 = std::max<int64_t>(0, int64_t(vis.top() / f) / image_.chunkY);
    const int64_t cx1 = std::min<int64_t>((s.sizeX - 1) / image_.chunkX, int64_t(vis.right() / f) / image_.chunkX);
    const int64_t cy1 = std::min<int64_t>((s.sizeY - 1) / image_.chunkY, int64_t(vis.bottom() / f) / image_.chunkY);
    // The coarsest level always loads: it is the fallback for everything.
    const int coarsest = layout_.levelCount() - 1;
    for (int64_t cy = 0; cy < layout_.chunksY(coarsest); ++cy)
        for (int64_t cx = 0; cx < layout_.chunksX(coarsest); ++cx)
            request(rawKeys(coarsest, cy, cx));

    for (int64_t cy = cy0; cy <= cy1; ++cy)
        for (int64_t cx = cx0; cx <= cx1; ++cx) {
            const DisplayKey key{level, cy, cx};
            DisplayTile* t = nullptr;
            if (auto it = display_tiles_.find(key); it != display_tiles_.end())
                t = &it.value();
            const bool current = t && t->generation == generation_ && t->upscale == upscale &&
                                 t->outlinePx == outlinePx;
            if (!current) {
                auto keys = rawKeys(level, cy, cx);
                request(keys);
                if (std::all_of(keys.begin(), keys.end(), [&](const TileKey& k) { return cache_.contains(k); }) &&
                    schedule(key, upscale, outlinePx)) {
                    auto it = display_tiles_.find(key);
                    t = it == display_tiles_.end() ? nullptr : &it.value();
                }
            }
            if (t && t->generation == generation_ && t->upscale == upscale && t->outlinePx == outlinePx) {
                t->lastUse = ++useCounter_;
                drawTile(*t, level, cy, cx);
                continue;
            }
            complete = false;
            // Not ready: draw the best coarser (or stale) tile in its place.
            const QRectF fine = tileRect(level, cy, cx);
            p.save();
            p.setClipRect(QRectF(toWidget(fine.topLeft()), toWidget(fine.bottomRight())));
            bool drawn = false;
            if (t) { // stale colours are better than nothing while the new ones compose
                drawTile(*t, level, cy, cx);
                drawn = true;
            }
            for (int lv = level + 1; lv <= coarsest && !drawn; ++lv) {
                const int64_t ccy = (cy * image_.chunkY >> (lv - level)) / image_.chunkY;
                const int64_t ccx = (cx * image_.chunkX >> (lv - level)) / image_.chunkX;
                const DisplayTile* ct = drawable(lv, ccy, ccx);
                if (!ct && lv == coarsest) {
                    auto keys = rawKeys(lv, ccy, ccx);
                    if (std::all_of(keys.begin(), keys.end(), [&](const TileKey& k) { return cache_.contains(k); }))
                        if (schedule({lv, ccy, ccx}, 1, 1))
                            ct = drawable(lv, ccy, ccx);
                }
                if (ct) {
                    drawTile(*ct, lv, ccy, ccx);
                    drawn = true;
                }
            }
            p.restore();
        }
    loader_->setWanted(wanted);
    evictDisplay();

    // Scale bar in physical units.
    if (image_.physicalSizeX && *image_.physicalSizeX > 0) {
        const double unitsPerPx = *image_.physicalSizeX / scale_;
        const double target = 120 * unitsPerPx;
        const double mag = std::pow(10.0, std::floor(std::log10(target)));
        double len = mag;
        for (double m : {1.0, 2.0, 5.0, 10.0})
            if (m * mag <= target)
                len = m * mag;
        const double px = len / unitsPerPx;
        const QString unit = QString::fromStdString(image_.physicalSizeXUnit);
        const QString text = QStringLiteral("%1 %2").arg(len, 0, 'g', 3).arg(unit);
        const QRectF bar(16, height() - 24, px, 5);
        p.fillRect(bar.adjusted(-4, -18, 4, 4), QColor(0, 0, 0, 140));
        p.fillRect(bar, Qt::white);
        p.setPen(Qt::white);
        p.drawText(QRectF(bar.left(), bar.top() - 18, std::max(px, 80.0), 16), Qt::AlignLeft | Qt::AlignVCenter,
                   text);
    }
    drawLegend(p);
    lastPaintMs_ = double(timer.nsecsElapsed()) / 1e6;
    const bool wasComplete = complete_;
    complete_ = complete;
    if (complete && !wasComplete)
        emit viewComplete();
}

void ImageView::resizeEvent(QResizeEvent*) {
    clampView();
    complete_ = false;
}

// ---- mouse ----

void ImageView::wheelEvent(QWheelEvent* e) {
    const double steps = e->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.25, steps), e->position());
    e->accept();
}

void ImageView::mousePressEvent(QMouseEvent* e) {
    if (e->button() == Qt::LeftButton) {
        dragging_ = true;
        moved_ = false;
        lastMouse_ = e->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void ImageView::mouseMoveEvent(QMouseEvent* e) {
    if (dragging_) {
        const QPointF d = e->position() - lastMouse_;
        if (moved_ || std::abs(d.x()) + std::abs(d.y()) > 3) {
            moved_ = true;
            panBy(d);
            lastMouse_ = e->position();
        }
    }
    if (hasImage()) {
        const QPointF ip = toImage(e->position());
        emit cursorMoved(ip, valuesAt(ip), labelAt(ip));
    }
}

void ImageView::mouseReleaseEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton || !dragging_)
        return;
    dragging_ = false;
    unsetCursor();
    if (!moved_ && hasImage()) {
        const QPointF ip = toImage(e->position());
        const uint32_t id = labelAt(ip);
        ObjectKey key;
        if (id) {
            key = {image_.id, labelName_, id};
        }
        setSelected(key);
        emit objectClicked(key);
    }
}

// ---- readouts ----

uint32_t ImageView::labelAt(QPointF ip) const {
    auto labels = currentLabels();
    if (!labels || ip.x() < 0 || ip.y() < 0 || ip.x() >= double(image_.sizeX) || ip.y() >= double(image_.sizeY))
        return 0;
    // The finest level loaded at this point.
    for (int lv = 0; lv < layout_.levelCount(); ++lv) {
        const int64_t x = int64_t(ip.x()) >> lv, y = int64_t(ip.y()) >> lv;
        TileData d = cache_.peek({image_.id, labelName_, lv, t_, 0, z_, y / image_.chunkY, x / image_.chunkX});
        if (!d)
            continue;
        const size_t i = size_t((y % image_.chunkY) * image_.chunkX + x % image_.chunkX);
        uint32_t id = 0;
        ouro::toIds(labels->dtype, d->data() + i * ouro::dtypeSize(labels->dtype), 1, &id);
        return id;
    }
    return 0;
}

std::vector<std::optional<double>> ImageView::valuesAt(QPointF ip) const {
    std::vector<std::optional<double>> out(size_t(image_.sizeC));
    if (ip.x() < 0 || ip.y() < 0 || ip.x() >= double(image_.sizeX) || ip.y() >= double(image_.sizeY))
        return out;
    for (int64_t c = 0; c < image_.sizeC; ++c)
        for (int lv = 0; lv < layout_.levelCount(); ++lv) {
            const int64_t x = int64_t(ip.x()) >> lv, y = int64_t(ip.y()) >> lv;
            TileData d = cache_.peek({image_.id, QString(), lv, t_, c, z_, y / image_.chunkY, x / image_.chunkX});
            if (!d)
                continue;
            const size_t i = size_t((y % image_.chunkY) * image_.chunkX + x % image_.chunkX);
            ouro::visitDType(image_.dtype, [&](auto v) {
                using T = decltype(v);
                T val;
                std::memcpy(&val, d->data() + i * sizeof(T), sizeof(T));
                out[size_t(c)] = double(val);
            });
            break;
        }
    return out;
}

QImage ImageView::snapshot() { return grab().toImage(); }

} // namespace ouro::widgets
