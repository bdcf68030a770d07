#include "parquetencoding.h"

#include "error.h"

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <lz4.h>
#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>

namespace ouro::parquet {

namespace {

[[noreturn]] void fail(const std::string& what, const std::string& why) { throw Error(what + ": " + why); }

uint32_t readBE32(const uint8_t* p) { return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]; }

// Hadoop's LZ4 framing (the deprecated LZ4 codec as parquet-mr writes it): blocks of
// [big-endian uncompressed size][big-endian compressed size][raw LZ4 block].
bool lz4Hadoop(std::span<const uint8_t> in, uint8_t* out, size_t size) {
    size_t ip = 0, op = 0;
    while (ip < in.size()) {
        if (in.size() - ip < 8)
            return false;
        const uint32_t raw = readBE32(in.data() + ip), packed = readBE32(in.data() + ip + 4);
        ip += 8;
        if (packed > in.size() - ip || raw > size - op)
            return false;
        const int n = LZ4_decompress_safe(reinterpret_cast<const char*>(in.data() + ip), reinterpret_cast<char*>(out + op),
                                          int(packed), int(raw));
        if (n < 0 || uint32_t(n) != raw)
            return false;
        ip += packed;
        op += raw;
    }
    return op == size;
}

uint64_t varint(std::span<const uint8_t> in, size_t& pos, const std::string& what) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= in.size())
            fail(what, "encoded values end early");
        const uint8_t b = in[pos++];
        v |= uint64_t(b & 0x7F) << shift;
        if (!(b & 0x80))
            return v;
    }
    fail(what, "varint longer than 10 bytes");
}

int64_t zigzag(uint64_t v) { return int64_t(v >> 1) ^ -int64_t(v & 1); }

// Unpacks n values of `bw` bits, least significant bit first, from p (which holds enough bytes).
template <class T> void unpack(const uint8_t* p, int bw, size_t n, T* out) {
    if (bw == 0) {
        std::fill(out, out + n, T(0));
        return;
    }
    const uint64_t mask = bw == 64 ? ~uint64_t(0) : (uint64_t(1) << bw) - 1;
    size_t bit = 0;
    for (size_t k = 0; k < n; ++k, bit += size_t(bw)) {
        // Up to 64 bits starting at an arbitrary bit: gather the bytes it spans.
        const size_t first = bit >> 3, shift = bit & 7;
        const size_t bytes = (shift + size_t(bw) + 7) >> 3; // up to 9
        uint64_t lo = 0;
        for (size_t b = 0; b < std::min<size_t>(bytes, 8); ++b)
            lo |= uint64_t(p[first + b]) << (8 * b);
        uint64_t v = lo >> shift;
        if (bytes > 8)
            v |= uint64_t(p[first + 8]) << (64 - shift);
        out[k] = T(v & mask);
    }
}

} // namespace

const char* codecName(Codec c) {
    switch (c) {
    case Codec::Uncompressed: return "uncompressed";
    case Codec::Snappy: return "snappy";
    case Codec::Gzip: return "gzip";
    case Codec::Lzo: return "lzo";
    case Codec::Brotli: return "brotli";
    case Codec::Lz4: return "lz4";
    case Codec::Zstd: return "zstd";
    case Codec::Lz4Raw: return "lz4_raw";
    }
    return "unknown";
}

std::string compress(Codec codec, std::string_view data, int level) {
    std::string out;
    switch (codec) {
    case Codec::Uncompressed: return std::string(data);
    case Codec::Zstd: {
        out.resize(ZSTD_compressBound(data.size()));
        const size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), level ? level : 3);
        if (ZSTD_isError(n))
            throw Error(std::string("zstd: ") + ZSTD_getErrorName(n));
        out.resize(n);
        return out;
    }
    case Codec::Snappy: {
        size_t n = snappy_max_compressed_length(data.size());
        out.resize(n);
        if (snappy_compress(data.data(), data.size(), out.data(), &n) != SNAPPY_OK)
            throw Error("snappy: compression failed");
        out.resize(n);
        return out;
    }
    case Codec::Gzip: {
        z_stream z{};
        if (deflateInit2(&z, level ? level : 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            throw Error("gzip: cannot start");
        out.resize(deflateBound(&z, uLong(data.size())) + 32);
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        z.avail_in = uInt(data.size());
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = uInt(out.size());
        const int rc = deflate(&z, Z_FINISH);
        out.resize(z.total_out);
        deflateEnd(&z);
        if (rc != Z_STREAM_END)
            throw Error("gzip: compression failed");
        return out;
    }
    case Codec::Brotli: {
        size_t n = BrotliEncoderMaxCompressedSize(data.size());
        out.resize(n ? n : data.size() + 1024);
        n = out.size();
        if (!BrotliEncoderCompress(level ? level : 1, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC, data.size(),
                                   reinterpret_cast<const uint8_t*>(data.data()), &n, reinterpret_cast<uint8_t*>(out.data())))
            throw Error("brotli: compression failed");
        out.resize(n);
        return out;
    }
    case Codec::Lz4Raw: {
        out.resize(size_t(LZ4_compressBound(int(data.size()))));
        const int n = LZ4_compress_default(data.data(), out.data(), int(data.size()), int(out.size()));
        if (n <= 0)
            throw Error("lz4: compression failed");
        out.resize(size_t(n));
        return out;
    }
    case Codec::Lzo:
    case Codec::Lz4: break;
    }
    throw Error(std::string("cannot write ") + codecName(codec) + " compression");
}

void decompress(Codec codec, std::span<const uint8_t> in, uint8_t* out, size_t size, const std::string& what) {
    const auto bad = [&](const std::string& why) {
        fail(what, std::string(codecName(codec)) + " data is damaged (" + why + ")");
    };
    switch (codec) {
    case Codec::Uncompressed:
        if (in.size() != size)
            bad("page of " + std::to_string(in.size()) + " bytes where " + std::to_string(size) + " were announced");
        std::memcpy(out, in.data(), size);
        return;
    case Codec::Zstd: {
        const size_t n = ZSTD_decompress(out, size, in.data(), in.size());
        if (ZSTD_isError(n))
            bad(ZSTD_getErrorName(n));
        if (n != size)
            bad(std::to_string(n) + " bytes where " + std::to_string(size) + " were announced");
        return;
    }
    case Codec::Snappy: {
        size_t n = 0;
        const char* src = reinterpret_cast<const char*>(in.data());
        if (snappy_uncompressed_length(src, in.size(), &n) != SNAPPY_OK || n != size)
            bad("wrong length");
        if (snappy_uncompress(src, in.size(), reinterpret_cast<char*>(out), &n) != SNAPPY_OK || n != size)
            bad("cannot decompress");
        return;
    }
    case Codec::Gzip: {
        z_stream z{};
        if (inflateInit2(&z, 15 + 32) != Z_OK)
            bad("cannot start");
        z.next_in = const_cast<Bytef*>(in.data());
        z.avail_in = uInt(in.size());
        z.next_out = out;
        z.avail_out = uInt(size);
        int rc = Z_OK;
        // Several gzip members may follow each other.
        while (z.avail_out > 0) {
            rc = inflate(&z, Z_FINISH);
            if (rc == Z_STREAM_END && z.avail_in > 0 && z.avail_out > 0) {
                inflateReset(&z);
                continue;
            }
            break;
        }
        const size_t got = size - z.avail_out;
        inflateEnd(&z);
        if ((rc != Z_STREAM_END && rc != Z_BUF_ERROR && rc != Z_OK) || got != size)
            bad(z.msg ? z.msg : "wrong length");
        return;
    }
    case Codec::Brotli: {
        size_t n = size;
        if (BrotliDecoderDecompress(in.size(), in.data(), &n, out) != BROTLI_DECODER_RESULT_SUCCESS || n != size)
            bad("cannot decompress");
        return;
    }
    case Codec::Lz4Raw: {
        const int n = LZ4_decompress_safe(reinterpret_cast<const char*>(in.data()), reinterpret_cast<char*>(out),
                                          int(in.size()), int(size));
        if (n < 0 || size_t(n) != size)
            bad("cannot decompress");
        return;
    }
    case Codec::Lz4: {
        // parquet-mr wrote Hadoop-framed blocks; others wrote one raw block.
        if (lz4Hadoop(in, out, size))
            return;
        const int n = LZ4_decompress_safe(reinterpret_cast<const char*>(in.data()), reinterpret_cast<char*>(out),
                                          int(in.size()), int(size));
        if (n < 0 || size_t(n) != size)
            bad("neither Hadoop-framed nor a raw block");
        return;
    }
    case Codec::Lzo: break;
    }
    fail(what, std::string("compression ") + codecName(codec) + " (" + std::to_string(int(codec)) + ") is not supported");
}

int bitWidth(uint64_t maxValue) {
    int w = 0;
    while (maxValue) {
        ++w;
        maxValue >>= 1;
    }
    return w;
}

void putVarint(uint64_t v, std::string& out) {
    while (v >= 0x80) {
        out.push_back(char(uint8_t(v) | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

void encodeRle(std::span<const uint32_t> v, int bw, std::string& out) {
    const size_t n = v.size();
    const size_t valueBytes = size_t(bw + 7) / 8;
    const auto runAt = [&](size_t i) { // length of the run starting at i, counted up to 8
        size_t j = i + 1;
        while (j < n && j - i < 8 && v[j] == v[i])
            ++j;
        return j - i;
    };
    size_t i = 0;
    while (i < n) {
        if (runAt(i) >= 8) {
            size_t j = i + 8;
            while (j < n && v[j] == v[i])
                ++j;
            putVarint(uint64_t(j - i) << 1, out);
            for (size_t b = 0; b < valueBytes; ++b)
                out.push_back(char(v[i] >> (8 * b)));
            i = j;
            continue;
        }
        // Literal groups of 8 until a run of 8 starts on a group boundary (or the end, padded).
        const size_t start = i;
        while (i < n && (i == start || runAt(i) < 8))
            i = std::min(n, i + 8);
        const size_t groups = (i - start + 7) / 8;
        putVarint((uint64_t(groups) << 1) | 1, out);
        uint64_t acc = 0;
        int bits = 0;
        for (size_t k = 0; k < groups * 8; ++k) {
            const uint64_t x = start + k < i ? v[start + k] : 0;
            acc |= x << bits;
            bits += bw;
            while (bits >= 8) {
                out.push_back(char(acc & 0xFF));
                acc >>= 8;
                bits -= 8;
            }
        }
        if (bits > 0)
            out.push_back(char(acc & 0xFF));
    }
}

size_t decodeRle(std::span<const uint8_t> in, int bw, size_t count, uint32_t* out, const std::string& what) {
    if (bw < 0 || bw > 32)
        fail(what, "bit width " + std::to_string(bw) + " is out of range");
    const size_t valueBytes = size_t(bw + 7) / 8;
    size_t pos = 0, got = 0;
    while (got < count) {
        const uint64_t h = varint(in, pos, what);
        if (h & 1) {
            const uint64_t groups = h >> 1;
            const size_t avail = in.size() - pos;
            if (groups > avail + 1)
                fail(what, "a bit-packed run longer than its page");
            const size_t values = size_t(groups) * 8;
            const size_t take = std::min(values, count - got);
            const size_t need = (take * size_t(bw) + 7) / 8;
            if (need > avail)
                fail(what, "a bit-packed run ends early");
            unpack(in.data() + pos, bw, take, out + got);
            got += take;
            pos += std::min(avail, size_t(groups) * size_t(bw));
        } else {
            const uint64_t run = h >> 1;
            if (valueBytes > in.size() - pos)
                fail(what, "a run ends early");
            uint32_t value = 0;
            for (size_t b = 0; b < valueBytes; ++b)
                value |= uint32_t(in[pos + b]) << (8 * b);
            pos += valueBytes;
            if (bw < 32 && value >> bw)
                fail(what, "a run's value does not fit its bit width");
            const size_t take = size_t(std::min<uint64_t>(run, count - got));
            std::fill(out + got, out + got + take, value);
            got += take;
            if (run == 0 && pos >= in.size())
                fail(what, "encoded values end early");
        }
    }
    return pos;
}

size_t decodeBitPacked(std::span<const uint8_t> in, int bw, size_t count, uint32_t* out, const std::string& what) {
    if (bw < 0 || bw > 32)
        fail(what, "bit width " + std::to_string(bw) + " is out of range");
    const size_t bytes = (count * size_t(bw) + 7) / 8;
    if (bytes > in.size())
        fail(what, "bit-packed levels end early");
    // Most significant bit first, unlike the hybrid.
    size_t bit = 0;
    for (size_t k = 0; k < count; ++k) {
        uint32_t v = 0;
        for (int b = 0; b < bw; ++b, ++bit)
            v = (v << 1) | ((in[bit >> 3] >> (7 - (bit & 7))) & 1u);
        out[k] = v;
    }
    return bytes;
}

size_t decodeDeltaBinaryPacked(std::span<const uint8_t> in, std::vector<int64_t>& out, const std::string& what,
                               size_t count) {
    size_t pos = 0;
    const uint64_t blockSize = varint(in, pos, what);
    const uint64_t miniblocks = varint(in, pos, what);
    const uint64_t total = varint(in, pos, what);
    const int64_t first = zigzag(varint(in, pos, what));
    if (blockSize == 0 || blockSize % 128 || miniblocks == 0 || blockSize % miniblocks ||
        (blockSize / miniblocks) % 32 || blockSize > (1u << 20))
        fail(what, "DELTA_BINARY_PACKED header is invalid (block " + std::to_string(blockSize) + ", miniblocks " +
                       std::to_string(miniblocks) + ")");
    if (total > count)
        fail(what, "DELTA_BINARY_PACKED holds " + std::to_string(total) + " values where the page has " +
                       std::to_string(count));
    const size_t want = size_t(total);
    if (want > 0) {
        out.reserve(out.size() + std::min<size_t>(want, 1 << 20));
        out.push_back(first);
    }
    const size_t perMini = size_t(blockSize / miniblocks);
    std::vector<int64_t> deltas(perMini);
    uint64_t prev = uint64_t(first);
    size_t got = total > 0 ? 1 : 0;
    while (got < total) {
        const int64_t minDelta = zigzag(varint(in, pos, what));
        if (miniblocks > in.size() - pos)
            fail(what, "DELTA_BINARY_PACKED block ends early");
        const uint8_t* widths = in.data() + pos;
        pos += miniblocks;
        for (uint64_t m = 0; m < miniblocks && got < total; ++m) {
            const int bw = widths[m];
            if (bw > 64)
                fail(what, "DELTA_BINARY_PACKED bit width " + std::to_string(bw));
            const size_t bytes = perMini * size_t(bw) / 8;
            const size_t take = size_t(std::min<uint64_t>(perMini, total - got));
            const size_t need = (take * size_t(bw) + 7) / 8;
            if (need > in.size() - pos)
                fail(what, "DELTA_BINARY_PACKED miniblock ends early");
            unpack(in.data() + pos, bw, take, deltas.data());
            for (size_t k = 0; k < take; ++k) {
                prev += uint64_t(minDelta) + uint64_t(deltas[k]);
                out.push_back(int64_t(prev));
                ++got;
            }
            pos += std::min(bytes, in.size() - pos);
        }
    }
    return pos;
}

} // namespace ouro::parquet
