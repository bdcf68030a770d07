// Bad input never crashes and never changes the target file; the error names the file.
#include "store.h"
#include "testutil.h"
#include "tools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TstBadFiles : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString target_;
    QByteArray targetHash_;

private slots:
    void initTestCase() {
        auto gen = testutil::run(testutil::python(),
                                 {testutil::source("tests/python/make_bad_corpus.py"), tmp_.filePath("bad")});
        QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
        target_ = tmp_.filePath("target.ouro");
        auto r = testutil::ouro({"import", testutil::data("ome_samples/z-series.ome.tiff"), "--into", target_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        targetHash_ = testutil::sha256(target_);
    }

    void refused_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("words");
        QFile f(tmp_.filePath("bad/bad.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto arr = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY(arr.size() >= 20);
        for (const auto& v : arr) {
            const auto o = v.toObject();
            QStringList words;
            for (const auto& w : o["words"].toArray())
                words << w.toString();
            const QString file = o["file"].toString();
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file << words;
        }
    }
    void refused() {
        QFETCH(QString, file);
        QFETCH(QStringList, words);
        auto r = testutil::ouro({"import", file, "--into", target_});
        QVERIFY2(!r.crashed, "ouro crashed");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QFileInfo(file).fileName()), qPrintable("error does not name the file: " + r.err));
        for (const auto& w : words)
            QVERIFY2(r.err.contains(w), qPrintable(QString("error lacks \"%1\": %2").arg(w, r.err)));
        QVERIFY2(!r.err.contains("std::") && !r.err.contains("bad_alloc"), qPrintable(r.err));
        QCOMPARE(testutil::sha256(target_), targetHash_);
    }

    void badFileDoesNotCreateDatabase() {
        const QString db = tmp_.filePath("never.ouro");
        auto r = testutil::ouro({"import", tmp_.filePath("bad/garbage.tif"), "--into", db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(db));
    }

    void goodFilesStillImportBesideABadOne() {
        const QString db = tmp_.filePath("mixed.ouro");
        auto r = testutil::ouro({"import", tmp_.filePath("bad/garbage.tif"),
                                 testutil::data("ome_samples/single-channel.ome.tiff"), "--into", db});
        QCOMPARE(r.exitCode, 1); // one failure is reported in the exit code…
        QVERIFY(r.out.contains("imported"));
        QVERIFY(r.err.contains("garbage.tif"));
        auto check = testutil::ouro({"check", db}); // …and the good file is in
        QCOMPARE(check.exitCode, 0);
        QVERIFY(testutil::ouro({"info", db}).out.contains("single-channel"));
    }

    void targetStillValid() {
        auto check = testutil::ouro({"check", target_});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    }
};

QTEST_GUILESS_MAIN(TstBadFiles)
#include "tst_badfiles.moc"
