#pragma once

#include "inference/FloatArray.h"

#include <cstdint>

namespace tessera {

// The token order of MyGO's cross-modal entity encoder: [CLS], the structure token, the V visual
// tokens, the T text tokens (MygoNetwork::entitySequence), L = 2 + V + T.
struct EntityTokenLayout {
    std::int64_t visual = 0;
    std::int64_t text = 0;

    std::int64_t length() const { return 2 + visual + text; }
    static constexpr std::int64_t cls() { return 0; }
    static constexpr std::int64_t structure() { return 1; }
    std::int64_t firstVisual() const { return 2; }
    std::int64_t firstText() const { return 2 + visual; }
};

// Where [CLS]'s attention goes in one [L, L] map (a head, a fused layer or a rollout): its own
// slot, the structure token, the visual and the text tokens; the four add up to row 0's sum (1
// for softmax attention and rollouts).
struct ClsAttentionShares {
    double self = 0;
    double structure = 0;
    double visual = 0;
    double text = 0;

    // The three modalities' shares of what [CLS] gives to the others, adding up to 1 (all 0 when
    // it attends to itself alone).
    ClsAttentionShares modalitiesOnly() const;
};

// std::invalid_argument when `map` is not [L, L] for the layout.
ClsAttentionShares clsAttentionShares(const FloatArray& map, const EntityTokenLayout& layout);

}  // namespace tessera
