#include "commands/AlignmentDecisionCommand.h"

namespace tessera {

AlignmentDecisionCommand::AlignmentDecisionCommand(AlignmentDecisions* decisions, Kind kind, EntityId a, EntityId b,
    const QString& text, std::function<void()> changed)
    : QUndoCommand(text)
    , decisions_(decisions)
    , before_(*decisions)
    , after_(*decisions)
    , changed_(std::move(changed))
{
    switch (kind) {
    case Kind::Accept:
        after_.accept(a, b);
        break;
    case Kind::Reject:
        after_.reject(a, b);
        break;
    case Kind::Forget:
        after_.forget(a, b);
        break;
    }
    // A verdict that changes nothing (accepting an accepted pair) is no step to undo.
    setObsolete(before_ == after_);
}

void AlignmentDecisionCommand::redo()
{
    *decisions_ = after_;
    if (changed_)
        changed_();
}

void AlignmentDecisionCommand::undo()
{
    *decisions_ = before_;
    if (changed_)
        changed_();
}

}  // namespace tessera
