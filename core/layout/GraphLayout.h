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
    // Per node (shorter or empty = none): where a free node starts, e.g. at the node it was
    // expanded from, so it settles nearby.
    std::vector<std::optional<LayoutPoint>> start;
};

// 2-D positions for a graph, computed with igraph's Fruchterman–Reingold layout. Handles 0, 1
// and 2 nodes without igraph; disconnected graphs without pins are laid out per component and
// the components packed in rows, largest first, so that no component drifts off or overlaps.
// igraph here is built without thread safety (one global RNG and error handler), so calls are
// serialised by a process-wide mutex: safe to call from any thread, but not in parallel.
// Throws std::invalid_argument for an edge naming a node >= nodeCount, std::runtime_error if
// igraph fails (out of memory).
class GraphLayout {
public:
    static std::vector<LayoutPoint> compute(std::size_t nodeCount, std::span<const LayoutEdge> edges,
                                            const LayoutOptions& options = {});
};

}  // namespace tessera
