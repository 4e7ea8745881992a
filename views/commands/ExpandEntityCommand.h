#pragma once

#include "commands/ExplorationCommand.h"
#include "graph/Ids.h"

namespace tessera {

// Adds an entity's neighbours (up to the planner's cap) next to it.
class ExpandEntityCommand : public ExplorationCommand {
public:
    ExpandEntityCommand(ExplorationTarget* target, EntityId entity);
};

}  // namespace tessera
