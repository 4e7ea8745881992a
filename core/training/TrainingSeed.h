#pragma once

#include <cstdint>

namespace tessera {

// One 64-bit seed per (run seed, epoch, batch) (a SplitMix-style finaliser): reseeding every
// batch makes a resumed run identical to an uninterrupted one.
inline std::uint64_t mixTrainingSeed(std::uint64_t seed, std::uint64_t epoch, std::uint64_t batch)
{
    std::uint64_t x = seed ^ (epoch * 0x9E3779B97F4A7C15ULL) ^ (batch * 0xC2B2AE3D27D4EB4FULL);
    x ^= x >> 33U;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33U;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33U;
    return x;
}

}  // namespace tessera
