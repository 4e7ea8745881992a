#include "canvas/EntityNodeItem.h"

#include "canvas/CanvasContext.h"
#include "imagery/ThumbnailCache.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace tessera {

namespace {

// Labels longer than this (scene pixels) are elided; the tooltip has the full text.
constexpr qreal kMaxLabelWidth = 170.0;
// The ring that marks the focus, the selection or the hovered node, in scene pixels.
constexpr qreal kRingWidth = 3.0;
// Below this on-screen radius a node is a plain disc: no outline, no antialiasing to pay for.
constexpr qreal kPlainDiscRadius = 2.5;

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

}  // namespace

EntityNodeItem::EntityNodeItem(const CanvasContext* context, EntityId entity, Look look)
    : context_(context)
    , entity_(entity)
    , look_(std::move(look))
{
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    setAcceptHoverEvents(true);
    setToolTip(look_.toolTip);
    setZValue(look_.focus ? 3.0 : 2.0);
    const QFontMetricsF metrics(look_.focus ? boldFont(context_->labelFont) : context_->labelFont);
    elidedLabel_ = metrics.elidedText(look_.label, Qt::ElideRight, kMaxLabelWidth);
    labelWidth_ = metrics.horizontalAdvance(elidedLabel_);
}

QRectF EntityNodeItem::boundingRect() const
{
    // The disc, its thick ring and the expanded marker ring outside it.
    const qreal r = look_.radius + kRingWidth + 4.0;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

QPainterPath EntityNodeItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), look_.radius, look_.radius);
    return path;
}

void EntityNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const qreal level = option->levelOfDetailFromTransform(painter->worldTransform());
    const qreal r = look_.radius;
    const qreal onScreen = r * level;
    const bool selected = isSelected();
    if (onScreen < kPlainDiscRadius && !selected && !look_.focus) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(look_.colour);
        painter->drawRect(QRectF(-r, -r, 2 * r, 2 * r));
        return;
    }

    painter->setPen(Qt::NoPen);
    painter->setBrush(look_.colour);
    painter->drawEllipse(QPointF(0, 0), r, r);

    if (!look_.imagePath.isEmpty() && onScreen >= context_->thumbnailMinRadius && context_->thumbnails != nullptr) {
        const QImage image = context_->thumbnails->thumbnail(look_.imagePath);
        if (!image.isNull()) {
            // Fill the inner disc, cropping the longer side (flags are 3:2).
            const qreal inner = r - 3.0;
            const QSizeF size
                = QSizeF(image.size()).scaled(QSizeF(2 * inner, 2 * inner), Qt::KeepAspectRatioByExpanding);
            QPainterPath clip;
            clip.addEllipse(QPointF(0, 0), inner, inner);
            painter->save();
            painter->setClipPath(clip, Qt::IntersectClip);
            painter->drawImage(QRectF(QPointF(-size.width() / 2, -size.height() / 2), size), image);
            painter->restore();
        }
    }

    // Rings: an expanded node gets a thin outer ring; focus, selection and hover a thick one.
    painter->setBrush(Qt::NoBrush);
    if (look_.expanded) {
        painter->setPen(QPen(look_.colour.darker(140), 1.2));
        painter->drawEllipse(QPointF(0, 0), r + 4.0, r + 4.0);
    }
    QColor ring = Qt::white;
    qreal ringWidth = 1.5;
    if (selected || hovered_) {
        ring = context_->highlight;
        ringWidth = kRingWidth;
    } else if (look_.focus) {
        ring = context_->focusRing;
        ringWidth = kRingWidth;
    }
    painter->setPen(QPen(ring, ringWidth));
    painter->drawEllipse(QPointF(0, 0), r, r);
}

void EntityNodeItem::setHovered(bool hovered)
{
    hovered_ = hovered;
    // The view draws labels over the whole picture (a hovered node's label always shows and may
    // displace others), so the whole viewport repaints, not just this disc.
    if (scene() != nullptr) {
        for (QGraphicsView* view : scene()->views())
            view->viewport()->update();
    }
}

void EntityNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    setHovered(true);
    QGraphicsItem::hoverEnterEvent(event);
}

void EntityNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    setHovered(false);
    QGraphicsItem::hoverLeaveEvent(event);
}

}  // namespace tessera
