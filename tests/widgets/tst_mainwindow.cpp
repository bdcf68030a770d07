// The main window opens a .ouro file off the GUI thread and lists its images.
#include "imagelistwidget.h"
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
        const QString shot = tmp_.filePath("main.png");
        QVERIFY(w.grab().save(shot));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
