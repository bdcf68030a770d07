#include "parquet.h"

#include "error.h"
#include "thrift.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <future>
#include <thread>
#include <unordered_map>

namespace ouro::parquet {

namespace fs = std::filesystem;
using thrift::Type;
using thrift::Value;

namespace {

// Page types and encodings, numbered as in parquet.thrift.
enum PageType { kDataPage = 0, kIndexPage = 1, kDictionaryPage = 2, kDataPageV2 = 3 };
enum Encoding {
    kPlain = 0,
    kPlainDictionary = 2,
    kRle = 3,
    kBitPacked = 4,
    kDeltaBinaryPacked = 5,
    kDeltaLengthByteArray = 6,
    kDeltaByteArray = 7,
    kRleDictionary = 8,
    kByteStreamSplit = 9,
};

/** More values than this in one page is taken for a damaged file (it would need gigabytes). */
constexpr int64_t kMaxPageValues = int64_t(1) << 26;
constexpr int64_t kMaxPageBytes = int64_t(1) << 30;

[[noreturn]] void fail(const std::string& what, const std::string& why) { throw Error(what + ": " + why); }

size_t fixedWidth(Physical t, int32_t typeLength) {
    switch (t) {
    case Physical::Int32:
    case Physical::Float: return 4;
    case Physical::Int64:
    case Physical::Double: return 8;
    case Physical::Int96: return 12;
    case Physical::FixedLenByteArray: return size_t(std::max(0, typeLength));
    default: return 0;
    }
}

bool isReal(Physical t) { return t == Physical::Float || t == Physical::Double; }
bool isBytes(Physical t) { return t == Physical::ByteArray || t == Physical::FixedLenByteArray; }

template <class T> T load(const uint8_t* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

int64_t int96Nanos(const uint8_t* p) {
    // 8 bytes of nanoseconds in the day, then the Julian day, both little endian.
    const int64_t nanos = load<int64_t>(p);
    const int32_t julian = load<int32_t>(p + 8);
    return (int64_t(julian) - 2440588) * 86400000000000LL + nanos;
}

// ---- schema ----

Logical logicalOf(const Value& e, Node& n) {
    if (const Value* lt = e.field(10); lt && !lt->fieldIds.empty()) {
        const int id = lt->fieldIds.front();
        const Value& v = lt->fieldValues.front();
        switch (id) {
        case 1: return Logical::String;
        case 2: n.group = n.group == Node::Group::None ? n.group : Node::Group::Map; return Logical::None;
        case 3: n.group = n.group == Node::Group::None ? n.group : Node::Group::List; return Logical::None;
        case 4: return Logical::Enum;
        case 5:
            n.scale = int32_t(v.integer(1));
            n.precision = int32_t(v.integer(2));
            return Logical::Decimal;
        case 6: return Logical::Date;
        case 7:
        case 8: {
            n.utc = v.integer(1) != 0;
            const Value* unit = v.field(2);
            const int u = unit && !unit->fieldIds.empty() ? unit->fieldIds.front() : 1;
            if (id == 7)
                return u == 1 ? Logical::TimeMillis : u == 2 ? Logical::TimeMicros : Logical::TimeNanos;
            return u == 1 ? Logical::TimestampMillis : u == 2 ? Logical::TimestampMicros : Logical::TimestampNanos;
        }
        case 10:
            n.bitWidth = int(v.integer(1, 64));
            n.isSigned = v.integer(2, 1) != 0;
            return Logical::Int;
        case 11: return Logical::Null;
        case 12: return Logical::Json;
        case 14: return Logical::Uuid;
        case 15: return Logical::Float16;
        default: break;
        }
    }
    if (e.has(6)) {
        const int64_t c = e.integer(6);
        switch (c) {
        case 0: return Logical::String;
        case 1: n.group = n.group == Node::Group::None ? n.group : Node::Group::Map; return Logical::None;
        case 3: n.group = n.group == Node::Group::None ? n.group : Node::Group::List; return Logical::None;
        case 4: return Logical::Enum;
        case 5:
            n.scale = int32_t(e.integer(7));
            n.precision = int32_t(e.integer(8));
            return Logical::Decimal;
        case 6: return Logical::Date;
        case 7: return Logical::TimeMillis;
        case 8: return Logical::TimeMicros;
        case 9: return Logical::TimestampMillis;
        case 10: return Logical::TimestampMicros;
        case 11: case 12: case 13: case 14:
            n.isSigned = false;
            n.bitWidth = 8 << (c - 11);
            return Logical::Int;
        case 15: case 16: case 17: case 18:
            n.bitWidth = 8 << (c - 15);
            return Logical::Int;
        case 19: return Logical::Json;
        default: break;
        }
    }
    return Logical::None;
}

Node buildNode(const std::vector<Value>& elems, size_t& i, int depth, const std::string& what) {
    if (i >= elems.size())
        fail(what, "the schema has fewer elements than its groups announce");
    if (depth > 100)
        fail(what, "the schema nests too deep");
    const Value& e = elems[i++];
    Node n;
    n.name = e.binary(4);
    n.repetition = Repetition(std::clamp<int64_t>(e.integer(3, 0), 0, 2));
    const int64_t kids = e.integer(5, 0);
    if (e.has(5) && !e.has(1)) {
        if (kids < 0 || uint64_t(kids) > elems.size() - i)
            fail(what, "schema element \"" + n.name + "\" has " + std::to_string(kids) + " children");
        n.group = Node::Group::Struct;
        for (int64_t k = 0; k < kids; ++k)
            n.children.push_back(buildNode(elems, i, depth + 1, what));
    } else {
        const int64_t t = e.integer(1, -1);
        if (t < 0 || t > 7)
            fail(what, "schema element \"" + n.name + "\" has physical type " + std::to_string(t));
        n.type = Physical(t);
        n.typeLength = int32_t(e.integer(2, 0));
        if (n.type == Physical::FixedLenByteArray && (n.typeLength <= 0 || n.typeLength > (1 << 20)))
            fail(what, "column \"" + n.name + "\" has a fixed length of " + std::to_string(n.typeLength));
    }
    n.logical = logicalOf(e, n);
    return n;
}

void collectLeaves(const Node& n, std::vector<std::string>& path, int def, int rep, std::vector<Column>& out) {
    for (const Node& c : n.children) {
        path.push_back(c.name);
        const int d = def + (c.repetition != Repetition::Required ? 1 : 0);
        const int r = rep + (c.repetition == Repetition::Repeated ? 1 : 0);
        if (c.leaf()) {
            Column col;
            col.path = path;
            for (size_t k = 0; k < path.size(); ++k)
                col.name += (k ? "." : "") + path[k];
            col.type = c.type;
            col.logical = c.logical;
            col.typeLength = c.typeLength;
            col.scale = c.scale;
            col.precision = c.precision;
            col.bitWidth = c.bitWidth;
            col.isSigned = c.isSigned;
            col.utc = c.utc;
            col.maxDef = d;
            col.maxRep = r;
            out.push_back(std::move(col));
        } else {
            collectLeaves(c, path, d, r, out);
        }
        path.pop_back();
    }
}

// ---- decoding values ----

struct Decoder {
    const Column& col;
    const std::string& what;

    void plain(std::span<const uint8_t> in, size_t n, ColumnData& out) const {
        const size_t w = fixedWidth(col.type, col.typeLength);
        switch (col.type) {
        case Physical::Boolean:
            if ((n + 7) / 8 > in.size())
                fail(what, "PLAIN booleans end early");
            for (size_t k = 0; k < n; ++k)
                out.ints.push_back((in[k >> 3] >> (k & 7)) & 1);
            return;
        case Physical::ByteArray: {
            size_t pos = 0;
            for (size_t k = 0; k < n; ++k) {
                if (in.size() - pos < 4)
                    fail(what, "PLAIN byte arrays end early");
                const uint32_t len = load<uint32_t>(in.data() + pos);
                pos += 4;
                if (len > in.size() - pos)
                    fail(what, "a byte array of " + std::to_string(len) + " bytes runs past its page");
                out.addText(std::string_view(reinterpret_cast<const char*>(in.data() + pos), len));
                pos += len;
            }
            return;
        }
        default: break;
        }
        if (w == 0 || n > in.size() / w)
            fail(what, "PLAIN values end early (" + std::to_string(n) + " values of " + std::to_string(w) + " bytes in " +
                           std::to_string(in.size()) + ")");
        const uint8_t* p = in.data();
        for (size_t k = 0; k < n; ++k, p += w) {
            switch (col.type) {
            case Physical::Int32: out.ints.push_back(load<int32_t>(p)); break;
            case Physical::Int64: out.ints.push_back(load<int64_t>(p)); break;
            case Physical::Int96: out.ints.push_back(int96Nanos(p)); break;
            case Physical::Float: out.reals.push_back(double(load<float>(p))); break;
            case Physical::Double: out.reals.push_back(load<double>(p)); break;
            case Physical::FixedLenByteArray: out.addText(std::string_view(reinterpret_cast<const char*>(p), w)); break;
            default: break;
            }
        }
    }

    void byteStreamSplit(std::span<const uint8_t> in, size_t n, ColumnData& out) const {
        const size_t w = fixedWidth(col.type, col.typeLength);
        if (w == 0 || col.type == Physical::Int96)
            fail(what, "BYTE_STREAM_SPLIT is not defined for this type");
        if (n > in.size() / w)
            fail(what, "BYTE_STREAM_SPLIT values end early");
        std::vector<uint8_t> joined(n * w);
        for (size_t k = 0; k < n; ++k)
            for (size_t b = 0; b < w; ++b)
                joined[k * w + b] = in[b * n + k];
        plain(joined, n, out);
    }

    void fromDictionary(std::span<const uint8_t> in, size_t n, const ColumnData& dict, ColumnData& out) const {
        if (in.empty()) {
            if (n == 0)
                return;
            fail(what, "dictionary indices are missing");
        }
        const int bw = in[0];
        std::vector<uint32_t> idx(n);
        decodeRle(in.subspan(1), bw, n, idx.data(), what);
        const size_t size = dict.values(col.type);
        for (uint32_t i : idx)
            if (i >= size)
                fail(what, "dictionary index " + std::to_string(i) + " of a dictionary of " + std::to_string(size));
        if (isBytes(col.type)) {
            for (uint32_t i : idx)
                out.addText(dict.text(i));
        } else if (isReal(col.type)) {
            for (uint32_t i : idx)
                out.reals.push_back(dict.reals[i]);
        } else {
            for (uint32_t i : idx)
                out.ints.push_back(dict.ints[i]);
        }
    }

    void values(int encoding, std::span<const uint8_t> in, size_t n, const ColumnData* dict, ColumnData& out) const {
        switch (encoding) {
        case kPlain: plain(in, n, out); return;
        case kPlainDictionary:
        case kRleDictionary:
            if (!dict)
                fail(what, "dictionary-encoded page without a dictionary page");
            fromDictionary(in, n, *dict, out);
            return;
        case kRle: {
            if (col.type != Physical::Boolean)
                fail(what, "RLE values are only defined for booleans");
            if (in.size() < 4)
                fail(what, "RLE booleans end early");
            const uint32_t len = load<uint32_t>(in.data());
            if (len > in.size() - 4)
                fail(what, "RLE booleans run past their page");
            std::vector<uint32_t> bits(n);
            decodeRle(in.subspan(4, len), 1, n, bits.data(), what);
            for (uint32_t b : bits)
                out.ints.push_back(b);
            return;
        }
        case kDeltaBinaryPacked: {
            if (col.type != Physical::Int32 && col.type != Physical::Int64)
                fail(what, "DELTA_BINARY_PACKED is only defined for integers");
            std::vector<int64_t> v;
            decodeDeltaBinaryPacked(in, v, what, n);
            if (v.size() != n)
                fail(what, "DELTA_BINARY_PACKED holds " + std::to_string(v.size()) + " values, not " + std::to_string(n));
            for (int64_t x : v)
                out.ints.push_back(col.type == Physical::Int32 ? int64_t(int32_t(x)) : x);
            return;
        }
        case kDeltaLengthByteArray: {
            std::vector<int64_t> lens;
            size_t pos = decodeDeltaBinaryPacked(in, lens, what, n);
            if (lens.size() != n)
                fail(what, "DELTA_LENGTH_BYTE_ARRAY holds the wrong number of lengths");
            for (int64_t len : lens) {
                if (len < 0 || uint64_t(len) > in.size() - pos)
                    fail(what, "DELTA_LENGTH_BYTE_ARRAY values run past their page");
                out.addText(std::string_view(reinterpret_cast<const char*>(in.data() + pos), size_t(len)));
                pos += size_t(len);
            }
            return;
        }
        case kDeltaByteArray: {
            std::vector<int64_t> prefix, lens;
            size_t pos = decodeDeltaBinaryPacked(in, prefix, what, n);
            pos += decodeDeltaBinaryPacked(in.subspan(pos), lens, what, n);
            if (prefix.size() != n || lens.size() != n)
                fail(what, "DELTA_BYTE_ARRAY holds the wrong number of lengths");
            std::string prev;
            for (size_t k = 0; k < n; ++k) {
                if (prefix[k] < 0 || uint64_t(prefix[k]) > prev.size() || lens[k] < 0 ||
                    uint64_t(lens[k]) > in.size() - pos)
                    fail(what, "DELTA_BYTE_ARRAY values do not fit");
                std::string v = prev.substr(0, size_t(prefix[k]));
                v.append(reinterpret_cast<const char*>(in.data() + pos), size_t(lens[k]));
                pos += size_t(lens[k]);
                out.addText(v);
                prev = std::move(v);
            }
            return;
        }
        case kByteStreamSplit: byteStreamSplit(in, n, out); return;
        default: fail(what, "encoding " + std::to_string(encoding) + " is not supported");
        }
    }
};

// Reads levels of one kind from a v1 page; returns the bytes used.
size_t readLevels(int encoding, std::span<const uint8_t> in, int maxLevel, size_t n, std::vector<uint16_t>& out,
                  const std::string& what) {
    const int bw = bitWidth(uint64_t(maxLevel));
    std::vector<uint32_t> lv(n);
    size_t used = 0;
    if (encoding == kRle) {
        if (in.size() < 4)
            fail(what, "levels end early");
        const uint32_t len = load<uint32_t>(in.data());
        if (len > in.size() - 4)
            fail(what, "levels of " + std::to_string(len) + " bytes run past their page");
        decodeRle(in.subspan(4, len), bw, n, lv.data(), what);
        used = 4 + len;
    } else if (encoding == kBitPacked) {
        used = decodeBitPacked(in, bw, n, lv.data(), what);
    } else {
        fail(what, "level encoding " + std::to_string(encoding) + " is not supported");
    }
    for (uint32_t l : lv) {
        if (l > uint32_t(maxLevel))
            fail(what, "level " + std::to_string(l) + " above the column's maximum " + std::to_string(maxLevel));
        out.push_back(uint16_t(l));
    }
    return used;
}

} // namespace

// ---- Node, ColumnData ----

Node Node::leafOf(std::string name, Physical type, Repetition rep, Logical logical) {
    Node n;
    n.name = std::move(name);
    n.type = type;
    n.repetition = rep;
    n.logical = logical;
    return n;
}

Node Node::groupOf(std::string name, std::vector<Node> children, Repetition rep, Group group) {
    Node n;
    n.name = std::move(name);
    n.children = std::move(children);
    n.repetition = rep;
    n.group = group;
    return n;
}

size_t ColumnData::values(Physical t) const {
    return isBytes(t) ? offsets.size() - 1 : isReal(t) ? reals.size() : ints.size();
}

void ColumnData::clear() {
    def.clear();
    rep.clear();
    ints.clear();
    reals.clear();
    offsets.assign(1, 0);
    bytes.clear();
}

std::vector<Column> leafColumns(const Node& root) {
    std::vector<Column> out;
    std::vector<std::string> path;
    collectLeaves(root, path, 0, 0, out);
    return out;
}

// ---- FileReader ----

FileReader::FileReader(const std::string& path) : path_(path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0)
        throw Error(path + ": cannot open (" + std::strerror(errno) + ")");
    try {
        fileSize_ = int64_t(::lseek(fd_, 0, SEEK_END));
        if (fileSize_ < 12)
            throw Error(path + ": not a Parquet file (too short)");
        uint8_t head[4], tail[8];
        if (::pread(fd_, head, 4, 0) != 4 || ::pread(fd_, tail, 8, fileSize_ - 8) != 8)
            throw Error(path + ": cannot read");
        if (std::memcmp(head, "PAR1", 4) != 0 || std::memcmp(tail + 4, "PAR1", 4) != 0) {
            if (std::memcmp(tail + 4, "PARE", 4) == 0)
                throw Error(path + ": an encrypted Parquet file; encryption is not supported");
            throw Error(path + ": not a Parquet file (no PAR1 magic)");
        }
        const uint32_t footerLen = load<uint32_t>(tail);
        if (int64_t(footerLen) > fileSize_ - 12)
            throw Error(path + ": damaged footer (its length " + std::to_string(footerLen) + " exceeds the file)");
        std::vector<uint8_t> footer(footerLen);
        if (::pread(fd_, footer.data(), footerLen, fileSize_ - 8 - footerLen) != ssize_t(footerLen))
            throw Error(path + ": cannot read the footer");
        size_t used = 0;
        const Value meta = thrift::readStruct(footer.data(), footer.size(), used, path + ": footer");
        rows_ = meta.integer(3);
        createdBy_ = meta.binary(6);
        if (const Value* kv = meta.field(5))
            for (const auto& e : kv->list)
                metadata_.emplace_back(e.binary(1), e.binary(2));
        const Value* schema = meta.field(2);
        if (!schema || schema->list.empty())
            throw Error(path + ": damaged footer (no schema)");
        size_t i = 0;
        root_ = buildNode(schema->list, i, 0, path);
        root_.group = Node::Group::Struct;
        columns_ = leafColumns(root_);
        if (const Value* rgs = meta.field(4)) {
            for (const auto& rg : rgs->list) {
                Group g;
                g.rows = rg.integer(3);
                const Value* cols = rg.field(1);
                if (!cols || cols->list.size() != columns_.size())
                    throw Error(path + ": damaged footer (a row group has " +
                                std::to_string(cols ? cols->list.size() : 0) + " column chunks for " +
                                std::to_string(columns_.size()) + " columns)");
                for (size_t c = 0; c < cols->list.size(); ++c) {
                    const Value* md = cols->list[c].field(3);
                    if (!md)
                        throw Error(path + ": column \"" + columns_[c].name + "\" has no metadata (stored elsewhere?)");
                    Chunk ch;
                    ch.type = Physical(md->integer(1));
                    ch.codec = Codec(md->integer(4));
                    ch.values = md->integer(5);
                    ch.size = md->integer(7);
                    ch.start = md->integer(9);
                    const int64_t dict = md->integer(11, 0);
                    if (dict > 0 && dict < ch.start)
                        ch.start = dict;
                    if (ch.type != columns_[c].type)
                        throw Error(path + ": column \"" + columns_[c].name + "\" has another type in a row group");
                    if (ch.start < 4 || ch.size < 0 || ch.start > fileSize_ || ch.size > fileSize_ - ch.start)
                        throw Error(path + ": column \"" + columns_[c].name + "\" lies outside the file (offset " +
                                    std::to_string(ch.start) + ", " + std::to_string(ch.size) + " bytes)");
                    g.chunks.push_back(ch);
                }
                groups_.push_back(std::move(g));
            }
        }
    } catch (...) {
        ::close(fd_);
        fd_ = -1;
        throw;
    }
}

FileReader::~FileReader() {
    if (fd_ >= 0)
        ::close(fd_);
}

int64_t FileReader::rowGroupRows(int rowGroup) const { return groups_.at(size_t(rowGroup)).rows; }

ColumnData FileReader::read(int rowGroup, int column) const {
    const Column& col = columns_.at(size_t(column));
    const Chunk& ch = groups_.at(size_t(rowGroup)).chunks.at(size_t(column));
    const std::string what = path_ + ": column \"" + col.name + "\", row group " + std::to_string(rowGroup);
    std::vector<uint8_t> buf(size_t(ch.size));
    if (::pread(fd_, buf.data(), buf.size(), ch.start) != ssize_t(buf.size()))
        fail(what, "cannot read");
    const Decoder dec{col, what};
    ColumnData out, dict;
    bool haveDict = false;
    int64_t slots = 0;
    size_t pos = 0;
    std::vector<uint8_t> page;
    while (slots < ch.values && pos < buf.size()) {
        size_t used = 0;
        const Value h = thrift::readStruct(buf.data() + pos, buf.size() - pos, used, what + ": page header");
        pos += used;
        const int64_t type = h.integer(1, -1), usize = h.integer(2, -1), csize = h.integer(3, -1);
        if (csize < 0 || usize < 0 || usize > kMaxPageBytes || uint64_t(csize) > buf.size() - pos)
            fail(what, "a page of " + std::to_string(csize) + " bytes runs past the column chunk (truncated?)");
        const std::span<const uint8_t> raw(buf.data() + pos, size_t(csize));
        pos += size_t(csize);
        if (type == kDictionaryPage) {
            const Value* dh = h.field(7);
            const int64_t n = dh ? dh->integer(1, -1) : -1;
            if (n < 0 || n > kMaxPageValues)
                fail(what, "dictionary page of " + std::to_string(n) + " values");
            page.resize(size_t(usize));
            decompress(ch.codec, raw, page.data(), page.size(), what);
            dict.clear();
            dec.plain(page, size_t(n), dict);
            haveDict = true;
        } else if (type == kDataPage) {
            const Value* dh = h.field(5);
            if (!dh)
                fail(what, "data page without its header");
            const int64_t n = dh->integer(1, -1);
            if (n < 0 || n > kMaxPageValues)
                fail(what, "data page of " + std::to_string(n) + " values");
            page.resize(size_t(usize));
            decompress(ch.codec, raw, page.data(), page.size(), what);
            std::span<const uint8_t> rest(page);
            const size_t before = out.def.size();
            if (col.maxRep > 0)
                rest = rest.subspan(readLevels(int(dh->integer(4, kRle)), rest, col.maxRep, size_t(n), out.rep, what));
            size_t present = size_t(n);
            if (col.maxDef > 0) {
                rest = rest.subspan(readLevels(int(dh->integer(3, kRle)), rest, col.maxDef, size_t(n), out.def, what));
                present = size_t(std::count(out.def.begin() + std::ptrdiff_t(before), out.def.end(), uint16_t(col.maxDef)));
            }
            dec.values(int(dh->integer(2, kPlain)), rest, present, haveDict ? &dict : nullptr, out);
            slots += n;
        } else if (type == kDataPageV2) {
            const Value* dh = h.field(8);
            if (!dh)
                fail(what, "data page v2 without its header");
            const int64_t n = dh->integer(1, -1), nulls = dh->integer(2, -1);
            const int64_t defLen = dh->integer(5, -1), repLen = dh->integer(6, -1);
            if (n < 0 || n > kMaxPageValues || nulls < 0 || nulls > n || defLen < 0 || repLen < 0 ||
                defLen + repLen > csize || defLen + repLen > usize)
                fail(what, "data page v2 header does not add up");
            std::span<const uint8_t> levels = raw.first(size_t(repLen + defLen));
            std::vector<uint32_t> lv(static_cast<size_t>(n));
            if (col.maxRep > 0) {
                decodeRle(levels.first(size_t(repLen)), bitWidth(uint64_t(col.maxRep)), size_t(n), lv.data(), what);
                for (uint32_t l : lv) {
                    if (l > uint32_t(col.maxRep))
                        fail(what, "repetition level above the maximum");
                    out.rep.push_back(uint16_t(l));
                }
            }
            if (col.maxDef > 0) {
                decodeRle(levels.subspan(size_t(repLen)), bitWidth(uint64_t(col.maxDef)), size_t(n), lv.data(), what);
                for (uint32_t l : lv) {
                    if (l > uint32_t(col.maxDef))
                        fail(what, "definition level above the maximum");
                    out.def.push_back(uint16_t(l));
                }
            }
            const auto body = raw.subspan(size_t(repLen + defLen));
            const size_t bodySize = size_t(usize - repLen - defLen);
            std::span<const uint8_t> values = body;
            if (dh->integer(7, 1) != 0 && ch.codec != Codec::Uncompressed) {
                page.resize(bodySize);
                decompress(ch.codec, body, page.data(), page.size(), what);
                values = page;
            }
            dec.values(int(dh->integer(4, kPlain)), values, size_t(n - nulls), haveDict ? &dict : nullptr, out);
            slots += n;
        }
        // Index pages and unknown page types are skipped.
    }
    if (slots != ch.values)
        fail(what, "holds " + std::to_string(slots) + " values where its metadata says " + std::to_string(ch.values) +
                       " (truncated?)");
    if (col.type == Physical::Int32 && col.logical == Logical::Int && !col.isSigned)
        for (int64_t& v : out.ints) // UINT_32 (and narrower): the stored bits are unsigned
            v = int64_t(uint32_t(v));
    return out;
}

} // namespace ouro::parquet
