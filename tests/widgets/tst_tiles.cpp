// The tile cache's budget and statistics, and the loader's merging and skipping.
#include "testutil.h"
#include "tilecache.h"
#include "tileloader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ouro::widgets;

namespace {
TileData bytes(size_t n) { return std::make_shared<const std::vector<uint8_t>>(n, uint8_t(1)); }
TileKey key(int64_t cx) { return TileKey{0, QString(), 0, 0, 0, 0, 0, cx}; }
} // namespace

class TstTiles : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private slots:
    void cacheEvictsLeastRecentlyUsedWithinBudget() {
        TileCache c(3000);
        c.put(key(1), bytes(1000));
        c.put(key(2), bytes(1000));
        c.put(key(3), bytes(1000));
        QCOMPARE(c.bytes(), size_t(3000));
        QVERIFY(c.get(key(1))); // 1 is now the most recent
        c.put(key(4), bytes(1000));
        QVERIFY(!c.contains(key(2))); // the least recently used went
        QVERIFY(c.contains(key(1)) && c.contains(key(3)) && c.contains(key(4)));
        QVERIFY(c.bytes() <= c.budget());
        c.setBudget(1500);
        QCOMPARE(c.count(), size_t(1));
        QVERIFY(c.contains(key(4)));
    }

    void cacheCountsProbes() {
        TileCache c;
        c.put(key(1), bytes(10));
        QVERIFY(c.probe(key(1)));
        QVERIFY(!c.probe(key(2)));
        QCOMPARE(c.lookups(), uint64_t(2));
        QCOMPARE(c.hits(), uint64_t(1));
        c.resetStats();
        QCOMPARE(c.lookups(), uint64_t(0));
    }

    void loaderSynchronousAndAsync() {
        const QString db = tmp_.filePath("t.ouro");
        QCOMPARE(testutil::ouro({"import", testutil::samples("dsb2018/img2d.tif"), "--into", db}).exitCode, 0);
        TileLoader loader;
        loader.setFile(db);
        QSignalSpy got(&loader, &TileLoader::tileLoaded);
        loader.setSynchronous(true);
        loader.request(key(0), 512 * 512 * 2);
        QCOMPARE(got.size(), 1); // delivered before request() returned
        auto data = got.first().at(1).value<TileData>();
        QVERIFY(data && data->size() == 512 * 512 * 2);
        // Async: a request for a tile that is no longer wanted is skipped, not read.
        loader.setSynchronous(false);
        got.clear();
        loader.request(key(0), 512 * 512 * 2);
        loader.setWanted({});
        loader.request(TileKey{0, QString(), 0, 0, 0, 0, 0, 0}, 512 * 512 * 2); // merged with the pending one
        loader.waitForDone();
        QTest::qWait(50);
        QVERIFY(got.size() + int(loader.skipped()) >= 1);
        QCOMPARE(loader.pending(), 0);
        // A missing file gives an error, never a crash.
        loader.setFile(tmp_.filePath("absent.ouro"));
        loader.setSynchronous(true);
        got.clear();
        loader.request(key(0), 16);
        QCOMPARE(got.size(), 1);
        QVERIFY(!got.first().at(1).value<TileData>());
        QVERIFY(got.first().at(2).toString().contains("absent.ouro"));
    }
};

QTEST_GUILESS_MAIN(TstTiles)
#include "tst_tiles.moc"
