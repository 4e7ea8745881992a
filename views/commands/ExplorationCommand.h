#pragma once

#include "canvas/ExplorationState.h"

#include <QUndoCommand>

namespace tessera {

class ExplorationTarget;

// Base of the exploration steps on the undo stack: it keeps the complete state before and
// after the step (positions included) and applies one or the other, so undo and redo cost
// a scene rebuild, never a layout. Subclasses decide what the step is and name it.
class ExplorationCommand : public QUndoCommand {
public:
    void redo() override;
    void undo() override;
    // False when the step would change nothing (expanding an expanded entity); not worth a
    // place on the stack.
    bool changesState() const { return !(before_ == after_); }
    const ExplorationState& before() const { return before_; }
    const ExplorationState& after() const { return after_; }

protected:
    explicit ExplorationCommand(ExplorationTarget* target);
    void setAfter(ExplorationState after) { after_ = std::move(after); }
    ExplorationTarget* target() const { return target_; }

private:
    ExplorationTarget* target_;
    ExplorationState before_;
    ExplorationState after_;
};

}  // namespace tessera
