// The main window opens a .ouro file off the GUI thread and lists its images.
#include "imagelistwidget.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Any warning the code prints fails the test (as 3D Slicer does).
QtMessageHandler previous = nullptr;
QStringList warnings;
void handler(QtMsgType type, const QMessageLogContext& ctx, const QString& msg) {
    if (type != QtDebugMsg && type != QtInfoMsg)
        warnings << msg;
    if (previous)
        previous(type, ctx, msg);
}
} // namespace

// With OURO_TEST_SCREENSHOTS=DIR set, the tests save what they see there (for people to look at).
void saveShot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("OURO_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        w.grab().save(dir + "/" + name);
}

class TstMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private slots:
    void initTestCase() {
        if (QGuiApplication::platformName() != "xcb")
            QSKIP("needs an X display (run under xvfb-run)");
        previous = qInstallMessageHandler(handler);
    }
    void cleanup() { QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n'))); }

    void opensAndListsImages() {
        const QString db = tmp_.filePath("w.ouro");
        QStringList args{"import"};
        args << testutil::exampleHumanChannels() << "--as-channels" << "--name" << "ExampleHuman" << "--into" << db;
        QCOMPARE(testutil::ouro(args).exitCode, 0);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openFile(db);
        auto* list = w.findChild<ouro::widgets::ImageListWidget*>();
        QVERIFY(list);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QString("ExampleHuman"));
        QVERIFY(list->topLevelItem(0)->text(2).contains("512 × 512"));
        QVERIFY(w.windowTitle().contains("w.ouro"));
        // The viewer shows the composite of the three channels once its tiles are in.
        auto* view = w.view();
        QTRY_VERIFY_WITH_TIMEOUT(view->fullyLoaded(), 10000);
        const QImage img = view->snapshot().convertToFormat(QImage::Format_RGB32);
        int blue = 0, red = 0;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4) {
                QRgb p = img.pixel(x, y);
                blue += qBlue(p) > 40 && qBlue(p) > 2 * qRed(p); // DNA channel (nuclei), blue
                red += qRed(p) > 40 && qRed(p) > 2 * qBlue(p);  // cellbody channel, red
            }
        QVERIFY2(blue > 100 && red > 100, qPrintable(QString("blue %1 red %2").arg(blue).arg(red)));
        const QString shot = tmp_.filePath("main.png");
        QVERIFY(w.grab().save(shot));
    }

    void dropCombinesChannels() {
        MainWindow w;
        w.show();
        w.importController()->setCombinePolicy(ImportController::Combine::Always);
        QSignalSpy done(&w, &MainWindow::importFinished);
        const QString db = tmp_.filePath("dropped.ouro");
        w.importFilesInto(testutil::exampleHumanChannels(), db);
        QVERIFY(w.importController()->busy());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toLongLong(), 1); // one image
        QCOMPARE(done.first().at(1).toLongLong(), 0); // no failures
        auto* list = w.findChild<ouro::widgets::ImageListWidget*>();
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(2).startsWith("3 ch"));
    }

    void dropSeparateFilesAndReportBadOnes() {
        MainWindow w;
        w.show();
        w.importController()->setCombinePolicy(ImportController::Combine::Never);
        QSignalSpy done(&w, &MainWindow::importFinished);
        const QString db = tmp_.filePath("separate.ouro");
        const QString junk = tmp_.filePath("junk.tif");
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'j'));
        f.close();
        // A folder of samples plus a bad file.
        w.importFilesInto({testutil::data("ome_samples"), junk}, db);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toLongLong(), 4);
        QCOMPARE(done.first().at(1).toLongLong(), 1);
        auto* list = w.findChild<ouro::widgets::ImageListWidget*>();
        QTRY_COMPARE(list->topLevelItemCount(), 4);
        // The failure is explained in a dialog that names the file.
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox*>()) != nullptr);
        QVERIFY(box->detailedText().contains("junk.tif"));
        box->close();
        QVERIFY(testutil::ouro({"check", db}).exitCode == 0);
    }

    void cancelLeavesNothing() {
        const QString src = tmp_.filePath("slow.ome.tif");
        auto gen = testutil::run(testutil::python(),
                                 {"-c", "import numpy as np, tifffile, sys; r=np.random.default_rng(1); "
                                        "a=r.integers(0,4000,(4,3000,3000),dtype=np.uint16); "
                                        "tifffile.imwrite(sys.argv[1], a, ome=True, tile=(256,256), "
                                        "compression='zlib', metadata={'axes':'ZYX'})",
                                  src});
        QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
        const QString db = tmp_.filePath("cancel.ouro");
        QVERIFY(testutil::ouro({"import", testutil::data("ome_samples/z-series.ome.tiff"), "--into", db}).exitCode ==
                0);
        MainWindow w;
        w.show();
        w.openFile(db);
        QSignalSpy progress(w.importController(), &ImportController::progress);
        QSignalSpy done(&w, &MainWindow::importFinished);
        w.importFiles({src});
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() > 3, 20000); // running, GUI responsive
        saveShot(w, "import-progress.png");
        w.importController()->cancel();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(2).toBool(), true);
        QCOMPARE(done.first().at(0).toLongLong(), 0);
        auto info = testutil::ouro({"info", db, "--json"});
        QVERIFY(info.out.contains("z-series"));
        QVERIFY(!info.out.contains("slow"));
        QCOMPARE(testutil::ouro({"check", db}).exitCode, 0);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
