#pragma once

#include "graph/Ids.h"
#include "graph/Triple.h"

#include <cstdint>
#include <span>
#include <vector>

namespace tessera {

// Compressed sparse rows over all triples of a graph, one direction: for each entity the
// edges leaving it (outgoing) or arriving at it (incoming), sorted by relation then neighbour.
// Memory is 12 bytes per triple plus 4 bytes per entity.
class CsrAdjacency {
public:
    struct Edge {
        EntityId neighbour = kNoEntity;
        RelationId relation = kNoRelation;
        Split split = Split::Train;
    };

    enum class Direction { Outgoing, Incoming };

    CsrAdjacency() = default;
    // splitsOfTriples[i] is the split of triples[i].
    CsrAdjacency(std::size_t entityCount, std::span<const Triple> triples, std::span<const Split> splitsOfTriples,
        Direction direction);

    std::span<const Edge> edges(EntityId entity) const;
    std::size_t degree(EntityId entity) const;
    std::size_t entityCount() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }

private:
    std::vector<std::uint32_t> offsets_;
    std::vector<Edge> edges_;
};

}  // namespace tessera
