// Chunk codec and downsampling, over every pixel type.
#include "codec.h"
#include "error.h"
#include "omemodel.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace ouro;

Q_DECLARE_METATYPE(ouro::DType)

namespace {
template <class T> std::vector<T> randomValues(size_t n, std::mt19937& rng) {
    std::vector<T> v(n);
    if constexpr (std::is_floating_point_v<T>) {
        std::normal_distribution<double> d(0, 1e3);
        for (auto& x : v)
            x = static_cast<T>(d(rng));
    } else {
        std::uniform_int_distribution<long long> d(std::numeric_limits<T>::lowest(), std::numeric_limits<T>::max());
        for (auto& x : v)
            x = static_cast<T>(d(rng));
    }
    return v;
}

void addTypes() {
    QTest::addColumn<DType>("type");
    for (DType t : {DType::UInt8, DType::Int8, DType::UInt16, DType::Int16, DType::UInt32, DType::Int32,
                    DType::Float32, DType::Float64})
        QTest::newRow(std::string(dtypeName(t)).c_str()) << t;
}
} // namespace

class TstCodec : public QObject {
    Q_OBJECT
private slots:
    void bloscRoundTrip_data() { addTypes(); }
    void bloscRoundTrip() {
        QFETCH(DType, type);
        std::mt19937 rng(7);
        for (const char* cname : {"lz4", "zstd", "blosclz", "zlib"}) {
            visitDType(type, [&](auto v) {
                using T = decltype(v);
                auto values = randomValues<T>(512 * 300, rng);
                std::span<const uint8_t> raw(reinterpret_cast<const uint8_t*>(values.data()), values.size() * sizeof(T));
                auto frame = bloscCompress(raw, sizeof(T), BloscParams{cname, 5, 1});
                QCOMPARE(bloscDecodedSize(frame), raw.size());
                std::vector<uint8_t> back(raw.size());
                bloscDecompress(frame, back);
                QVERIFY(std::memcmp(back.data(), raw.data(), raw.size()) == 0);
            });
        }
    }

    void bloscCompressesSmoothData() {
        std::vector<uint16_t> v(512 * 512);
        for (size_t i = 0; i < v.size(); ++i)
            v[i] = static_cast<uint16_t>((i % 512) + (i / 512));
        auto frame = bloscCompress({reinterpret_cast<const uint8_t*>(v.data()), v.size() * 2}, 2, BloscParams{});
        QVERIFY2(frame.size() < v.size() * 2 / 4, "smooth data should compress at least 4x with byte shuffle");
    }

    void bloscRejectsCorruptFrames() {
        std::vector<uint8_t> raw(4096, 3);
        auto frame = bloscCompress(raw, 1, BloscParams{});
        std::vector<uint8_t> out(raw.size());
        // Truncated header.
        QVERIFY_THROWS_EXCEPTION(Error, bloscDecompress(std::span(frame).first(8), out));
        // Wrong expected size.
        std::vector<uint8_t> small(100);
        QVERIFY_THROWS_EXCEPTION(Error, bloscDecompress(frame, small));
        // Garbage.
        std::vector<uint8_t> junk(64, 0xAB);
        QVERIFY_THROWS_EXCEPTION(Error, bloscDecodedSize(junk));
        // A header claiming more compressed bytes than there are.
        auto cut = frame;
        cut.resize(frame.size() - 1);
        QVERIFY_THROWS_EXCEPTION(Error, bloscDecompress(cut, out));
    }

    void downsampleMatchesDefinition_data() { addTypes(); }
    void downsampleMatchesDefinition() {
        QFETCH(DType, type);
        std::mt19937 rng(11);
        for (auto [rows, cols] : {std::pair<size_t, size_t>{6, 8}, {7, 9}, {1, 5}, {5, 1}, {1, 1}, {33, 17}}) {
            visitDType(type, [&](auto v) {
                using T = decltype(v);
                auto src = randomValues<T>(rows * cols, rng);
                const size_t orows = (rows + 1) / 2, ocols = (cols + 1) / 2;
                std::vector<T> out(orows * ocols);
                downsampleMean2x(type, reinterpret_cast<const uint8_t*>(src.data()), rows, cols, cols,
                                 reinterpret_cast<uint8_t*>(out.data()), ocols);
                for (size_t y = 0; y < orows; ++y)
                    for (size_t x = 0; x < ocols; ++x) {
                        long double sum = 0;
                        int n = 0;
                        for (size_t dy = 0; dy < 2; ++dy)
                            for (size_t dx = 0; dx < 2; ++dx)
                                if (2 * y + dy < rows && 2 * x + dx < cols) {
                                    sum += static_cast<long double>(src[(2 * y + dy) * cols + 2 * x + dx]);
                                    ++n;
                                }
                        long double mean = sum / n;
                        const T got = out[y * ocols + x];
                        if constexpr (std::is_floating_point_v<T>) {
                            QVERIFY(std::fabs(static_cast<long double>(got) - mean) <=
                                    std::fabs(mean) * 1e-6L + 1e-9L);
                        } else {
                            // Round half away from zero.
                            long double r = mean >= 0 ? std::floor(mean + 0.5L) : -std::floor(-mean + 0.5L);
                            QCOMPARE(static_cast<long double>(got), r);
                        }
                    }
            });
        }
    }

    void pyramidShapesHalveUntilOneChunk() {
        auto s = pyramidShapes(1700, 2100, 512, 512);
        QCOMPARE(s.size(), size_t(4));
        QCOMPARE(s[1].sizeY, 850);
        QCOMPARE(s[1].sizeX, 1050);
        QCOMPARE(s[3].sizeY, 213);
        QCOMPARE(s[3].sizeX, 263);
        QCOMPARE(pyramidShapes(512, 512, 512, 512).size(), size_t(1));
        QCOMPARE(pyramidShapes(513, 10, 512, 10).size(), size_t(2));
        QCOMPARE(pyramidShapes(8192, 8192, 512, 512).size(), size_t(5));
    }

    void unitsMapToNgff() {
        QCOMPARE(ngffUnit("µm"), std::string("micrometer"));
        QCOMPARE(ngffUnit("micron"), std::string("micrometer"));
        QCOMPARE(ngffUnit("s"), std::string("second"));
        QCOMPARE(ngffUnit("nm"), std::string("nanometer"));
        QCOMPARE(ngffUnit("parsec"), std::string());
    }
};

QTEST_GUILESS_MAIN(TstCodec)
#include "tst_codec.moc"
