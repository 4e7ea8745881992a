#include "commands/ExplorationCommand.h"

#include "commands/ExplorationTarget.h"

namespace tessera {

ExplorationCommand::ExplorationCommand(ExplorationTarget* target)
    : target_(target)
    , before_(target->explorationState())
    , after_(before_)
{
}

void ExplorationCommand::redo()
{
    target_->applyExplorationState(after_);
}

void ExplorationCommand::undo()
{
    target_->applyExplorationState(before_);
}

}  // namespace tessera
