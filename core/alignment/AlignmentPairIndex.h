#pragma once

#include "graph/Dataset.h"
#include "graph/Ids.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tessera {

// The known pairs of an alignment workspace, indexed once by entity on both sides so that a query
// (the window's click, `align`, `render alignment`) answers "what is this entity's counterpart, and
// is it a seed or a test pair?" in constant time instead of walking all 15,000 pairs of DBP15K.
// Where a reader kept one entity in several pairs, the last pair wins, as the readers' warnings say.
class AlignmentPairIndex {
public:
    enum class Role : std::uint8_t { None, Seed, Test };

    AlignmentPairIndex() = default;
    AlignmentPairIndex(const std::vector<AlignedPair>& pairs, std::size_t entitiesA, std::size_t entitiesB);

    // inA: the entity is of graph A (else of graph B).
    std::optional<EntityId> counterpart(bool inA, EntityId entity) const;
    Role role(bool inA, EntityId entity) const;
    // "seed", "test", or "" for no pair: the word `align --json` and the candidates' CSV write.
    static const char* key(Role role);

private:
    struct Side {
        std::vector<EntityId> counterpart;
        std::vector<Role> role;
    };
    const Side& side(bool inA) const { return inA ? a_ : b_; }

    Side a_;
    Side b_;
};

}  // namespace tessera
