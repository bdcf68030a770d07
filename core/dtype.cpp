#include "dtype.h"

#include <array>

namespace ouro {

namespace {
struct Names {
    DType t;
    size_t size;
    std::string_view name, zarr, ome;
};
constexpr std::array<Names, 8> kNames{{
    {DType::UInt8, 1, "uint8", "|u1", "uint8"},
    {DType::Int8, 1, "int8", "|i1", "int8"},
    {DType::UInt16, 2, "uint16", "<u2", "uint16"},
    {DType::Int16, 2, "int16", "<i2", "int16"},
    {DType::UInt32, 4, "uint32", "<u4", "uint32"},
    {DType::Int32, 4, "int32", "<i4", "int32"},
    {DType::Float32, 4, "float32", "<f4", "float"},
    {DType::Float64, 8, "float64", "<f8", "double"},
}};
const Names& names(DType t) { return kNames[static_cast<size_t>(t)]; }
} // namespace

size_t dtypeSize(DType t) { return names(t).size; }
std::string_view dtypeName(DType t) { return names(t).name; }
std::string_view dtypeZarr(DType t) { return names(t).zarr; }
std::string_view dtypeOme(DType t) { return names(t).ome; }
bool dtypeIsFloat(DType t) { return t == DType::Float32 || t == DType::Float64; }
bool dtypeIsSigned(DType t) {
    return t == DType::Int8 || t == DType::Int16 || t == DType::Int32 || dtypeIsFloat(t);
}

std::optional<DType> dtypeFromName(std::string_view n) {
    for (const auto& e : kNames)
        if (n == e.name || n == e.zarr || n == e.ome)
            return e.t;
    if (n == "float64" || n == "<f8")
        return DType::Float64;
    return std::nullopt;
}

} // namespace ouro
