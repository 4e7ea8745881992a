#include "commands/ExpandEntityCommand.h"

#include "canvas/ExplorationPlanner.h"
#include "commands/ExplorationTarget.h"
#include "graph/KnowledgeGraph.h"

#include <QCoreApplication>

namespace tessera {

ExpandEntityCommand::ExpandEntityCommand(ExplorationTarget* target, EntityId entity)
    : ExplorationCommand(target)
{
    const ExplorationPlanner& planner = target->explorationPlanner();
    setAfter(planner.expand(before(), entity));
    const QString label = planner.graph() != nullptr && entity < planner.graph()->entityCount()
        ? QString::fromStdString(planner.graph()->entity(entity).label)
        : QString();
    setText(QCoreApplication::translate("ExpandEntityCommand", "Expand %1").arg(label));
}

}  // namespace tessera
