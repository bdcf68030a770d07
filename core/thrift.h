#pragma once
// Thrift's compact protocol, as much as Parquet's metadata needs: a reader
// that parses one struct into a small tree (bounds-checked, depth-limited,
// for untrusted files) and a writer that emits structs field by field.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ouro::thrift {

/** Compact-protocol type codes (a bool field carries its value in the code: True or False). */
enum class Type : uint8_t {
    Stop = 0,
    True = 1,
    False = 2,
    Byte = 3,
    I16 = 4,
    I32 = 5,
    I64 = 6,
    Double = 7,
    Binary = 8,
    List = 9,
    Set = 10,
    Map = 11,
    Struct = 12,
};

/** One parsed value. Integers and bools are in i; lists and sets in list; struct fields in fields. */
struct Value {
    Type type = Type::Stop;
    int64_t i = 0;
    double d = 0;
    std::string bin;
    std::vector<Value> list;
    std::vector<int16_t> fieldIds;   ///< struct fields: ids, in the order read
    std::vector<Value> fieldValues;  ///< and their values

    /** The struct field with this id, or nullptr. */
    const Value* field(int16_t id) const;
    /** An integer (or bool) field, or def when absent. */
    int64_t integer(int16_t id, int64_t def = 0) const;
    bool has(int16_t id) const { return field(id) != nullptr; }
    /** A binary (string) field, or "" when absent. */
    const std::string& binary(int16_t id) const;
};

/**
 * Parses one struct from data[0, size). Returns it and sets consumed to the
 * bytes it took. Throws ouro::Error naming `what` when the bytes end early,
 * nest too deep or hold an unknown type code.
 */
Value readStruct(const uint8_t* data, size_t size, size_t& consumed, const std::string& what);

/** Builds compact-protocol bytes. Fields must be written in increasing id order per struct. */
class Writer {
public:
    /** Starts the outermost struct (or a struct element of a list). */
    void beginStruct();
    /** Ends the current struct (writes its stop byte). */
    void endStruct();

    /** Continues a struct whose fields up to lastId were written elsewhere (ends with endStruct()). */
    void continueStruct(int16_t lastId) { last_.push_back(lastId); }

    void byteField(int16_t id, int8_t v) { header(id, Type::Byte), out_.push_back(char(v)); }
    void i16(int16_t id, int16_t v) { header(id, Type::I16), varint(zigzag(v)); }
    void i32(int16_t id, int32_t v) { header(id, Type::I32), varint(zigzag(v)); }
    void i64(int16_t id, int64_t v) { header(id, Type::I64), varint(zigzag(v)); }
    void boolean(int16_t id, bool v) { header(id, v ? Type::True : Type::False); }
    void binary(int16_t id, std::string_view v);
    /** A struct-typed field: write its fields, then endStruct(). */
    void structField(int16_t id);
    /** A list field of n elements of type elem; then write n elements with the element functions. */
    void listField(int16_t id, Type elem, size_t n);

    // List elements.
    void elemI32(int32_t v) { varint(zigzag(v)); }
    void elemI64(int64_t v) { varint(zigzag(v)); }
    void elemBinary(std::string_view v);
    void elemBool(bool v) { out_.push_back(char(v ? 1 : 2)); }

    const std::string& bytes() const { return out_; }
    std::string take() { return std::move(out_); }

private:
    static uint64_t zigzag(int64_t v) { return (uint64_t(v) << 1) ^ uint64_t(v >> 63); }
    void varint(uint64_t v);
    void header(int16_t id, Type t);

    std::string out_;
    std::vector<int16_t> last_{}; ///< last field id of each open struct
};

} // namespace ouro::thrift
