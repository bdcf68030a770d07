#pragma once
// The pyramid image viewer: tiles come from a TileLoader into a TileCache;
// each visible tile is composited (channel LUTs, label overlay) by core's
// renderer and drawn with QPainter. While a fine tile loads, a coarser one is
// drawn in its place. The GUI thread never reads the file.

#include "omemodel.h"
#include "pixelsource.h"
#include "render.h"
#include "tilecache.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace ouro::widgets {

class TileLoader;

/** A selected object: stable key (image, label image, label id). */
struct ObjectKey {
    int64_t image = -1;
    QString labels;
    uint32_t id = 0;
    bool valid() const { return image >= 0 && id != 0; }
};

class ImageView : public QWidget {
    Q_OBJECT
public:
    explicit ImageView(QWidget* parent = nullptr);
    ~ImageView() override;

    /** Shows image of the file at path (labels: its label images, may be empty). Fits it to the window. */
    void setImage(const QString& path, const ouro::ImageInfo& image, const std::vector<ouro::LabelInfo>& labels);
    void clear();
    bool hasImage() const { return image_.id >= 0; }
    const ouro::ImageInfo& image() const { return image_; }

    // Display settings.
    void setChannels(const std::vector<ouro::ChannelDisplay>& display);
    const std::vector<ouro::ChannelDisplay>& channels() const { return display_; }
    /** Label image to overlay by name; empty for none. */
    void setLabelImage(const QString& name);
    QString labelImage() const { return labelName_; }
    void setLabelDisplay(const ouro::LabelDisplay& d);
    const ouro::LabelDisplay& labelDisplay() const { return labelDisplay_; }
    /** Draw only the selected object's label. */
    void setShowSelectedOnly(bool on);
    void setPlane(int64_t z, int64_t t);
    int64_t z() const { return z_; }
    int64_t t() const { return t_; }

    // Navigation. Scale is screen pixels per level-0 pixel.
    void fitToWindow();
    void zoomOneToOne();
    /** Multiplies the scale, keeping the level-0 point under widget position anchor fixed. */
    void zoomBy(double factor, QPointF anchor);
    void zoomBy(double factor) { zoomBy(factor, QPointF(width() / 2.0, height() / 2.0)); }
    void panBy(QPointF screenDelta);
    void centerOn(QPointF imagePoint);
    double scale() const { return scale_; }
    QPointF center() const { return center_; }
    /** Level-0 image coordinates at a widget position, and back. */
    QPointF toImage(QPointF widgetPos) const;
    QPointF toWidget(QPointF imagePos) const;
    /** The pyramid level drawn at the current scale. */
    int currentLevel() const;
    /** The level-0 rectangle visible in the window. */
    QRectF visibleImageRect() const;

    void setSelected(const ObjectKey& key);
    ObjectKey selected() const { return selected_; }
    /** Several highlighted objects (e.g. the selected rows of the profile table), besides the clicked one. */
    void setHighlighted(const std::vector<ObjectKey>& keys);
    const std::vector<ObjectKey>& highlighted() const { return highlighted_; }
    /** Zooms and pans so the level-0 rectangle r fills most of the window (at most 4 screen px per pixel). */
    void frameRect(const QRectF& r);

    /** A legend drawn in the top-right corner: a colour ramp or a list of categories. */
    struct Legend {
        QString title;
        std::vector<QColor> ramp;           ///< continuous: colours from low to high
        double lo = 0, hi = 1;
        double autoLo = 0, autoHi = 1;      ///< the 1st and 99th percentiles, whatever range is drawn
        std::vector<std::pair<QString, QColor>> categories; ///< categorical
        QString footer;                     ///< e.g. "1,234 of 5,000 match"
        bool empty() const { return title.isEmpty() && ramp.empty() && categories.empty() && footer.isEmpty(); }
    };
    void setLegend(const Legend& legend);

    /** Label id at a level-0 point from tiles already loaded (0 if none or not loaded). */
    uint32_t labelAt(QPointF imagePoint) const;
    /** Raw values of each channel at a level-0 point, from loaded tiles (nullopt when not loaded). */
    std::vector<std::optional<double>> valuesAt(QPointF imagePoint) const;

    TileLoader* loader() const { return loader_; }
    /** Synchronous: tiles load and composite inside paint (for tests). */
    void setSynchronous(bool on);
    /** Splits a memory budget between decoded tiles (3/4) and composited display tiles (1/4). */
    void setCacheBudget(size_t bytes);
    TileCache& cache() { return cache_; }
    /** True once every visible tile of the current level is drawn at full resolution. */
    bool fullyLoaded() const { return complete_; }
    /** Duration of the last paint in milliseconds. */
    double lastPaintMs() const { return lastPaintMs_; }
    /** The view as an image (what Save snapshot writes). */
    QImage snapshot();

signals:
    /** A click on a labelled pixel (an invalid key when clicking background). */
    void objectClicked(const ObjectKey& key);
    /** The cursor moved over the image: level-0 position, per-channel values and label id. */
    void cursorMoved(QPointF imagePoint, const std::vector<std::optional<double>>& values, uint32_t labelId);
    /** Every visible tile is loaded and drawn. */
    void viewComplete();
    void viewChanged();

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;

private:
    struct DisplayKey {
        int level;
        int64_t cy, cx;
        bool operator==(const DisplayKey& o) const { return level == o.level && cy == o.cy && cx == o.cx; }
    };
    friend size_t qHash(const DisplayKey& k, size_t seed) { return qHashMulti(seed, k.level, k.cy, k.cx); }
    struct DisplayTile {
        QImage image;
        uint64_t generation = 0;
        int upscale = 1;
        int outlinePx = 1;
        uint64_t lastUse = 0;
    };

    /** Everything a display tile is made of, copied so a worker can composite it. */
    struct ComposeInput {
        int64_t chunkY = 0, chunkX = 0;
        std::vector<TileData> planes; ///< per channel; null when hidden
        std::vector<ouro::ChannelDisplay> display;
        std::shared_ptr<const std::vector<ouro::ChannelLut>> luts;
        TileData labels;
        ouro::DType labelType = ouro::DType::UInt32;
        ouro::LabelDisplay labelDisplay;
        int upscale = 1;
    };
    static QImage composeTile(const ComposeInput& in);
    std::optional<ComposeInput> gather(int level, int64_t cy, int64_t cx, int upscale, int outlinePx);
    /** Starts (or, synchronously, does) the composition of a display tile; true if it is now in display_tiles_. */
    bool schedule(const DisplayKey& key, int upscale, int outlinePx);
    void onComposed(const DisplayKey& key, uint64_t generation, int upscale, int outlinePx, const QImage& image);
    void onTileLoaded(const TileKey& key, const TileData& tile, const QString& error);
    void invalidateDisplay();
    /** After any change of scale or centre. */
    void viewMoved();
    void clampView();
    /** Keys of the raw tiles a display tile needs. */
    std::vector<TileKey> rawKeys(int level, int64_t cy, int64_t cx) const;
    const DisplayTile* drawable(int level, int64_t cy, int64_t cx) const;
    void evictDisplay();
    size_t tileBytes(bool labels) const;
    std::optional<ouro::LabelInfo> currentLabels() const;

    QString path_;
    ouro::ImageInfo image_;
    std::vector<ouro::LabelInfo> labels_;
    ouro::PixelLayout layout_; ///< the image's levels and chunking
    std::vector<ouro::ChannelDisplay> display_;
    std::shared_ptr<const std::vector<ouro::ChannelLut>> luts_;
    QString labelName_;
    ouro::LabelDisplay labelDisplay_;
    bool selectedOnly_ = false;
    ObjectKey selected_;
    std::vector<ObjectKey> highlighted_;
    Legend legend_;
    void drawLegend(QPainter& p);
    int64_t z_ = 0, t_ = 0;

    double scale_ = 1.0;
    QPointF center_;
    bool dragging_ = false, moved_ = false;
    QPointF lastMouse_;

    TileLoader* loader_;
    TileCache cache_;
    QThreadPool composePool_;
    QHash<DisplayKey, uint64_t> composing_; ///< display tiles being composited, and for which generation
    bool sync_ = false;
    QHash<DisplayKey, DisplayTile> display_tiles_;
    size_t displayBytes_ = 0, displayBudget_ = size_t(256) << 20;
    uint64_t generation_ = 1, useCounter_ = 0;
    bool complete_ = false;
    bool interacting_ = false; ///< the view moved in the last 150 ms: draw fast, not smooth
    QTimer settle_;
    double lastPaintMs_ = 0;
};

} // namespace ouro::widgets

Q_DECLARE_METATYPE(ouro::widgets::ObjectKey)
