#pragma once
// Parquet's encodings and compressions, written from the specification
// (apache/parquet-format: Encodings.md, Compression.md). Every decoder checks
// its bounds and throws ouro::Error with `what` (the file and column) in the
// message; none reads outside the bytes it is given.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ouro::parquet {

/** Compression codecs, numbered as in parquet.thrift. */
enum class Codec : int { Uncompressed = 0, Snappy = 1, Gzip = 2, Lzo = 3, Brotli = 4, Lz4 = 5, Zstd = 6, Lz4Raw = 7 };

/** "zstd", "snappy", … for messages and options. */
const char* codecName(Codec c);

/** Compresses data with codec (level: codec-specific, 0 for its default). */
std::string compress(Codec codec, std::string_view data, int level = 0);
/** Decompresses to exactly `size` bytes, or throws naming `what`. */
void decompress(Codec codec, std::span<const uint8_t> in, uint8_t* out, size_t size, const std::string& what);

/** Bits needed for values 0..maxValue. */
int bitWidth(uint64_t maxValue);

/** Appends values as the RLE / bit-packing hybrid (no length prefix). */
void encodeRle(std::span<const uint32_t> values, int bitWidth, std::string& out);

/** Reads `count` values of the RLE / bit-packing hybrid from in; returns the bytes used. */
size_t decodeRle(std::span<const uint8_t> in, int bitWidth, size_t count, uint32_t* out, const std::string& what);

/** Reads the deprecated BIT_PACKED level encoding (MSB first); returns the bytes used. */
size_t decodeBitPacked(std::span<const uint8_t> in, int bitWidth, size_t count, uint32_t* out, const std::string& what);

/**
 * DELTA_BINARY_PACKED: appends its values to out and returns the bytes used. More than
 * `count` values (the most the page can hold) is an error.
 */
size_t decodeDeltaBinaryPacked(std::span<const uint8_t> in, std::vector<int64_t>& out, const std::string& what,
                               size_t count);

/** Appends a ULEB128 varint. */
void putVarint(uint64_t v, std::string& out);

} // namespace ouro::parquet
