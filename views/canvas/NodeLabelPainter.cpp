#include "canvas/NodeLabelPainter.h"

#include "canvas/CanvasContext.h"
#include "canvas/EntityNodeItem.h"

#include <QFontMetricsF>
#include <QGraphicsView>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

// Below this scale only the focus, the selection and the hovered node keep their labels.
constexpr qreal kMinLevel = 0.18;
// Grid cells (pixels) for the overlap test; about a label's height.
constexpr int kCell = 24;
constexpr qreal kPaddingX = 3.0;
constexpr qreal kGap = 2.0;

// Rectangles already taken, bucketed by grid cell.
class Occupancy {
public:
    bool isFree(const QRectF& rect) const
    {
        bool free = true;
        forCells(rect, [&](quint64 key) {
            const auto it = cells_.find(key);
            if (it == cells_.end())
                return;
            for (const QRectF& taken : *it) {
                if (taken.intersects(rect))
                    free = false;
            }
        });
        return free;
    }
    void take(const QRectF& rect)
    {
        forCells(rect, [&](quint64 key) { cells_[key].append(rect); });
    }

private:
    template <typename F> static void forCells(const QRectF& rect, F&& visit)
    {
        const int left = static_cast<int>(std::floor(rect.left() / kCell));
        const int right = static_cast<int>(std::floor(rect.right() / kCell));
        const int top = static_cast<int>(std::floor(rect.top() / kCell));
        const int bottom = static_cast<int>(std::floor(rect.bottom() / kCell));
        for (int x = left; x <= right; ++x)
            for (int y = top; y <= bottom; ++y)
                visit((static_cast<quint64>(static_cast<quint32>(x)) << 32) | static_cast<quint32>(y));
    }

    QHash<quint64, QList<QRectF>> cells_;
};

struct Candidate {
    const EntityNodeItem* item = nullptr;
    QPointF at;        // node centre, viewport pixels
    qreal radius = 0;  // node radius, viewport pixels
    int rank = 0;      // 0 always shown, 1 expanded, 2 the rest
};

}  // namespace

void NodeLabelPainter::paint(QPainter* painter, const QGraphicsView& view,
    const std::vector<const EntityNodeItem*>& nodes, const CanvasContext& context)
{
    const QTransform transform = view.viewportTransform();
    const qreal level = std::sqrt(std::abs(transform.determinant()));
    if (level <= 0.0)
        return;
    // Text grows a little when zooming in, never shrinks when zooming out (see CanvasContext).
    const qreal textZoom = std::clamp(level, 1.0, CanvasContext::kMaxTextZoom);
    QFont font = context.labelFont;
    font.setPixelSize(std::max(1, qRound(context.labelFont.pixelSize() * textZoom)));
    QFont bold = font;
    bold.setBold(true);
    const qreal height = QFontMetricsF(font).height() + 2.0;
    const QRectF area = QRectF(view.viewport()->rect()).adjusted(-200, -60, 200, 60);

    std::vector<Candidate> candidates;
    Occupancy occupancy;
    for (const EntityNodeItem* item : nodes) {
        const QPointF at = transform.map(item->pos());
        if (!area.contains(at))
            continue;
        const qreal radius = item->radius() * level;
        occupancy.take(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius));
        const bool always = item->isFocus() || item->isSelected() || item->isHovered();
        if (!always && level < kMinLevel)
            continue;
        candidates.push_back({item, at, radius, always ? 0 : item->isExpanded() ? 1 : 2});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.item->radius() != b.item->radius())
            return a.item->radius() > b.item->radius();
        return a.item->entity() < b.item->entity();
    });

    painter->save();
    for (const Candidate& candidate : candidates) {
        const qreal width = candidate.item->shownLabelWidth() * textZoom + 2 * kPaddingX;
        const QRectF box(candidate.at.x() - width / 2, candidate.at.y() + candidate.radius + kGap, width, height);
        if (candidate.rank > 0 && !occupancy.isFree(box))
            continue;
        occupancy.take(box);
        painter->setPen(Qt::NoPen);
        painter->setBrush(context.halo);
        painter->drawRoundedRect(box, 3.0, 3.0);
        painter->setFont(candidate.item->isFocus() ? bold : font);
        painter->setPen(context.text);
        painter->drawText(box, Qt::AlignCenter, candidate.item->shownLabel());
    }
    painter->restore();
}

}  // namespace tessera
