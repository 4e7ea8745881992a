#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace tessera {

// An entity's token slots as MyGO reads them: the `slots` most frequent raw tokens (frequency
// ties broken by first occurrence, Python Counter.most_common order), written in ascending
// token-id order — the reference's quirk — then padded with `padId`. mask[i] = 1 marks a
// padded slot. No raw tokens (no image / no text) gives all slots padded.
struct SelectedTokens {
    std::vector<std::int64_t> ids;
    std::vector<std::uint8_t> mask;
};

SelectedTokens selectTopTokens(std::span<const std::int64_t> rawTokens, std::int64_t slots, std::int64_t padId);

}  // namespace tessera
