#include "layout/FreeSpacePlacer.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tessera {

FreeSpacePlacer::FreeSpacePlacer(double clearance)
    : clearance_(std::max(clearance, 1e-6))
{
}

std::int64_t FreeSpacePlacer::cellOf(double coordinate) const
{
    return static_cast<std::int64_t>(std::floor(coordinate / clearance_));
}

void FreeSpacePlacer::occupy(const LayoutPoint& point)
{
    cells_[keyOf(cellOf(point.x), cellOf(point.y))].push_back(point);
}

bool FreeSpacePlacer::isFree(const LayoutPoint& point) const
{
    const std::int64_t cx = cellOf(point.x);
    const std::int64_t cy = cellOf(point.y);
    for (std::int64_t dx = -1; dx <= 1; ++dx) {
        for (std::int64_t dy = -1; dy <= 1; ++dy) {
            const auto it = cells_.find(keyOf(cx + dx, cy + dy));
            if (it == cells_.end())
                continue;
            for (const LayoutPoint& other : it->second) {
                if (std::hypot(other.x - point.x, other.y - point.y) < clearance_)
                    return false;
            }
        }
    }
    return true;
}

LayoutPoint FreeSpacePlacer::placeNear(
    const LayoutPoint& centre, double direction, double firstRadius, double ringStep, double spacing, int maxRings)
{
    LayoutPoint spot = centre;
    for (int ring = 0; ring < maxRings; ++ring) {
        const double radius = firstRadius + ring * ringStep;
        const int slots = std::max(6, static_cast<int>(std::floor(2.0 * std::numbers::pi * radius / spacing)));
        const double step = 2.0 * std::numbers::pi / slots;
        // Offsets 0, +1, −1, +2, −2, … slots from the preferred direction.
        for (int k = 0; k < slots; ++k) {
            const int offset = (k + 1) / 2 * (k % 2 == 1 ? 1 : -1);
            const double angle = direction + offset * step;
            spot = {centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)};
            if (isFree(spot)) {
                occupy(spot);
                return spot;
            }
        }
    }
    occupy(spot);
    return spot;
}

}  // namespace tessera
