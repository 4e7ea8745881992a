#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace tessera {

// The element types Tessera reads and writes in safetensors files, named as in the file header
// ("F32", "BF16", "BOOL", ...). In the file every value is little-endian; BOOL is one byte (0 or 1).
// The 8-bit float and unsigned 16/32/64-bit types of newer safetensors versions are left out on
// purpose: no model Tessera reads stores them, and a reader that does not know a type must refuse
// the file rather than guess.
enum class TensorDType { F64, F32, F16, BF16, I64, I32, I16, I8, U8, Bool };

// The header spelling, e.g. "F32" or "BOOL".
std::string_view dtypeName(TensorDType dtype);

// Parses a header spelling (case-sensitive, as the format defines it); nullopt for anything else.
std::optional<TensorDType> parseDType(std::string_view name);

// Bytes per element: 8, 4, 2 or 1.
std::size_t itemSize(TensorDType dtype);

// True for F64, F32, F16 and BF16.
bool isFloatingPoint(TensorDType dtype);

// "F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL", for error messages.
std::string_view supportedDTypeNames();

}  // namespace tessera
