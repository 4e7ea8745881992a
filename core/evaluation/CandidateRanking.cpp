#include "evaluation/CandidateRanking.h"

#include "graph/KnowledgeGraph.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace tessera {

std::map<EntityId, SplitFlags> knownAnswerSplits(
    const KnowledgeGraph& graph, EntityId known, RelationId relation, bool predictTail)
{
    std::map<EntityId, SplitFlags> splits;
    const CsrAdjacency& adjacency = predictTail ? graph.outgoing() : graph.incoming();
    for (const CsrAdjacency::Edge& edge : adjacency.edges(known)) {
        if (edge.relation == relation)
            splits[edge.neighbour][static_cast<std::size_t>(edge.split)] = true;
    }
    return splits;
}

std::vector<std::size_t> knownAnswerCounts(const KnowledgeGraph& graph, EntityId known, bool predictTail)
{
    std::vector<std::pair<RelationId, EntityId>> answers;
    const CsrAdjacency& adjacency = predictTail ? graph.outgoing() : graph.incoming();
    for (const CsrAdjacency::Edge& edge : adjacency.edges(known))
        answers.emplace_back(edge.relation, edge.neighbour);
    // A fact repeated across splits is one answer.
    std::sort(answers.begin(), answers.end());
    answers.erase(std::unique(answers.begin(), answers.end()), answers.end());
    std::vector<std::size_t> counts(graph.relationCount(), 0);
    for (const auto& [relation, neighbour] : answers)
        ++counts[relation];
    return counts;
}

namespace {

// Ranks of the known answers in O(N log K): answers sorted best first; every other entity that
// beats some answers beats a suffix of that order, found by binary search and counted with a
// difference array.
std::vector<RankedCandidate> rankKnownAnswers(
    std::span<const float> scores, const std::map<EntityId, SplitFlags>& known, bool filtered)
{
    const auto better = [&](EntityId a, EntityId b) { return scores[a] != scores[b] ? scores[a] > scores[b] : a < b; };
    std::vector<RankedCandidate> answers;
    answers.reserve(known.size());
    for (const auto& [entity, splits] : known)
        answers.push_back({entity, scores[entity], 0, splits});
    std::sort(answers.begin(), answers.end(),
        [&](const RankedCandidate& a, const RankedCandidate& b) { return better(a.entity, b.entity); });
    std::vector<std::size_t> beaten(answers.size() + 1, 0);
    for (EntityId e = 0; e < scores.size(); ++e) {
        if (known.contains(e))
            continue;
        const auto first = std::partition_point(
            answers.begin(), answers.end(), [&](const RankedCandidate& a) { return !better(e, a.entity); });
        ++beaten[static_cast<std::size_t>(first - answers.begin())];
    }
    std::size_t ahead = 0;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        ahead += beaten[i];
        // Unfiltered, the better answers are listed ahead of this one too.
        answers[i].rank = 1 + ahead + (filtered ? 0 : i);
    }
    return answers;
}

}  // namespace

CandidateRanking rankCandidates(std::span<const float> scores, const KnowledgeGraph& graph, EntityId known,
    RelationId relation, bool predictTail, std::size_t k, bool filtered)
{
    const std::size_t n = graph.entityCount();
    if (scores.size() != n)
        throw std::invalid_argument("rankCandidates: " + std::to_string(scores.size()) + " scores for a graph of "
            + std::to_string(n) + " entities");
    const std::map<EntityId, SplitFlags> answers = knownAnswerSplits(graph, known, relation, predictTail);
    std::vector<EntityId> order;
    order.reserve(n);
    for (EntityId e = 0; e < n; ++e) {
        if (!filtered || !answers.contains(e))
            order.push_back(e);
    }
    CandidateRanking ranking;
    ranking.knownAnswers = answers.size();
    ranking.candidates = order.size();
    const std::size_t shown = std::min(order.size(), k);
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shown), order.end(),
        [&](EntityId a, EntityId b) { return scores[a] != scores[b] ? scores[a] > scores[b] : a < b; });
    ranking.answers = rankKnownAnswers(scores, answers, filtered);
    ranking.top.reserve(shown);
    for (std::size_t i = 0; i < shown; ++i) {
        RankedCandidate c;
        c.entity = order[i];
        c.score = scores[order[i]];
        c.rank = i + 1;
        if (const auto it = answers.find(order[i]); it != answers.end())
            c.knownIn = it->second;
        ranking.top.push_back(c);
    }
    return ranking;
}

}  // namespace tessera
