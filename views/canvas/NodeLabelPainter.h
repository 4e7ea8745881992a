#pragma once

#include <vector>

class QGraphicsView;
class QPainter;

namespace tessera {

class EntityNodeItem;
struct CanvasContext;

// Draws the labels of the nodes on screen, in viewport coordinates, so that they keep their size
// while the picture zooms, and most important first, skipping any label that would cover a label
// or a node already there. Focus, selection and the hovered node always get theirs; then
// expanded nodes, then the rest by size (degree). Zooming out thins labels out instead of piling
// them up; zooming in brings them back. Runs over the whole viewport on every paint, so a partial
// repaint (hover) places labels exactly as the full one did.
class NodeLabelPainter {
public:
    static void paint(QPainter* painter, const QGraphicsView& view, const std::vector<const EntityNodeItem*>& nodes,
        const CanvasContext& context);
};

}  // namespace tessera
