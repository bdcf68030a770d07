// OME-Arrow images in Parquet: what we write is read by DuckDB and hyparquet
// with the same pixels and metadata as the store; what DuckDB writes in the
// OME-Arrow layout imports; a round trip gives the same images; bad records
// are refused, naming the file.
#include "chunkreader.h"
#include "error.h"
#include "importer.h"
#include "omearrow.h"
#include "store.h"
#include "peers.h"
#include "testutil.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ouro;
using json = nlohmann::json;

namespace {


/** A plane's pixels as doubles, whatever the type. */
std::vector<double> planeValues(const std::string& db, const ImageInfo& im, int64_t t, int64_t c, int64_t z) {
    ChunkReader reader(db);
    const std::vector<uint8_t> px = reader.readPlane(im, 0, t, c, z);
    std::vector<double> out;
    visitDType(im.dtype, [&](auto zero) {
        using T = decltype(zero);
        const T* v = reinterpret_cast<const T*>(px.data());
        out.assign(v, v + px.size() / sizeof(T));
    });
    return out;
}

} // namespace

class TstOmeArrow : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString file(const QString& name) { return tmp_.filePath(name); }

    /** A store of the four OME sample images (int8; t, c and z series). */
    std::string samples() {
        const std::string db = file("samples.ouro").toStdString();
        if (QFile::exists(QString::fromStdString(db)))
            return db;
        Store s = Store::open(db, Store::Mode::CreateReadWrite);
        for (const char* f : {"multi-channel.ome.tiff", "time-series.ome.tif", "z-series.ome.tiff"}) {
            ImportOptions opt;
            runImport(s, planImport({testutil::source(QString("tests/data/ome_samples/") + f).toStdString()}, opt), opt);
        }
        return db;
    }

private slots:
    void peersReadWhatWeWrite() {
        guarded([&] {
            const std::string db = samples();
            const QString out = file("images.parquet");
            Store s = Store::open(db, Store::Mode::ReadOnly);
            const auto images = s.images();
            QCOMPARE(images.size(), size_t(3));
            exportOmeArrow(s, out.toStdString(), {});

            // DuckDB: one row per image; per plane its (z, t, c), pixel count, sum and first pixel.
            const json duck = peers::run("query", out,
                                   "SELECT r.type, r.name, r.pixels_meta.type, r.pixels_meta.size_x, r.pixels_meta.size_y, "
                                   "r.pixels_meta.size_z, r.pixels_meta.size_c, r.pixels_meta.size_t, "
                                   "r.pixels_meta.physical_size_x, len(r.planes) FROM (SELECT ome_arrow AS r FROM t)");
            QCOMPARE(duck.at("rows").size(), images.size());
            for (size_t i = 0; i < images.size(); ++i) {
                const auto& row = duck.at("rows")[i];
                const ImageInfo& im = images[i];
                QCOMPARE(row[0].get<std::string>(), std::string("ome.arrow"));
                QCOMPARE(row[1].get<std::string>(), im.name);
                QCOMPARE(row[2].get<std::string>(), std::string("int8"));
                QCOMPARE(row[3].get<int64_t>(), im.sizeX);
                QCOMPARE(row[4].get<int64_t>(), im.sizeY);
                QCOMPARE(row[5].get<int64_t>(), im.sizeZ);
                QCOMPARE(row[6].get<int64_t>(), im.sizeC);
                QCOMPARE(row[7].get<int64_t>(), im.sizeT);
                if (im.physicalSizeX)
                    QVERIFY(std::abs(row[8].get<double>() - *im.physicalSizeX) < 1e-6 * *im.physicalSizeX);
                else
                    QVERIFY(row[8].is_null());
                QCOMPARE(std::stoll(row[9].get<std::string>()), im.planeCount());
            }
            const json planes = peers::run("query", out,
                                     "SELECT r.name, p.z, p.t, p.c, len(p.pixels), list_sum(p.pixels), p.pixels[1], "
                                     "p.pixels[-1] FROM (SELECT ome_arrow AS r, unnest(ome_arrow.planes) AS p FROM t)");
            size_t seen = 0;
            for (const auto& row : planes.at("rows")) {
                const auto im = std::find_if(images.begin(), images.end(),
                                             [&](const ImageInfo& x) { return x.name == row[0].get<std::string>(); });
                QVERIFY(im != images.end());
                const auto px = planeValues(db, *im, row[2].get<int64_t>(), row[3].get<int64_t>(), row[1].get<int64_t>());
                double sum = 0;
                for (double v : px)
                    sum += v;
                QCOMPARE(std::stoll(row[4].get<std::string>()), int64_t(px.size()));
                QCOMPARE(std::stod(row[5].get<std::string>()), sum);
                QCOMPARE(row[6].get<int64_t>(), int64_t(px.front()));
                QCOMPARE(row[7].get<int64_t>(), int64_t(px.back()));
                ++seen;
            }
            QCOMPARE(seen, size_t(3 + 7 + 5));

            // hyparquet: the whole nested record, every pixel of every plane, and the channels.
            const json hy = peers::run("hyparquet", out);
            QVERIFY(hy.at("columns") == json({"ome_arrow"}));
            for (size_t i = 0; i < images.size(); ++i) {
                const json& r = hy.at("rows")[i][0];
                const ImageInfo& im = images[i];
                QCOMPARE(r.at("name").get<std::string>(), im.name);
                QCOMPARE(r.at("pixels_meta").at("channels").size(), size_t(im.sizeC));
                for (int64_t c = 0; c < im.sizeC; ++c)
                    QCOMPARE(r.at("pixels_meta").at("channels")[size_t(c)].at("name").get<std::string>(),
                             im.channels[size_t(c)].name);
                QCOMPARE(r.at("planes").size(), size_t(im.planeCount()));
                for (const json& p : r.at("planes")) {
                    const auto px = planeValues(db, im, p.at("t"), p.at("c"), p.at("z"));
                    const auto got = p.at("pixels").get<std::vector<double>>();
                    QVERIFY(got == px);
                }
            }
        });
    }

    void roundTripGivesTheSameImages() {
        guarded([&] {
            const std::string db = samples();
            const QString out = file("round.parquet");
            {
                Store s = Store::open(db, Store::Mode::ReadOnly);
                exportOmeArrow(s, out.toStdString(), {});
            }
            QVERIFY(isOmeArrowParquet(out.toStdString()));
            const std::string back = file("back.ouro").toStdString();
            Store b = Store::open(back, Store::Mode::CreateReadWrite);
            ImportOptions opt;
            const auto got = runImport(b, planImport({out.toStdString()}, opt), opt);
            Store s = Store::open(db, Store::Mode::ReadOnly);
            const auto want = s.images();
            QCOMPARE(got.size(), want.size());
            for (size_t i = 0; i < want.size(); ++i) {
                QCOMPARE(got[i].name, want[i].name);
                QCOMPARE(int(got[i].dtype), int(want[i].dtype));
                QCOMPARE(got[i].sizeT, want[i].sizeT);
                QCOMPARE(got[i].sizeC, want[i].sizeC);
                QCOMPARE(got[i].sizeZ, want[i].sizeZ);
                QCOMPARE(bool(got[i].physicalSizeX), bool(want[i].physicalSizeX));
                if (want[i].physicalSizeX)
                    QVERIFY(std::abs(*got[i].physicalSizeX - *want[i].physicalSizeX) < 1e-6 * *want[i].physicalSizeX);
                for (int64_t c = 0; c < want[i].sizeC; ++c) {
                    QCOMPARE(got[i].channels[size_t(c)].name, want[i].channels[size_t(c)].name);
                    QCOMPARE(got[i].channels[size_t(c)].color, want[i].channels[size_t(c)].color);
                }
                for (int64_t t = 0; t < want[i].sizeT; ++t)
                    for (int64_t c = 0; c < want[i].sizeC; ++c)
                        for (int64_t z = 0; z < want[i].sizeZ; ++z)
                            QVERIFY(planeValues(back, got[i], t, c, z) == planeValues(db, want[i], t, c, z));
            }
        });
    }

    void importsWhatDuckdbWrites() {
        guarded([&] {
            // An OME-Arrow record made by DuckDB, not by us: a 3 x 2 uint16 image, two channels,
            // planes listed out of order, and a second row that is null.
            const QString src = file("duck.parquet");
            const QString sql =
                "COPY (SELECT * FROM (VALUES ({'type': 'ome.arrow', 'version': '1.0.0', 'id': 'img-7', 'name': 'crop 7', "
                "'acquisition_datetime': TIMESTAMP '2024-05-06 07:08:09', "
                "'pixels_meta': {'dimension_order': 'XYCT', 'type': 'uint16', 'size_x': 3::INTEGER, 'size_y': 2::INTEGER, "
                "'size_z': 1::INTEGER, 'size_c': 2::SMALLINT, 'size_t': 1::INTEGER, 'physical_size_x': 0.65::FLOAT, "
                "'physical_size_y': 0.65::FLOAT, 'physical_size_z': 1.0::FLOAT, 'physical_size_x_unit': 'µm', "
                "'physical_size_y_unit': 'µm', 'physical_size_z_unit': 'µm', "
                "'channels': [{'id': 'ch0', 'name': 'DNA', 'emission_um': 0.461::FLOAT, 'excitation_um': 0.358::FLOAT, "
                "'illumination': 'Epifluorescence', 'color_rgba': 4278190335::UINTEGER}, "
                "{'id': 'ch1', 'name': 'Mito', 'emission_um': NULL::FLOAT, 'excitation_um': NULL::FLOAT, "
                "'illumination': NULL, 'color_rgba': NULL::UINTEGER}]}, "
                "'planes': [{'z': 0::INTEGER, 't': 0::INTEGER, 'c': 1::SMALLINT, 'pixels': [60000, 1, 2, 3, 4, 5]::USMALLINT[]}, "
                "{'z': 0::INTEGER, 't': 0::INTEGER, 'c': 0::SMALLINT, 'pixels': [10, 20, 30, 40, 50, 65535]::USMALLINT[]}], "
                "'masks': NULL}), (NULL)) v(ome_arrow)) TO '" + src + "' (FORMAT parquet)";
            peers::run("sql", "-", sql);
            QVERIFY(isOmeArrowParquet(src.toStdString()));
            OmeArrowFile f(src.toStdString());
            QCOMPARE(f.images().size(), size_t(1)); // the null row holds no image
            const ImageInfo& im = f.images()[0];
            QCOMPARE(im.name, std::string("crop 7"));
            QCOMPARE(int(im.dtype), int(DType::UInt16));
            QCOMPARE(im.sizeX, int64_t(3));
            QCOMPARE(im.sizeC, int64_t(2));
            QCOMPARE(im.acquisitionDate, std::string("2024-05-06T07:08:09"));
            QCOMPARE(im.channels[0].name, std::string("DNA"));
            QCOMPARE(im.channels[0].color, std::optional<uint32_t>(0xFF0000FFu));
            QVERIFY(std::abs(*im.channels[0].emissionWavelength - 461) < 1e-3);
            QCOMPARE(im.channels[1].name, std::string("Mito"));
            QVERIFY(!im.channels[1].color);
            QVERIFY(std::abs(*im.physicalSizeX - 0.65) < 1e-6);

            const std::string db = file("duck.ouro").toStdString();
            Store s = Store::open(db, Store::Mode::CreateReadWrite);
            ImportOptions opt;
            const auto got = runImport(s, planImport({src.toStdString()}, opt), opt);
            QCOMPARE(got.size(), size_t(1));
            QVERIFY((planeValues(db, got[0], 0, 0, 0) == std::vector<double>{10, 20, 30, 40, 50, 65535}));
            QVERIFY((planeValues(db, got[0], 0, 1, 0) == std::vector<double>{60000, 1, 2, 3, 4, 5}));
        });
    }

    void badRecordsAreRefused() {
        guarded([&] {
            const auto write = [&](const QString& name, const QString& pixels, const QString& z) {
                const QString path = file(name);
                peers::run("sql", "-",
                     "COPY (SELECT {'type': 'ome.arrow', 'name': 'bad', 'pixels_meta': {'type': 'uint8', "
                     "'size_x': 2, 'size_y': 2, 'size_z': 1, 'size_c': 1, 'size_t': 1}, "
                     "'planes': [{'z': " + z + ", 't': 0, 'c': 0, 'pixels': " + pixels + "}]} AS ome_arrow) TO '" +
                         path + "' (FORMAT parquet)");
                return path.toStdString();
            };
            const auto importError = [&](const std::string& path) {
                const std::string db = file("bad.ouro").toStdString();
                QFile::remove(QString::fromStdString(db));
                Store s = Store::open(db, Store::Mode::CreateReadWrite);
                ImportOptions opt;
                try {
                    runImport(s, planImport({path}, opt), opt);
                } catch (const Error& e) {
                    if (!s.images().empty())
                        return std::string("an image of the failed import stayed");
                    return std::string(e.what());
                }
                return std::string();
            };
            std::string msg = importError(write("short.parquet", "[1, 2, 3]", "0"));
            QVERIFY2(msg.find("short.parquet") != std::string::npos && msg.find("3 pixels") != std::string::npos,
                     msg.c_str());
            msg = importError(write("z.parquet", "[1, 2, 3, 4]", "4"));
            QVERIFY2(msg.find("z.parquet") != std::string::npos && msg.find("outside") != std::string::npos, msg.c_str());
            msg = importError(write("range.parquet", "[1, 2, 3, 300]", "0"));
            QVERIFY2(msg.find("300") != std::string::npos && msg.find("uint8") != std::string::npos, msg.c_str());
            // A Parquet file without an image column is not taken for one.
            QVERIFY(!isOmeArrowParquet(testutil::source("tests/data/examplehuman/examplehuman_joined_profiles.parquet").toStdString()));
        });
    }

    void cliExportsAndImportsImages() {
        // ouro export --images ome-arrow, then ouro import of the file: images, not a table.
        const QString db = file("eh.ouro"), out = file("eh.parquet"), back = file("eh-back.ouro");
        QVERIFY(testutil::makeExampleHuman(db, false));
        auto r = testutil::ouro({"export", db, "--format", "parquet", "--images", "ome-arrow", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = testutil::ouro({"export", db, "--format", "csv", "--images", "ome-arrow", "--out", file("x.csv")});
        QCOMPARE(r.exitCode, 2); // a usage error
        r = testutil::ouro({"import", out, "--into", back});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("uint8 1x3x1x512x512"), qPrintable(r.out));
        r = testutil::ouro({"info", back});
        QVERIFY(r.out.contains("\"DNA\" #0000FF") && !r.out.contains("table"));
    }

    void mixedPixelTypesAreRefused() {
        guarded([&] {
            const std::string db = file("mixed.ouro").toStdString();
            {
                Store s = Store::open(db, Store::Mode::CreateReadWrite);
                ImportOptions opt;
                runImport(s, planImport({testutil::source("tests/data/ome_samples/single-channel.ome.tiff").toStdString()}, opt), opt);
                runImport(s, planImport({testutil::exampleHumanChannels()[0].toStdString()}, opt), opt);
            }
            Store s = Store::open(db, Store::Mode::ReadOnly);
            const QString out = file("mixed.parquet");
            try {
                exportOmeArrow(s, out.toStdString(), {});
                QFAIL("int8 and uint8 images went into one column");
            } catch (const Error& e) {
                QVERIFY2(std::string(e.what()).find("--image") != std::string::npos, e.what());
            }
            QVERIFY(!QFile::exists(out));
            exportOmeArrow(s, out.toStdString(), {1}); // the uint8 one alone: stored as uint16
            const json duck = peers::run("query", out, "SELECT typeof(ome_arrow.planes[1].pixels[1]), ome_arrow.pixels_meta.type FROM t");
            QCOMPARE(duck.at("rows")[0][0].get<std::string>(), std::string("USMALLINT"));
            QCOMPARE(duck.at("rows")[0][1].get<std::string>(), std::string("uint8"));
        });
    }
};

QTEST_GUILESS_MAIN(TstOmeArrow)
#include "tst_omearrow.moc"
