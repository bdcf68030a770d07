// The profile table dock against the file's own SQL: filter counts, inline
// errors, sorting, linking both ways, recolouring and CSV export.
#include "profilepanel.h"
#include "parquet.h"
#include "colormap.h"
#include "sqlite.h"
#include "store.h"
#include "testutil.h"

#include <sqlite3.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace ouro;
using namespace ouro::widgets;

class TstProfilePanel : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString db_;
    std::unique_ptr<ProfilePanel> panel_;
    int64_t labelImage_ = 0;

    int64_t sqlCount(const std::string& where) {
        sql::Db db(db_.toStdString(), SQLITE_OPEN_READONLY);
        return db.scalarInt("SELECT COUNT(*) FROM Nuclei WHERE " + where);
    }

private slots:
    void initTestCase() {
        db_ = tmp_.filePath("p.ouro");
        QVERIFY(testutil::makeExampleHuman(db_));
        auto r = testutil::ouro({"import", testutil::data("examplehuman/Nuclei.csv"), "--into", db_, "--link-labels",
                                 "nuclei"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        sql::Db db(db_.toStdString(), SQLITE_OPEN_READONLY);
        labelImage_ = db.scalarInt("SELECT id FROM label_image WHERE name='nuclei'");
        panel_ = std::make_unique<ProfilePanel>();
        panel_->resize(1000, 500);
        panel_->show();
        QSignalSpy shown(panel_.get(), &ProfilePanel::tableShown);
        panel_->openFile(db_);
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.at(0).at(0).toString(), QString("Nuclei"));
    }

    void rowsArriveWithKeysFirst() {
        auto* m = panel_->model();
        QCOMPARE(m->rowCount(), 289);
        QCOMPARE(m->keyColumnCount(), 2);
        QCOMPARE(m->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QString("ImageNumber"));
        QCOMPARE(m->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QString("ObjectNumber"));
        // The first read of a row is a placeholder; the page then arrives from the worker.
        QTRY_COMPARE_WITH_TIMEOUT(m->data(m->index(200, 1), Qt::UserRole).toLongLong(), 201LL, 5000);
    }

    void filterCountsAndErrors() {
        QSignalSpy done(panel_->model(), &ProfileModel::filterFinished);
        panel_->filterEdit()->setText("AreaShape_Area > 250");
        panel_->applyFilter();
        QVERIFY(done.wait(5000));
        const int64_t n = sqlCount("AreaShape_Area > 250");
        QCOMPARE(done.at(0).at(0).toLongLong(), n);
        QCOMPARE(panel_->model()->rowCount(), int(n));
        QVERIFY2(panel_->matchLabel()->text().contains(QString("%1 of 289").arg(n)),
                 qPrintable(panel_->matchLabel()->text()));
        // A mistake is explained inline with its position; the rows stay as they were.
        QSignalSpy failed(panel_->model(), &ProfileModel::filterFailed);
        panel_->filterEdit()->setText("AreaShape_Area > > 3");
        panel_->applyFilter();
        QVERIFY(failed.wait(5000));
        QVERIFY(!panel_->errorLabel()->isHidden());
        QVERIFY2(panel_->errorLabel()->text().contains("position"), qPrintable(panel_->errorLabel()->text()));
        QCOMPARE(panel_->model()->rowCount(), int(n));
        // An escape attempt is refused the same way.
        panel_->filterEdit()->setText("1); DROP TABLE zarr; --");
        panel_->applyFilter();
        QTRY_VERIFY(panel_->errorLabel()->text().contains("one expression"));
    }

    void sortDescending() {
        QSignalSpy ordered(panel_->model(), &ProfileModel::orderChanged);
        panel_->filterEdit()->clear();
        panel_->applyFilter();
        QVERIFY(ordered.wait(5000));
        auto* m = panel_->model();
        const int col = m->modelColumn(m->table()->columnIndex("AreaShape_Area"));
        QVERIFY(col >= 2);
        m->sort(col, Qt::DescendingOrder);
        QVERIFY(ordered.wait(5000));
        sql::Db db(db_.toStdString(), SQLITE_OPEN_READONLY);
        const int64_t top = db.scalarInt("SELECT row_id FROM Nuclei ORDER BY AreaShape_Area DESC, row_id LIMIT 1");
        QCOMPARE(m->rowId(0), top);
        QTRY_COMPARE_WITH_TIMEOUT(m->data(m->index(0, col), Qt::UserRole).toLongLong(),
                                  db.scalarInt("SELECT MAX(AreaShape_Area) FROM Nuclei"), 5000);
        m->sort(-1, Qt::AscendingOrder);
        QVERIFY(ordered.wait(5000));
    }

    void linkingBothWays() {
        // A click in the viewer on label 17 selects row 17 (ObjectNumber 17).
        panel_->selectObject(labelImage_, 17);
        QTRY_COMPARE_WITH_TIMEOUT(panel_->view()->selectionModel()->selectedRows().size(), 1, 5000);
        QCOMPARE(panel_->model()->rowId(panel_->view()->selectionModel()->selectedRows()[0].row()), int64_t(17));
        // Selecting rows reports their objects, with boxes to frame them.
        QSignalSpy objects(panel_.get(), &ProfilePanel::objectsSelected);
        panel_->view()->selectRow(41); // row_id 42
        QVERIFY(objects.wait(5000));
        auto boxes = objects.last().at(0).value<std::vector<ProfileTable::ObjectBox>>();
        QCOMPARE(boxes.size(), size_t(1));
        QCOMPARE(boxes[0].label, uint32_t(42));
        QVERIFY(boxes[0].maxX > boxes[0].minX && boxes[0].maxY > boxes[0].minY);
    }

    void recolourByFilter() {
        QSignalSpy colors(panel_.get(), &ProfilePanel::labelColorsChanged);
        panel_->setLabelTarget(labelImage_, 289);
        panel_->nomatchBox()->setCurrentIndex(panel_->nomatchBox()->findData("hide"));
        panel_->filterEdit()->setText("ObjectNumber <= 10");
        panel_->applyFilter();
        QTRY_VERIFY_WITH_TIMEOUT(!colors.isEmpty() &&
                                     !colors.last().at(0).value<LabelColors>().empty(), 5000);
        // Wait for the colours of this filter (earlier ones may arrive first).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                uint32_t c = 0;
                return colors.last().at(0).value<LabelColors>().lookup(11, c) && c == 0u;
            }(),
            5000);
        const auto lc = colors.last().at(0).value<LabelColors>();
        for (uint32_t id = 1; id <= 289; ++id) {
            uint32_t c = 0;
            QVERIFY(lc.lookup(id, c));
            QCOMPARE(c, id <= 10 ? 0xFFD700FFu : 0u); // matches in the match colour, the rest hidden
        }
    }

    void exportCsvOfFilteredRows() {
        QSignalSpy done(panel_.get(), &ProfilePanel::exportFinished);
        const QString out = tmp_.filePath("rows.csv");
        panel_->exportCsv(out);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(1).toString(), QString());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 11); // header + ObjectNumber 1..10
        QVERIFY(lines[0].startsWith("ImageNumber,ObjectNumber,"));
        QVERIFY(lines[10].startsWith("1,10,"));
    }

    void exportParquetOfFilteredRows() {
        // The applied filter (ObjectNumber <= 10) decides the rows; every column goes out.
        QSignalSpy done(panel_.get(), &ProfilePanel::exportFinished);
        const QString out = tmp_.filePath("rows.parquet");
        panel_->exportParquet(out);
        QVERIFY(panel_->exporting());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(1).toString(), QString());
        QVERIFY(!panel_->exporting());
        parquet::FileReader r(out.toStdString());
        QCOMPARE(r.rows(), int64_t(10));
        QCOMPARE(r.columns()[1].name, std::string("Metadata_ObjectNumber"));
        QCOMPARE(r.read(0, 1).ints, (std::vector<int64_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        QVERIFY(!QFile::exists(out + ".part"));
    }

    void colourByWithARangeOrCategories() {
        QSignalSpy colors(panel_.get(), &ProfilePanel::labelColorsChanged);
        panel_->filterEdit()->clear();
        panel_->applyFilter();
        std::map<uint32_t, double> area;
        std::map<uint32_t, int> count;
        {
            sql::Db db(db_.toStdString(), SQLITE_OPEN_READONLY);
            sql::Stmt st(db, "SELECT ObjectNumber, AreaShape_Area, Children_PH3_Count FROM Nuclei");
            while (st.step()) {
                area[uint32_t(st.getInt(0))] = st.getDouble(1);
                count[uint32_t(st.getInt(0))] = int(st.getInt(2));
            }
        }
        // Waits for colours in which every object has the colour `want` gives it.
        const auto coloursAre = [&](const std::function<uint32_t(uint32_t)>& want) {
            return QTest::qWaitFor(
                [&] {
                    if (colors.isEmpty())
                        return false;
                    const auto lc = colors.last().at(0).value<LabelColors>();
                    for (uint32_t id = 1; id <= 289; ++id) {
                        uint32_t c = 0;
                        if (!lc.lookup(id, c) || c != want(id))
                            return false;
                    }
                    return true;
                },
                5000);
        };
        auto* box = panel_->colorByBox();
        box->setCurrentIndex(box->findText("AreaShape_Area"));
        const std::string cmap = "magma"; // whatever a previous run remembered
        for (auto* c : panel_->findChildren<QComboBox*>())
            if (c->findText("magma") >= 0)
                c->setCurrentIndex(c->findText("magma"));
        QTRY_VERIFY(panel_->rangeLowEdit()->isEnabled());
        QVERIFY(!panel_->rangeLowEdit()->placeholderText().isEmpty()); // the automatic range
        // A manual range: values map linearly from 100 to 300.
        panel_->rangeLowEdit()->setText("100");
        panel_->rangeHighEdit()->setText("300");
        emit panel_->rangeHighEdit()->editingFinished();
        QVERIFY(coloursAre([&](uint32_t id) { return colormapColor(cmap, (area[id] - 100) / 200.0); }));
        // A count of few values is categorical, and the range fields do not apply.
        box->setCurrentIndex(box->findText("Children_PH3_Count"));
        QVERIFY(panel_->rangeLowEdit()->text().isEmpty());
        QVERIFY(coloursAre([&](uint32_t id) { return categoricalColor(size_t(count[id])); }));
        QVERIFY(!panel_->rangeLowEdit()->isEnabled());
        box->setCurrentIndex(0);
    }

    void appAndRenderGiveTheSameColours() {
        // One labelling function: the dock's colour table and `ouro render` agree, object by
        // object, for a filter with colour-by and "grey" for the others.
        QSignalSpy colors(panel_.get(), &ProfilePanel::labelColorsChanged);
        panel_->setLabelTarget(labelImage_, 289);
        for (auto* c : panel_->findChildren<QComboBox*>())
            if (c->findText("magma") >= 0)
                c->setCurrentIndex(c->findText("magma"));
        panel_->rangeLowEdit()->clear();
        panel_->rangeHighEdit()->clear();
        panel_->colorByBox()->setCurrentIndex(panel_->colorByBox()->findText("AreaShape_Area"));
        panel_->nomatchBox()->setCurrentIndex(panel_->nomatchBox()->findData("grey"));
        const QString expr = "AreaShape_Area > 150";
        panel_->filterEdit()->setText(expr);
        panel_->applyFilter();
        std::map<uint32_t, double> area;
        {
            sql::Db db(db_.toStdString(), SQLITE_OPEN_READONLY);
            sql::Stmt st(db, "SELECT ObjectNumber, AreaShape_Area FROM Nuclei");
            while (st.step())
                area[uint32_t(st.getInt(0))] = st.getDouble(1);
        }
        // The colours of this request: small objects grey, large ones not in the plain match colour.
        const auto settled = [&] {
            if (colors.isEmpty())
                return false;
            const auto lc = colors.last().at(0).value<LabelColors>();
            for (const auto& [id, a] : area) {
                uint32_t c = 0;
                if (!lc.lookup(id, c) || (a > 150) == (c == 0x808080FFu) || c == 0xFFD700FFu)
                    return false;
            }
            return true;
        };
        QVERIFY(QTest::qWaitFor(settled, 5000));
        const auto app = colors.last().at(0).value<LabelColors>();

        const QString png = tmp_.filePath("same.png"), ids = tmp_.filePath("ids.u16");
        auto r = testutil::ouro({"render", db_, "--image", "0", "--out", png, "--labels", "nuclei", "--table", "Nuclei",
                                 "--filter", expr, "--color-by", "AreaShape_Area", "--colormap", "magma", "--nomatch",
                                 "#808080", "--label-opacity", "1", "--label-mode", "fill"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto m = testutil::run(testutil::python(),
                               {"-c", "import sys, tifffile; tifffile.imread(sys.argv[1]).astype('<u2').tofile(sys.argv[2])",
                                testutil::samples("examplehuman/nuclei_labels.tif"), ids});
        QVERIFY2(m.exitCode == 0, qPrintable(m.err));
        QFile f(ids);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QCOMPARE(raw.size(), qsizetype(512 * 512 * 2));
        const auto* id = reinterpret_cast<const uint16_t*>(raw.constData());
        const QImage img = QImage(png).convertToFormat(QImage::Format_RGB32);
        std::set<uint32_t> grey, coloured;
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x) {
                const uint16_t k = id[y * 512 + x];
                if (!k)
                    continue;
                uint32_t c = 0;
                QVERIFY(app.lookup(k, c));
                QCOMPARE(c & 0xFFu, 0xFFu); // opaque: the render shows exactly this colour
                if (img.pixel(x, y) != qRgb(int(c >> 24), int((c >> 16) & 0xFF), int((c >> 8) & 0xFF)))
                    QFAIL(qPrintable(QStringLiteral("object %1 at %2,%3: the app says #%4, ouro render drew #%5")
                                         .arg(k).arg(x).arg(y).arg(c >> 8, 6, 16, QChar('0'))
                                         .arg(img.pixel(x, y) & 0xFFFFFF, 6, 16, QChar('0'))));
                (c == 0x808080FFu ? grey : coloured).insert(k);
            }
        QVERIFY(grey.size() > 10 && coloured.size() > 10); // both kinds of object were compared
        panel_->filterEdit()->clear();
        panel_->applyFilter();
        panel_->colorByBox()->setCurrentIndex(0);
    }

    void cleanupTestCase() { panel_.reset(); }
};

Q_DECLARE_METATYPE(std::vector<ouro::ProfileTable::ObjectBox>)

QTEST_MAIN(TstProfilePanel)
#include "tst_profilepanel.moc"
