#include "commands/CollapseEntityCommand.h"

#include "canvas/ExplorationPlanner.h"
#include "commands/ExplorationTarget.h"
#include "graph/KnowledgeGraph.h"

#include <QCoreApplication>

namespace tessera {

CollapseEntityCommand::CollapseEntityCommand(ExplorationTarget* target, EntityId entity)
    : ExplorationCommand(target)
{
    const ExplorationPlanner& planner = target->explorationPlanner();
    setAfter(planner.collapse(before(), entity));
    const QString label = planner.graph() != nullptr && entity < planner.graph()->entityCount()
        ? QString::fromStdString(planner.graph()->entity(entity).label)
        : QString();
    setText(QCoreApplication::translate("CollapseEntityCommand", "Collapse %1").arg(label));
}

}  // namespace tessera
