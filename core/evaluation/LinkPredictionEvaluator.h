#pragma once

#include "evaluation/FilteredRanking.h"
#include "evaluation/LinkPredictionResult.h"
#include "graph/Ids.h"
#include "graph/Triple.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <stop_token>
#include <vector>

namespace tessera {

class KnowledgeGraph;
class MygoModel;

// Thrown by LinkPredictionEvaluator::evaluate when its stop token was requested; not an error.
struct EvaluationCancelled { };

// Evaluates a MyGO model on a split the way the reference evaluation loop does (zjukg/MyGO
// train_mygo_fgc.py): every triple in both directions, scores filtered with the known answers of
// all three splits, so that MR/MRR/Hits equal the reference's to rounding. Unlike the reference,
// each distinct query is scored once (triples sharing (h, r) or (r, t) ask the same query) and
// queries are scored in batches (one model call per `batchSize` queries instead of one per
// query), which is what makes a full DB15K evaluation take seconds rather than minutes.
// Torch-free: it only uses MygoModel's public face. The model and graph must outlive the call;
// the model is used from the calling thread only.
class LinkPredictionEvaluator {
public:
    // done and total count distinct queries (at most 2 per triple); called after every batch, from
    // the calling thread.
    using Progress = std::function<void(std::size_t done, std::size_t total)>;

    // Queries per MygoModel::scoreQueries call: [batch, N] floats are held at once (256 × 15k
    // entities = 15 MB), and larger batches gain nothing once the CPU's cores are busy.
    static constexpr std::size_t kDefaultBatchSize = 256;

    LinkPredictionEvaluator(MygoModel& model, const KnowledgeGraph& graph);

    void setBatchSize(std::size_t queries);

    // summarizeRanks for realistic (fractional) ranks: Hits@k counts rank <= k as PyKEEN does.
    // summarizeRanks counts rank < k + 1, the reference's rule for integer ranks, which would
    // count a tie-split rank of 1.5 as a hit at 1.
    static RankMetrics summarizeRealisticRanks(std::span<const double> ranks);

    // Throws std::invalid_argument when the graph and model sizes differ (callers check
    // MygoModel::requireGraph first, which also names the files), EvaluationCancelled when stopped.
    LinkPredictionResult evaluate(Split split, const Progress& progress = {}, std::stop_token stop = {});

private:
    MygoModel& model_;
    const KnowledgeGraph& graph_;
    std::size_t batchSize_ = kDefaultBatchSize;
};

}  // namespace tessera
