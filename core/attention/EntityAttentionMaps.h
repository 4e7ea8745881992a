#pragma once

#include "attention/EntityTokenLayout.h"
#include "graph/Ids.h"
#include "inference/FloatArray.h"

#include <array>
#include <cstdint>
#include <vector>

namespace tessera {

// What the cross-modal entity encoder is given: the entity as it is, or as if it had no image or
// no text (the link-prediction dock's ablations).
enum class AttentionInput { Full = 0, NoImage = 1, NoText = 2 };
inline constexpr int kAttentionInputs = 3;

// One entity's CMEE attention under each input, with what the maps need to be read: the token
// layout, the table ids of its visual and text slots, and per input the key slots attention
// ignores (1 = padded or masked), in token order [CLS, structure, visual…, text…].
struct EntityAttentionMaps {
    EntityId entity = kNoEntity;
    EntityTokenLayout layout;
    std::vector<std::int64_t> visualIds;
    std::vector<std::int64_t> textIds;
    std::array<FloatArray, kAttentionInputs> attention;  // [layers, 1, heads, L, L] each
    std::array<std::vector<std::uint8_t>, kAttentionInputs> maskedKeys;

    const FloatArray& of(AttentionInput input) const { return attention[static_cast<int>(input)]; }
    const std::vector<std::uint8_t>& maskedOf(AttentionInput input) const
    {
        return maskedKeys[static_cast<int>(input)];
    }
    std::int64_t layers() const { return attention[0].dim(0); }
    std::int64_t heads() const { return attention[0].dim(2); }
};

}  // namespace tessera
