#pragma once

#include "commands/ExplorationCommand.h"
#include "graph/Ids.h"

namespace tessera {

// Focuses the neighbourhood on an entity: a fresh picture of it and its neighbours.
class FocusEntityCommand : public ExplorationCommand {
public:
    FocusEntityCommand(ExplorationTarget* target, EntityId entity);
};

}  // namespace tessera
