#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace tessera {

// A quadtree over 2-D points for Barnes–Hut t-SNE's repulsive forces: every cell keeps its
// centre of mass and point count, so that a far cell acts as one heavy point. Points at exactly
// the same place share a leaf (its count says how many), so duplicates never split forever.
class SpaceTree2d {
public:
    // `xy`: N × 2 row-major.
    explicit SpaceTree2d(std::span<const double> xy);

    // For point (x, y): Σ over the other points j (cells far enough, width / distance < θ, taken
    // whole) of w_j = 1 / (1 + d²) into `sumW`, and of w_j² (p − y_j) into `force`.
    void repulsion(double x, double y, double theta, double& sumW, double& forceX, double& forceY) const;

    std::size_t cellCount() const { return cells_.size(); }

private:
    struct Cell {
        double centreX = 0, centreY = 0, half = 0;  // the square it covers
        double massX = 0, massY = 0;                // centre of mass (a sum until finished)
        std::int64_t count = 0;
        std::int32_t firstChild = -1;   // four consecutive cells, or −1 for a leaf
        double pointX = 0, pointY = 0;  // a leaf's point (all its points are here)
    };
    void insert(double x, double y);
    std::int32_t childFor(const Cell& cell, double x, double y) const;
    void split(std::int32_t cell);

    std::vector<Cell> cells_;
};

}  // namespace tessera
