#include "embedding/SpaceTree2d.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tessera {

SpaceTree2d::SpaceTree2d(std::span<const double> xy)
{
    const std::size_t n = xy.size() / 2;
    double minX = std::numeric_limits<double>::infinity();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    for (std::size_t i = 0; i < n; ++i) {
        minX = std::min(minX, xy[2 * i]);
        maxX = std::max(maxX, xy[2 * i]);
        minY = std::min(minY, xy[2 * i + 1]);
        maxY = std::max(maxY, xy[2 * i + 1]);
    }
    Cell root;
    root.centreX = n > 0 ? (minX + maxX) / 2 : 0;
    root.centreY = n > 0 ? (minY + maxY) / 2 : 0;
    root.half = n > 0 ? std::max({maxX - minX, maxY - minY, 1e-12}) / 2 * (1 + 1e-9) : 1;
    cells_.reserve(4 * n + 1);
    cells_.push_back(root);
    for (std::size_t i = 0; i < n; ++i)
        insert(xy[2 * i], xy[2 * i + 1]);
    for (Cell& c : cells_) {
        if (c.count > 0) {
            c.massX /= static_cast<double>(c.count);
            c.massY /= static_cast<double>(c.count);
        }
    }
}

std::int32_t SpaceTree2d::childFor(const Cell& cell, double x, double y) const
{
    return cell.firstChild + (x >= cell.centreX ? 1 : 0) + (y >= cell.centreY ? 2 : 0);
}

void SpaceTree2d::split(std::int32_t index)
{
    const auto first = static_cast<std::int32_t>(cells_.size());
    const Cell parent = cells_[static_cast<std::size_t>(index)];
    const double quarter = parent.half / 2;
    for (int q = 0; q < 4; ++q) {
        Cell child;
        child.centreX = parent.centreX + ((q & 1) ? quarter : -quarter);
        child.centreY = parent.centreY + ((q & 2) ? quarter : -quarter);
        child.half = quarter;
        cells_.push_back(child);
    }
    Cell& cell = cells_[static_cast<std::size_t>(index)];
    cell.firstChild = first;
    // The leaf's points (count of them, all at one place) move down whole.
    Cell& moved = cells_[static_cast<std::size_t>(childFor(cell, parent.pointX, parent.pointY))];
    moved.count = parent.count;
    moved.massX = parent.pointX * static_cast<double>(parent.count);
    moved.massY = parent.pointY * static_cast<double>(parent.count);
    moved.pointX = parent.pointX;
    moved.pointY = parent.pointY;
}

void SpaceTree2d::insert(double x, double y)
{
    std::int32_t index = 0;
    for (;;) {
        Cell& cell = cells_[static_cast<std::size_t>(index)];
        if (cell.firstChild >= 0) {
            cell.count += 1;
            cell.massX += x;
            cell.massY += y;
            index = childFor(cell, x, y);
            continue;
        }
        if (cell.count == 0) {
            cell.count = 1;
            cell.massX = x;
            cell.massY = y;
            cell.pointX = x;
            cell.pointY = y;
            return;
        }
        // A leaf: the same place (or a cell too small to tell them apart) joins it.
        if ((cell.pointX == x && cell.pointY == y) || cell.half < 1e-10) {
            cell.count += 1;
            cell.massX += x;
            cell.massY += y;
            return;
        }
        split(index);  // invalidates `cell`; the loop adds this point to the now inner cell
    }
}

void SpaceTree2d::repulsion(double x, double y, double theta, double& sumW, double& forceX, double& forceY) const
{
    if (cells_.empty() || cells_[0].count == 0)
        return;
    std::int32_t stack[256];
    int top = 0;
    stack[top++] = 0;
    const double theta2 = theta * theta;
    while (top > 0) {
        const Cell& cell = cells_[static_cast<std::size_t>(stack[--top])];
        if (cell.count == 0)
            continue;
        const double dx = x - cell.massX;
        const double dy = y - cell.massY;
        const double d2 = dx * dx + dy * dy;
        const bool leaf = cell.firstChild < 0;
        const double width = 2 * cell.half;
        if (leaf || width * width < theta2 * d2) {
            double count = static_cast<double>(cell.count);
            if (leaf && cell.pointX == x && cell.pointY == y)
                count -= 1;  // the point itself (its duplicates, at distance 0, stay)
            const double w = 1.0 / (1.0 + d2);
            sumW += count * w;
            forceX += count * w * w * dx;
            forceY += count * w * w * dy;
            continue;
        }
        // Depth is bounded by the 1e-10 leaf size, far under 60 levels; 4 per level fit.
        for (int q = 0; q < 4; ++q)
            stack[top++] = cell.firstChild + q;
    }
}

}  // namespace tessera
