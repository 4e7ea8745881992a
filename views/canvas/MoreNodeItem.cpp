#include "canvas/MoreNodeItem.h"

#include "canvas/CanvasContext.h"

#include <QCoreApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace tessera {

namespace {
constexpr qreal kPaddingX = 9.0;
constexpr qreal kPaddingY = 4.0;
}  // namespace

MoreNodeItem::MoreNodeItem(const CanvasContext* context, EntityId hub, std::size_t hidden, const QString& toolTip)
    : context_(context)
    , hub_(hub)
    , hidden_(hidden)
{
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(toolTip);
    setZValue(2.0);
    retranslate();
}

void MoreNodeItem::retranslate()
{
    prepareGeometryChange();
    text_ = QCoreApplication::translate("MoreNodeItem", "+%1 more")
                .arg(QLocale().toString(static_cast<qulonglong>(hidden_)));
    const QFontMetricsF metrics(context_->moreFont);
    const qreal width = metrics.horizontalAdvance(text_) + 2 * kPaddingX;
    const qreal height = metrics.height() + 2 * kPaddingY;
    rect_ = QRectF(-width / 2, -height / 2, width, height);
}

QRectF MoreNodeItem::boundingRect() const
{
    return rect_.adjusted(-2, -2, 2, 2);
}

void MoreNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const qreal level = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setPen(
        QPen(hovered_ ? context_->highlight : QColor(0x8A, 0x90, 0x99), hovered_ ? 2.0 : 1.2, Qt::DashLine));
    painter->setBrush(QColor(0xF3, 0xF4, 0xF6));
    painter->drawRoundedRect(rect_, rect_.height() / 2, rect_.height() / 2);
    if (level >= context_->labelLevel * 0.8) {
        painter->setFont(context_->moreFont);
        painter->setPen(context_->text);
        painter->drawText(rect_, Qt::AlignCenter, text_);
    }
}

void MoreNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    hovered_ = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void MoreNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    hovered_ = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

}  // namespace tessera
