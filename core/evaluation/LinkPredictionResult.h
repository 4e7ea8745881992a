#pragma once

#include "evaluation/FilteredRanking.h"
#include "graph/Triple.h"

#include <vector>

namespace tessera {

// The filtered ranks of one evaluated triple: head prediction (?, r, t) and tail prediction
// (h, r, ?), each by the reference tie rule and as PyKEEN's realistic rank.
struct TripleRanks {
    Triple triple;
    FilteredRank head;
    FilteredRank tail;
};

// Metrics of one split under the filtered protocol. `both`, `head` and `tail` use the reference
// ranks (integers, ties split in half and floored); the `realistic*` ones the realistic ranks.
// Like the reference, `both` averages over 2 ranks per triple, head before tail.
struct LinkPredictionResult {
    Split split = Split::Test;
    std::vector<TripleRanks> ranks;  // in the split's order (duplicates kept, as the reference does)
    RankMetrics both;
    RankMetrics head;
    RankMetrics tail;
    RankMetrics realisticBoth;
    RankMetrics realisticHead;
    RankMetrics realisticTail;
    // Indexed by RelationId (graph.relationCount() entries): reference ranks of both directions of
    // that relation's triples; count 0 for relations absent from the split.
    std::vector<RankMetrics> perRelation;
    double seconds = 0;  // wall time of scoring and ranking (entity representations included when not cached)
};

}  // namespace tessera
