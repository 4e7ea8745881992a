#include "graph/AnswerIndex.h"

#include <algorithm>

namespace tessera {

namespace {
std::uint64_t packKey(std::uint32_t high, std::uint32_t low)
{
    return (static_cast<std::uint64_t>(high) << 32U) | low;
}
}  // namespace

AnswerIndex::AnswerIndex(std::span<const Triple> triples)
{
    std::vector<std::pair<std::uint64_t, EntityId>> pairs;
    pairs.reserve(triples.size());
    for (const Triple& t : triples)
        pairs.emplace_back(packKey(t.head, t.relation), t.tail);
    build(pairs, tailGroups_, tailAnswers_);

    pairs.clear();
    for (const Triple& t : triples)
        pairs.emplace_back(packKey(t.relation, t.tail), t.head);
    build(pairs, headGroups_, headAnswers_);
}

void AnswerIndex::build(
    std::vector<std::pair<std::uint64_t, EntityId>>& pairs, std::vector<Group>& groups, std::vector<EntityId>& answers)
{
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    answers.reserve(pairs.size());
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        if (i == 0 || pairs[i].first != pairs[i - 1].first) {
            groups.push_back(Group {pairs[i].first, static_cast<std::uint32_t>(answers.size()),
                static_cast<std::uint32_t>(answers.size())});
        }
        answers.push_back(pairs[i].second);
        groups.back().end = static_cast<std::uint32_t>(answers.size());
    }
}

std::span<const EntityId> AnswerIndex::find(
    const std::vector<Group>& groups, const std::vector<EntityId>& answers, std::uint64_t key)
{
    const auto it = std::lower_bound(
        groups.begin(), groups.end(), key, [](const Group& g, std::uint64_t k) { return g.key < k; });
    if (it == groups.end() || it->key != key)
        return {};
    return {answers.data() + it->begin, answers.data() + it->end};
}

std::span<const EntityId> AnswerIndex::tails(EntityId head, RelationId relation) const
{
    return find(tailGroups_, tailAnswers_, packKey(head, relation));
}

std::span<const EntityId> AnswerIndex::heads(RelationId relation, EntityId tail) const
{
    return find(headGroups_, headAnswers_, packKey(relation, tail));
}

bool AnswerIndex::isKnownTail(EntityId head, RelationId relation, EntityId tail) const
{
    const auto answers = tails(head, relation);
    return std::binary_search(answers.begin(), answers.end(), tail);
}

bool AnswerIndex::isKnownHead(RelationId relation, EntityId tail, EntityId head) const
{
    const auto answers = heads(relation, tail);
    return std::binary_search(answers.begin(), answers.end(), head);
}

}  // namespace tessera
