#pragma once

#include "alignment/AlignmentDecisions.h"

#include <QUndoCommand>

#include <functional>

namespace tessera {

// One verdict of the alignment workspace (accept, reject or forget a candidate pair) as an
// undoable step. It keeps the decisions as they were and as they become — accepting one pair can
// drop another accepted pair of either entity, and undo must bring that back too — and calls
// `changed` after each redo and undo so the views can show the new state.
class AlignmentDecisionCommand : public QUndoCommand {
public:
    enum class Kind { Accept, Reject, Forget };

    AlignmentDecisionCommand(AlignmentDecisions* decisions, Kind kind, EntityId a, EntityId b, const QString& text,
        std::function<void()> changed);

    void redo() override;
    void undo() override;

private:
    AlignmentDecisions* decisions_;
    AlignmentDecisions before_;
    AlignmentDecisions after_;
    std::function<void()> changed_;
};

}  // namespace tessera
