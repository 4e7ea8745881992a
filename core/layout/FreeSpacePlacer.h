#pragma once

#include "layout/GraphLayout.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace tessera {

// Finds free spots for new nodes among nodes already placed, so that nodes added to a picture
// land in the nearest empty space instead of on top of what is there. Occupied points live in
// a uniform grid with cells as wide as the clearance, so a lookup checks nine cells.
class FreeSpacePlacer {
public:
    // clearance: the smallest distance kept between two points (layout units).
    explicit FreeSpacePlacer(double clearance);

    void occupy(const LayoutPoint& point);
    bool isFree(const LayoutPoint& point) const;

    // The free spot nearest `centre` on rings from firstRadius outwards (ringStep apart, spots
    // spacing apart along a ring), angles closest to `direction` (radians) first. The spot is
    // occupied before it is returned. Gives up after maxRings rings and returns the last spot
    // tried, so a full neighbourhood still gets a position.
    LayoutPoint placeNear(const LayoutPoint& centre, double direction, double firstRadius, double ringStep,
        double spacing, int maxRings = 12);

private:
    using CellKey = std::int64_t;
    CellKey keyOf(std::int64_t x, std::int64_t y) const { return x * 73856093LL ^ y * 19349663LL; }
    std::int64_t cellOf(double coordinate) const;

    double clearance_;
    std::unordered_map<CellKey, std::vector<LayoutPoint>> cells_;
};

}  // namespace tessera
