#include "tileloader.h"

#include "chunkreader.h"
#include "error.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <map>
#include <memory>

namespace ouro::widgets {

namespace {
// One read-only connection per worker thread and file.
ouro::ChunkReader& readerFor(const QString& path) {
    thread_local std::map<QString, std::unique_ptr<ouro::ChunkReader>> readers;
    auto& r = readers[path];
    if (!r)
        r = std::make_unique<ouro::ChunkReader>(path.toStdString());
    return *r;
}

TileData load(const QString& path, const TileKey& k, size_t bytes, QString& error) {
    try {
        auto data = std::make_shared<std::vector<uint8_t>>();
        readerFor(path).read({k.image, k.level, k.t, k.c, k.z, k.cy, k.cx, k.labels.toStdString()}, bytes, *data);
        return data;
    } catch (const std::exception& e) {
        error = QString::fromStdString(e.what());
        return {};
    }
}
} // namespace

TileLoader::TileLoader(QObject* parent) : QObject(parent) {
    pool_.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    qRegisterMetaType<TileKey>("ouro::widgets::TileKey");
    qRegisterMetaType<TileData>("ouro::widgets::TileData");
}

TileLoader::~TileLoader() {
    {
        QMutexLocker lock(&mutex_);
        wanted_.clear();
    }
    ++generation_;
    pool_.clear();
    pool_.waitForDone();
}

void TileLoader::setFile(const QString& path) {
    {
        QMutexLocker lock(&mutex_);
        path_ = path;
        inFlight_.clear();
        wanted_.clear();
    }
    ++generation_;
    pool_.clear();
}

void TileLoader::setWanted(const QSet<TileKey>& wanted) {
    QMutexLocker lock(&mutex_);
    wanted_ = wanted;
}

int TileLoader::pending() const {
    QMutexLocker lock(&mutex_);
    return int(inFlight_.size());
}

void TileLoader::waitForDone() { pool_.waitForDone(); }

void TileLoader::request(const TileKey& key, size_t bytes) {
    QString path;
    {
        QMutexLocker lock(&mutex_);
        if (path_.isEmpty() || inFlight_.contains(key))
            return; // one read per tile at a time
        inFlight_.insert(key);
        wanted_.insert(key);
        path = path_;
    }
    if (sync_) {
        QString error;
        TileData d = load(path, key, bytes, error);
        deliver(key, d, error);
        return;
    }
    const uint64_t gen = generation_;
    QPointer<TileLoader> self(this);
    pool_.start([this, self, key, bytes, path, gen] {
        {
            QMutexLocker lock(&mutex_);
            if (gen != generation_ || !wanted_.contains(key)) {
                // Scrolled away (or another file): skip the read.
                inFlight_.remove(key);
                ++skipped_;
                return;
            }
        }
        QString error;
        TileData d = load(path, key, bytes, error);
        if (gen != generation_)
            return;
        QMetaObject::invokeMethod(
            this, [self, key, d, error] {
                if (self)
                    self->deliver(key, d, error);
            },
            Qt::QueuedConnection);
    });
}

void TileLoader::deliver(const TileKey& key, TileData data, const QString& error) {
    {
        QMutexLocker lock(&mutex_);
        inFlight_.remove(key);
    }
    emit tileLoaded(key, data, error);
}

} // namespace ouro::widgets
