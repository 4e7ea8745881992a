#pragma once

#include "graph/Ids.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tessera {

class MeaformerModel;

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
    std::int64_t candidateCount = 0;              // how many were ranked
    // The known counterpart (a seed or test pair) and its 0-based CSLS and plain ranks.
    std::optional<EntityId> counterpart;
    std::int64_t counterpartRank = -1;
    std::int64_t counterpartPlainRank = -1;
    std::vector<float> metaWeights;  // the query entity's, per slot
};

// Ranks the counterparts of single entities with CSLS, as an interactive user asks "what in B is
// this entity of A?". CSLS needs every candidate's mean similarity to its k nearest entities of
// the query side: that costs one pass over the whole population block and is computed once per
// direction, on first use, then each query is one row of similarities.
class AlignmentQuery {
public:
    // populationA / populationB: the entities of each graph that take part (every entity, or the
    // test pairs' two sides, as the reference's test block). k: CSLS neighbours.
    AlignmentQuery(MeaformerModel& model, std::vector<EntityId> populationA, std::vector<EntityId> populationB,
        std::int64_t k);

    // Throws std::invalid_argument for an entity outside the model.
    AlignmentQueryResult rank(bool fromA, EntityId entity, std::int64_t top, std::optional<EntityId> counterpart);

private:
    const std::vector<float>& candidateScales(bool fromA);

    MeaformerModel& model_;
    std::vector<EntityId> population_[2];
    std::int64_t k_;
    std::vector<float> scales_[2];  // c(j) of B's candidates (index 0: queries from A) and of A's
    bool scalesReady_[2] = {false, false};
};

}  // namespace tessera
