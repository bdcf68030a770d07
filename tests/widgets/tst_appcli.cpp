// The ouroboros program's command line, run as a user (or scripts/screenshots.sh) runs it:
// --screenshot with the 3D view, the plots and a camera, and refusals of bad options.
#include "testutil.h"

#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct AppRun {
    int exitCode = -1;
    bool finished = false;
    QString err;
};

} // namespace

class TstAppCli : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString db_;

    // English unless the arguments or english=false say otherwise (the machine's locale may not be).
    AppRun app(QStringList args, bool english = true) {
        if (english && !args.contains("--language"))
            args << "--language" << "en";
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_CONFIG_HOME", tmp_.filePath("config")); // settings of this test only
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OURO_APP), QStringList{"-qwindowgeometry", "1200x800+0+0"} + args);
        AppRun r;
        r.finished = p.waitForFinished(90000);
        if (!r.finished)
            p.kill();
        r.exitCode = p.exitCode();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs an X display (run under xvfb-run)");
        // The demo's shape: ExampleHuman with Nuclei.csv, then the 3D nuclei with theirs.
        db_ = tmp_.filePath("demo.ouro");
        QVERIFY(testutil::makeExampleHuman(db_));
        QCOMPARE(testutil::ouro({"import", testutil::data("examplehuman/Nuclei.csv"), "--into", db_, "--link-labels",
                                 "nuclei", "--table-name", "Nuclei"}).exitCode, 0);
        QCOMPARE(testutil::ouro({"import", testutil::samples("nuclei3d/nuclei3d.ome.tif"), "--into", db_}).exitCode, 0);
        QCOMPARE(testutil::ouro({"import", testutil::samples("nuclei3d/nuclei3d_labels.tif"), "--into", db_,
                                 "--labels-for", "1", "--label-name", "nuclei3d"}).exitCode, 0);
        QCOMPARE(testutil::ouro({"import", testutil::samples("nuclei3d/Nuclei3D.csv"), "--into", db_, "--link-labels",
                                 "nuclei3d", "--table-name", "Nuclei3D"}).exitCode, 0);
    }

    void screenshotWithThe3DViewAndPlots() {
        // Two cameras: the same window, but the 3D view differs (so it was drawn, and --view3d took).
        const QString top = tmp_.filePath("top.png"), front = tmp_.filePath("front.png");
        AppRun r = app({db_, "--image", "1", "--view3d", "top", "--plot", "Volume,Intensity_Mean", "--color-by",
                        "Centroid_Z", "--screenshot", top});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains("saving anyway"), qPrintable(r.err)); // it did not give up waiting
        r = app({db_, "--image", "1", "--view3d", "front", "--plot", "Volume,Intensity_Mean", "--color-by", "Centroid_Z",
                 "--screenshot", front});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        const QImage a(top), b(front);
        // The window asked for (1200 x 800), or wider where the docks' minimum widths need it.
        QVERIFY2(a.width() >= 1200 && a.width() < 1300 && a.height() == 800,
                 qPrintable(QString("%1x%2").arg(a.width()).arg(a.height())));
        QCOMPARE(b.size(), a.size());
        if (const QString dir = qEnvironmentVariable("OURO_TEST_SCREENSHOTS"); !dir.isEmpty())
            a.save(dir + "/app-3d-top.png"), b.save(dir + "/app-3d-front.png");
        // Pixels that differ, and where: the 3D view is one block of the window.
        int differ = 0;
        QRect where;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                if (a.pixel(x, y) != b.pixel(x, y)) {
                    ++differ;
                    where |= QRect(x, y, 1, 1);
                }
        QVERIFY2(differ > 5000, qPrintable(QString::number(differ)));
        QVERIFY2(where.width() < a.width() * 3 / 4 && where.height() < a.height() * 3 / 4,
                 qPrintable(QString("%1,%2 %3x%4").arg(where.x()).arg(where.y()).arg(where.width()).arg(where.height())));
        // The camera is remembered.
        QFile conf(tmp_.filePath("config/Ouroboros/Ouroboros.conf"));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(conf.readAll()).contains("camera=front"));
    }

    void a2DImageWith3DShownStillFinishes() {
        const QString out = tmp_.filePath("flat.png");
        const AppRun r = app({db_, "--image", "0", "--show", "3d,plots", "--screenshot", out});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains("saving anyway"), qPrintable(r.err));
        const QImage shot(out);
        QVERIFY2(shot.width() >= 1200 && shot.width() < 1300 && shot.height() == 800,
                 qPrintable(QString("%1x%2").arg(shot.width()).arg(shot.height())));
    }

    void badOptionsAreRefused() {
        AppRun r = app({db_, "--show", "3d,sideways", "--screenshot", tmp_.filePath("x.png")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--show takes 3d and plots, not \"sideways\""), qPrintable(r.err));
        r = app({db_, "--view3d", "upside-down", "--screenshot", tmp_.filePath("x.png")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--view3d takes top, front, side or oblique"), qPrintable(r.err));
        QVERIFY(!QFile::exists(tmp_.filePath("x.png")));
        // A column the table does not have: said, and the screenshot is still made.
        r = app({db_, "--image", "1", "--plot", "Volume,NoSuchColumn", "--screenshot", tmp_.filePath("y.png")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("table \"Nuclei3D\" has no column \"NoSuchColumn\" to plot"), qPrintable(r.err));
        QVERIFY(QFile::exists(tmp_.filePath("y.png")));
    }

    void languageFromTheOptionOrPreferences() {
        // --language for one run: the messages come from the embedded German translation.
        AppRun r = app({db_, "--language", "de", "--show", "sideways", "--screenshot", tmp_.filePath("x.png")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QString::fromUtf8("--show nimmt 3d und plots, nicht „sideways“")), qPrintable(r.err));
        r = app({db_, "--language", "xx"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--language takes en, de, fr, es, cs, ja, zh_CN, not \"xx\""), qPrintable(r.err));
        // Preferences' choice (ui/language) applies when no option is given, whatever the locale.
        {
            QSettings s(tmp_.filePath("config/Ouroboros/Ouroboros.conf"), QSettings::IniFormat);
            s.setValue("ui/language", "ja");
        }
        r = app({db_, "--show", "sideways"}, false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QString::fromUtf8("--show に指定できるのは 3d と plots です。「sideways」は指定できません")),
                 qPrintable(r.err));
        {
            QSettings s(tmp_.filePath("config/Ouroboros/Ouroboros.conf"), QSettings::IniFormat);
            s.remove("ui/language");
        }
        // A screenshot in Czech works as in English.
        const QString shot = tmp_.filePath("cs.png");
        r = app({db_, "--language", "cs", "--screenshot", shot});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QImage(shot).isNull());
    }
};

QTEST_GUILESS_MAIN(TstAppCli)
#include "tst_appcli.moc"
