#include "canvas/RelationEdgeItem.h"

#include "canvas/CanvasContext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace tessera {

namespace {

constexpr qreal kLineWidth = 1.3;
constexpr qreal kHighlightWidth = 2.6;
constexpr qreal kArrowLength = 8.0;
constexpr qreal kArrowHalfWidth = 3.5;
// Room around the line for the label and the arrowheads, in scene pixels.
constexpr qreal kMargin = 14.0;
// The label sits this far off the line so the line does not strike it through.
constexpr qreal kLabelOffset = 2.0;
// A selected node's edges show their labels down to this scale, others from the context's level.
constexpr qreal kHighlightLabelLevel = 0.3;
// Separates the relations of one pair in the label.
const QString kSeparator = QStringLiteral("  ·  ");

}  // namespace

RelationEdgeItem::RelationEdgeItem(
    const CanvasContext* context, const Ends& ends, QStringList forward, QStringList backward)
    : context_(context)
    , ends_(ends)
    , forward_(!forward.isEmpty())
    , backward_(!backward.isEmpty())
{
    setZValue(0.0);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption);
    const QLineF centres(ends.aAt, ends.bAt);
    const qreal length = centres.length();
    if (length > ends.aRadius + ends.bRadius) {
        line_ = QLineF(centres.pointAt(ends.aRadius / length), centres.pointAt(1.0 - ends.bRadius / length));
    } else {
        line_ = QLineF(ends.aAt, ends.aAt);
    }
    // Text reads left to right; if the line points leftwards, the text runs from b to a.
    flipped_ = centres.dx() < 0;
    const QString toB = flipped_ ? QStringLiteral("← ") : QString();
    const QString toBAfter = flipped_ ? QString() : QStringLiteral(" →");
    const QString toA = flipped_ ? QString() : QStringLiteral("← ");
    const QString toAAfter = flipped_ ? QStringLiteral(" →") : QString();
    // A relation that holds both ways (borders) is one "↔ borders", not two labels.
    QStringList parts;
    for (const QString& label : forward) {
        if (backward.contains(label))
            parts << QStringLiteral("↔ ") + label;
        else
            parts << toB + label + toBAfter;
    }
    for (const QString& label : backward) {
        if (!forward.contains(label))
            parts << toA + label + toAAfter;
    }
    label_ = parts.join(kSeparator);
    labelWidth_ = QFontMetricsF(context_->edgeFont).horizontalAdvance(label_);
    setToolTip(label_);
}

void RelationEdgeItem::setHighlighted(bool highlighted)
{
    if (highlighted == highlighted_)
        return;
    highlighted_ = highlighted;
    setZValue(highlighted ? 1.0 : 0.0);
    update();
}

QRectF RelationEdgeItem::boundingRect() const
{
    // Labels keep their screen size, so they are tallest (in scene units) at the smallest scale
    // they are drawn at.
    const qreal margin = kMargin * CanvasContext::textScale(kHighlightLabelLevel);
    return QRectF(line_.p1(), line_.p2()).normalized().adjusted(-margin, -margin, margin, margin);
}

QPainterPath RelationEdgeItem::shape() const
{
    QPainterPath path;
    path.moveTo(line_.p1());
    path.lineTo(line_.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(6.0);
    return stroker.createStroke(path);
}

void RelationEdgeItem::drawArrow(QPainter* painter, const QPointF& tip, const QPointF& from) const
{
    const QLineF back(tip, from);
    if (back.length() < kArrowLength * 1.5)
        return;
    const QPointF base = back.pointAt(kArrowLength / back.length());
    const QPointF normal(-back.dy() / back.length() * kArrowHalfWidth, back.dx() / back.length() * kArrowHalfWidth);
    const QPointF triangle[3] = {tip, base + normal, base - normal};
    painter->drawPolygon(triangle, 3);
}

void RelationEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (line_.length() <= 0.0)
        return;
    const qreal level = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor colour = highlighted_ ? context_->highlight : context_->edge;
    painter->setPen(QPen(colour, highlighted_ ? kHighlightWidth : kLineWidth));
    painter->drawLine(line_);

    if (level >= context_->arrowLevel) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        if (forward_)
            drawArrow(painter, line_.p2(), line_.p1());
        if (backward_)
            drawArrow(painter, line_.p1(), line_.p2());
    }

    // The label only when readable and when it fits between the arrowheads (in text units).
    const bool wanted = level >= context_->edgeLabelLevel || (highlighted_ && level >= kHighlightLabelLevel);
    const qreal scale = CanvasContext::textScale(level);
    const qreal room = (line_.length() - 2.5 * kArrowLength) / scale;
    if (!wanted || label_.isEmpty() || room < 24.0)
        return;
    const QFontMetricsF metrics(context_->edgeFont);
    const QString text = labelWidth_ <= room ? label_ : metrics.elidedText(label_, Qt::ElideRight, room);
    const qreal width = std::min(labelWidth_, room);
    const QLineF reading = flipped_ ? QLineF(line_.p2(), line_.p1()) : line_;
    painter->save();
    painter->translate(reading.center());
    painter->rotate(-reading.angle());
    painter->scale(scale, scale);
    const QRectF box(-width / 2 - 2, -metrics.height() - kLabelOffset, width + 4, metrics.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(context_->halo);
    painter->drawRoundedRect(box, 2.0, 2.0);
    painter->setFont(context_->edgeFont);
    painter->setPen(highlighted_ ? context_->highlight.darker(130) : context_->edgeLabel);
    painter->drawText(box, Qt::AlignCenter, text);
    painter->restore();
}

}  // namespace tessera
