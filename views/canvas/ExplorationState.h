#pragma once

#include "graph/Ids.h"

#include <QPointF>

#include <cstddef>
#include <map>
#include <unordered_map>
#include <vector>

namespace tessera {

// Where an exploration of the neighbourhood stands: the focused entity, which entities were
// expanded (in order) and how many neighbours each shows, plus the laid-out positions. It is a
// plain value: undo commands keep the state before and after a step, so Back and Forward
// restore exactly the picture the user saw, without laying anything out again.
struct ExplorationState {
    EntityId focus = kNoEntity;
    // In the order they were expanded; the focus comes first.
    std::vector<EntityId> expanded;
    // Neighbours shown per expanded entity (grows by the cap with each "show more").
    std::map<EntityId, std::size_t> shown;
    // Scene positions of the entity nodes and of each hub's "+N more" node.
    std::unordered_map<EntityId, QPointF> positions;
    std::unordered_map<EntityId, QPointF> morePositions;

    bool isExpanded(EntityId entity) const { return shown.contains(entity); }
    bool operator==(const ExplorationState&) const = default;
};

}  // namespace tessera
