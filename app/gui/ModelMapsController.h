#pragma once

#include "graph/Ids.h"

#include <QObject>

#include <functional>
#include <memory>

class QDockWidget;

namespace tessera {

class EmbeddingMapView;
class KnowledgeGraph;
class LinkPredictionSession;
class ModalitySharesView;
struct ModalityShareTable;

// Keeps the two whole-graph views of the open model current: the Embedding Map (the entity
// representations, computed once after a model opens) and Modality Shares ([CLS]'s attention
// shares over all entities, measured when asked — by the view's button, by the Embedding Map's
// "dominant modality" colouring, or when the dock is shown — since it is an encoder pass over
// the whole graph). Both follow the window's focus; a click in either focuses the entity.
class ModelMapsController : public QObject {
    Q_OBJECT
public:
    ModelMapsController(LinkPredictionSession* session, EmbeddingMapView* embedding, ModalitySharesView* shares,
        QDockWidget* sharesDock, std::function<std::shared_ptr<const KnowledgeGraph>()> currentGraph,
        std::function<EntityId()> focusedEntity, QObject* parent = nullptr);

    // Another graph is on screen (or the model closed): what both views showed belonged to the old one.
    void reset(std::shared_ptr<const KnowledgeGraph> graph);
    void focus(EntityId entity);

Q_SIGNALS:
    void entityActivated(tessera::EntityId entity);
    void problem(const QString& message);

private:
    void measure();
    void show(const ModalityShareTable& table);

    LinkPredictionSession* session_;
    EmbeddingMapView* embedding_;
    ModalitySharesView* shares_;
    QDockWidget* sharesDock_;
    std::function<std::shared_ptr<const KnowledgeGraph>()> currentGraph_;
    std::function<EntityId()> focusedEntity_;
    // A measurement was asked for and has not come back: asking again would queue the same pass.
    bool measuring_ = false;
};

}  // namespace tessera
