#pragma once
// Chunk compression, byte-compatible with numcodecs' Blosc codec, and the
// 2x2 mean downsampling used to build pyramid levels.

#include "dtype.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace ouro {

/** Blosc settings; they are written verbatim into each array's .zarray "compressor". */
struct BloscParams {
    std::string cname = "lz4"; ///< lz4, lz4hc, zstd, zlib, blosclz
    int clevel = 5;
    int shuffle = 1; ///< 0 none, 1 byte shuffle, 2 bit shuffle (numcodecs' numbering)
};

/** Compresses raw bytes of elements of typesize bytes into one blosc frame. Thread-safe. */
std::vector<uint8_t> bloscCompress(std::span<const uint8_t> raw, size_t typesize, const BloscParams& p);

/**
 * Decompresses one blosc frame into out, which must be exactly the frame's
 * decoded size. Validates the header first, so corrupt bytes give an Error,
 * never an out-of-bounds read. Thread-safe.
 */
void bloscDecompress(std::span<const uint8_t> frame, std::span<uint8_t> out);

/** Decoded size a blosc frame announces, or throws if the header is invalid. */
size_t bloscDecodedSize(std::span<const uint8_t> frame);

/**
 * Halves a block of rows x cols pixels in both directions: each output pixel
 * is the mean of the (up to) 2x2 input pixels it covers, rounded to nearest
 * for integers. The output is ceil(rows/2) x ceil(cols/2); out must have room.
 * srcStride/dstStride are in pixels.
 */
void downsampleMean2x(DType t, const uint8_t* src, size_t rows, size_t cols, size_t srcStride, uint8_t* dst,
                      size_t dstStride);

/**
 * Halves a block of label ids like downsampleMean2x, but each output pixel is
 * the most frequent of the (up to) 2x2 ids it covers; ties go to the first in
 * raster order. Labels are never averaged: a mean would invent ids.
 */
void downsampleMode2x(DType t, const uint8_t* src, size_t rows, size_t cols, size_t srcStride, uint8_t* dst,
                      size_t dstStride);

} // namespace ouro
