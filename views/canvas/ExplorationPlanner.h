#pragma once

#include "canvas/ExplorationState.h"
#include "graph/Ids.h"

#include <cstddef>
#include <memory>
#include <unordered_set>
#include <vector>

namespace tessera {

class KnowledgeGraph;

// What an ExplorationState shows: the entities in the order they were discovered (focus
// first), a "+N more" node for each expanded entity with hidden neighbours, and one link per
// pair of visible entities with the relations between them in each direction.
struct VisibleGraph {
    struct More {
        EntityId hub = kNoEntity;
        std::size_t hidden = 0;  // neighbours of the hub not visible at all
    };
    struct Link {
        EntityId a = kNoEntity;  // a < b
        EntityId b = kNoEntity;
        std::vector<RelationId> forward;   // a → b
        std::vector<RelationId> backward;  // b → a
    };

    std::vector<EntityId> entities;
    std::unordered_set<EntityId> members;
    std::vector<More> more;
    std::vector<Link> links;

    bool contains(EntityId entity) const { return members.contains(entity); }
};

// The rules of exploring a neighbourhood, apart from any widget: which neighbours an expanded
// entity shows (distinct neighbours, outgoing before incoming, at most `cap` until "show
// more"), what stays visible after a collapse, and where new nodes go. Every step returns a
// complete new state with positions: nodes already on screen keep theirs (GraphLayout pins
// them) and newcomers settle next to the node they came from. Deterministic: the same steps
// give the same picture.
class ExplorationPlanner {
public:
    // Neighbours an expanded entity shows before "+N more": enough to see what a hub is about,
    // few enough to read.
    static constexpr std::size_t kDefaultCap = 40;
    // Scene pixels per layout unit: leaves sit 0.8 units (72 px) apart, nodes are 28–68 px wide.
    static constexpr double kUnit = 90.0;

    ExplorationPlanner() = default;
    explicit ExplorationPlanner(std::shared_ptr<const KnowledgeGraph> graph, std::size_t cap = kDefaultCap);

    const KnowledgeGraph* graph() const { return graph_.get(); }
    std::size_t cap() const { return cap_; }

    // Distinct neighbours in showing order: outgoing edges, then incoming, in adjacency order.
    std::vector<EntityId> neighbours(EntityId entity) const;
    VisibleGraph visibleGraph(const ExplorationState& state) const;

    ExplorationState focus(EntityId entity) const;
    ExplorationState expand(const ExplorationState& state, EntityId entity) const;
    // Hides what only this entity's expansion showed (and expansions that hung off it).
    ExplorationState collapse(const ExplorationState& state, EntityId entity) const;
    ExplorationState showMore(const ExplorationState& state, EntityId hub) const;
    // Focus, then expand every visible entity, depth - 1 times over; one layout at the end.
    ExplorationState explore(EntityId focus, int depth) const;

private:
    // Gives every visible node without a position one and drops positions of hidden nodes.
    void settle(ExplorationState& state, EntityId origin) const;
    void pruneExpanded(ExplorationState& state) const;

    std::shared_ptr<const KnowledgeGraph> graph_;
    std::size_t cap_ = kDefaultCap;
};

}  // namespace tessera
