#include "codec.h"

#include "error.h"

#include <blosc.h>

#include <cmath>
#include <cstring>
#include <type_traits>

namespace ouro {

std::vector<uint8_t> bloscCompress(std::span<const uint8_t> raw, size_t typesize, const BloscParams& p) {
    std::vector<uint8_t> out(raw.size() + BLOSC_MAX_OVERHEAD);
    int n = blosc_compress_ctx(p.clevel, p.shuffle, typesize, raw.size(), raw.data(), out.data(), out.size(),
                               p.cname.c_str(), 0 /*automatic blocksize*/, 1);
    if (n <= 0)
        throw Error("blosc: cannot compress with codec '" + p.cname + "'");
    out.resize(static_cast<size_t>(n));
    return out;
}

size_t bloscDecodedSize(std::span<const uint8_t> frame) {
    size_t nbytes = 0;
    if (frame.size() < BLOSC_MIN_HEADER_LENGTH || blosc_cbuffer_validate(frame.data(), frame.size(), &nbytes) != 0)
        throw Error("blosc: invalid or truncated compressed chunk");
    return nbytes;
}

void bloscDecompress(std::span<const uint8_t> frame, std::span<uint8_t> out) {
    size_t nbytes = bloscDecodedSize(frame);
    if (nbytes != out.size())
        throw Error("blosc: chunk decodes to " + std::to_string(nbytes) + " bytes, expected " +
                    std::to_string(out.size()));
    int n = blosc_decompress_ctx(frame.data(), out.data(), out.size(), 1);
    if (n < 0 || static_cast<size_t>(n) != out.size())
        throw Error("blosc: corrupt compressed chunk");
}

namespace {
template <class T>
void halve(const T* src, size_t rows, size_t cols, size_t ss, T* dst, size_t ds) {
    const size_t orows = (rows + 1) / 2, ocols = (cols + 1) / 2;
    for (size_t oy = 0; oy < orows; ++oy) {
        const T* r0 = src + 2 * oy * ss;
        const bool two = 2 * oy + 1 < rows;
        const T* r1 = two ? r0 + ss : r0;
        T* o = dst + oy * ds;
        if constexpr (std::is_floating_point_v<T>) {
            for (size_t ox = 0; ox < ocols; ++ox) {
                size_t x = 2 * ox;
                if (x + 1 < cols) {
                    double s = double(r0[x]) + double(r0[x + 1]);
                    s += two ? double(r1[x]) + double(r1[x + 1]) : 0.0;
                    o[ox] = static_cast<T>(s / (two ? 4.0 : 2.0));
                } else {
                    o[ox] = two ? static_cast<T>((double(r0[x]) + double(r1[x])) / 2.0) : r0[x];
                }
            }
        } else {
            using Acc = std::conditional_t<std::is_signed_v<T>, int64_t, uint64_t>;
            for (size_t ox = 0; ox < ocols; ++ox) {
                size_t x = 2 * ox;
                Acc s;
                Acc n;
                if (x + 1 < cols) {
                    s = Acc(r0[x]) + Acc(r0[x + 1]);
                    n = 2;
                    if (two) {
                        s += Acc(r1[x]) + Acc(r1[x + 1]);
                        n = 4;
                    }
                } else {
                    s = Acc(r0[x]);
                    n = 1;
                    if (two) {
                        s += Acc(r1[x]);
                        n = 2;
                    }
                }
                // Round half away from zero so signed and unsigned agree.
                if constexpr (std::is_signed_v<T>)
                    o[ox] = static_cast<T>(s >= 0 ? (s + n / 2) / n : -((-s + n / 2) / n));
                else
                    o[ox] = static_cast<T>((s + n / 2) / n);
            }
        }
    }
}
template <class T>
void modeHalve(const T* src, size_t rows, size_t cols, size_t ss, T* dst, size_t ds) {
    const size_t orows = (rows + 1) / 2, ocols = (cols + 1) / 2;
    for (size_t oy = 0; oy < orows; ++oy) {
        const T* r0 = src + 2 * oy * ss;
        const bool two = 2 * oy + 1 < rows;
        const T* r1 = r0 + ss;
        T* o = dst + oy * ds;
        for (size_t ox = 0; ox < ocols; ++ox) {
            const size_t x = 2 * ox;
            const bool wide = x + 1 < cols;
            T v[4];
            int n = 0;
            v[n++] = r0[x];
            if (wide)
                v[n++] = r0[x + 1];
            if (two) {
                v[n++] = r1[x];
                if (wide)
                    v[n++] = r1[x + 1];
            }
            T best = v[0];
            int bestCount = 0;
            for (int i = 0; i < n; ++i) {
                int count = 0;
                for (int j = 0; j < n; ++j)
                    count += v[j] == v[i];
                if (count > bestCount) {
                    bestCount = count;
                    best = v[i];
                }
            }
            o[ox] = best;
        }
    }
}
} // namespace

void downsampleMode2x(DType t, const uint8_t* src, size_t rows, size_t cols, size_t srcStride, uint8_t* dst,
                      size_t dstStride) {
    visitDType(t, [&](auto v) {
        using T = decltype(v);
        modeHalve(reinterpret_cast<const T*>(src), rows, cols, srcStride, reinterpret_cast<T*>(dst), dstStride);
    });
}

void downsampleMean2x(DType t, const uint8_t* src, size_t rows, size_t cols, size_t srcStride, uint8_t* dst,
                      size_t dstStride) {
    visitDType(t, [&](auto v) {
        using T = decltype(v);
        halve(reinterpret_cast<const T*>(src), rows, cols, srcStride, reinterpret_cast<T*>(dst), dstStride);
    });
}

} // namespace ouro
