#include "commands/ShowMoreCommand.h"

#include "canvas/ExplorationPlanner.h"
#include "commands/ExplorationTarget.h"
#include "graph/KnowledgeGraph.h"

#include <QCoreApplication>

namespace tessera {

ShowMoreCommand::ShowMoreCommand(ExplorationTarget* target, EntityId hub)
    : ExplorationCommand(target)
{
    const ExplorationPlanner& planner = target->explorationPlanner();
    setAfter(planner.showMore(before(), hub));
    const QString label = planner.graph() != nullptr && hub < planner.graph()->entityCount()
        ? QString::fromStdString(planner.graph()->entity(hub).label)
        : QString();
    setText(QCoreApplication::translate("ShowMoreCommand", "Show more of %1").arg(label));
}

}  // namespace tessera
