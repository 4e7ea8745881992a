#pragma once

namespace tessera {

struct ExplorationState;
class ExplorationPlanner;

// What exploration commands act on: something that holds an ExplorationState and shows it.
// The neighbourhood view implements it; tests can too, without a widget.
class ExplorationTarget {
public:
    virtual ~ExplorationTarget() = default;
    virtual const ExplorationState& explorationState() const = 0;
    virtual const ExplorationPlanner& explorationPlanner() const = 0;
    virtual void applyExplorationState(const ExplorationState& state) = 0;
};

}  // namespace tessera
