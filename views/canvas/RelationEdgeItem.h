#pragma once

#include "graph/Ids.h"

#include <QGraphicsItem>
#include <QLineF>
#include <QString>

namespace tessera {

struct CanvasContext;

// The link between two entities on the canvas: one straight line for all relations between the
// pair, arrowheads for the directions that occur, and the relation labels along the line when
// the zoom leaves room for them. The label is turned to read left to right whatever the line's
// direction, with arrows in the text saying which way each relation points.
class RelationEdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    struct Ends {
        EntityId a = kNoEntity;
        EntityId b = kNoEntity;
        QPointF aAt;
        QPointF bAt;
        qreal aRadius = 0.0;
        qreal bRadius = 0.0;
    };

    // forward: labels of relations a → b; backward: b → a (either may be empty).
    RelationEdgeItem(const CanvasContext* context, const Ends& ends, QStringList forward, QStringList backward);

    EntityId a() const { return ends_.a; }
    EntityId b() const { return ends_.b; }
    bool touches(EntityId entity) const { return ends_.a == entity || ends_.b == entity; }
    // The text drawn along the line (for tests and tooltips).
    const QString& labelText() const { return label_; }
    void setHighlighted(bool highlighted);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void drawArrow(QPainter* painter, const QPointF& tip, const QPointF& from) const;

    const CanvasContext* context_;
    Ends ends_;
    bool forward_ = false;
    bool backward_ = false;
    QLineF line_;  // rim to rim
    QString label_;
    qreal labelWidth_ = 0.0;
    bool flipped_ = false;  // the label reads from b to a
    bool highlighted_ = false;
};

}  // namespace tessera
