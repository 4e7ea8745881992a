#include "graph/CsrAdjacency.h"

#include <algorithm>

namespace tessera {

CsrAdjacency::CsrAdjacency(std::size_t entityCount, std::span<const Triple> triples,
    std::span<const Split> splitsOfTriples, Direction direction)
    : offsets_(entityCount + 1, 0)
    , edges_(triples.size())
{
    const bool outgoing = direction == Direction::Outgoing;
    for (const Triple& t : triples)
        ++offsets_[(outgoing ? t.head : t.tail) + 1];
    for (std::size_t i = 1; i < offsets_.size(); ++i)
        offsets_[i] += offsets_[i - 1];
    std::vector<std::uint32_t> cursor(offsets_.begin(), offsets_.end() - 1);
    for (std::size_t i = 0; i < triples.size(); ++i) {
        const Triple& t = triples[i];
        const EntityId from = outgoing ? t.head : t.tail;
        edges_[cursor[from]++] = Edge {outgoing ? t.tail : t.head, t.relation, splitsOfTriples[i]};
    }
    for (std::size_t e = 0; e < entityCount; ++e) {
        std::sort(edges_.begin() + offsets_[e], edges_.begin() + offsets_[e + 1], [](const Edge& a, const Edge& b) {
            if (a.relation != b.relation)
                return a.relation < b.relation;
            if (a.neighbour != b.neighbour)
                return a.neighbour < b.neighbour;
            return a.split < b.split;
        });
    }
}

std::span<const CsrAdjacency::Edge> CsrAdjacency::edges(EntityId entity) const
{
    if (entity + 1 >= offsets_.size())
        return {};
    return {edges_.data() + offsets_[entity], edges_.data() + offsets_[entity + 1]};
}

std::size_t CsrAdjacency::degree(EntityId entity) const
{
    return edges(entity).size();
}

}  // namespace tessera
