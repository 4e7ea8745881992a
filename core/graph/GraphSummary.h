#pragma once

#include "graph/KnowledgeGraph.h"

#include <array>
#include <cstddef>

namespace tessera {

// The counts `tessera info` prints and the status bar shows, computed in one pass.
struct GraphSummary {
    std::size_t entities = 0;
    std::size_t relations = 0;
    std::array<std::size_t, 3> triplesPerSplit {};  // indexed by Split
    std::size_t images = 0;
    std::size_t entitiesWithImage = 0;
    std::size_t entitiesWithoutImage = 0;
    std::size_t entitiesWithoutText = 0;
    std::size_t selfLoops = 0;         // triples with head == tail, all splits
    std::size_t duplicateTriples = 0;  // lines repeating an earlier triple of any split
    std::size_t isolatedEntities = 0;  // in no triple at all
    std::size_t warnings = 0;

    std::size_t triples() const { return triplesPerSplit[0] + triplesPerSplit[1] + triplesPerSplit[2]; }
};

GraphSummary summarize(const KnowledgeGraph& graph);

}  // namespace tessera
