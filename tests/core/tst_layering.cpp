// core/ must not know about Qt or VTK: the CLI and future bindings reuse it unchanged.
#include "testutil.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

class TstLayering : public QObject {
    Q_OBJECT
private slots:
    void coreIncludesNoQtOrVtk() {
        QRegularExpression bad(QStringLiteral("^\\s*#\\s*include\\s*[<\"](Q[A-Za-z]+|Qt[A-Za-z]*/|vtk[A-Za-z]+)"),
                               QRegularExpression::MultilineOption);
        QDirIterator it(testutil::source("core"), {"*.h", "*.cpp", "*.hpp", "*.in"}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        QStringList offenders;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            auto m = bad.match(QString::fromUtf8(f.readAll()));
            if (m.hasMatch())
                offenders << it.filePath() + ": " + m.captured(0).trimmed();
        }
        QVERIFY2(files > 10, "core/ sources not found");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join('\n')));
    }

    void coreCMakeLinksNoQt() {
        QFile f(testutil::source("core/CMakeLists.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(!text.contains("Qt6::") && !text.contains("VTK::"));
    }

    void cliIsCoreOnly() {
        QFile f(testutil::source("app/cli/CMakeLists.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains("ouro_core"));
        QVERIFY(!text.contains("Qt6::") && !text.contains("ouro_widgets"));
    }
};

QTEST_GUILESS_MAIN(TstLayering)
#include "tst_layering.moc"
