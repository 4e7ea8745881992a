#pragma once

#include "graph/Ids.h"

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace tessera {

class KnowledgeGraph;

// An analyst's verdicts on candidate pairs of an alignment workspace (entity of graph A, entity of
// graph B). Accepted pairs stay one-to-one, as an alignment is: accepting (a, b) drops any other
// accepted pair of a or of b. A rejected pair is remembered so the candidate list can say so; accepting
// it later lifts the rejection. A plain value: undo commands keep copies of it.
class AlignmentDecisions {
public:
    enum class Verdict { None, Accepted, Rejected };

    void accept(EntityId a, EntityId b);
    void reject(EntityId a, EntityId b);
    // Back to no verdict.
    void forget(EntityId a, EntityId b);

    Verdict verdict(EntityId a, EntityId b) const;
    std::optional<EntityId> acceptedForA(EntityId a) const;
    std::optional<EntityId> acceptedForB(EntityId b) const;
    // How many candidates of `a` were rejected.
    std::size_t rejectedCountOf(EntityId a) const;
    // a → b, ordered by a's id.
    const std::map<EntityId, EntityId>& accepted() const { return acceptedA_; }
    const std::set<std::pair<EntityId, EntityId>>& rejected() const { return rejected_; }
    bool empty() const { return acceptedA_.empty() && rejected_.empty(); }

    // The accepted pairs as an alignment bundle's pairs.tsv reads them: a header
    // "source\ttarget\tsplit", then one line per pair with the two entities' keys and split
    // "train", so the file can seed the next training as new seed pairs.
    std::string acceptedTsv(const KnowledgeGraph& a, const KnowledgeGraph& b) const;

    bool operator==(const AlignmentDecisions&) const = default;

private:
    std::map<EntityId, EntityId> acceptedA_;
    std::map<EntityId, EntityId> acceptedB_;
    std::set<std::pair<EntityId, EntityId>> rejected_;
};

}  // namespace tessera
