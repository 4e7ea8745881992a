#pragma once

#include "commands/ExplorationCommand.h"
#include "graph/Ids.h"

namespace tessera {

// Shows the next batch of a hub's neighbours (the "+N more" node).
class ShowMoreCommand : public ExplorationCommand {
public:
    ShowMoreCommand(ExplorationTarget* target, EntityId hub);
};

}  // namespace tessera
