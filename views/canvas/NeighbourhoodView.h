#pragma once

#include "canvas/CanvasContext.h"
#include "canvas/EntityPalette.h"
#include "canvas/ExplorationPlanner.h"
#include "canvas/ExplorationState.h"
#include "commands/ExplorationTarget.h"
#include "graph/Ids.h"

#include <QColor>
#include <QGraphicsView>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <unordered_map>
#include <vector>

class QAction;
class QUndoStack;

namespace tessera {

class EntityNodeItem;
class KnowledgeGraph;
class MoreNodeItem;
class RelationEdgeItem;
class ThumbnailCache;

// The focused entity and its neighbourhood as a node-link picture. Wheel zooms around the
// cursor, dragging the background pans, a click selects, a double click expands (or collapses)
// a node, "+N more" shows the next batch, and the context menu has the rest. Every exploration
// step is a command on undoStack(), so Back/Forward walk through the exploration; the scene is
// rebuilt from the state on each step (no relayout: positions are part of the state). Labels,
// edge labels and thumbnails appear by level of detail, with thresholds raised as the picture
// gets crowded, which keeps 2,000 nodes smooth.
class NeighbourhoodView : public QGraphicsView, public ExplorationTarget {
    Q_OBJECT
public:
    explicit NeighbourhoodView(QWidget* parent = nullptr);
    ~NeighbourhoodView() override;

    void setGraph(std::shared_ptr<const KnowledgeGraph> graph);
    const KnowledgeGraph* graph() const { return graph_.get(); }
    QUndoStack* undoStack() const { return undoStack_; }
    ThumbnailCache* thumbnails() const { return thumbnails_; }

    // Exploration steps; each pushes a command (nothing when it would change nothing).
    void focusEntity(EntityId entity);
    // Colours the nodes by something other than the graph's own palette (the alignment workspace:
    // the modality that dominates each entity's meta-weights) and says so in the legend. Empty
    // `colours` go back to the palette.
    void setEntityColours(std::vector<QColor> colours, QStringList legendTitles, QList<QColor> legendColours);
    void expandEntity(EntityId entity);
    void collapseEntity(EntityId entity);
    void showMore(EntityId hub);

    EntityId focusedEntity() const { return state_.focus; }
    EntityId selectedEntity() const;
    void selectEntity(EntityId entity);
    int visibleEntityCount() const { return static_cast<int>(nodes_.size()); }
    int visibleLinkCount() const { return static_cast<int>(edges_.size()); }
    int moreNodeCount() const { return static_cast<int>(moreNodes_.size()); }
    EntityNodeItem* nodeItem(EntityId entity) const;
    MoreNodeItem* moreItem(EntityId hub) const;

    void zoomToFit();
    void zoomBy(qreal factor);

    const ExplorationState& explorationState() const override { return state_; }
    const ExplorationPlanner& explorationPlanner() const override { return planner_; }
    void applyExplorationState(const ExplorationState& state) override;

Q_SIGNALS:
    void focusChanged(tessera::EntityId entity);
    void entitySelected(tessera::EntityId entity);
    // After every step, undo or redo: counts and the picture changed.
    void explorationChanged();
    void imageProblem(const QString& problem);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuildScene();
    void onSelectionChanged();
    void onThumbnailReady(const QString& path);
    void drawOverlay(QPainter* painter);
    void createActions();
    void retranslate();
    QString nodeToolTip(EntityId entity) const;
    QString relationLabel(RelationId relation) const;

    std::shared_ptr<const KnowledgeGraph> graph_;
    ExplorationPlanner planner_;
    ExplorationState state_;
    EntityPalette palette_;
    std::vector<QColor> colourOverride_;  // per entity, when set
    QStringList overrideTitles_;
    QList<QColor> overrideColours_;
    CanvasContext context_;
    QGraphicsScene* scene_;
    QUndoStack* undoStack_;
    ThumbnailCache* thumbnails_;
    std::unordered_map<EntityId, EntityNodeItem*> nodes_;
    std::unordered_map<EntityId, MoreNodeItem*> moreNodes_;
    std::vector<RelationEdgeItem*> edges_;
    QMultiHash<QString, EntityNodeItem*> nodesByImage_;
    QPoint pressPosition_;
    QAction* expandAction_ = nullptr;
    QAction* collapseAction_ = nullptr;
    QAction* focusAction_ = nullptr;
    QAction* fitAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
};

}  // namespace tessera
