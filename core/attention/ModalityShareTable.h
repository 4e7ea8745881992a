#pragma once

#include "attention/EntityTokenLayout.h"
#include "graph/Ids.h"

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace tessera {

// The slots [CLS] can attend to, as one axis for distributions and rankings.
enum class AttentionSlot { Structure = 0, Visual = 1, Text = 2, Self = 3 };
inline constexpr int kAttentionSlots = 4;

std::string_view attentionSlotName(AttentionSlot slot);  // "structure", "visual", "text", "self"
double shareOf(const ClsAttentionShares& shares, AttentionSlot slot);

// For every entity of a graph, where MyGO's entity encoder has [CLS] look: in the last layer
// with its heads averaged, and in the attention rollout over all layers (heads fused by mean).
// Shares are of [CLS]'s whole row, so self + structure + visual + text = 1 per entity. An entity
// without any visual (text) token has a visual (text) share of exactly 0: the slots are masked.
struct ModalityShareTable {
    EntityTokenLayout layout;
    std::vector<ClsAttentionShares> lastLayer;  // indexed by EntityId
    std::vector<ClsAttentionShares> rollout;
    std::vector<std::uint8_t> hasVisual;  // at least one unmasked visual slot
    std::vector<std::uint8_t> hasText;

    std::size_t size() const { return lastLayer.size(); }
    bool empty() const { return lastLayer.empty(); }
    const std::vector<ClsAttentionShares>& of(bool useRollout) const { return useRollout ? rollout : lastLayer; }
};

// The slot (structure, visual or text; never self) that gets the largest share.
AttentionSlot dominantModality(const ClsAttentionShares& shares);

// The `count` entities whose `slot` share is largest, largest first (ties by id). Entities that
// lack the slot's modality entirely are left out for visual and text: a masked 0 says nothing.
std::vector<EntityId> entitiesWithLargestShare(
    const ModalityShareTable& table, bool useRollout, AttentionSlot slot, std::size_t count);

// Tukey's five numbers (quartiles by linear interpolation between order statistics, numpy's
// default) and the mean, for a box plot. All zero and count 0 for no values.
struct BoxSummary {
    double minimum = 0;
    double lowerQuartile = 0;
    double median = 0;
    double upperQuartile = 0;
    double maximum = 0;
    double mean = 0;
    std::size_t count = 0;
};

BoxSummary boxSummary(std::span<const double> values);

// The `slot` shares of every entity that has the slot's modality (all entities for structure
// and self), in entity order.
std::vector<double> sharesOf(const ModalityShareTable& table, bool useRollout, AttentionSlot slot);

}  // namespace tessera
