#pragma once

#include "evaluation/LinkPredictionResult.h"
#include "graph/Ids.h"
#include "graph/Triple.h"

#include <cstddef>
#include <vector>

namespace tessera {

class KnowledgeGraph;

// The floor a link-prediction model has to clear: for (h, r, ?) every entity scores how often it
// is the tail of r in TRAIN, for (?, r, t) how often it is the head of r, whatever h or t is.
// A model that only learned "which countries have many borders" scores about this much; one
// whose MRR is barely above it has not learned anything entity-specific. It is ranked exactly as
// LinkPredictionEvaluator ranks a model (filteredRank: known answers of all splits filtered,
// the reference tie rule, ties among equally popular candidates split in half), so the two
// numbers compare directly. Torch-free, no model needed.
class PopularityBaseline {
public:
    // Counts the train split of `graph`, which must outlive the baseline.
    explicit PopularityBaseline(const KnowledgeGraph& graph);

    // One score per entity (graph.entityCount()): its count as tail (predictTail) or head of
    // `relation` in train. Throws std::out_of_range for an unknown relation.
    const std::vector<float>& scores(RelationId relation, bool predictTail) const;

    // Filtered ranks of every triple of `split` in both directions, summarised as
    // LinkPredictionEvaluator::evaluate summarises a model's (seconds stays 0).
    LinkPredictionResult evaluate(Split split) const;

private:
    const KnowledgeGraph& graph_;
    std::vector<std::vector<float>> tailCounts_;  // [relation][entity]
    std::vector<std::vector<float>> headCounts_;
};

}  // namespace tessera
