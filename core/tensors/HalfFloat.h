#pragma once

#include <cstdint>

namespace tessera {

// Conversions between float and the two 16-bit float formats of model checkpoints, given as their
// raw bit patterns (what a safetensors F16 / BF16 element holds, read little-endian).
//  - F16 is IEEE 754 binary16: 1 sign, 5 exponent, 10 mantissa bits (max 65504, subnormals down
//    to 2^-24).
//  - BF16 is the upper half of a binary32: 1 sign, 8 exponent, 7 mantissa bits.
// Widening is exact (every F16 and BF16 value is a float). Narrowing rounds to nearest, ties to
// even, as PyTorch and numpy do, so a value written here reads back as they would store it;
// too-large values become infinities and NaN stays NaN (quiet).

float halfToFloat(std::uint16_t bits);
float bfloat16ToFloat(std::uint16_t bits);

std::uint16_t floatToHalf(float value);
std::uint16_t floatToBfloat16(float value);

}  // namespace tessera
