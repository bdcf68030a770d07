// Independent checks: files written by tifffile (and recompressed by tiffcp)
// are imported by ouro, then read back by zarr-python's SQLiteStore and
// compared pixel for pixel with tifffile's own reading.
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TstInterop : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QJsonArray cases_;

    testutil::Run verify(const QString& db, const QJsonObject& c) {
        const QString casePath = db + ".json";
        QFile f(casePath);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(c).toJson());
        f.close();
        return testutil::run(testutil::python(), {testutil::source("tests/python/verify_import.py"), db, casePath});
    }

    /** Imports case c (once: it is kept for the other slots) into db; false with a warning if it failed. */
    bool importCase(const QJsonObject& c, QString& db) {
        db = tmp_.filePath(c["name"].toString().replace(':', '_') + ".ouro");
        if (QFile::exists(db))
            return true;
        QStringList args{"import"};
        for (const auto& f : c["files"].toArray())
            args << f.toString();
        args << "--into" << db;
        for (const auto& a : c["args"].toArray())
            args << a.toString();
        auto imp = testutil::ouro(args);
        if (imp.exitCode != 0)
            qWarning("%s", qPrintable(imp.err));
        return imp.exitCode == 0;
    }

private slots:
    void initTestCase() {
        auto gen = testutil::run(testutil::python(),
                                 {testutil::source("tests/python/make_corpus.py"), tmp_.filePath("corpus")}, 600000);
        QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
        QFile f(tmp_.filePath("corpus/manifest.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        cases_ = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY(cases_.size() >= 40);
    }

    void tifffileToZarr_data() {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases_.size(); ++i)
            QTest::newRow(qPrintable(cases_[i].toObject()["name"].toString())) << i;
    }
    void tifffileToZarr() {
        QFETCH(int, index);
        const QJsonObject c = cases_[index].toObject();
        QString db;
        QVERIFY(importCase(c, db));
        auto v = verify(db, c);
        QVERIFY2(v.exitCode == 0 && v.out.trimmed() == "OK", qPrintable(v.out + v.err));
        auto check = testutil::ouro({"check", db});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    }

    // The verifier itself must catch a wrong pixel and a wrong pyramid level.
    void verifierCatchesTampering() {
        const QJsonObject c = cases_[0].toObject();
        QString db;
        QVERIFY(importCase(c, db)); // made here too when this slot runs alone
        const QString bad = tmp_.filePath("tampered.ouro");
        QFile::copy(db, bad);
        // Overwrite one chunk of level 0 with the (validly encoded) content of another.
        auto r = testutil::run(testutil::python(),
                               {"-c",
                                "import sqlite3, sys; d=sqlite3.connect(sys.argv[1]); "
                                "v=d.execute(\"select v from zarr where k='0/0/0/1/0/0/0'\").fetchone()[0]; "
                                "d.execute(\"update zarr set v=? where k='0/0/0/0/0/0/0'\", (v,)); d.commit()",
                                bad});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto v = verify(bad, c);
        QCOMPARE(v.exitCode, 1);
        QVERIFY(v.out.contains("FAIL"));
    }
};

QTEST_GUILESS_MAIN(TstInterop)
#include "tst_interop.moc"
