#pragma once

#include "graph/Dataset.h"
#include "graph/Ids.h"

#include <cstddef>
#include <vector>

namespace tessera {

// The entities an alignment query ranks among, per side: the entities of the test pairs (the pool
// the references evaluate on, so a rank here is the rank the evaluation reports) or every entity
// of both graphs. One definition for the window, `align` and `render alignment`, which each used
// to build it by hand.
struct CandidatePopulation {
    std::vector<EntityId> a;  // of graph A, in pair order (test) or id order (every entity)
    std::vector<EntityId> b;

    static CandidatePopulation testPairs(const std::vector<AlignedPair>& pairs);
    static CandidatePopulation everyEntity(std::size_t entitiesA, std::size_t entitiesB);

    // Whether `entity` (of A when inA, else of B) is among the ranked.
    bool contains(bool inA, EntityId entity) const;
};

}  // namespace tessera
