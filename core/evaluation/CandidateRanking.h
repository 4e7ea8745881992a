#pragma once

#include "graph/Ids.h"
#include "graph/Triple.h"

#include <array>
#include <cstddef>
#include <map>
#include <span>
#include <vector>

namespace tessera {

class KnowledgeGraph;

// The splits (train, valid, test, indexed by Split) in which a known answer of a query appears;
// a triple may repeat across splits.
using SplitFlags = std::array<bool, 3>;

// One entry of a ranked candidate list: the entity, its raw model score, its 1-based place in
// the list, and where it is already a known answer of the query.
struct RankedCandidate {
    EntityId entity = kNoEntity;
    float score = 0;
    std::size_t rank = 0;
    SplitFlags knownIn {};

    bool isKnownAnswer() const { return knownIn[0] || knownIn[1] || knownIn[2]; }
};

// The best k candidates of one query. `candidates` counts what was ranked (every entity, or every
// entity but the known answers when filtered).
struct CandidateRanking {
    std::vector<RankedCandidate> top;
    // Every known answer, best first, with its rank: its place in the full list, or when filtered
    // (answers are not listed) the filtered rank the evaluation gives it: 1 + the non-answers
    // scoring higher. Equal scores count in id order, as in `top`.
    std::vector<RankedCandidate> answers;
    std::size_t knownAnswers = 0;
    std::size_t candidates = 0;
};

// The known answers of (known, relation, ?) when predicting tails, or of (?, relation, known)
// when predicting heads, with the splits each appears in.
std::map<EntityId, SplitFlags> knownAnswerSplits(
    const KnowledgeGraph& graph, EntityId known, RelationId relation, bool predictTail);

// How many distinct known answers the entity has under each relation (indexed by RelationId) on
// the side asked: one pass over its facts, for listing every relation at once.
std::vector<std::size_t> knownAnswerCounts(const KnowledgeGraph& graph, EntityId known, bool predictTail);

// Ranks `scores` (one per entity of `graph`) best first; equal scores keep id order so a listing
// is reproducible. `filtered` leaves the known answers out, as the filtered protocol does.
// Throws std::invalid_argument when there is not one score per entity.
CandidateRanking rankCandidates(std::span<const float> scores, const KnowledgeGraph& graph, EntityId known,
    RelationId relation, bool predictTail, std::size_t k, bool filtered);

}  // namespace tessera
