#include "alignment/AlignmentPairIndex.h"

namespace tessera {

AlignmentPairIndex::AlignmentPairIndex(
    const std::vector<AlignedPair>& pairs, std::size_t entitiesA, std::size_t entitiesB)
{
    a_.counterpart.assign(entitiesA, kNoEntity);
    a_.role.assign(entitiesA, Role::None);
    b_.counterpart.assign(entitiesB, kNoEntity);
    b_.role.assign(entitiesB, Role::None);
    for (const AlignedPair& pair : pairs) {
        // Readers reject pairs naming unknown entities; the bound check keeps a hand-made list safe.
        if (pair.source >= entitiesA || pair.target >= entitiesB)
            continue;
        const Role role = pair.train ? Role::Seed : Role::Test;
        a_.counterpart[pair.source] = pair.target;
        a_.role[pair.source] = role;
        b_.counterpart[pair.target] = pair.source;
        b_.role[pair.target] = role;
    }
}

std::optional<EntityId> AlignmentPairIndex::counterpart(bool inA, EntityId entity) const
{
    const Side& s = side(inA);
    if (entity >= s.counterpart.size() || s.counterpart[entity] == kNoEntity)
        return std::nullopt;
    return s.counterpart[entity];
}

AlignmentPairIndex::Role AlignmentPairIndex::role(bool inA, EntityId entity) const
{
    const Side& s = side(inA);
    return entity < s.role.size() ? s.role[entity] : Role::None;
}

const char* AlignmentPairIndex::key(Role role)
{
    switch (role) {
    case Role::Seed:
        return "seed";
    case Role::Test:
        return "test";
    case Role::None:
        break;
    }
    return "";
}

}  // namespace tessera
