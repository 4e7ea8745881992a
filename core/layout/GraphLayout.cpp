#include "layout/GraphLayout.h"

#include "layout/FreeSpacePlacer.h"
#include "layout/IgraphLayoutRunner.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>

namespace tessera {

namespace {

// Budget of repulsion pair evaluations for one all-pairs run (~60 ms here at 8 ns a pair):
// small graphs get igraph's 500 iterations, larger ones fewer.
constexpr double kPairBudget = 7.5e6;
constexpr int kMaxIterations = 500;
constexpr int kMinIterations = 60;
// Above this many core nodes all-pairs repulsion is too slow; igraph's grid variant is linear.
constexpr std::size_t kAllPairsLimit = 500;
// Up to this many core nodes, Kamada–Kawai refines the core with an edge length per edge (so a
// hub with a large ring of leaves keeps its distance and small nodes stay close); its setup is
// O(n² log n), which stays under ~50 ms here.
constexpr std::size_t kKamadaKawaiLimit = 400;
// Leaves (nodes hanging off a single neighbour) sit on rings around it: the first ring this far
// out, rings this far apart, neighbours on a ring this far apart. Rings avoid the crowding a
// force model gives a hub with dozens of leaves, and cost nothing to compute.
// A node with only a few leaves keeps them closer, down to kNearestRing.
constexpr double kFirstRing = 1.6;
constexpr double kNearestRing = 1.3;
constexpr double kRingStep = 0.7;
constexpr double kLeafSpacing = 0.8;
// Room a node without leaves needs around it (its label is wider than its disc), the gap kept
// between two nodes' rings, and the shortest edge between two core nodes.
constexpr double kNodeRadius = 0.5;
constexpr double kMinCoreEdge = 1.6;
constexpr double kClusterGap = 0.3;
// Closest two core nodes are assumed to be when working out how far to spread them, so that
// an accidental near-coincidence cannot blow the whole picture up.
constexpr double kMinCoreDistance = 0.3;
// Incremental runs only nudge newcomers off their neighbours: a cool, short simulation over the
// newcomers and the pinned nodes within this distance of them.
constexpr double kInfluenceRadius = 2.5;
constexpr int kNudgeIterations = 20;
// Newcomers keep this far from every node already on screen when a free spot exists.
constexpr double kClearance = 0.7;
constexpr double kNudgeTemperature = 0.15;
// Gap between packed components.
constexpr double kComponentGap = 1.0;

using Points = std::vector<LayoutPoint>;
using Neighbours = std::vector<std::vector<std::uint32_t>>;

std::optional<LayoutPoint> at(const std::vector<std::optional<LayoutPoint>>& points, std::size_t index)
{
    return index < points.size() ? points[index] : std::nullopt;
}

double distance(const LayoutPoint& a, const LayoutPoint& b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

std::vector<LayoutEdge> normalisedEdges(std::size_t nodeCount, std::span<const LayoutEdge> edges)
{
    std::vector<LayoutEdge> result;
    result.reserve(edges.size());
    for (const LayoutEdge& edge : edges) {
        if (edge.from >= nodeCount || edge.to >= nodeCount)
            throw std::invalid_argument("GraphLayout: edge names node " + std::to_string(std::max(edge.from, edge.to))
                + " of a graph with " + std::to_string(nodeCount) + " nodes");
        if (edge.from != edge.to)
            result.push_back({std::min(edge.from, edge.to), std::max(edge.from, edge.to)});
    }
    std::sort(result.begin(), result.end(),
        [](const LayoutEdge& a, const LayoutEdge& b) { return a.from != b.from ? a.from < b.from : a.to < b.to; });
    result.erase(std::unique(result.begin(), result.end(),
                     [](const LayoutEdge& a, const LayoutEdge& b) { return a.from == b.from && a.to == b.to; }),
        result.end());
    return result;
}

Neighbours neighboursOf(std::size_t n, const std::vector<LayoutEdge>& edges)
{
    Neighbours neighbours(n);
    for (const LayoutEdge& edge : edges) {
        neighbours[edge.from].push_back(edge.to);
        neighbours[edge.to].push_back(edge.from);
    }
    return neighbours;
}

// Spreads `count` points over rings around `centre`, filling an arc of `sweep` radians centred on
// `direction` (radians), inner rings first.
double firstRing(std::size_t count, double sweep)
{
    return std::clamp(static_cast<double>(count) * kLeafSpacing / sweep, kNearestRing, kFirstRing);
}

Points ringPoints(const LayoutPoint& centre, std::size_t count, double direction, double sweep)
{
    Points points;
    points.reserve(count);
    double radius = firstRing(count, sweep);
    for (int ring = 0; points.size() < count; ++ring) {
        const auto capacity = static_cast<std::size_t>(std::max(1.0, std::floor(sweep * radius / kLeafSpacing)));
        const std::size_t onRing = std::min(capacity, count - points.size());
        const bool fullCircle = sweep >= 2.0 * std::numbers::pi - 1e-9;
        // Every other ring is turned by half a step, so that outer nodes sit between inner ones
        // and their edges do not run through them.
        const double stagger = ring % 2 == 1 ? 0.5 : 0.0;
        for (std::size_t k = 0; k < onRing; ++k) {
            // Spread over the whole arc; a full circle has no end point that would repeat the start.
            const double t = fullCircle ? (static_cast<double>(k) + stagger) / static_cast<double>(onRing)
                : onRing == 1
                ? 0.5
                : (static_cast<double>(k) + stagger) / (static_cast<double>(onRing) - 1.0 + stagger * 2.0);
            const double angle = direction - sweep / 2.0 + t * sweep;
            points.push_back({centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)});
        }
        radius += kRingStep;
    }
    return points;
}

double outerRingRadius(std::size_t count, double sweep)
{
    if (count == 0)
        return kNodeRadius;
    double radius = firstRing(count, sweep);
    std::size_t placed = 0;
    while (true) {
        placed += static_cast<std::size_t>(std::max(1.0, std::floor(sweep * radius / kLeafSpacing)));
        if (placed >= count)
            return radius + kNodeRadius;
        radius += kRingStep;
    }
}

Points randomSquare(std::size_t n, std::mt19937_64& random)
{
    std::uniform_real_distribution<double> unit(-0.5, 0.5);
    const double side = std::sqrt(static_cast<double>(n));
    Points points(n);
    for (auto& point : points)
        point = {unit(random) * side, unit(random) * side};
    return points;
}

// A connected graph without pins: force-directed positions for the core (every node that is not
// a leaf), leaves on rings around their node, then the core spread so that rings do not overlap.
Points connectedLayout(std::size_t n, const std::vector<LayoutEdge>& edges, std::uint64_t seed, int iterationsOverride)
{
    if (n == 1)
        return {LayoutPoint {0.0, 0.0}};
    if (n == 2)
        return {LayoutPoint {-0.5, 0.0}, LayoutPoint {0.5, 0.0}};
    const Neighbours neighbours = neighboursOf(n, edges);
    std::vector<bool> isLeaf(n, false);
    for (std::size_t i = 0; i < n; ++i)
        isLeaf[i] = neighbours[i].size() == 1 && neighbours[neighbours[i][0]].size() >= 2;

    std::vector<std::uint32_t> core;
    std::vector<std::uint32_t> coreIndex(n, UINT32_MAX);
    for (std::uint32_t i = 0; i < n; ++i) {
        if (!isLeaf[i]) {
            coreIndex[i] = static_cast<std::uint32_t>(core.size());
            core.push_back(i);
        }
    }
    std::vector<LayoutEdge> coreEdges;
    for (const LayoutEdge& edge : edges) {
        if (!isLeaf[edge.from] && !isLeaf[edge.to])
            coreEdges.push_back({coreIndex[edge.from], coreIndex[edge.to]});
    }

    std::mt19937_64 random(seed);
    const std::size_t c = core.size();
    // Each core node's leaves and the room their rings take. Leaves leave a quarter turn free
    // towards the rest of the core, where the core edges run.
    std::vector<std::vector<std::uint32_t>> leavesOf(c);
    for (std::uint32_t i = 0; i < n; ++i) {
        if (isLeaf[i])
            leavesOf[coreIndex[neighbours[i][0]]].push_back(i);
    }
    std::vector<double> sweep(c, 2.0 * std::numbers::pi);
    std::vector<double> reach(c, kNodeRadius);
    for (std::size_t k = 0; k < c; ++k) {
        const bool hasCoreNeighbour = std::any_of(neighbours[core[k]].begin(), neighbours[core[k]].end(),
            [&](std::uint32_t other) { return !isLeaf[other]; });
        if (hasCoreNeighbour)
            sweep[k] = 1.5 * std::numbers::pi;
        reach[k] = outerRingRadius(leavesOf[k].size(), sweep[k]);
    }

    Points corePoints;
    bool spaced = false;  // true when the core layout already keeps the rings apart
    if (c == 1) {
        corePoints = {LayoutPoint {0.0, 0.0}};
    } else if (c == 2) {
        const double half = (reach[0] + reach[1] + kClusterGap) / 2.0;
        corePoints = {LayoutPoint {-half, 0.0}, LayoutPoint {half, 0.0}};
        spaced = true;
    } else {
        const bool grid = c > kAllPairsLimit;
        const double pairs = static_cast<double>(c) * static_cast<double>(c - 1) / 2.0;
        const int iterations = iterationsOverride > 0 ? iterationsOverride
            : grid                                    ? kMaxIterations / 2
                   : std::clamp(static_cast<int>(kPairBudget / pairs), kMinIterations, kMaxIterations);
        const double temperature = std::sqrt(static_cast<double>(c)) / 10.0;
        corePoints = IgraphLayoutRunner::fruchtermanReingold(
            randomSquare(c, random), coreEdges, std::vector<bool>(c, false), iterations, temperature, grid, seed);
        if (c <= kKamadaKawaiLimit) {
            // Edge lengths that make room for both ends' rings; the force-directed result is a
            // good start (Kamada–Kawai alone folds up from a circle).
            std::vector<double> lengths(coreEdges.size());
            double wanted = 0.0, actual = 0.0;
            for (std::size_t e = 0; e < coreEdges.size(); ++e) {
                lengths[e] = std::max(kMinCoreEdge, reach[coreEdges[e].from] + reach[coreEdges[e].to] + kClusterGap);
                wanted += lengths[e];
                actual += distance(corePoints[coreEdges[e].from], corePoints[coreEdges[e].to]);
            }
            const double factor = actual > 0.0 ? wanted / actual : 1.0;
            for (LayoutPoint& point : corePoints)
                point = {point.x * factor, point.y * factor};
            corePoints = IgraphLayoutRunner::kamadaKawai(corePoints, coreEdges, lengths);
            // igraph normalises Kamada–Kawai distances to a drawing about sqrt(n) wide; scale
            // back so that nine edges in ten get at least the length they asked for (the last
            // tenth may stay short rather than blowing the whole picture up).
            std::vector<double> ratios;
            ratios.reserve(coreEdges.size());
            for (std::size_t e = 0; e < coreEdges.size(); ++e) {
                const double apart
                    = std::max(distance(corePoints[coreEdges[e].from], corePoints[coreEdges[e].to]), 1e-6);
                ratios.push_back(lengths[e] / apart);
            }
            const auto ninetieth = ratios.begin() + static_cast<std::ptrdiff_t>((ratios.size() - 1) * 9 / 10);
            std::nth_element(ratios.begin(), ninetieth, ratios.end());
            for (LayoutPoint& point : corePoints)
                point = {point.x * *ninetieth, point.y * *ninetieth};
            spaced = true;
        }
    }

    std::vector<double> direction(c, 0.0);
    for (std::size_t k = 0; k < c; ++k) {
        double cx = 0.0, cy = 0.0;
        std::size_t coreNeighbours = 0;
        for (const std::uint32_t other : neighbours[core[k]]) {
            if (!isLeaf[other]) {
                cx += corePoints[coreIndex[other]].x;
                cy += corePoints[coreIndex[other]].y;
                ++coreNeighbours;
            }
        }
        if (coreNeighbours > 0)
            direction[k] = std::atan2(corePoints[k].y - cy / coreNeighbours, corePoints[k].x - cx / coreNeighbours);
    }
    // Without Kamada–Kawai (very large cores) spread the core evenly until no two rings overlap.
    double scale = 1.0;
    if (!spaced) {
        for (std::size_t a = 0; a < c; ++a) {
            for (std::size_t b = a + 1; b < c; ++b) {
                const double apart = std::max(distance(corePoints[a], corePoints[b]), kMinCoreDistance);
                scale = std::max(scale, (reach[a] + reach[b] + kClusterGap) / apart);
            }
        }
    }

    Points result(n);
    for (std::size_t k = 0; k < c; ++k) {
        const LayoutPoint centre {corePoints[k].x * scale, corePoints[k].y * scale};
        result[core[k]] = centre;
        const Points ring = ringPoints(centre, leavesOf[k].size(), direction[k], sweep[k]);
        for (std::size_t j = 0; j < ring.size(); ++j)
            result[leavesOf[k][j]] = ring[j];
    }
    return result;
}

std::vector<std::uint32_t> componentOf(std::size_t n, const std::vector<LayoutEdge>& edges)
{
    std::vector<std::uint32_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0U);
    const auto find = [&](std::uint32_t x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    for (const LayoutEdge& edge : edges) {
        const std::uint32_t a = find(edge.from);
        const std::uint32_t b = find(edge.to);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
    std::vector<std::uint32_t> component(n);
    for (std::size_t i = 0; i < n; ++i)
        component[i] = find(static_cast<std::uint32_t>(i));
    return component;
}

// Lays out each component on its own and packs them in rows, largest first.
Points packedLayout(std::size_t n, const std::vector<LayoutEdge>& edges, const LayoutOptions& options)
{
    const std::vector<std::uint32_t> component = componentOf(n, edges);
    struct Part {
        std::vector<std::uint32_t> nodes;
        std::vector<LayoutEdge> edges;
        Points points;
        double minX = 0, minY = 0, width = 0, height = 0;
    };
    std::vector<Part> parts;
    std::vector<std::uint32_t> partOfRoot(n, UINT32_MAX);
    std::vector<std::uint32_t> localIndex(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t& part = partOfRoot[component[i]];
        if (part == UINT32_MAX) {
            part = static_cast<std::uint32_t>(parts.size());
            parts.emplace_back();
        }
        localIndex[i] = static_cast<std::uint32_t>(parts[part].nodes.size());
        parts[part].nodes.push_back(static_cast<std::uint32_t>(i));
    }
    for (const LayoutEdge& edge : edges)
        parts[partOfRoot[component[edge.from]]].edges.push_back({localIndex[edge.from], localIndex[edge.to]});
    if (parts.size() == 1)
        return connectedLayout(n, edges, options.seed, options.iterations);

    double area = 0.0;
    double widest = 0.0;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        Part& part = parts[p];
        part.points = connectedLayout(part.nodes.size(), part.edges, options.seed + p, options.iterations);
        double maxX = -INFINITY, maxY = -INFINITY;
        part.minX = INFINITY;
        part.minY = INFINITY;
        for (const LayoutPoint& point : part.points) {
            part.minX = std::min(part.minX, point.x);
            part.minY = std::min(part.minY, point.y);
            maxX = std::max(maxX, point.x);
            maxY = std::max(maxY, point.y);
        }
        part.width = maxX - part.minX;
        part.height = maxY - part.minY;
        area += (part.width + kComponentGap) * (part.height + kComponentGap);
        widest = std::max(widest, part.width + kComponentGap);
    }
    std::vector<std::size_t> order(parts.size());
    std::iota(order.begin(), order.end(), std::size_t {0});
    std::stable_sort(order.begin(), order.end(),
        [&](std::size_t a, std::size_t b) { return parts[a].nodes.size() > parts[b].nodes.size(); });

    // Rows about as wide as the packed picture is tall keep the result roughly square.
    const double rowWidth = std::max(widest, std::sqrt(area));
    Points result(n);
    double x = 0.0, y = 0.0, rowHeight = 0.0;
    for (const std::size_t p : order) {
        const Part& part = parts[p];
        if (x > 0.0 && x + part.width > rowWidth) {
            x = 0.0;
            y += rowHeight + kComponentGap;
            rowHeight = 0.0;
        }
        for (std::size_t k = 0; k < part.nodes.size(); ++k)
            result[part.nodes[k]] = {part.points[k].x - part.minX + x, part.points[k].y - part.minY + y};
        x += part.width + kComponentGap;
        rowHeight = std::max(rowHeight, part.height);
    }
    return result;
}

// Some nodes pinned: each newcomer takes the nearest free spot around its start hint, facing
// away from what is already there, then a short, cool simulation over the newcomers and their
// surroundings evens them out. Pinned nodes never move.
Points incrementalLayout(std::size_t n, const std::vector<LayoutEdge>& edges, const LayoutOptions& options)
{
    const Neighbours neighbours = neighboursOf(n, edges);
    std::mt19937_64 random(options.seed);
    std::uniform_real_distribution<double> unit(-0.5, 0.5);
    Points result(n);
    std::vector<bool> fixed(n, false);
    std::vector<std::uint32_t> pinnedNodes;
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    for (std::uint32_t i = 0; i < n; ++i) {
        if (const auto pin = at(options.pinned, i)) {
            result[i] = *pin;
            fixed[i] = true;
            pinnedNodes.push_back(i);
            minX = std::min(minX, pin->x);
            maxX = std::max(maxX, pin->x);
            minY = std::min(minY, pin->y);
            maxY = std::max(maxY, pin->y);
        }
    }

    // Free nodes grouped by the point they start from (std::map: a defined order).
    std::map<std::pair<double, double>, std::vector<std::uint32_t>> byHint;
    for (std::uint32_t i = 0; i < n; ++i) {
        if (fixed[i])
            continue;
        std::optional<LayoutPoint> hint = at(options.start, i);
        if (!hint) {
            // No hint: start at the pinned neighbours' centre, else anywhere among the pins.
            double cx = 0.0, cy = 0.0;
            std::size_t count = 0;
            for (const std::uint32_t other : neighbours[i]) {
                if (fixed[other]) {
                    cx += result[other].x;
                    cy += result[other].y;
                    ++count;
                }
            }
            hint = count > 0 ? LayoutPoint {cx / count, cy / count}
                             : LayoutPoint {minX + (unit(random) + 0.5) * (maxX - minX),
                                 minY + (unit(random) + 0.5) * (maxY - minY)};
        }
        byHint[{hint->x, hint->y}].push_back(i);
    }
    // Each newcomer takes the free spot nearest its hint, facing away from the crowd around it.
    FreeSpacePlacer space(kClearance);
    for (const std::uint32_t p : pinnedNodes)
        space.occupy(result[p]);
    for (const auto& [where, group] : byHint) {
        const LayoutPoint centre {where.first, where.second};
        double cx = 0.0, cy = 0.0;
        std::size_t around = 0;
        for (const std::uint32_t p : pinnedNodes) {
            const double d = distance(result[p], centre);
            if (d > 1e-9 && d < 2.0 * kInfluenceRadius) {
                cx += result[p].x;
                cy += result[p].y;
                ++around;
            }
        }
        const double direction = around > 0 ? std::atan2(centre.y - cy / around, centre.x - cx / around) : 0.0;
        for (const std::uint32_t node : group)
            result[node] = space.placeNear(centre, direction, kNearestRing, kRingStep, kLeafSpacing);
    }

    // The simulation covers the newcomers plus pinned nodes near them; far pins exert next to no
    // force and would only cost time.
    double fMinX = INFINITY, fMinY = INFINITY, fMaxX = -INFINITY, fMaxY = -INFINITY;
    for (std::uint32_t i = 0; i < n; ++i) {
        if (!fixed[i]) {
            fMinX = std::min(fMinX, result[i].x);
            fMaxX = std::max(fMaxX, result[i].x);
            fMinY = std::min(fMinY, result[i].y);
            fMaxY = std::max(fMaxY, result[i].y);
        }
    }
    std::vector<std::uint32_t> local;
    std::vector<std::uint32_t> localIndex(n, UINT32_MAX);
    for (std::uint32_t i = 0; i < n; ++i) {
        const LayoutPoint& p = result[i];
        bool include = !fixed[i]
            || (p.x >= fMinX - kInfluenceRadius && p.x <= fMaxX + kInfluenceRadius && p.y >= fMinY - kInfluenceRadius
                && p.y <= fMaxY + kInfluenceRadius);
        if (!include) {
            for (const std::uint32_t other : neighbours[i])
                include = include || !fixed[other];
        }
        if (include) {
            localIndex[i] = static_cast<std::uint32_t>(local.size());
            local.push_back(i);
        }
    }
    if (local.size() > kAllPairsLimit * 2 || local.size() < 3)
        return result;
    Points initial(local.size());
    std::vector<bool> localFixed(local.size());
    for (std::size_t k = 0; k < local.size(); ++k) {
        initial[k] = result[local[k]];
        localFixed[k] = fixed[local[k]];
    }
    std::vector<LayoutEdge> localEdges;
    for (const LayoutEdge& edge : edges) {
        if (localIndex[edge.from] != UINT32_MAX && localIndex[edge.to] != UINT32_MAX)
            localEdges.push_back({localIndex[edge.from], localIndex[edge.to]});
    }
    const int iterations = options.iterations > 0 ? options.iterations : kNudgeIterations;
    const Points moved = IgraphLayoutRunner::fruchtermanReingold(
        initial, localEdges, localFixed, iterations, kNudgeTemperature, false, options.seed);
    for (std::size_t k = 0; k < local.size(); ++k)
        result[local[k]] = moved[k];
    return result;
}

}  // namespace

std::vector<LayoutPoint> GraphLayout::compute(
    std::size_t nodeCount, std::span<const LayoutEdge> edges, const LayoutOptions& options)
{
    const std::vector<LayoutEdge> links = normalisedEdges(nodeCount, edges);
    if (nodeCount == 0)
        return {};
    const bool anyPinned
        = std::any_of(options.pinned.begin(), options.pinned.end(), [](const auto& p) { return p.has_value(); });
    if (anyPinned)
        return incrementalLayout(nodeCount, links, options);
    return packedLayout(nodeCount, links, options);
}

}  // namespace tessera
