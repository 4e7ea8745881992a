#pragma once

#include "graph/Ids.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tessera {

// One ranked counterpart of an entity: CSLS and plain similarity, and how alike the two are per
// modality (cosine of the modality embeddings, NaN where either lacks the modality).
struct AlignmentCandidate {
    EntityId entity = kNoEntity;
    float csls = 0;
    float similarity = 0;
    std::vector<float> modalitySimilarity;  // per slot of the model's modalities
};

struct AlignmentQueryResult {
    bool fromA = true;  // the query is an entity of graph A (candidates in B), else of B
    EntityId entity = kNoEntity;
    std::vector<AlignmentCandidate> candidates;  // best first, at most the requested count
    std::int64_t candidateCount = 0;             // how many were ranked
    // The known counterpart (a seed or test pair) and its 0-based CSLS and plain ranks.
    std::optional<EntityId> counterpart;
    std::int64_t counterpartRank = -1;
    std::int64_t counterpartPlainRank = -1;
    std::vector<float> metaWeights;  // the query entity's, per slot
};

}  // namespace tessera
