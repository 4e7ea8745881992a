#include "evaluation/LinkPredictionEvaluator.h"

#include "graph/KnowledgeGraph.h"
#include "inference/MygoModel.h"

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <string>

namespace tessera {

LinkPredictionEvaluator::LinkPredictionEvaluator(MygoModel& model, const KnowledgeGraph& graph)
    : model_(model)
    , graph_(graph)
{
}

void LinkPredictionEvaluator::setBatchSize(std::size_t queries)
{
    // Two queries per triple: an odd batch would split a triple's pair across calls for nothing.
    batchSize_ = std::max<std::size_t>(2, queries + (queries % 2));
}

RankMetrics LinkPredictionEvaluator::summarizeRealisticRanks(std::span<const double> ranks)
{
    RankMetrics m = summarizeRanks(ranks);
    if (ranks.empty())
        return m;
    const auto hits = [&](double k) {
        return static_cast<double>(std::count_if(ranks.begin(), ranks.end(), [k](double r) { return r <= k; }))
            / static_cast<double>(ranks.size());
    };
    m.hits1 = hits(1);
    m.hits3 = hits(3);
    m.hits10 = hits(10);
    return m;
}

LinkPredictionResult LinkPredictionEvaluator::evaluate(Split split, const Progress& progress, std::stop_token stop)
{
    const auto numEntities = static_cast<std::size_t>(model_.config().numEntities);
    if (numEntities != graph_.entityCount()
        || static_cast<std::size_t>(model_.config().numRelations) != graph_.relationCount()) {
        throw std::invalid_argument("the model has " + std::to_string(numEntities) + " entities and "
            + std::to_string(model_.config().numRelations) + " relations, the graph "
            + std::to_string(graph_.entityCount()) + " and " + std::to_string(graph_.relationCount()));
    }
    const auto start = std::chrono::steady_clock::now();
    const std::span<const Triple> triples = graph_.triples(split);
    const AnswerIndex& answers = graph_.answers();
    const std::size_t totalQueries = triples.size() * 2;
    const std::size_t triplesPerBatch = batchSize_ / 2;

    LinkPredictionResult result;
    result.split = split;
    result.ranks.reserve(triples.size());
    std::vector<LinkQuery> queries;
    queries.reserve(batchSize_);
    for (std::size_t first = 0; first < triples.size(); first += triplesPerBatch) {
        if (stop.stop_requested())
            throw EvaluationCancelled {};
        const std::size_t count = std::min(triplesPerBatch, triples.size() - first);
        // Head and tail query of each triple side by side: the scores come back in the
        // reference's rank order.
        queries.clear();
        for (std::size_t i = first; i < first + count; ++i) {
            const Triple& t = triples[i];
            queries.push_back({kNoEntity, t.relation, t.tail});
            queries.push_back({t.head, t.relation, kNoEntity});
        }
        const FloatArray scores = model_.scoreQueries(queries);
        if (scores.shape.size() != 2 || static_cast<std::size_t>(scores.shape[0]) != queries.size()
            || static_cast<std::size_t>(scores.shape[1]) != numEntities)
            throw std::logic_error("MygoModel::scoreQueries returned scores of an unexpected shape");
        for (std::size_t i = 0; i < count; ++i) {
            const Triple& t = triples[first + i];
            const std::span<const float> headRow(scores.values.data() + (2 * i) * numEntities, numEntities);
            const std::span<const float> tailRow(scores.values.data() + (2 * i + 1) * numEntities, numEntities);
            result.ranks.push_back({t, filteredRank(headRow, t.head, answers.heads(t.relation, t.tail)),
                filteredRank(tailRow, t.tail, answers.tails(t.head, t.relation))});
        }
        if (progress)
            progress(2 * (first + count), totalQueries);
    }

    std::vector<double> both;
    std::vector<double> heads;
    std::vector<double> tails;
    std::vector<double> realisticBoth;
    std::vector<double> realisticHeads;
    std::vector<double> realisticTails;
    std::vector<std::vector<double>> byRelation(graph_.relationCount());
    for (const TripleRanks& r : result.ranks) {
        const auto head = static_cast<double>(r.head.reference);
        const auto tail = static_cast<double>(r.tail.reference);
        both.push_back(head);
        both.push_back(tail);
        heads.push_back(head);
        tails.push_back(tail);
        realisticBoth.push_back(r.head.realistic);
        realisticBoth.push_back(r.tail.realistic);
        realisticHeads.push_back(r.head.realistic);
        realisticTails.push_back(r.tail.realistic);
        byRelation[r.triple.relation].push_back(head);
        byRelation[r.triple.relation].push_back(tail);
    }
    result.both = summarizeRanks(both);
    result.head = summarizeRanks(heads);
    result.tail = summarizeRanks(tails);
    result.realisticBoth = summarizeRealisticRanks(realisticBoth);
    result.realisticHead = summarizeRealisticRanks(realisticHeads);
    result.realisticTail = summarizeRealisticRanks(realisticTails);
    result.perRelation.reserve(byRelation.size());
    for (const auto& ranks : byRelation)
        result.perRelation.push_back(summarizeRanks(ranks));
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

}  // namespace tessera
