#pragma once

#include "commands/ExplorationCommand.h"
#include "graph/Ids.h"

namespace tessera {

// Hides the neighbours an entity's expansion showed, and expansions that hung off them.
class CollapseEntityCommand : public ExplorationCommand {
public:
    CollapseEntityCommand(ExplorationTarget* target, EntityId entity);
};

}  // namespace tessera
