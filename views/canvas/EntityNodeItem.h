#pragma once

#include "graph/Ids.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace tessera {

struct CanvasContext;

// One entity on the neighbourhood canvas: a disc in its kind colour with the entity's first image
// inside when it has one and the disc is big enough on screen. Painting picks the detail from
// levelOfDetailFromTransform, so zooming out over thousands of nodes draws plain discs. The
// label is drawn by NodeLabelPainter, which sees all labels at once and keeps them apart.
class EntityNodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    struct Look {
        QString label;
        QString toolTip;
        QString imagePath;  // "" when the entity has no image
        QColor colour;
        qreal radius = 20.0;
        bool focus = false;
        bool expanded = false;
    };

    EntityNodeItem(const CanvasContext* context, EntityId entity, Look look);

    EntityId entity() const { return entity_; }
    qreal radius() const { return look_.radius; }
    const QColor& colour() const { return look_.colour; }
    const QString& label() const { return look_.label; }
    // The label as drawn (elided) and its width in the context's label font at 1:1; the view
    // places labels itself, so that they can avoid each other.
    const QString& shownLabel() const { return elidedLabel_; }
    qreal shownLabelWidth() const { return labelWidth_; }
    bool isHovered() const { return hovered_; }
    const QString& imagePath() const { return look_.imagePath; }
    bool isFocus() const { return look_.focus; }
    bool isExpanded() const { return look_.expanded; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    void setHovered(bool hovered);

    const CanvasContext* context_;
    EntityId entity_;
    Look look_;
    QString elidedLabel_;
    qreal labelWidth_ = 0.0;
    bool hovered_ = false;
};

}  // namespace tessera
