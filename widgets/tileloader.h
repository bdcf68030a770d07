#pragma once
// Loads and decodes tiles on a pool of worker threads, each with its own
// read-only connection, so the GUI thread never waits on SQLite or blosc.
// Requests for tiles already loading are merged; tiles no longer wanted when
// a worker gets to them are skipped. A synchronous mode serves tests.

#include "tilecache.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>

namespace ouro::widgets {

class TileLoader : public QObject {
    Q_OBJECT
public:
    explicit TileLoader(QObject* parent = nullptr);
    ~TileLoader() override;

    /** The .ouro file to read. Drops everything pending. */
    void setFile(const QString& path);
    /** Decoded size of a tile of key's array (chunkY * chunkX * bytes per pixel), given by the view. */
    void request(const TileKey& key, size_t decodedBytes);
    /** Only these tiles are still worth loading; queued ones outside the set are skipped. */
    void setWanted(const QSet<TileKey>& wanted);
    /** Synchronous: request() loads before it returns (for tests). */
    void setSynchronous(bool on) { sync_ = on; }
    bool synchronous() const { return sync_; }
    /** Tiles requested and not yet delivered or skipped. */
    int pending() const;
    /** Waits for every worker (tests and shutdown). */
    void waitForDone();

    /** Tiles skipped because they were no longer wanted (for tests and the benchmark). */
    uint64_t skipped() const { return skipped_; }

signals:
    /** Delivered on the loader's thread (the GUI thread). data is null if the read failed. */
    void tileLoaded(const TileKey& key, const TileData& data, const QString& error);

private:
    void deliver(const TileKey& key, TileData data, const QString& error);

    QString path_;
    QThreadPool pool_;
    mutable QMutex mutex_;
    QSet<TileKey> inFlight_;
    QSet<TileKey> wanted_;
    bool sync_ = false;
    std::atomic<uint64_t> generation_{0};
    std::atomic<uint64_t> skipped_{0};
};

} // namespace ouro::widgets
