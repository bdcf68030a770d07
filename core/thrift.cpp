#include "thrift.h"

#include "error.h"

#include <algorithm>
#include <cstring>

namespace ouro::thrift {

namespace {

constexpr int kMaxDepth = 64;

class Reader {
public:
    Reader(const uint8_t* p, size_t n, const std::string& what) : p_(p), end_(p + n), begin_(p), what_(what) {}

    size_t consumed() const { return size_t(p_ - begin_); }

    [[noreturn]] void fail(const std::string& why) const {
        throw Error(what_ + ": damaged metadata at byte " + std::to_string(consumed()) + " (" + why + ")");
    }

    uint8_t byte() {
        if (p_ >= end_)
            fail("ends early");
        return *p_++;
    }

    uint64_t varint() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const uint8_t b = byte();
            v |= uint64_t(b & 0x7F) << shift;
            if (!(b & 0x80))
                return v;
        }
        fail("varint longer than 10 bytes");
    }

    int64_t zigzag() {
        const uint64_t v = varint();
        return int64_t(v >> 1) ^ -int64_t(v & 1);
    }

    std::string binary() {
        const uint64_t n = varint();
        if (n > uint64_t(end_ - p_))
            fail("a string of " + std::to_string(n) + " bytes runs past the end");
        std::string s(reinterpret_cast<const char*>(p_), size_t(n));
        p_ += n;
        return s;
    }

    double dbl() {
        if (end_ - p_ < 8)
            fail("ends early");
        double d;
        std::memcpy(&d, p_, 8);
        p_ += 8;
        return d;
    }

    Value value(Type t, int depth, bool inContainer) {
        Value v;
        v.type = t;
        switch (t) {
        case Type::True:
        case Type::False:
            // A bool inside a list is a byte of its own; as a field, the type code is the value.
            v.i = inContainer ? (byte() == 1) : (t == Type::True);
            v.type = Type::True;
            break;
        case Type::Byte: v.i = int8_t(byte()); break;
        case Type::I16:
        case Type::I32:
        case Type::I64: v.i = zigzag(); break;
        case Type::Double: v.d = dbl(); break;
        case Type::Binary: v.bin = binary(); break;
        case Type::List:
        case Type::Set: {
            const uint8_t h = byte();
            uint64_t n = h >> 4;
            if (n == 15)
                n = varint();
            const Type et = Type(h & 0x0F);
            // Every element takes at least one byte, except bools of a field: none in a list.
            if (n > uint64_t(end_ - p_))
                fail("a list of " + std::to_string(n) + " elements runs past the end");
            if (depth >= kMaxDepth)
                fail("nested too deep");
            v.list.reserve(size_t(std::min<uint64_t>(n, 4096))); // a lying count must not allocate
            for (uint64_t k = 0; k < n; ++k)
                v.list.push_back(value(et, depth + 1, true));
            break;
        }
        case Type::Map: {
            const uint64_t n = varint();
            if (n == 0)
                break;
            const uint8_t kv = byte();
            if (n > uint64_t(end_ - p_))
                fail("a map of " + std::to_string(n) + " entries runs past the end");
            if (depth >= kMaxDepth)
                fail("nested too deep");
            for (uint64_t k = 0; k < n; ++k) { // kept as key, value, key, value, …
                v.list.push_back(value(Type(kv >> 4), depth + 1, true));
                v.list.push_back(value(Type(kv & 0x0F), depth + 1, true));
            }
            break;
        }
        case Type::Struct: {
            if (depth >= kMaxDepth)
                fail("nested too deep");
            int16_t last = 0;
            for (;;) {
                const uint8_t h = byte();
                if (h == 0)
                    break;
                const Type ft = Type(h & 0x0F);
                const int delta = h >> 4;
                const int16_t id = delta ? int16_t(last + delta) : int16_t(zigzag());
                last = id;
                v.fieldIds.push_back(id);
                v.fieldValues.push_back(value(ft, depth + 1, false));
            }
            break;
        }
        default: fail("unknown type code " + std::to_string(int(t)));
        }
        return v;
    }

private:
    const uint8_t* p_;
    const uint8_t* end_;
    const uint8_t* begin_;
    const std::string& what_;
};

const std::string kEmpty;

} // namespace

const Value* Value::field(int16_t id) const {
    for (size_t k = 0; k < fieldIds.size(); ++k)
        if (fieldIds[k] == id)
            return &fieldValues[k];
    return nullptr;
}

int64_t Value::integer(int16_t id, int64_t def) const {
    const Value* v = field(id);
    return v ? v->i : def;
}

const std::string& Value::binary(int16_t id) const {
    const Value* v = field(id);
    return v ? v->bin : kEmpty;
}

Value readStruct(const uint8_t* data, size_t size, size_t& consumed, const std::string& what) {
    Reader r(data, size, what);
    Value v = r.value(Type::Struct, 0, false);
    consumed = r.consumed();
    return v;
}

void Writer::beginStruct() { last_.push_back(0); }

void Writer::endStruct() {
    out_.push_back(0);
    last_.pop_back();
}

void Writer::varint(uint64_t v) {
    while (v >= 0x80) {
        out_.push_back(char(uint8_t(v) | 0x80));
        v >>= 7;
    }
    out_.push_back(char(v));
}

void Writer::header(int16_t id, Type t) {
    int16_t& last = last_.back();
    const int delta = id - last;
    if (delta > 0 && delta <= 15) {
        out_.push_back(char((delta << 4) | int(t)));
    } else {
        out_.push_back(char(t));
        varint(zigzag(id));
    }
    last = id;
}

void Writer::binary(int16_t id, std::string_view v) {
    header(id, Type::Binary);
    elemBinary(v);
}

void Writer::elemBinary(std::string_view v) {
    varint(v.size());
    out_.append(v);
}

void Writer::structField(int16_t id) {
    header(id, Type::Struct);
    beginStruct();
}

void Writer::listField(int16_t id, Type elem, size_t n) {
    header(id, Type::List);
    if (n < 15) {
        out_.push_back(char((n << 4) | size_t(elem)));
    } else {
        out_.push_back(char(0xF0 | int(elem)));
        varint(n);
    }
}

} // namespace ouro::thrift
