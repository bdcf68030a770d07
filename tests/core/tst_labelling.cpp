// computeLabelling() against a six-row table whose colours are known by hand:
// filters with each no-match mode, colour-by a number (range and legend), a
// text and a small-integer column (categories), both together, and
// cancellation and errors.
#include "colormap.h"
#include "error.h"
#include "labelling.h"
#include "profiletable.h"
#include "render.h"
#include "sqlite.h"
#include "testutil.h"

#include <sqlite3.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ouro;

class TstLabelling : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<ProfileTable> table_;
    int64_t labelImage_ = 0;
    static constexpr uint32_t kMaxLabel = 289; // ExampleHuman's nuclei

    LabellingRequest request() const {
        LabellingRequest r;
        r.labelImageId = labelImage_;
        r.maxLabel = kMaxLabel;
        return r;
    }
    int column(const char* name) const { return table_->columnIndex(name); }
    static uint32_t viridis(double value) { return colormapColor("viridis", (value - 10.5) / 40); }

private slots:
    void initTestCase() {
        const QString db = tmp_.filePath("l.ouro");
        QVERIFY(testutil::makeExampleHuman(db));
        // Objects 1..6 of the nuclei; object 6 has no Value.
        const QString csv = tmp_.filePath("Cells.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ImageNumber,ObjectNumber,Value,Class,Count\n"
                "1,1,10.5,a,0\n1,2,20.5,b,1\n1,3,30.5,a,0\n1,4,40.5,c,2\n1,5,50.5,b,1\n1,6,,a,0\n");
        f.close();
        auto r = testutil::ouro({"import", csv, "--into", db, "--link-labels", "nuclei"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        sql::Db d(db.toStdString(), SQLITE_OPEN_READONLY);
        labelImage_ = d.scalarInt("SELECT id FROM label_image WHERE name='nuclei'");
        table_ = std::make_unique<ProfileTable>(db.toStdString(), "Cells");
        QCOMPARE(table_->info().rows, int64_t(6));
    }

    void plainWithoutFilterOrColourBy() {
        const Labelling l = computeLabelling(*table_, request());
        QVERIFY(!l.active);
        QVERIFY(l.labelColors.empty());
        QVERIFY(!l.rowColors);
        QCOMPARE(l.matched, int64_t(-1));
    }

    void filterWithEachNoMatchMode_data() {
        QTest::addColumn<int>("mode");
        QTest::newRow("hide") << int(NoMatch::Hide);
        QTest::newRow("dim") << int(NoMatch::Dim);
        QTest::newRow("colour") << int(NoMatch::Color);
    }
    void filterWithEachNoMatchMode() {
        QFETCH(int, mode);
        auto req = request();
        req.filter = "Value >= 30";
        req.noMatch = NoMatch(mode);
        req.noMatchColor = 0x112233FFu;
        const Labelling l = computeLabelling(*table_, req);
        QVERIFY(l.active);
        QCOMPARE(l.matched, int64_t(3));
        QCOMPARE(l.total, int64_t(6));
        QVERIFY(!l.rowColors);
        QCOMPARE(l.labelColors.size(), size_t(kMaxLabel) + 1);
        QCOMPARE(l.labelColors[0], LabelColors::kUnset);
        for (uint32_t id = 1; id <= kMaxLabel; ++id) {
            const uint32_t other = mode == int(NoMatch::Hide)  ? 0u
                                   : mode == int(NoMatch::Dim) ? (labelColor(id) & 0xFFFFFF00u) | 0x40u
                                                                : 0x112233FFu;
            QCOMPARE(l.labelColors[id], id >= 3 && id <= 5 ? 0xFFD700FFu : other);
        }
    }

    void matchingRowsGivenByTheCaller() {
        auto req = request();
        req.filter = "this is not used";
        req.filterRows = std::make_shared<const std::vector<int64_t>>(std::vector<int64_t>{2, 6});
        req.noMatch = NoMatch::Hide;
        req.matchColor = 0xFF00FFFFu;
        const Labelling l = computeLabelling(*table_, req);
        QCOMPARE(l.matched, int64_t(2));
        for (uint32_t id = 1; id <= kMaxLabel; ++id)
            QCOMPARE(l.labelColors[id], id == 2 || id == 6 ? 0xFF00FFFFu : 0u);
    }

    void colourByANumber() {
        auto req = request();
        req.colorBy = column("Value");
        req.low = 10.5;
        req.high = 50.5;
        const Labelling l = computeLabelling(*table_, req);
        QVERIFY(l.active);
        QCOMPARE(l.title, std::string("Value"));
        QVERIFY(l.continuous);
        QCOMPARE(l.low, 10.5);
        QCOMPARE(l.high, 50.5);
        QCOMPARE(l.autoLow, quantile({10.5, 20.5, 30.5, 40.5, 50.5}, 0.01));
        QCOMPARE(l.autoHigh, quantile({10.5, 20.5, 30.5, 40.5, 50.5}, 0.99));
        QCOMPARE(l.ramp.size(), size_t(64));
        QCOMPARE(l.ramp.front(), colormapColor("viridis", 0));
        QCOMPARE(l.ramp.back(), colormapColor("viridis", 1));
        QVERIFY(l.categories.empty());
        QCOMPARE(l.matched, int64_t(-1));
        for (uint32_t id = 1; id <= 5; ++id) {
            QCOMPARE(l.labelColors[id], viridis(10.0 * id + 0.5));
            QCOMPARE((*l.rowColors)[id - 1], viridis(10.0 * id + 0.5));
        }
        QCOMPARE((*l.rowColors)[5], 0u); // no value
        for (uint32_t id = 6; id <= kMaxLabel; ++id)
            QCOMPARE(l.labelColors[id], 0x80808060u); // no value, or no row: faint grey
        // Without a range, the automatic one; one end can be set alone.
        req.low.reset();
        const Labelling a = computeLabelling(*table_, req);
        QCOMPARE(a.low, a.autoLow);
        QCOMPARE(a.high, 50.5);
    }

    void colourByCategories_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::vector<std::string>>("categories");
        QTest::addColumn<std::vector<int>>("index"); // of each object 1..6
        QTest::newRow("text, first seen first") << "Class" << std::vector<std::string>{"a", "b", "c"}
                                                << std::vector<int>{0, 1, 0, 2, 1, 0};
        QTest::newRow("few integers, ascending") << "Count" << std::vector<std::string>{"0", "1", "2"}
                                                 << std::vector<int>{0, 1, 0, 2, 1, 0};
    }
    void colourByCategories() {
        QFETCH(QString, name);
        QFETCH(std::vector<std::string>, categories);
        QFETCH(std::vector<int>, index);
        auto req = request();
        req.colorBy = column(name.toUtf8().constData());
        const Labelling l = computeLabelling(*table_, req);
        QVERIFY(!l.continuous);
        QVERIFY(l.ramp.empty());
        QCOMPARE(l.categories.size(), categories.size());
        for (size_t i = 0; i < categories.size(); ++i) {
            QCOMPARE(l.categories[i].first, categories[i]);
            QCOMPARE(l.categories[i].second, categoricalColor(i));
        }
        for (uint32_t id = 1; id <= 6; ++id)
            QCOMPARE(l.labelColors[id], categoricalColor(size_t(index[id - 1])));
    }

    void filterAndColourBy() {
        // Matches take their value's colour; a match without a value is drawn as not matching.
        auto req = request();
        req.filter = "Class = 'a'";
        req.colorBy = column("Value");
        req.low = 10.5;
        req.high = 50.5;
        req.noMatch = NoMatch::Hide;
        const Labelling l = computeLabelling(*table_, req);
        QCOMPARE(l.matched, int64_t(3));
        for (uint32_t id = 1; id <= kMaxLabel; ++id)
            QCOMPARE(l.labelColors[id], id == 1 ? viridis(10.5) : id == 3 ? viridis(30.5) : 0u);
        QCOMPARE(*l.rowColors, (std::vector<uint32_t>{viridis(10.5), 0, viridis(30.5), 0, 0, 0}));
    }

    void onlyTheRowsWithoutALabelImage() {
        auto req = request();
        req.labelImageId = -1;
        req.colorBy = column("Class");
        const Labelling l = computeLabelling(*table_, req);
        QVERIFY(l.labelColors.empty());
        QCOMPARE(l.rowColors->size(), size_t(6));
        QCOMPARE((*l.rowColors)[3], categoricalColor(2));
    }

    void cancelledAndBadFilters() {
        auto req = request();
        req.filter = "Value > 1";
        req.cancelled = [] { return true; };
        QVERIFY_THROWS_EXCEPTION(Cancelled, computeLabelling(*table_, req));
        req.cancelled = nullptr;
        req.filter = "Value > > 1";
        try {
            computeLabelling(*table_, req);
            QFAIL("a bad filter was accepted");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("position") != std::string::npos, e.what());
        }
    }

    void colormapsFollowMatplotlib() {
        // Every colormap the guide offers, against matplotlib's own tables (an independent
        // implementation of the published maps), at 101 points: our anchors (t = 0, 0.1, …) within
        // 1 of matplotlib's colour, and the linear interpolation between them within 15 (its known
        // error, largest in viridis: 14).
        auto names = colormapNames();
        std::sort(names.begin(), names.end());
        QCOMPARE(names, (std::vector<std::string>{"cividis", "coolwarm", "magma", "plasma", "viridis"}));
        auto r = testutil::run(testutil::python(),
                               {"-c", "import matplotlib\n"
                                      "for n in ['viridis', 'magma', 'plasma', 'cividis', 'coolwarm']:\n"
                                      "    c = matplotlib.colormaps[n]\n"
                                      "    print(n, ' '.join('%d,%d,%d' % tuple(round(v * 255) for v in c(k / 100)[:3])"
                                      " for k in range(101)))\n"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        for (const QString& line : lines) {
            const QStringList parts = line.split(' ');
            const std::string name = parts[0].toStdString();
            QCOMPARE(parts.size(), 102);
            int worst = 0;
            for (int k = 0; k <= 100; ++k) {
                const QStringList rgb = parts[k + 1].split(',');
                const uint32_t ours = colormapColor(name, k / 100.0);
                const int d = std::max({std::abs(int(ours >> 24) - rgb[0].toInt()),
                                        std::abs(int((ours >> 16) & 0xFF) - rgb[1].toInt()),
                                        std::abs(int((ours >> 8) & 0xFF) - rgb[2].toInt())});
                worst = std::max(worst, d);
                QVERIFY2(d <= (k % 10 == 0 ? 1 : 15), qPrintable(QStringLiteral("%1 at %2: off by %3").arg(parts[0]).arg(k).arg(d)));
            }
            qInfo("%s: largest difference %d", name.c_str(), worst);
        }
        // At the ends the maps are the published colours exactly.
        QCOMPARE(colormapColor("plasma", 0.0), 0x0D0887FFu);
        QCOMPARE(colormapColor("plasma", 1.0), 0xF0F921FFu);
        QCOMPARE(colormapColor("cividis", 0.0), 0x00224EFFu);
        QCOMPARE(colormapColor("coolwarm", 0.5), 0xDDDCDCFFu);
        QCOMPARE(colormapColor("coolwarm", 1.0), 0xB40426FFu);
    }
};

QTEST_GUILESS_MAIN(TstLabelling)
#include "tst_labelling.moc"
