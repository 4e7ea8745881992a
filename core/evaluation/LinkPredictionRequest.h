#pragma once

#include "graph/Ids.h"

#include <cstddef>

namespace tessera {

// What an interactive link prediction asks: the known entity, the relation and which side to
// predict ((entity, relation, ?) or (?, relation, entity)), how many candidates to list, whether
// known answers are left out, and whether the known entity is read as if it had no image / no text.
struct LinkPredictionRequest {
    EntityId entity = kNoEntity;
    RelationId relation = kNoRelation;
    bool predictTail = true;
    std::size_t k = 10;
    bool filtered = false;
    bool maskVisual = false;
    bool maskText = false;

    bool isComplete() const { return entity != kNoEntity && relation != kNoRelation && k > 0; }
    bool operator==(const LinkPredictionRequest&) const = default;
};

}  // namespace tessera
