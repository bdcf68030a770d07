#pragma once
// Pixel types that Ouroboros stores, and their names in numpy/zarr terms.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ouro {

/** The eight pixel types the store supports (OME-XML names them int8 … double). */
enum class DType { UInt8, Int8, UInt16, Int16, UInt32, Int32, Float32, Float64 };

/** Bytes per pixel. */
size_t dtypeSize(DType t);
/** The name used in the catalog and by `ouro info`: uint8, int16, float32, … */
std::string_view dtypeName(DType t);
/** numpy/zarr v2 type string, always little-endian: "|u1", "<u2", "<f4", … */
std::string_view dtypeZarr(DType t);
/** OME-XML Pixels/@Type: uint8, int16, float, double, … */
std::string_view dtypeOme(DType t);
/** Parses any of the three spellings above (and numpy names like "float64"). */
std::optional<DType> dtypeFromName(std::string_view name);
bool dtypeIsFloat(DType t);
bool dtypeIsSigned(DType t);

/** Calls f with a value of the C++ type that stores t (f(uint16_t{}) for UInt16, …). */
template <class F> decltype(auto) visitDType(DType t, F&& f) {
    switch (t) {
    case DType::UInt8: return f(static_cast<unsigned char>(0));
    case DType::Int8: return f(static_cast<signed char>(0));
    case DType::UInt16: return f(static_cast<unsigned short>(0));
    case DType::Int16: return f(static_cast<short>(0));
    case DType::UInt32: return f(static_cast<unsigned int>(0));
    case DType::Int32: return f(static_cast<int>(0));
    case DType::Float32: return f(0.0f);
    case DType::Float64: break;
    }
    return f(0.0);
}

} // namespace ouro
