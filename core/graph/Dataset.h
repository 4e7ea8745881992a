#pragma once

#include "graph/Ids.h"
#include "graph/KnowledgeGraph.h"

#include <memory>
#include <string>
#include <vector>

namespace tessera {

// One pair of entities known to denote the same thing in two graphs (entity alignment seeds
// and test pairs). `train` marks the pairs a model may learn from; the rest are for testing.
struct AlignedPair {
    EntityId source = kNoEntity;  // in graphs[0]
    EntityId target = kNoEntity;  // in graphs[1]
    bool train = false;

    bool operator==(const AlignedPair&) const = default;
};

// What one path opens: a single graph, or (alignment formats) two graphs and the pairs that
// align them. Graphs are shared, immutable and safe to hand to worker threads.
struct Dataset {
    std::vector<std::shared_ptr<const KnowledgeGraph>> graphs;
    std::vector<AlignedPair> alignment;
    std::string format;  // detected or forced format name
    std::string sourcePath;
    // What a reader dropped or changed and the user should hear about (one line each), e.g.
    // duplicate alignment pairs.
    std::vector<std::string> warnings;

    bool isAlignment() const { return graphs.size() == 2; }
};

}  // namespace tessera
