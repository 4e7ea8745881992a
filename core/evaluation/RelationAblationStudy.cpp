#include "evaluation/RelationAblationStudy.h"

#include "evaluation/LinkPredictionEvaluator.h"
#include "graph/KnowledgeGraph.h"
#include "inference/MygoModel.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace tessera {

namespace {

// Queries per scoring call, as the evaluator batches them.
constexpr std::size_t kAblationBatch = LinkPredictionEvaluator::kDefaultBatchSize;

ModalityAblation ablationOf(int input)
{
    ModalityAblation ablation;
    ablation.maskVisual = input == static_cast<int>(AblationInput::NoImage);
    ablation.maskText = input == static_cast<int>(AblationInput::NoText);
    return ablation;
}

}  // namespace

RelationAblationResult studyRelationAblation(MygoModel& model, const KnowledgeGraph& graph, RelationId relation,
    Split split, const std::function<void(std::size_t done, std::size_t total)>& progress, std::stop_token stop)
{
    if (relation >= graph.relationCount())
        throw std::invalid_argument("relation " + std::to_string(relation) + " outside the graph's "
            + std::to_string(graph.relationCount()) + " relations");
    const auto numEntities = static_cast<std::size_t>(model.config().numEntities);
    if (numEntities != graph.entityCount())
        throw std::invalid_argument("the model has " + std::to_string(numEntities) + " entities, the graph "
            + std::to_string(graph.entityCount()));
    RelationAblationResult result;
    result.relation = relation;
    result.split = split;
    std::vector<LinkQuery> queries;
    for (const Triple& t : graph.triples(split)) {
        if (t.relation != relation)
            continue;
        result.queries.push_back({t, false, {}});
        queries.push_back({kNoEntity, t.relation, t.tail});
        result.queries.push_back({t, true, {}});
        queries.push_back({t.head, t.relation, kNoEntity});
    }
    const AnswerIndex& answers = graph.answers();
    const std::size_t total = queries.size() * kAblationInputs;
    for (int input = 0; input < kAblationInputs; ++input) {
        for (std::size_t first = 0; first < queries.size(); first += kAblationBatch) {
            if (stop.stop_requested())
                throw EvaluationCancelled {};
            const std::size_t count = std::min(kAblationBatch, queries.size() - first);
            const FloatArray scores
                = model.scoreQueries(std::span<const LinkQuery>(queries.data() + first, count), ablationOf(input));
            for (std::size_t q = 0; q < count; ++q) {
                AblatedQueryRanks& ranks = result.queries[first + q];
                const Triple& t = ranks.triple;
                const std::span<const float> row(scores.values.data() + q * numEntities, numEntities);
                ranks.rank[static_cast<std::size_t>(input)] = ranks.predictsTail
                    ? filteredRank(row, t.tail, answers.tails(t.head, t.relation)).reference
                    : filteredRank(row, t.head, answers.heads(t.relation, t.tail)).reference;
            }
            if (progress)
                progress(static_cast<std::size_t>(input) * queries.size() + first + count, total);
        }
    }
    for (std::size_t input = 0; input < kAblationInputs; ++input) {
        std::vector<double> ranks;
        double shift = 0;
        for (const AblatedQueryRanks& q : result.queries) {
            ranks.push_back(static_cast<double>(q.rank[input]));
            const std::int64_t moved = q.rank[input] - q.rank[0];
            shift += static_cast<double>(moved);
            result.worse[input] += moved > 0 ? 1 : 0;
            result.better[input] += moved < 0 ? 1 : 0;
        }
        result.metrics[input] = summarizeRanks(ranks);
        result.meanRankShift[input] = result.queries.empty() ? 0 : shift / static_cast<double>(result.queries.size());
    }
    return result;
}

}  // namespace tessera
