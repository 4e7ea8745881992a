#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace tessera {

// A position in layout units: connected nodes end up roughly one unit apart, so callers scale
// by their preferred edge length (the neighbourhood view uses ~100 px per unit).
struct LayoutPoint {
    double x = 0.0;
    double y = 0.0;

    bool operator==(const LayoutPoint&) const = default;
};

// An undirected link between two node indices (0-based, < nodeCount). Self-loops and repeated
// links are ignored; direction does not matter to the layout.
struct LayoutEdge {
    std::uint32_t from = 0;
    std::uint32_t to = 0;
};

struct LayoutOptions {
    // Same seed, same input → same positions, on every run and machine with the same igraph.
    std::uint64_t seed = 1;
    // Force-directed iterations; 0 picks a default that suits the size (fewer when most nodes
    // are pinned, because then only the newcomers have to settle).
    int iterations = 0;
    // Per node (shorter or empty = not pinned): positions that must not move. Used to add nodes
    // to a picture without shuffling what the user has already seen.
    std::vector<std::optional<LayoutPoint>> pinned;
    // Per node (shorter or empty = none), used when some nodes are pinned: the point a free
    // node should settle around, e.g. the node it was expanded from. Without pins the layout is
    // computed afresh and hints are ignored.
    std::vector<std::optional<LayoutPoint>> start;
};

// 2-D positions for a graph, shaped for node-link pictures of knowledge-graph neighbourhoods
// (hubs with many leaves). Without pins: leaves (nodes with a single neighbour) go on rings
// around their node; the rest (the core) is laid out with igraph's Fruchterman–Reingold and, up
// to 400 core nodes, refined with Kamada–Kawai using edge lengths that leave room for each
// node's ring; disconnected graphs are laid out per component and packed in rows, largest
// first. With pins: pinned nodes stay, each free node takes the nearest free spot around its
// start hint (facing away from the crowd) and a short, cool Fruchterman–Reingold run over the
// newcomers and their surroundings evens them out. 0, 1 and 2 nodes need no igraph.
// Deterministic for a given input and seed. Safe to call from any thread (igraph calls are
// serialised, see IgraphLayoutRunner). Throws std::invalid_argument for an edge naming a node
// >= nodeCount, std::runtime_error if igraph fails (out of memory).
class GraphLayout {
public:
    static std::vector<LayoutPoint> compute(
        std::size_t nodeCount, std::span<const LayoutEdge> edges, const LayoutOptions& options = {});
};

}  // namespace tessera
