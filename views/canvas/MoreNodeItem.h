#pragma once

#include "graph/Ids.h"

#include <QGraphicsItem>
#include <QString>

namespace tessera {

struct CanvasContext;

// The "+N more" pill next to a hub whose neighbours were capped; clicking it shows the next
// batch (the view turns the click into a ShowMoreCommand).
class MoreNodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    MoreNodeItem(const CanvasContext* context, EntityId hub, std::size_t hidden, const QString& toolTip);

    EntityId hub() const { return hub_; }
    std::size_t hidden() const { return hidden_; }
    const QString& text() const { return text_; }
    void retranslate();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    const CanvasContext* context_;
    EntityId hub_;
    std::size_t hidden_;
    QString text_;
    QRectF rect_;
    bool hovered_ = false;
};

}  // namespace tessera
