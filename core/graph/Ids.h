#pragma once

#include <cstdint>
#include <limits>

namespace tessera {

// Dense 0-based indices into a KnowledgeGraph's tables. 32 bits hold every public benchmark
// (the largest has ~40k entities) with room for graphs of four billion entities.
using EntityId = std::uint32_t;
using RelationId = std::uint32_t;

inline constexpr EntityId kNoEntity = std::numeric_limits<EntityId>::max();
inline constexpr RelationId kNoRelation = std::numeric_limits<RelationId>::max();

}  // namespace tessera
