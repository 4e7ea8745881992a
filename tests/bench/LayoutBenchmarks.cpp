#include "LayoutBenchmarks.h"

#include "layout/GraphLayout.h"

#include <random>

namespace tessera::bench {

namespace {

// A hub-and-spoke neighbourhood like an expanded country graph: 40 hubs in a ring with
// neighbours of their own, plus random cross links.
std::vector<LayoutEdge> neighbourhoodEdges(std::uint32_t nodes)
{
    std::vector<LayoutEdge> edges;
    constexpr std::uint32_t kHubs = 40;
    std::mt19937 random(7);
    for (std::uint32_t hub = 1; hub <= kHubs; ++hub) {
        edges.push_back({0, hub});
        edges.push_back({hub, hub % kHubs + 1});
    }
    for (std::uint32_t n = kHubs + 1; n < nodes; ++n)
        edges.push_back({1 + static_cast<std::uint32_t>(random() % kHubs), n});
    for (std::uint32_t k = 0; k < nodes / 4; ++k)
        edges.push_back({static_cast<std::uint32_t>(random() % nodes), static_cast<std::uint32_t>(random() % nodes)});
    return edges;
}

}  // namespace

std::vector<Measurement> runLayoutBenchmarks()
{
    std::vector<Measurement> results;
    for (const std::uint32_t nodes : {200U, 2000U}) {
        const auto edges = neighbourhoodEdges(nodes);
        auto m = measure("layout " + std::to_string(nodes) + " nodes (igraph FR)", 5,
            [&] { (void)GraphLayout::compute(nodes, edges); });
        m.note = std::to_string(edges.size()) + " edges, from scratch";
        results.push_back(m);
        // Expanding one node: everything already placed is pinned, only newcomers move.
        const auto placed = GraphLayout::compute(nodes, edges);
        LayoutOptions pinned;
        pinned.pinned.assign(placed.begin(), placed.end());
        for (std::uint32_t n = nodes - 30; n < nodes; ++n)
            pinned.pinned[n].reset();
        auto e = measure("layout expand +30 of " + std::to_string(nodes) + " (pinned)", 5,
            [&] { (void)GraphLayout::compute(nodes, edges, pinned); });
        e.note = "30 free nodes";
        results.push_back(e);
    }
    return results;
}

}  // namespace tessera::bench
