#include "evaluation/PopularityBaseline.h"

#include "evaluation/FilteredRanking.h"
#include "graph/KnowledgeGraph.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace tessera {

namespace {

// Hits@k counted as rank <= k, for fractional (realistic) ranks; the same rule as
// LinkPredictionEvaluator::summarizeRealisticRanks, which lives in the torch part.
RankMetrics summarizeRealistic(std::span<const double> ranks)
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

}  // namespace

PopularityBaseline::PopularityBaseline(const KnowledgeGraph& graph)
    : graph_(graph)
    , tailCounts_(graph.relationCount(), std::vector<float>(graph.entityCount(), 0.0F))
    , headCounts_(graph.relationCount(), std::vector<float>(graph.entityCount(), 0.0F))
{
    for (const Triple& t : graph.triples(Split::Train)) {
        tailCounts_.at(t.relation).at(t.tail) += 1.0F;
        headCounts_.at(t.relation).at(t.head) += 1.0F;
    }
}

const std::vector<float>& PopularityBaseline::scores(RelationId relation, bool predictTail) const
{
    if (relation >= tailCounts_.size())
        throw std::out_of_range("PopularityBaseline: no relation " + std::to_string(relation));
    return predictTail ? tailCounts_[relation] : headCounts_[relation];
}

LinkPredictionResult PopularityBaseline::evaluate(Split split) const
{
    const std::span<const Triple> triples = graph_.triples(split);
    const AnswerIndex& answers = graph_.answers();
    LinkPredictionResult result;
    result.split = split;
    result.ranks.reserve(triples.size());
    std::vector<double> both;
    std::vector<double> heads;
    std::vector<double> tails;
    std::vector<double> realisticBoth;
    std::vector<double> realisticHeads;
    std::vector<double> realisticTails;
    std::vector<std::vector<double>> byRelation(graph_.relationCount());
    for (const Triple& t : triples) {
        TripleRanks r;
        r.triple = t;
        r.head = filteredRank(scores(t.relation, false), t.head, answers.heads(t.relation, t.tail));
        r.tail = filteredRank(scores(t.relation, true), t.tail, answers.tails(t.head, t.relation));
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
        byRelation[t.relation].push_back(head);
        byRelation[t.relation].push_back(tail);
        result.ranks.push_back(r);
    }
    result.both = summarizeRanks(both);
    result.head = summarizeRanks(heads);
    result.tail = summarizeRanks(tails);
    result.realisticBoth = summarizeRealistic(realisticBoth);
    result.realisticHead = summarizeRealistic(realisticHeads);
    result.realisticTail = summarizeRealistic(realisticTails);
    result.perRelation.reserve(byRelation.size());
    for (const auto& ranks : byRelation)
        result.perRelation.push_back(summarizeRanks(ranks));
    return result;
}

}  // namespace tessera
