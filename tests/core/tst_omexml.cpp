// OME-XML: every DimensionOrder, attributes with units, TiffData, and the writer.
#include "error.h"
#include "omexml.h"
#include "testutil.h"

#include <QTest>

using namespace ouro;

namespace {
// moc cannot parse raw string literals with quotes, so test XML lives in files.
std::string readFile(const QString& rel) {
    QFile f(testutil::data(rel));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(rel));
    return f.readAll().toStdString();
}
} // namespace

class TstOmeXml : public QObject {
    Q_OBJECT
private slots:
    void dimensionOrders_data() {
        QTest::addColumn<QString>("order");
        // (z, c, t) of plane 1 and of plane (sizes of the two fastest dims) for Z=2, C=3, T=4.
        QTest::addColumn<QList<int>>("plane1");
        QTest::addColumn<QList<int>>("planeNext");
        QTest::newRow("XYZCT") << "XYZCT" << QList<int>{1, 0, 0} << QList<int>{0, 0, 1}; // plane 6: c wraps
        QTest::newRow("XYZTC") << "XYZTC" << QList<int>{1, 0, 0} << QList<int>{0, 1, 0}; // plane 8: t wraps
        QTest::newRow("XYCZT") << "XYCZT" << QList<int>{0, 1, 0} << QList<int>{0, 0, 1};
        QTest::newRow("XYCTZ") << "XYCTZ" << QList<int>{0, 1, 0} << QList<int>{1, 0, 0};
        QTest::newRow("XYTZC") << "XYTZC" << QList<int>{0, 0, 1} << QList<int>{0, 1, 0};
        QTest::newRow("XYTCZ") << "XYTCZ" << QList<int>{0, 0, 1} << QList<int>{1, 0, 0};
    }
    void dimensionOrders() {
        QFETCH(QString, order);
        QFETCH(QList<int>, plane1);
        QFETCH(QList<int>, planeNext);
        const std::string o = order.toStdString();
        const int64_t Z = 2, C = 3, T = 4;
        auto p1 = planeZCT(o, 1, Z, C, T);
        QCOMPARE((QList<int>{int(p1[0]), int(p1[1]), int(p1[2])}), plane1);
        // The plane after the two fastest dimensions wrap.
        const int64_t sizes[3] = {Z, C, T};
        auto idx = [&](char ch) { return ch == 'Z' ? 0 : ch == 'C' ? 1 : 2; };
        int64_t wrap = sizes[idx(o[2])] * sizes[idx(o[3])];
        auto pn = planeZCT(o, wrap, Z, C, T);
        QCOMPARE((QList<int>{int(pn[0]), int(pn[1]), int(pn[2])}), planeNext);
        // planeIndex is the inverse for every plane.
        for (int64_t i = 0; i < Z * C * T; ++i) {
            auto zct = planeZCT(o, i, Z, C, T);
            QCOMPARE(planeIndex(o, zct[0], zct[1], zct[2], Z, C, T), i);
        }
    }

    void unknownOrderIsAnError() { QVERIFY_THROWS_EXCEPTION(Error, planeZCT("XYQCT", 0, 1, 1, 1)); }

    void parsesAttributesAndUnits() {
        auto doc = parseOmeXml(readFile("ome_xml/attributes.ome.xml"), "test.ome.tif");
        QCOMPARE(doc.images.size(), size_t(1));
        const auto& i = doc.images[0].info;
        QCOMPARE(i.name, std::string("cells"));
        QCOMPARE(i.dtype, DType::UInt16);
        QCOMPARE(i.sizeX, 64);
        QCOMPARE(i.sizeC, 2);
        QCOMPARE(i.sizeT, 5);
        QCOMPARE(i.sourceDimensionOrder, std::string("XYCZT"));
        QCOMPARE(*i.physicalSizeX, 0.65);
        QCOMPARE(i.physicalSizeXUnit, std::string("µm"));
        QCOMPARE(i.physicalSizeYUnit, std::string("µm")); // the OME default
        QCOMPARE(*i.physicalSizeZ, 200.0);
        QCOMPARE(i.physicalSizeZUnit, std::string("nm"));
        QCOMPARE(*i.timeIncrement, 30.0);
        QCOMPARE(i.acquisitionDate, std::string("2020-01-02T03:04:05"));
        QCOMPARE(i.channels[0].name, std::string("DAPI"));
        QCOMPARE(*i.channels[0].color, 0x0000FFFFu); // 65535 = 0x0000FFFF: blue, opaque
        QCOMPARE(*i.channels[1].color, 0xFF0000FFu); // -16776961 = 0xFF0000FF: red
        QCOMPARE(*i.channels[0].emissionWavelength, 461.0);
        QCOMPARE(*i.channels[1].excitationWavelength, 488.0);
        QCOMPARE(i.planes.size(), size_t(1));
        QCOMPARE(*i.planes[0].deltaT, 60.5);
        QCOMPARE(*i.planes[0].exposureTime, 20.0);
        QCOMPARE(i.planes[0].exposureTimeUnit, std::string("ms"));
        QCOMPARE(*i.planes[0].positionY, 20.0);
        QCOMPARE(doc.images[0].tiffData.size(), size_t(1));
        QCOMPARE(*doc.images[0].tiffData[0].planeCount, 30);
    }

    void rgbChannelBecomesThreeChannels() {
        auto doc = parseOmeXml(readFile("ome_xml/rgb.ome.xml"), "rgb.ome.tif");
        QCOMPARE(doc.images[0].samplesPerPixel, 3);
        QCOMPARE(doc.images[0].info.channels.size(), size_t(3));
        QCOMPARE(*doc.images[0].info.channels[0].color, 0xFF0000FFu);
    }

    void badXmlNamesTheFile() {
        try {
            parseOmeXml("<OME><Image><Pixels SizeX=", "broken.ome.tif");
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("broken.ome.tif") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(Error, parseOmeXml("<OME><Image><Pixels Type='uint8' SizeX='-4' SizeY='1' SizeZ='1' "
                                                    "SizeC='1' SizeT='1'/></Image></OME>", "neg.ome.tif"));
        QVERIFY_THROWS_EXCEPTION(Error, parseOmeXml("<OME><Image><Pixels Type='complex' SizeX='4' SizeY='1' SizeZ='1' "
                                                    "SizeC='1' SizeT='1'/></Image></OME>", "complex.ome.tif"));
        QVERIFY_THROWS_EXCEPTION(Error, parseOmeXml("<NotOME/>", "x.ome.tif"));
    }

    void writerRoundTrips() {
        ImageInfo a;
        a.name = "A & <b>";
        a.dtype = DType::Float32;
        a.sizeX = 10;
        a.sizeY = 20;
        a.sizeZ = 3;
        a.sizeC = 2;
        a.sizeT = 4;
        a.physicalSizeX = 0.1;
        a.physicalSizeZ = 2.0;
        a.physicalSizeZUnit = "nm";
        a.channels.resize(2);
        a.channels[0].name = "DNA";
        a.channels[0].color = 0x00FF00FFu;
        PlaneInfo p;
        p.t = 3;
        p.z = 2;
        p.c = 1;
        p.deltaT = 1.5;
        a.planes.push_back(p);
        auto doc = parseOmeXml(writeOmeXml({a, a}), "written");
        QCOMPARE(doc.images.size(), size_t(2));
        const auto& b = doc.images[1].info;
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.dtype, a.dtype);
        QCOMPARE(b.sizeZ, 3);
        QCOMPARE(b.sizeT, 4);
        QCOMPARE(*b.physicalSizeX, 0.1);
        QCOMPARE(b.physicalSizeZUnit, std::string("nm"));
        QCOMPARE(b.channels[0].name, std::string("DNA"));
        QCOMPARE(*b.channels[0].color, 0x00FF00FFu);
        QCOMPARE(*b.planes[0].deltaT, 1.5);
        QCOMPARE(b.planes[0].t, 3);
    }
};

QTEST_GUILESS_MAIN(TstOmeXml)
#include "tst_omexml.moc"
