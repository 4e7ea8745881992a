#pragma once

#include "inference/FloatArray.h"

#include <cstdint>

namespace tessera {

// How the heads of one layer become one map before rolling out (Abnar & Zuidema 2020 fuse by
// mean; the max keeps a head that alone attends somewhere visible).
enum class HeadFusion { Mean, Max };

// The [L, L] map of one head, layer and entity out of MyGO's [layers, n, heads, L, L] entity
// attention (MygoModel::entityAttention): rows are queries, columns keys, each row sums to 1.
FloatArray attentionHead(const FloatArray& attention, std::int64_t entity, std::int64_t layer, std::int64_t head);

// One layer's heads fused into one [L, L] map.
FloatArray fusedHeads(const FloatArray& attention, std::int64_t entity, std::int64_t layer, HeadFusion fusion);

// Attention rollout (Abnar & Zuidema 2020, "Quantifying Attention Flow in Transformers") of one
// entity over all layers: each layer's fused map with the residual added as 0.5·A + 0.5·I and its
// rows renormalised, multiplied from the first layer up, R = Â_L ⋯ Â_1. Row i of R says how much
// of what token i holds after the last layer came from each input token. Accumulated in double.
// std::invalid_argument for an array that is not [layers, n, heads, L, L] or an entity outside it.
FloatArray attentionRollout(const FloatArray& attention, std::int64_t entity, HeadFusion fusion);

}  // namespace tessera
