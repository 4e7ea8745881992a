#pragma once

#include "alignment/AlignmentMetrics.h"
#include "graph/Dataset.h"

#include <cstdint>
#include <span>
#include <vector>

namespace tessera {

class MeaformerModel;

// Entity-alignment evaluation as MEAformer's test routine does it: the test pairs' sources against
// their targets (one n × n block; pair i is row and column i), both directions, with and without
// CSLS; or, with `allCandidates`, each test source against every entity of graph B and each test
// target against every entity of graph A (a harder, more realistic protocol).
struct AlignmentEvaluationOptions {
    bool allCandidates = false;
    std::int64_t cslsK = 0;  // 0 = the model's
    int threads = 0;         // counting threads; 0 = the cores present
};

struct AlignmentEvaluation {
    AlignmentMetrics cslsLeftToRight;
    AlignmentMetrics cslsRightToLeft;
    AlignmentMetrics plainLeftToRight;
    AlignmentMetrics plainRightToLeft;
    // 0-based ranks per test pair, in the pairs' order.
    std::vector<std::int64_t> cslsRanksLeftToRight;
    std::vector<std::int64_t> cslsRanksRightToLeft;
    std::vector<std::int64_t> plainRanksLeftToRight;
    std::vector<std::int64_t> plainRanksRightToLeft;
    std::int64_t candidatesLeftToRight = 0;  // candidates per query
    std::int64_t candidatesRightToLeft = 0;
    std::int64_t cslsK = 0;
    double seconds = 0;  // fused embeddings (when not cached), similarity and ranking
};

class AlignmentEvaluator {
public:
    // `pairs`: the test pairs (source in graph A, target in graph B). Throws std::invalid_argument
    // for an empty list or an entity outside the model.
    static AlignmentEvaluation evaluate(
        MeaformerModel& model, std::span<const AlignedPair> pairs, const AlignmentEvaluationOptions& options = {});
};

}  // namespace tessera
