#pragma once

#include "layout/GraphLayout.h"

#include <cstdint>
#include <vector>

namespace tessera {

// The two igraph layouts GraphLayout uses, behind plain vectors. igraph here is built without
// thread safety (one global RNG and error handler), so every call holds a process-wide lock and
// turns igraph's error codes into std::runtime_error instead of igraph's default abort().
class IgraphLayoutRunner {
public:
    // Fruchterman–Reingold from `initial`; nodes with fixed[i] set stay where they are. `grid`
    // selects igraph's linear-time variant (repulsion only between nearby nodes).
    static std::vector<LayoutPoint> fruchtermanReingold(const std::vector<LayoutPoint>& initial,
        const std::vector<LayoutEdge>& edges, const std::vector<bool>& fixed, int iterations, double startTemperature,
        bool grid, std::uint64_t seed);
    // Kamada–Kawai from `initial`, edge e wanting length lengths[e] relative to the others
    // (igraph rescales the drawing to about sqrt(n) units).
    static std::vector<LayoutPoint> kamadaKawai(const std::vector<LayoutPoint>& initial,
        const std::vector<LayoutEdge>& edges, const std::vector<double>& lengths);
};

}  // namespace tessera
