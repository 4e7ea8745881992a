#pragma once

#include "graph/Ids.h"

#include <cstdint>
#include <span>
#include <vector>

namespace tessera {

// The rank of a link-prediction target under the filtered protocol, both as the MyGO reference
// computes it and PyKEEN's "realistic" rank.
struct FilteredRank {
    // Reference rule (zjukg/MyGO utils.calculate_rank): every known answer, the target included,
    // is pushed below the target; rank = #(score > target) + floor(#(score == target) / 2) + 1.
    std::int64_t reference = 0;
    // Mean of the optimistic (#greater + 1) and pessimistic (#greater + #equal + 1) ranks.
    double realistic = 0;
};

// `knownAnswers` are the entities that complete the query anywhere in train/valid/test (sorted or
// not); they never count against the target. Scores are compared in float, as the reference does.
FilteredRank filteredRank(std::span<const float> scores, EntityId target, std::span<const EntityId> knownAnswers);

// Rank metrics over a list of ranks (the reference averages head and tail ranks together).
struct RankMetrics {
    double mr = 0;
    double mrr = 0;
    double hits1 = 0;
    double hits3 = 0;
    double hits10 = 0;
    std::size_t count = 0;
};

RankMetrics summarizeRanks(std::span<const double> ranks);

}  // namespace tessera
