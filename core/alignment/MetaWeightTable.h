#pragma once

#include "attention/ModalityShareTable.h"
#include "models/meaformer/AlignmentModality.h"

#include <cstdint>
#include <span>
#include <vector>

namespace tessera {

// Every entity's modality meta-weights of an alignment model (MEAformer: how much structure,
// image, relations, attributes and names count for that entity), torch-free, for views. Rows are
// graph A's entities, then graph B's.
struct MetaWeightTable {
    std::vector<AlignmentModality> modalities;  // the slots, in fusion order
    std::int64_t entitiesA = 0;
    std::vector<float> weights;         // [rows, M]
    std::vector<std::uint8_t> present;  // [rows, M]

    std::int64_t slots() const { return static_cast<std::int64_t>(modalities.size()); }
    std::int64_t rows() const { return slots() > 0 ? static_cast<std::int64_t>(weights.size()) / slots() : 0; }
    float weight(std::int64_t row, std::int64_t slot) const
    {
        return weights[static_cast<std::size_t>(row * slots() + slot)];
    }
    bool has(std::int64_t row, std::int64_t slot) const
    {
        return present[static_cast<std::size_t>(row * slots() + slot)] != 0;
    }
    // The slot with the largest weight (first on ties).
    std::int64_t dominantSlot(std::int64_t row) const;
    // The weights of `slot` over the rows that have it (an absent modality's 0 is not a measurement).
    std::vector<double> weightsOf(std::int64_t slot) const;
    BoxSummary box(std::int64_t slot) const;
    // Rows where `slot` dominates, largest weight first, at most `limit`; `count` gets how many there are.
    std::vector<std::int64_t> dominatedBy(std::int64_t slot, std::size_t limit, std::size_t* count = nullptr) const;
};

// How Hits@1 varies with the dominant modality of the query entity: per slot, how many test
// queries have it dominant and how many of those rank their counterpart first.
struct DominantModalityAccuracy {
    std::vector<std::int64_t> queries;  // per slot
    std::vector<std::int64_t> hits1;    // per slot

    static DominantModalityAccuracy of(
        const MetaWeightTable& table, std::span<const std::int64_t> queryRows, std::span<const std::int64_t> ranks);
};

}  // namespace tessera
