// The main window opens a .ouro file off the GUI thread and lists its images.
#include "imagelistwidget.h"
#include "imagepreview.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QApplication>
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
        // The preview is a composite of the three channels from the coarsest level.
        auto* preview = w.findChild<ouro::widgets::ImagePreview*>();
        QVERIFY(preview);
        const QImage img = preview->image();
        QCOMPARE(img.size(), QSize(512, 512));
        int blue = 0, red = 0;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4) {
                QRgb p = img.pixel(x, y);
                blue += qBlue(p) > 40 && qBlue(p) > 2 * qRed(p); // DNA channel (nuclei), blue
                red += qRed(p) > 40 && qRed(p) > 2 * qBlue(p);  // cellbody channel, red
            }
        QVERIFY2(blue > 100 && red > 100, qPrintable(QString("blue %1 red %2").arg(blue).arg(red)));
        QVERIFY(preview->imageRect().width() == preview->imageRect().height()); // aspect kept
        const QString shot = tmp_.filePath("main.png");
        QVERIFY(w.grab().save(shot));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
