#pragma once

#include "alignment/AlignmentCandidates.h"
#include "graph/Ids.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tessera {

class MeaformerModel;

// Ranks the counterparts of single entities with CSLS, as an interactive user asks "what in B is
// this entity of A?". CSLS needs every candidate's mean similarity to its k nearest entities of
// the query side: that costs one pass over the whole population block and is computed once per
// direction, on first use, then each query is one row of similarities.
class AlignmentQuery {
public:
    // populationA / populationB: the entities of each graph that take part (every entity, or the
    // test pairs' two sides, as the reference's test block). k: CSLS neighbours.
    AlignmentQuery(
        MeaformerModel& model, std::vector<EntityId> populationA, std::vector<EntityId> populationB, std::int64_t k);

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
