// The Parquet writer (see parquet.h): row groups are encoded column by column,
// on several threads, and written in order; the footer is thrift compact.
#include "parquet.h"

#include "error.h"
#include "thrift.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace ouro::parquet {

namespace fs = std::filesystem;
using thrift::Type;

namespace {

enum Encoding { kPlain = 0, kRle = 3, kRleDictionary = 8 };

void put32(uint32_t v, std::string& out) {
    char b[4];
    std::memcpy(b, &v, 4);
    out.append(b, 4);
}

template <class T> void putRaw(T v, std::string& out) {
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    out.append(b, sizeof(T));
}

/** One value of a column, PLAIN-encoded, as statistics want it (byte arrays without length). */
std::string statValue(const Column& c, const ColumnData& d, size_t i) {
    std::string s;
    switch (c.type) {
    case Physical::Boolean: s.push_back(char(d.ints[i] != 0)); break;
    case Physical::Int32: putRaw(int32_t(d.ints[i]), s); break;
    case Physical::Int64: putRaw(d.ints[i], s); break;
    case Physical::Float: putRaw(float(d.reals[i]), s); break;
    case Physical::Double: putRaw(d.reals[i], s); break;
    case Physical::ByteArray:
    case Physical::FixedLenByteArray: s = std::string(d.text(i)); break;
    default: break;
    }
    return s;
}

/** PLAIN encoding of values [from, to) of d. */
void plainValues(const Column& c, const ColumnData& d, size_t from, size_t to, std::string& out) {
    switch (c.type) {
    case Physical::Boolean: {
        uint8_t acc = 0;
        int bits = 0;
        for (size_t i = from; i < to; ++i) {
            acc |= uint8_t((d.ints[i] != 0) << bits);
            if (++bits == 8) {
                out.push_back(char(acc));
                acc = 0;
                bits = 0;
            }
        }
        if (bits)
            out.push_back(char(acc));
        break;
    }
    case Physical::Int32:
        for (size_t i = from; i < to; ++i)
            putRaw(int32_t(d.ints[i]), out);
        break;
    case Physical::Int64: out.append(reinterpret_cast<const char*>(d.ints.data() + from), (to - from) * 8); break;
    case Physical::Float:
        for (size_t i = from; i < to; ++i)
            putRaw(float(d.reals[i]), out);
        break;
    case Physical::Double: out.append(reinterpret_cast<const char*>(d.reals.data() + from), (to - from) * 8); break;
    case Physical::ByteArray:
        for (size_t i = from; i < to; ++i) {
            const auto t = d.text(i);
            put32(uint32_t(t.size()), out);
            out.append(t);
        }
        break;
    case Physical::FixedLenByteArray:
        for (size_t i = from; i < to; ++i)
            out.append(d.text(i));
        break;
    default: throw Error("cannot write INT96 values");
    }
}

/** Bytes a value takes in PLAIN encoding (for page sizing). */
size_t valueBytes(const Column& c, const ColumnData& d, size_t i) {
    switch (c.type) {
    case Physical::Boolean: return 1;
    case Physical::Int32:
    case Physical::Float: return 4;
    case Physical::ByteArray: return 4 + d.offsets[i + 1] - d.offsets[i];
    case Physical::FixedLenByteArray: return d.offsets[i + 1] - d.offsets[i];
    default: return 8;
    }
}

/** Builds a dictionary of d's values, or returns false when there are too many. */
bool buildDictionary(const Column& c, const ColumnData& d, size_t n, std::vector<uint32_t>& idx, ColumnData& dict) {
    constexpr size_t kMaxEntries = 1 << 16, kMaxBytes = size_t(1) << 20;
    if (c.type == Physical::Boolean || n < 16)
        return false;
    idx.resize(n);
    size_t bytes = 0;
    if (isBytesType(c.type)) {
        std::unordered_map<std::string_view, uint32_t> m;
        for (size_t i = 0; i < n; ++i) {
            auto [it, added] = m.try_emplace(d.text(i), uint32_t(m.size()));
            if (added) {
                dict.addText(it->first);
                bytes += it->first.size() + 4;
                if (m.size() > kMaxEntries || bytes > kMaxBytes || m.size() > n / 2 + 1)
                    return false;
            }
            idx[i] = it->second;
        }
        return true;
    }
    const bool real = c.type == Physical::Float || c.type == Physical::Double;
    std::unordered_map<uint64_t, uint32_t> m;
    for (size_t i = 0; i < n; ++i) {
        uint64_t key;
        if (real)
            std::memcpy(&key, &d.reals[i], 8);
        else
            key = uint64_t(d.ints[i]);
        auto [it, added] = m.try_emplace(key, uint32_t(m.size()));
        if (added) {
            if (real)
                dict.reals.push_back(d.reals[i]);
            else
                dict.ints.push_back(d.ints[i]);
            bytes += 8;
            // Mostly distinct values (measurements) gain nothing from a dictionary.
            if (m.size() > kMaxEntries || bytes > kMaxBytes || m.size() > n / 2 + 1)
                return false;
        }
        idx[i] = it->second;
    }
    return true;
}

void levelsRle(const std::vector<uint16_t>& lv, size_t from, size_t to, int maxLevel, std::string& out) {
    std::vector<uint32_t> v(lv.begin() + std::ptrdiff_t(from), lv.begin() + std::ptrdiff_t(to));
    std::string enc;
    encodeRle(v, bitWidth(uint64_t(maxLevel)), enc);
    put32(uint32_t(enc.size()), out);
    out += enc;
}

void writeLogical(thrift::Writer& w, const Node& n) {
    // LogicalType (field 10), with the matching ConvertedType (field 6) written before it.
    switch (n.logical) {
    case Logical::String:
        w.structField(10), w.structField(1), w.endStruct(), w.endStruct();
        break;
    case Logical::Json:
        w.structField(10), w.structField(12), w.endStruct(), w.endStruct();
        break;
    case Logical::Date:
        w.structField(10), w.structField(6), w.endStruct(), w.endStruct();
        break;
    case Logical::Int:
        w.structField(10), w.structField(10);
        w.byteField(1, int8_t(n.bitWidth ? n.bitWidth : n.type == Physical::Int32 ? 32 : 64)), w.boolean(2, n.isSigned);
        w.endStruct(), w.endStruct();
        break;
    case Logical::TimestampMillis:
    case Logical::TimestampMicros:
    case Logical::TimestampNanos:
        w.structField(10), w.structField(8);
        w.boolean(1, n.utc);
        w.structField(2);
        w.structField(n.logical == Logical::TimestampMillis ? 1 : n.logical == Logical::TimestampMicros ? 2 : 3);
        w.endStruct(), w.endStruct();
        w.endStruct(), w.endStruct();
        break;
    case Logical::Null: // arrow's null type: a column that is always null
        w.structField(10), w.structField(11), w.endStruct(), w.endStruct();
        break;
    default: break;
    }
}

int convertedType(const Node& n) {
    switch (n.logical) {
    case Logical::String: return 0;
    case Logical::Json: return 19;
    case Logical::Date: return 6;
    case Logical::TimestampMillis: return 9;
    case Logical::TimestampMicros: return 10;
    case Logical::Int: {
        const int bw = n.bitWidth ? n.bitWidth : n.type == Physical::Int32 ? 32 : 64;
        const int k = bw == 8 ? 0 : bw == 16 ? 1 : bw == 32 ? 2 : 3;
        return (n.isSigned ? 15 : 11) + k;
    }
    default: break;
    }
    if (n.group == Node::Group::List)
        return 3;
    if (n.group == Node::Group::Map)
        return 1;
    return -1;
}

void writeSchema(thrift::Writer& w, const Node& n, bool root) {
    w.beginStruct();
    if (n.leaf()) {
        w.i32(1, int32_t(n.type));
        if (n.type == Physical::FixedLenByteArray)
            w.i32(2, n.typeLength);
    }
    if (!root)
        w.i32(3, int32_t(n.repetition));
    w.binary(4, n.name);
    if (!n.leaf())
        w.i32(5, int32_t(n.children.size()));
    if (const int ct = convertedType(n); ct >= 0)
        w.i32(6, ct);
    if (n.group == Node::Group::List) {
        w.structField(10), w.structField(3), w.endStruct(), w.endStruct();
    } else if (n.group == Node::Group::Map) {
        w.structField(10), w.structField(2), w.endStruct(), w.endStruct();
    } else if (n.leaf()) {
        writeLogical(w, n);
    }
    w.endStruct();
    for (const Node& c : n.children)
        writeSchema(w, c, false);
}

size_t countNodes(const Node& n) {
    size_t k = 1;
    for (const Node& c : n.children)
        k += countNodes(c);
    return k;
}

/** A column chunk, encoded: its pages, and what the footer says of it. */
struct Encoded {
    std::string pages;
    int64_t dictSize = 0;      ///< bytes of the dictionary page (0: none), at the start of pages
    int64_t uncompressed = 0;  ///< all pages, with headers
    int64_t slots = 0;
    bool dictionary = false;
    bool hasStats = false;
    std::string min, max;
    int64_t nulls = 0;
};

std::string pageHeader(int type, size_t usize, size_t csize, int64_t values, int encoding, bool dictPage) {
    thrift::Writer w;
    w.beginStruct();
    w.i32(1, type);
    w.i32(2, int32_t(usize));
    w.i32(3, int32_t(csize));
    if (dictPage) {
        w.structField(7);
        w.i32(1, int32_t(values));
        w.i32(2, encoding);
        w.endStruct();
    } else {
        w.structField(5);
        w.i32(1, int32_t(values));
        w.i32(2, encoding);
        w.i32(3, kRle);
        w.i32(4, kRle);
        w.endStruct();
    }
    w.endStruct();
    return w.take();
}

Encoded encodeChunk(const Column& c, const ColumnData& d, const WriterOptions& opt) {
    Encoded e;
    const size_t slots = c.maxDef > 0 ? d.def.size() : d.values(c.type);
    const size_t n = d.values(c.type);
    e.slots = int64_t(slots);
    e.nulls = int64_t(slots - n);
    // Statistics over the values; NaN never becomes a min or max.
    {
        size_t lo = SIZE_MAX, hi = SIZE_MAX;
        for (size_t i = 0; i < n; ++i) {
            if (isRealType(c.type)) {
                const double x = d.reals[i];
                if (std::isnan(x))
                    continue;
                if (lo == SIZE_MAX || x < d.reals[lo])
                    lo = i;
                if (hi == SIZE_MAX || x > d.reals[hi])
                    hi = i;
            } else if (isBytesType(c.type)) {
                if (lo == SIZE_MAX || d.text(i) < d.text(lo))
                    lo = i;
                if (hi == SIZE_MAX || d.text(i) > d.text(hi))
                    hi = i;
            } else {
                if (lo == SIZE_MAX || d.ints[i] < d.ints[lo])
                    lo = i;
                if (hi == SIZE_MAX || d.ints[i] > d.ints[hi])
                    hi = i;
            }
        }
        if (lo != SIZE_MAX) {
            e.min = statValue(c, d, lo);
            e.max = statValue(c, d, hi);
            // Long strings are left out of the statistics rather than cut.
            e.hasStats = e.min.size() <= 64 && e.max.size() <= 64;
            if (isRealType(c.type)) { // zeros as -0.0 / +0.0, as the specification asks
                const auto zero = [&](double z) {
                    std::string s;
                    if (c.type == Physical::Float)
                        putRaw(float(z), s);
                    else
                        putRaw(z, s);
                    return s;
                };
                if (d.reals[lo] == 0)
                    e.min = zero(-0.0);
                if (d.reals[hi] == 0)
                    e.max = zero(0.0);
            }
        }
    }
    std::vector<uint32_t> idx;
    ColumnData dict;
    e.dictionary = opt.dictionary && buildDictionary(c, d, n, idx, dict);
    int bw = 0;
    if (e.dictionary) {
        std::string plain;
        plainValues(c, dict, 0, dict.values(c.type), plain);
        const std::string packed = compress(opt.codec, plain, opt.level);
        const std::string h = pageHeader(2, plain.size(), packed.size(), int64_t(dict.values(c.type)), kPlain, true);
        e.pages = h + packed;
        e.dictSize = int64_t(e.pages.size());
        e.uncompressed += int64_t(h.size() + plain.size());
        bw = bitWidth(dict.values(c.type) ? dict.values(c.type) - 1 : 0);
    }
    // Data pages of about pageBytes of values, split between rows.
    size_t slot = 0, value = 0;
    do { // at least one data page, even for an empty chunk
        size_t endSlot = slot, endValue = value, bytes = 0;
        while (endSlot < slots && (bytes < opt.pageBytes || (c.maxRep > 0 && d.rep[endSlot] != 0))) {
            const bool present = c.maxDef == 0 || d.def[endSlot] == c.maxDef;
            if (present) {
                bytes += e.dictionary ? 2 : valueBytes(c, d, endValue);
                ++endValue;
            }
            ++endSlot;
        }
        std::string body;
        if (c.maxRep > 0)
            levelsRle(d.rep, slot, endSlot, c.maxRep, body);
        if (c.maxDef > 0)
            levelsRle(d.def, slot, endSlot, c.maxDef, body);
        if (e.dictionary) {
            body.push_back(char(bw));
            encodeRle(std::span<const uint32_t>(idx.data() + value, endValue - value), bw, body);
        } else {
            plainValues(c, d, value, endValue, body);
        }
        const std::string packed = compress(opt.codec, body, opt.level);
        const std::string h = pageHeader(0, body.size(), packed.size(), int64_t(endSlot - slot),
                                         e.dictionary ? kRleDictionary : kPlain, false);
        e.pages += h;
        e.pages += packed;
        e.uncompressed += int64_t(h.size() + body.size());
        slot = endSlot;
        value = endValue;
    } while (slot < slots);
    return e;
}

} // namespace

FileWriter::FileWriter(const std::string& path, Node root, WriterOptions opt)
    : path_(path), opt_(std::move(opt)), root_(std::move(root)) {
    root_.group = Node::Group::Struct;
    columns_ = leafColumns(root_);
    if (columns_.empty())
        throw Error(path + ": a Parquet file needs at least one column");
    for (const auto& c : columns_)
        if (c.type == Physical::Int96)
            throw Error(path + ": column \"" + c.name + "\": INT96 is read, never written");
    pending_.resize(columns_.size());
    if (opt_.rowGroupRows <= 0) {
        size_t rowBytes = 0;
        for (const auto& c : columns_)
            rowBytes += c.type == Physical::Boolean ? 1 : c.type == Physical::Int32 || c.type == Physical::Float ? 4 : 8;
        opt_.rowGroupRows = int64_t(std::clamp<size_t>(opt_.rowGroupBytes / std::max<size_t>(rowBytes, 1), 1024, 1 << 20));
    }
    temp_ = path + ".part-" + std::to_string(::getpid());
    file_ = std::fopen(temp_.c_str(), "wb");
    if (!file_)
        throw Error(path + ": cannot write (" + std::strerror(errno) + ")");
    std::setvbuf(file_, nullptr, _IOFBF, 1 << 20);
    write("PAR1");
}

FileWriter::~FileWriter() {
    if (file_) {
        std::fclose(file_);
        std::error_code ec;
        fs::remove(temp_, ec);
    }
}

void FileWriter::write(const std::string& bytes) {
    if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
        throw Error(path_ + ": cannot write (" + std::strerror(errno) + ")");
    offset_ += int64_t(bytes.size());
}

void FileWriter::append(int column, const ColumnData& d) {
    const Column& c = columns_.at(size_t(column));
    ColumnData& p = pending_[size_t(column)];
    const size_t n = d.values(c.type);
    if (c.maxDef > 0) {
        if (d.def.empty() && n > 0)
            throw Error(path_ + ": column \"" + c.name + "\": values without definition levels");
        size_t present = 0;
        for (uint16_t l : d.def)
            present += l == c.maxDef;
        if (present != n)
            throw Error(path_ + ": column \"" + c.name + "\": " + std::to_string(n) + " values for " +
                        std::to_string(present) + " defined slots");
        p.def.insert(p.def.end(), d.def.begin(), d.def.end());
    }
    if (c.maxRep > 0) {
        if (d.rep.size() != d.def.size())
            throw Error(path_ + ": column \"" + c.name + "\": repetition and definition levels differ in number");
        p.rep.insert(p.rep.end(), d.rep.begin(), d.rep.end());
    }
    if (isBytesType(c.type)) {
        const uint64_t base = p.bytes.size();
        p.bytes += d.bytes;
        for (size_t i = 1; i < d.offsets.size(); ++i)
            p.offsets.push_back(base + d.offsets[i]);
        if (c.type == Physical::FixedLenByteArray)
            for (size_t i = 0; i < n; ++i)
                if (d.text(i).size() != size_t(c.typeLength))
                    throw Error(path_ + ": column \"" + c.name + "\": a value of the wrong fixed length");
    } else if (isRealType(c.type)) {
        p.reals.insert(p.reals.end(), d.reals.begin(), d.reals.end());
    } else {
        p.ints.insert(p.ints.end(), d.ints.begin(), d.ints.end());
    }
}

void FileWriter::endRows(int64_t rows) {
    pendingRows_ += rows;
    if (pendingRows_ >= opt_.rowGroupRows)
        flushRowGroup();
}

void FileWriter::flushRowGroup() {
    if (pendingRows_ == 0)
        return;
    // Encode columns on several threads; write them in order.
    std::vector<Encoded> enc(columns_.size());
    std::atomic<size_t> next{0};
    std::exception_ptr error;
    std::mutex errorMutex;
    const unsigned threads = opt_.threads > 0 ? unsigned(opt_.threads) : std::max(1u, std::thread::hardware_concurrency());
    auto work = [&] {
        for (size_t i; (i = next++) < columns_.size();) {
            try {
                enc[i] = encodeChunk(columns_[i], pending_[i], opt_);
            } catch (...) {
                std::lock_guard lock(errorMutex);
                error = std::current_exception();
            }
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min<size_t>(threads, columns_.size()); ++t)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
    if (error)
        std::rethrow_exception(error);

    thrift::Writer w;
    w.beginStruct();
    w.listField(1, Type::Struct, columns_.size());
    const int64_t groupStart = offset_;
    int64_t totalUncompressed = 0, totalCompressed = 0;
    for (size_t i = 0; i < columns_.size(); ++i) {
        const Column& c = columns_[i];
        const Encoded& e = enc[i];
        const int64_t start = offset_;
        write(e.pages);
        totalUncompressed += e.uncompressed;
        totalCompressed += int64_t(e.pages.size());
        w.beginStruct(); // ColumnChunk
        w.i64(2, start);
        w.structField(3); // ColumnMetaData
        w.i32(1, int32_t(c.type));
        w.listField(2, Type::I32, e.dictionary ? 3 : 2);
        if (e.dictionary) {
            w.elemI32(kPlain), w.elemI32(kRle), w.elemI32(kRleDictionary);
        } else {
            w.elemI32(kPlain), w.elemI32(kRle);
        }
        w.listField(3, Type::Binary, c.path.size());
        for (const auto& p : c.path)
            w.elemBinary(p);
        w.i32(4, int32_t(opt_.codec));
        w.i64(5, e.slots);
        w.i64(6, e.uncompressed);
        w.i64(7, int64_t(e.pages.size()));
        w.i64(9, start + e.dictSize);
        if (e.dictionary)
            w.i64(11, start);
        w.structField(12); // Statistics
        w.i64(3, e.nulls);
        if (e.hasStats) {
            w.binary(5, e.max);
            w.binary(6, e.min);
        }
        w.endStruct();
        w.endStruct(); // ColumnMetaData
        w.endStruct(); // ColumnChunk
    }
    w.i64(2, totalUncompressed);
    w.i64(3, pendingRows_);
    w.i64(5, groupStart);
    w.i64(6, totalCompressed);
    w.i16(7, int16_t(rowGroups_.size()));
    w.endStruct();
    rowGroups_.push_back(w.take());
    rows_ += pendingRows_;
    pendingRows_ = 0;
    for (auto& p : pending_)
        p.clear();
}

void FileWriter::close() {
    if (closed_)
        return;
    flushRowGroup();
    thrift::Writer w;
    w.beginStruct();
    w.i32(1, 1);
    w.listField(2, Type::Struct, countNodes(root_));
    writeSchema(w, root_, true);
    w.i64(3, rows_);
    w.listField(4, Type::Struct, rowGroups_.size());
    std::string footer = w.take();
    for (const auto& rg : rowGroups_)
        footer += rg;
    thrift::Writer tail;
    tail.continueStruct(4); // the FileMetaData continues after its row groups
    if (!opt_.metadata.empty()) {
        tail.listField(5, Type::Struct, opt_.metadata.size());
        for (const auto& [k, v] : opt_.metadata) {
            tail.beginStruct();
            tail.binary(1, k);
            tail.binary(2, v);
            tail.endStruct();
        }
    }
    tail.binary(6, "Ouroboros (parquet writer of its own)");
    tail.listField(7, Type::Struct, columns_.size());
    for (size_t i = 0; i < columns_.size(); ++i) {
        tail.beginStruct();
        tail.structField(1); // TYPE_ORDER
        tail.endStruct();
        tail.endStruct();
    }
    tail.endStruct();
    footer += tail.take();
    write(footer);
    std::string len;
    put32(uint32_t(footer.size()), len);
    write(len + "PAR1");
    if (std::fflush(file_) != 0 || ::fsync(fileno(file_)) != 0)
        throw Error(path_ + ": cannot write (" + std::strerror(errno) + ")");
    std::fclose(file_);
    file_ = nullptr;
    std::error_code ec;
    fs::rename(temp_, path_, ec);
    if (ec) {
        fs::remove(temp_, ec);
        throw Error(path_ + ": cannot create (" + ec.message() + ")");
    }
    closed_ = true;
}

} // namespace ouro::parquet
