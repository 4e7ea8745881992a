#include "tensors/HalfFloat.h"

#include <bit>

namespace tessera {

namespace {

constexpr std::uint32_t kFloatSignBit = 0x8000'0000U;
constexpr std::uint32_t kFloatAbsMask = 0x7FFF'FFFFU;
constexpr std::uint32_t kFloatInfinity = 0x7F80'0000U;
constexpr std::uint32_t kFloatMantissaMask = 0x007F'FFFFU;
constexpr std::uint32_t kFloatImplicitBit = 0x0080'0000U;
// binary32 exponent bias (127) minus binary16 exponent bias (15).
constexpr std::uint32_t kExponentBiasDifference = 112;
// Dropping 13 of binary32's 23 mantissa bits leaves binary16's 10.
constexpr unsigned kMantissaShift = 13;

constexpr std::uint16_t kHalfSignBit = 0x8000U;
constexpr std::uint16_t kHalfInfinity = 0x7C00U;
constexpr std::uint16_t kHalfQuietNan = 0x7E00U;
constexpr std::uint16_t kHalfMantissaMask = 0x03FFU;
// 65520 is the midpoint between the largest half (65504) and 2^16; it and all above round to
// infinity (ties to even: 65504's mantissa is odd).
constexpr std::uint32_t kFloatBitsRoundingToHalfInfinity = 0x477F'F000U;
// 2^-14, the smallest normal half; below it halves are subnormal multiples of 2^-24.
constexpr std::uint32_t kFloatBitsSmallestNormalHalf = 0x3880'0000U;
// 2^-25, half of the smallest subnormal half: it and all below round to zero.
constexpr std::uint32_t kFloatBitsHalfOfSmallestSubnormal = 0x3300'0000U;
// Biased binary32 exponent whose values are counted in units of 2^-24 by the mantissa shifted
// right by (126 - exponent): a value m * 2^(e - 150) equals (m >> (126 - e)) * 2^-24.
constexpr std::uint32_t kSubnormalShiftBase = 126;

// The quiet bit of a bfloat16 NaN (the top mantissa bit).
constexpr std::uint16_t kBfloat16QuietBit = 0x0040U;

// Rounds `value >> shift` to nearest, ties to even.
std::uint32_t shiftRoundingToEven(std::uint32_t value, unsigned shift)
{
    const std::uint32_t kept = value >> shift;
    const std::uint32_t rest = value & ((1U << shift) - 1U);
    const std::uint32_t halfway = 1U << (shift - 1U);
    if (rest > halfway || (rest == halfway && (kept & 1U) != 0))
        return kept + 1U;
    return kept;
}

}  // namespace

float halfToFloat(std::uint16_t bits)
{
    const std::uint32_t sign = static_cast<std::uint32_t>(bits & kHalfSignBit) << 16U;
    const std::uint32_t exponent = (bits >> 10U) & 0x1FU;
    const std::uint32_t mantissa = bits & kHalfMantissaMask;
    if (exponent == 0) {
        // Zero or subnormal: mantissa * 2^-24, exactly representable as a float.
        const float magnitude = static_cast<float>(mantissa) * 0x1p-24F;
        return std::bit_cast<float>(std::bit_cast<std::uint32_t>(magnitude) | sign);
    }
    if (exponent == 0x1FU)
        return std::bit_cast<float>(sign | kFloatInfinity | (mantissa << kMantissaShift));
    return std::bit_cast<float>(sign | ((exponent + kExponentBiasDifference) << 23U) | (mantissa << kMantissaShift));
}

float bfloat16ToFloat(std::uint16_t bits)
{
    return std::bit_cast<float>(static_cast<std::uint32_t>(bits) << 16U);
}

std::uint16_t floatToHalf(float value)
{
    const auto bits = std::bit_cast<std::uint32_t>(value);
    const auto sign = static_cast<std::uint16_t>((bits & kFloatSignBit) >> 16U);
    const std::uint32_t magnitude = bits & kFloatAbsMask;
    if (magnitude > kFloatInfinity)
        return static_cast<std::uint16_t>(sign | kHalfQuietNan | ((magnitude >> kMantissaShift) & kHalfMantissaMask));
    if (magnitude >= kFloatBitsRoundingToHalfInfinity)
        return static_cast<std::uint16_t>(sign | kHalfInfinity);
    if (magnitude < kFloatBitsSmallestNormalHalf) {
        if (magnitude <= kFloatBitsHalfOfSmallestSubnormal)
            return sign;
        const std::uint32_t exponent = magnitude >> 23U;
        const std::uint32_t mantissa = (magnitude & kFloatMantissaMask) | kFloatImplicitBit;
        // Rounding up to 0x400 gives the smallest normal half, whose bit pattern that is.
        return static_cast<std::uint16_t>(sign | shiftRoundingToEven(mantissa, kSubnormalShiftBase - exponent));
    }
    // Re-bias the exponent in place; a mantissa that rounds up carries into the exponent, which
    // is exactly the next representable half (and 65504 + carry cannot happen below the
    // infinity threshold checked above).
    const std::uint32_t rebiased = magnitude - (kExponentBiasDifference << 23U);
    return static_cast<std::uint16_t>(sign | shiftRoundingToEven(rebiased, kMantissaShift));
}

std::uint16_t floatToBfloat16(float value)
{
    const auto bits = std::bit_cast<std::uint32_t>(value);
    if ((bits & kFloatAbsMask) > kFloatInfinity)
        return static_cast<std::uint16_t>((bits >> 16U) | kBfloat16QuietBit);
    // Rounding the low 16 bits away may carry into the exponent, up to infinity: that is the
    // correctly rounded result.
    return static_cast<std::uint16_t>(shiftRoundingToEven(bits, 16U));
}

}  // namespace tessera
