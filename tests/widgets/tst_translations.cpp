// The translations: each embedded .qm loads and the main window speaks its language
// (menus, docks, status bar, plurals); every .ts entry is finished, current (lupdate over
// the sources finds nothing new or obsolete), keeps the source's placeholders and
// accelerators, and is not a copy of the English; the language follows the locale unless
// Preferences says otherwise. Also Help → About's versions, licence and sample-data licences.
#include "aboutdialog.h"
#include "language.h"
#include "libraries.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "testutil.h"
#include "version.h"
#include "vtkhost.h"

#include <QComboBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QXmlStreamReader>

#include <sqlite3.h>
#include <vtkVersionMacros.h>

using namespace ouro::app; // MainWindow, ImportController, the dialogs

namespace {

const QStringList kLanguages{"de", "fr", "es", "cs", "ja", "zh_CN"};

struct Entry {
    QString context, source;
    bool numerus = false;
    QString type;        ///< the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList forms;   ///< the translation, or its plural forms
};

QList<Entry> readTs(const QString& path) {
    QList<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader x(&f);
    QString context;
    Entry e;
    while (!x.atEnd()) {
        x.readNext();
        // A plural entry ends with its </translation> (its forms were read one by one).
        if (x.isEndElement() && x.name() == QLatin1String("translation") && e.numerus) {
            out << e;
            continue;
        }
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("name")) {
            context = x.readElementText();
        } else if (x.name() == QLatin1String("message")) {
            e = Entry{context, {}, x.attributes().value("numerus") == QLatin1String("yes"), {}, {}};
        } else if (x.name() == QLatin1String("source")) {
            e.source = x.readElementText();
        } else if (x.name() == QLatin1String("translation")) {
            e.type = x.attributes().value("type").toString();
            if (!e.numerus) {
                e.forms << x.readElementText();
                out << e;
            }
        } else if (x.name() == QLatin1String("numerusform")) {
            e.forms << x.readElementText();
        }
    }
    return out;
}

// Placeholders a translation must keep: %1..%9, %L1, %n, %Ln, %p%.
QStringList placeholders(const QString& s) {
    QStringList out;
    static const QRegularExpression re(QStringLiteral("%L?n|%L?\\d|%p%"));
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

// translations/same-as-english.txt: language -> sources that may stay English.
QHash<QString, QSet<QString>> allowedCopies() {
    QHash<QString, QSet<QString>> out;
    QFile f(testutil::source("translations/same-as-english.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QString& line : QString::fromUtf8(f.readAll()).split('\n')) {
        if (line.startsWith('#') || !line.contains('\t'))
            continue;
        const QString langs = line.section('\t', 0, 0), source = line.section('\t', 1);
        for (const QString& l : (langs == "*" ? kLanguages : langs.split(',')))
            out[l].insert(source);
    }
    return out;
}

// With OURO_TEST_SCREENSHOTS=DIR set, the dialogs are saved there (for people to look at).
void saveShot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("OURO_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    w.show();
    QTest::qWait(50);
    w.grab().save(dir + "/" + name);
}

QString menuTitle(QMainWindow& w, int i) { return w.menuBar()->actions().value(i)->text(); }

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // settings of this test only
        QSettings().clear();
    }

    void eachQmLoads_data() {
        QTest::addColumn<QString>("lang");
        for (const auto& l : kLanguages)
            QTest::newRow(qPrintable(l)) << l;
    }
    void eachQmLoads() {
        QFETCH(QString, lang);
        QTranslator t;
        QVERIFY2(t.load(":/i18n/ouroboros_" + lang + ".qm"), qPrintable(lang));
        QVERIFY(!t.isEmpty());
        QCOMPARE(t.language().left(2), lang.left(2));
        // Every entry of the .ts made it into the .qm (lrelease at build time, nothing dropped).
        int missing = 0;
        for (const Entry& e : readTs(testutil::source("translations/ouroboros_" + lang + ".ts")))
            if (t.translate(qPrintable(e.context), qPrintable(e.source), nullptr, e.numerus ? 1 : -1).isEmpty())
                ++missing;
        QCOMPARE(missing, 0);
    }

    void mainWindowSpeaksTheLanguage_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("imagesDock");
        QTest::addColumn<QString>("openAction");
        QTest::newRow("de") << "de" << QStringList{"&Datei", "&Ansicht", "&Einstellungen", "&Hilfe"} << "Bilder"
                            << "Ö&ffnen…";
        QTest::newRow("fr") << "fr" << QStringList{"&Fichier", "&Affichage", "&Réglages", "&Aide"} << "Images"
                            << "&Ouvrir…";
        QTest::newRow("es") << "es" << QStringList{"&Archivo", "&Ver", "&Configuración", "A&yuda"} << "Imágenes"
                            << "&Abrir…";
        QTest::newRow("cs") << "cs" << QStringList{"&Soubor", "&Zobrazení", "&Nastavení", "&Nápověda"} << "Snímky"
                            << "&Otevřít…";
        QTest::newRow("ja") << "ja" << QStringList{"ファイル(&F)", "表示(&V)", "設定(&S)", "ヘルプ(&H)"} << "画像"
                            << "開く(&O)…";
        QTest::newRow("zh_CN") << "zh_CN" << QStringList{"文件(&F)", "视图(&V)", "设置(&S)", "帮助(&H)"} << "图像"
                               << "打开(&O)…";
    }
    void mainWindowSpeaksTheLanguage() {
        QFETCH(QString, lang);
        QFETCH(QStringList, menus);
        QFETCH(QString, imagesDock);
        QFETCH(QString, openAction);
        QVERIFY(ouro::app::installLanguage(*qApp, lang));
        {
            MainWindow w;
            for (int i = 0; i < menus.size(); ++i)
                QCOMPARE(menuTitle(w, i), menus[i]);
            QStringList docks;
            for (auto* d : w.findChildren<QDockWidget*>())
                docks << d->windowTitle();
            QVERIFY2(docks.contains(imagesDock), qPrintable(docks.join(", ")));
            QStringList fileActions;
            for (auto* a : w.menuBar()->actions().value(0)->menu()->actions())
                fileActions << a->text();
            QVERIFY2(fileActions.contains(openAction), qPrintable(fileActions.join(", ")));
            // The first hint in the status bar, and Qt's own strings (qtbase_<lang>.qm) when installed.
            QVERIFY(!w.statusBar()->currentMessage().isEmpty());
            QVERIFY(!w.statusBar()->currentMessage().startsWith("Open a .ouro file"));
        }
        // English again: the other language comes off (English keeps its plural forms).
        QVERIFY(ouro::app::installLanguage(*qApp, "en"));
        MainWindow w;
        QCOMPARE(menuTitle(w, 0), QString("&File"));
    }

    void pluralsFollowTheLanguagesRules() {
        auto points = [](int n) { return QCoreApplication::translate("ouro::widgets::PlotView", "%n point(s)", nullptr, n); };
        QVERIFY(ouro::app::installLanguage(*qApp, "cs")); // one, few (2–4), many
        QCOMPARE(points(1), QString("1 bod"));
        QCOMPARE(points(3), QString("3 body"));
        QCOMPARE(points(5), QString("5 bodů"));
        QVERIFY(ouro::app::installLanguage(*qApp, "fr")); // 0 and 1 are singular
        QCOMPARE(points(0), QString("0 point"));
        QCOMPARE(points(2), QString("2 points"));
        QVERIFY(ouro::app::installLanguage(*qApp, "de"));
        QCOMPARE(points(1), QString("1 Punkt"));
        QCOMPARE(points(7), QString("7 Punkte"));
        QVERIFY(ouro::app::installLanguage(*qApp, "ja")); // one form
        QCOMPARE(points(1), QString("1 点"));
        QCOMPARE(points(4), QString("4 点"));
        QVERIFY(ouro::app::installLanguage(*qApp, "en"));
        QCOMPARE(points(1), QString("1 point")); // English's plural-only translation
        QCOMPARE(points(2), QString("2 points"));
        QVERIFY(!ouro::app::installLanguage(*qApp, "xx"));
        QCOMPARE(points(1), QString("1 point(s)")); // no translator at all: the source text
    }

    void everyEntryIsFinishedAndReal_data() { eachQmLoads_data(); }
    void everyEntryIsFinishedAndReal() {
        QFETCH(QString, lang);
        const auto allowed = allowedCopies().value(lang);
        QVERIFY(!allowedCopies().isEmpty());
        const auto entries = readTs(testutil::source("translations/ouroboros_" + lang + ".ts"));
        QVERIFY(entries.size() > 300);
        const int forms = (lang == "cs") ? 3 : (lang == "ja" || lang == "zh_CN") ? 1 : 2;
        QStringList problems;
        for (const Entry& e : entries) {
            const QString where = e.context + ": \"" + e.source.left(60) + "\"";
            if (!e.type.isEmpty())
                problems << where + " is " + e.type;
            if (e.numerus && e.forms.size() != forms)
                problems << where + QString(" has %1 plural forms, not %2").arg(e.forms.size()).arg(forms);
            for (const QString& t : e.forms) {
                if (t.trimmed().isEmpty())
                    problems << where + " is empty";
                else if (t == e.source && !allowed.contains(e.source))
                    problems << where + " is a copy of the English";
                // A plural form may leave out %n (as "one" often does), nothing else.
                QStringList want = placeholders(e.source), got = placeholders(t);
                if (e.numerus && !got.contains("%n") && !got.contains("%Ln"))
                    want.removeAll("%n"), want.removeAll("%Ln");
                if (got != want)
                    problems << where + " has placeholders " + got.join(' ') + ", not " + want.join(' ');
                static const QRegularExpression accel(QStringLiteral("&[^& ]"));
                if (!e.source.contains('<') && e.source.contains(accel) != t.contains(accel))
                    problems << where + " lost or gained its keyboard accelerator";
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }

    void lupdateFindsNothingNewOrObsolete() {
        // lupdate over the sources, into copies of the .ts files: a string added without a
        // translation comes in unfinished, a string removed from the code stays as obsolete.
        const QString lupdate = QStringLiteral(OURO_LUPDATE);
        QVERIFY2(QFile::exists(lupdate), qPrintable(lupdate));
        QStringList copies;
        for (const auto& l : kLanguages) {
            const QString copy = tmp_.filePath("ouroboros_" + l + ".ts");
            QFile::remove(copy);
            QVERIFY(QFile::copy(testutil::source("translations/ouroboros_" + l + ".ts"), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies << copy;
        }
        const QString enCopy = tmp_.filePath("ouroboros_en.ts");
        QFile::remove(enCopy);
        QVERIFY(QFile::copy(testutil::source("translations/ouroboros_en.ts"), enCopy));
        QFile::setPermissions(enCopy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess en;
        en.start(lupdate, {testutil::source("app"), testutil::source("widgets"), "-locations", "none", "-pluralonly",
                           "-ts", enCopy});
        QVERIFY(en.waitForFinished(120000));
        QCOMPARE(en.exitCode(), 0);
        const auto enEntries = readTs(enCopy);
        QVERIFY(enEntries.size() >= 20);
        for (const Entry& e : enEntries) {
            QVERIFY2(e.type.isEmpty(), qPrintable("en: \"" + e.source + "\" is " + e.type));
            QVERIFY2(e.numerus && e.forms.size() == 2, qPrintable("en: " + e.source));
            QVERIFY2(placeholders(e.forms[1]) == placeholders(e.source), qPrintable("en: " + e.forms[1]));
            QVERIFY2(!e.forms.join(' ').contains("(s)") && !e.forms.join(' ').contains("(es)"), qPrintable(e.forms[1]));
        }
        QProcess p;
        p.setWorkingDirectory(testutil::source(""));
        p.start(lupdate, QStringList{testutil::source("app"), testutil::source("widgets"), "-locations", "none", "-ts"} +
                             copies);
        QVERIFY(p.waitForFinished(120000));
        const QString log = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(log));
        QVERIFY2(!log.contains(QRegularExpression("\\(([1-9]\\d*) new")), qPrintable(log));
        for (const auto& copy : copies) {
            QStringList problems;
            for (const Entry& e : readTs(copy))
                if (!e.type.isEmpty())
                    problems << e.context + ": \"" + e.source + "\" is " + e.type;
            QVERIFY2(problems.isEmpty(), qPrintable(copy + ":\n" + problems.join('\n') +
                                                    "\nRun: cmake --build build/release --target update_translations, "
                                                    "then translate the new entries."));
        }
    }

    void languageFollowsTheLocaleUnlessChosen() {
        using ouro::app::resolveLanguage;
        QCOMPARE(resolveLanguage("", QLocale("de_CH")), QString("de"));
        QCOMPARE(resolveLanguage("", QLocale("fr_CA")), QString("fr"));
        QCOMPARE(resolveLanguage("", QLocale("cs_CZ")), QString("cs"));
        QCOMPARE(resolveLanguage("", QLocale("ja_JP")), QString("ja"));
        QCOMPARE(resolveLanguage("", QLocale("zh_CN")), QString("zh_CN"));
        QCOMPARE(resolveLanguage("", QLocale("zh_TW")), QString("en")); // Traditional: no translation
        QCOMPARE(resolveLanguage("", QLocale("pt_BR")), QString("en"));
        QCOMPARE(resolveLanguage("", QLocale::c()), QString("en"));
        QCOMPARE(resolveLanguage("fr", QLocale("de_DE")), QString("fr")); // Preferences win
        QCOMPARE(resolveLanguage("en", QLocale("de_DE")), QString("en"));
        QCOMPARE(resolveLanguage("xx", QLocale("es_ES")), QString("es")); // an unknown setting is ignored
    }

    void preferencesRememberTheChoices() {
        QSettings().clear();
        PreferencesDialog d;
        QCOMPARE(d.languageBox()->currentData().toString(), QString()); // system default
        QCOMPARE(d.languageBox()->count(), 1 + int(ouro::app::languages().size()));
        QSignalSpy cache(&d, &PreferencesDialog::cacheChanged);
        d.languageBox()->setCurrentIndex(d.languageBox()->findData("ja"));
        d.cacheBox()->setValue(1024);
        QVERIFY(d.save());
        QCOMPARE(cache.count(), 1);
        QCOMPARE(cache.first().first().toInt(), 1024);
        QCOMPARE(ouro::app::languageSetting(), QString("ja"));
        QCOMPARE(QSettings().value("cache/megabytes").toInt(), 1024);
        PreferencesDialog again; // a new dialog shows what was saved
        QCOMPARE(again.languageBox()->currentData().toString(), QString("ja"));
        QCOMPARE(again.cacheBox()->value(), 1024);
        again.languageBox()->setCurrentIndex(0);
        QVERIFY(again.save());
        QVERIFY(!QSettings().contains("ui/language"));
        again.languageBox()->setCurrentIndex(again.languageBox()->findData("de"));
        saveShot(again, "preferences.png");
    }

    void aboutShowsVersionsAndLicences() {
        AboutDialog d;
        QHash<QString, QString> v;
        for (int r = 0; r < d.libraries()->rowCount(); ++r)
            v[d.libraries()->item(r, 0)->text()] = d.libraries()->item(r, 1)->text();
        QCOMPARE(v.value("Ouroboros"), QString(ouro::kVersion));
        QCOMPARE(v.value("Qt"), QString(qVersion()));
        QCOMPARE(v.value("VTK"), QString(VTK_VERSION));
        QCOMPARE(v.value("SQLite"), QString(sqlite3_libversion()));
        for (const char* lib : {"libtiff", "c-blosc", "zstd", "zlib", "pugixml"})
            QVERIFY2(QRegularExpression("^\\d+\\.\\d+").match(v.value(lib)).hasMatch(), lib);
        QVERIFY(AboutDialog::versionsText().contains("libtiff " + v.value("libtiff") + "\n"));
        saveShot(d, "about.png");
        d.tabs()->setCurrentIndex(1);
        saveShot(d, "about-libraries.png");
        d.tabs()->setCurrentIndex(3);
        saveShot(d, "about-samples.png");
        QVERIFY(d.licence()->toPlainText().startsWith("BSD 3-Clause License"));
        const QString samples = d.sampleData()->toPlainText();
        for (const char* s : {"ExampleHuman", "CC0", "BSD-3-Clause", "stardist/stardist", "nuclei3d"})
            QVERIFY2(samples.contains(s), s);
        // In German, the tabs and the summary are German; the provenance table is as shipped.
        QVERIFY(ouro::app::installLanguage(*qApp, "de"));
        AboutDialog de;
        QCOMPARE(de.tabs()->tabText(0), QString("Über"));
        QCOMPARE(de.tabs()->tabText(3), QString("Beispieldaten"));
        QVERIFY(de.sampleData()->toPlainText().contains("öffentlichen Beispieldaten"));
        QVERIFY(ouro::app::installLanguage(*qApp, "en"));
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
