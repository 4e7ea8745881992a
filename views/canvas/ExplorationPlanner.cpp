#include "canvas/ExplorationPlanner.h"

#include "graph/KnowledgeGraph.h"
#include "layout/GraphLayout.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace tessera {

namespace {

// One fixed seed: the same exploration gives the same picture on every run.
constexpr std::uint64_t kLayoutSeed = 20240601;

}  // namespace

ExplorationPlanner::ExplorationPlanner(std::shared_ptr<const KnowledgeGraph> graph, std::size_t cap)
    : graph_(std::move(graph))
    , cap_(std::max<std::size_t>(cap, 1))
{
}

std::vector<EntityId> ExplorationPlanner::neighbours(EntityId entity) const
{
    std::vector<EntityId> result;
    if (!graph_ || entity >= graph_->entityCount())
        return result;
    std::unordered_set<EntityId> seen {entity};
    for (const CsrAdjacency* adjacency : {&graph_->outgoing(), &graph_->incoming()}) {
        for (const CsrAdjacency::Edge& edge : adjacency->edges(entity)) {
            if (seen.insert(edge.neighbour).second)
                result.push_back(edge.neighbour);
        }
    }
    return result;
}

VisibleGraph ExplorationPlanner::visibleGraph(const ExplorationState& state) const
{
    VisibleGraph visible;
    if (!graph_ || state.focus >= graph_->entityCount())
        return visible;
    const auto add = [&](EntityId entity) {
        if (visible.members.insert(entity).second)
            visible.entities.push_back(entity);
    };
    add(state.focus);
    // An expansion shows only while its entity is visible; repeat until nothing changes, so the
    // result does not depend on the order the expansions were made in.
    std::unordered_set<EntityId> contributed;
    std::map<EntityId, std::vector<EntityId>> neighboursOf;
    for (bool changed = true; changed;) {
        changed = false;
        for (const EntityId entity : state.expanded) {
            if (contributed.contains(entity) || !visible.contains(entity))
                continue;
            contributed.insert(entity);
            changed = true;
            const std::vector<EntityId>& list = neighboursOf[entity] = neighbours(entity);
            const auto shownIt = state.shown.find(entity);
            const std::size_t shown = std::min(list.size(), shownIt == state.shown.end() ? cap_ : shownIt->second);
            for (std::size_t i = 0; i < shown; ++i)
                add(list[i]);
        }
    }
    for (const EntityId entity : state.expanded) {
        if (!contributed.contains(entity))
            continue;
        const auto& list = neighboursOf[entity];
        const auto hidden = static_cast<std::size_t>(
            std::count_if(list.begin(), list.end(), [&](EntityId n) { return !visible.contains(n); }));
        if (hidden > 0)
            visible.more.push_back({entity, hidden});
    }
    std::map<std::pair<EntityId, EntityId>, VisibleGraph::Link> links;
    for (const EntityId from : visible.entities) {
        for (const CsrAdjacency::Edge& edge : graph_->outgoing().edges(from)) {
            if (edge.neighbour == from || !visible.contains(edge.neighbour))
                continue;
            const EntityId a = std::min(from, edge.neighbour);
            const EntityId b = std::max(from, edge.neighbour);
            VisibleGraph::Link& link = links[{a, b}];
            link.a = a;
            link.b = b;
            std::vector<RelationId>& relations = from == a ? link.forward : link.backward;
            if (std::find(relations.begin(), relations.end(), edge.relation) == relations.end())
                relations.push_back(edge.relation);
        }
    }
    visible.links.reserve(links.size());
    for (auto& [pair, link] : links)
        visible.links.push_back(std::move(link));
    return visible;
}

ExplorationState ExplorationPlanner::focus(EntityId entity) const
{
    ExplorationState state;
    if (!graph_ || entity >= graph_->entityCount())
        return state;
    state.focus = entity;
    state.expanded = {entity};
    state.shown[entity] = cap_;
    settle(state, entity);
    return state;
}

ExplorationState ExplorationPlanner::expand(const ExplorationState& state, EntityId entity) const
{
    if (state.isExpanded(entity) || !visibleGraph(state).contains(entity))
        return state;
    ExplorationState next = state;
    next.expanded.push_back(entity);
    next.shown[entity] = cap_;
    settle(next, entity);
    return next;
}

ExplorationState ExplorationPlanner::collapse(const ExplorationState& state, EntityId entity) const
{
    if (!state.isExpanded(entity))
        return state;
    ExplorationState next = state;
    next.expanded.erase(std::remove(next.expanded.begin(), next.expanded.end(), entity), next.expanded.end());
    next.shown.erase(entity);
    pruneExpanded(next);
    settle(next, entity);
    return next;
}

ExplorationState ExplorationPlanner::showMore(const ExplorationState& state, EntityId hub) const
{
    const auto it = state.shown.find(hub);
    if (it == state.shown.end() || it->second >= neighbours(hub).size())
        return state;
    ExplorationState next = state;
    next.shown[hub] += cap_;
    settle(next, hub);
    return next;
}

ExplorationState ExplorationPlanner::explore(EntityId focus, int depth) const
{
    ExplorationState state;
    if (!graph_ || focus >= graph_->entityCount())
        return state;
    state.focus = focus;
    state.expanded = {focus};
    state.shown[focus] = cap_;
    for (int level = 1; level < depth; ++level) {
        const VisibleGraph visible = visibleGraph(state);
        for (const EntityId entity : visible.entities) {
            if (!state.isExpanded(entity)) {
                state.expanded.push_back(entity);
                state.shown[entity] = cap_;
            }
        }
    }
    settle(state, focus);
    return state;
}

void ExplorationPlanner::pruneExpanded(ExplorationState& state) const
{
    // Expansions of entities that are no longer visible have nothing to show; drop them so that
    // the state says what the picture shows.
    const VisibleGraph visible = visibleGraph(state);
    std::vector<EntityId> kept;
    for (const EntityId entity : state.expanded) {
        if (visible.contains(entity))
            kept.push_back(entity);
        else
            state.shown.erase(entity);
    }
    state.expanded = std::move(kept);
}

void ExplorationPlanner::settle(ExplorationState& state, EntityId origin) const
{
    const VisibleGraph visible = visibleGraph(state);
    // Drop what is no longer shown.
    std::erase_if(state.positions, [&](const auto& entry) { return !visible.contains(entry.first); });
    std::unordered_set<EntityId> hubsWithMore;
    for (const VisibleGraph::More& more : visible.more)
        hubsWithMore.insert(more.hub);
    std::erase_if(state.morePositions, [&](const auto& entry) { return !hubsWithMore.contains(entry.first); });

    // Node indices: entities first, then the "+N more" nodes.
    const std::size_t entityCount = visible.entities.size();
    const std::size_t n = entityCount + visible.more.size();
    std::unordered_map<EntityId, std::uint32_t> indexOf;
    for (std::size_t i = 0; i < entityCount; ++i)
        indexOf[visible.entities[i]] = static_cast<std::uint32_t>(i);
    std::vector<LayoutEdge> edges;
    edges.reserve(visible.links.size() + visible.more.size());
    for (const VisibleGraph::Link& link : visible.links)
        edges.push_back({indexOf[link.a], indexOf[link.b]});
    for (std::size_t j = 0; j < visible.more.size(); ++j)
        edges.push_back({indexOf[visible.more[j].hub], static_cast<std::uint32_t>(entityCount + j)});

    LayoutOptions options;
    options.seed = kLayoutSeed;
    options.pinned.resize(n);
    options.start.resize(n);
    std::size_t missing = 0;
    const auto toLayout = [](const QPointF& p) { return LayoutPoint {p.x() / kUnit, p.y() / kUnit}; };
    const auto originAt = state.positions.find(origin);
    for (std::size_t i = 0; i < n; ++i) {
        const bool isMore = i >= entityCount;
        const EntityId entity = isMore ? visible.more[i - entityCount].hub : visible.entities[i];
        const auto& known = isMore ? state.morePositions : state.positions;
        if (const auto it = known.find(entity); it != known.end()) {
            options.pinned[i] = toLayout(it->second);
            continue;
        }
        ++missing;
        if (isMore) {
            if (const auto hub = state.positions.find(entity); hub != state.positions.end())
                options.start[i] = toLayout(hub->second);
        } else if (originAt != state.positions.end()) {
            options.start[i] = toLayout(originAt->second);
        }
    }
    if (missing == 0)
        return;
    const bool fresh = missing == n;
    if (fresh) {
        options.pinned.clear();
        options.start.clear();
    }
    const std::vector<LayoutPoint> points = GraphLayout::compute(n, edges, options);
    // A fresh picture is centred on the focus; an incremental one keeps its coordinates.
    const std::size_t focusIndex = indexOf.contains(state.focus) ? indexOf[state.focus] : 0;
    const QPointF shift = fresh ? QPointF(-points[focusIndex].x * kUnit, -points[focusIndex].y * kUnit) : QPointF();
    for (std::size_t i = 0; i < n; ++i) {
        if (!fresh && options.pinned[i])
            continue;
        const QPointF at = QPointF(points[i].x * kUnit, points[i].y * kUnit) + shift;
        if (i >= entityCount)
            state.morePositions[visible.more[i - entityCount].hub] = at;
        else
            state.positions[visible.entities[i]] = at;
    }
}

}  // namespace tessera
