#pragma once

#include "graph/Ids.h"
#include "graph/Triple.h"

#include <cstdint>
#include <span>
#include <vector>

namespace tessera {

// Every known answer of a link-prediction query, over all splits, as the filtered ranking
// protocol needs it: for (head, relation, ?) the sorted distinct tails, for (?, relation, tail)
// the sorted distinct heads. Lookups are a binary search over one flat array (no hashing, no
// per-query allocation), which is what evaluating ~20k queries in a loop wants.
class AnswerIndex {
public:
    AnswerIndex() = default;
    explicit AnswerIndex(std::span<const Triple> triples);

    std::span<const EntityId> tails(EntityId head, RelationId relation) const;
    std::span<const EntityId> heads(RelationId relation, EntityId tail) const;

    bool isKnownTail(EntityId head, RelationId relation, EntityId tail) const;
    bool isKnownHead(RelationId relation, EntityId tail, EntityId head) const;

private:
    struct Group {
        std::uint64_t key = 0;
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
    };

    static std::span<const EntityId> find(
        const std::vector<Group>& groups, const std::vector<EntityId>& answers, std::uint64_t key);
    static void build(std::vector<std::pair<std::uint64_t, EntityId>>& pairs, std::vector<Group>& groups,
        std::vector<EntityId>& answers);

    std::vector<Group> tailGroups_;
    std::vector<EntityId> tailAnswers_;
    std::vector<Group> headGroups_;
    std::vector<EntityId> headAnswers_;
};

}  // namespace tessera
