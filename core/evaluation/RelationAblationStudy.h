#pragma once

#include "evaluation/FilteredRanking.h"
#include "graph/Ids.h"
#include "graph/Triple.h"

#include <array>
#include <cstdint>
#include <functional>
#include <stop_token>
#include <vector>

namespace tessera {

class KnowledgeGraph;
class MygoModel;

// What the image and the text are worth to a relation: every query of the relation's triples in
// a split (head and tail prediction) ranked three times — as it is, as if its known entity had
// no image, as if it had no text (MygoModel::ModalityAblation; candidates keep their full
// representations) — with the filtered reference ranks, so a drop in MRR under masking is the
// modality's contribution measured as a number rather than read off attention.
enum class AblationInput { Full = 0, NoImage = 1, NoText = 2 };
inline constexpr int kAblationInputs = 3;

struct AblatedQueryRanks {
    Triple triple;
    bool predictsTail = true;
    std::array<std::int64_t, kAblationInputs> rank {};
};

struct RelationAblationResult {
    RelationId relation = kNoRelation;
    Split split = Split::Test;
    std::vector<AblatedQueryRanks> queries;  // per triple: head prediction, then tail prediction
    std::array<RankMetrics, kAblationInputs> metrics;
    // Mean of (rank masked − rank full) over the queries, and how many moved down / up.
    std::array<double, kAblationInputs> meanRankShift {};
    std::array<std::size_t, kAblationInputs> worse {};
    std::array<std::size_t, kAblationInputs> better {};
};

// Throws std::invalid_argument for a relation outside the graph, EvaluationCancelled when
// stopped between batches. `progress(done, total)` counts scored queries over the three inputs.
RelationAblationResult studyRelationAblation(MygoModel& model, const KnowledgeGraph& graph, RelationId relation,
    Split split, const std::function<void(std::size_t done, std::size_t total)>& progress = {},
    std::stop_token stop = {});

}  // namespace tessera
