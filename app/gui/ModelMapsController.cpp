#include "gui/ModelMapsController.h"

#include "attention/ModalityShareTable.h"
#include "gui/LinkPredictionSession.h"
#include "plots/EmbeddingMapView.h"
#include "plots/ModalitySharesView.h"

#include <QDockWidget>

namespace tessera {

ModelMapsController::ModelMapsController(LinkPredictionSession* session, EmbeddingMapView* embedding,
    ModalitySharesView* shares, QDockWidget* sharesDock,
    std::function<std::shared_ptr<const KnowledgeGraph>()> currentGraph, std::function<EntityId()> focusedEntity,
    QObject* parent)
    : QObject(parent)
    , session_(session)
    , embedding_(embedding)
    , shares_(shares)
    , sharesDock_(sharesDock)
    , currentGraph_(std::move(currentGraph))
    , focusedEntity_(std::move(focusedEntity))
{
    connect(session_, &LinkPredictionSession::modelOpened, this, [this] {
        measuring_ = false;
        shares_->setGraph(currentGraph_());
        shares_->setModelOpen(true);
        shares_->focusEntity(focusedEntity_());
        embedding_->setModalityShares(nullptr);
        session_->represent();
        if (sharesDock_->isVisible() && !sharesDock_->visibleRegion().isEmpty())
            measure();
    });
    connect(session_, &LinkPredictionSession::represented, this, [this] {
        embedding_->setData(
            currentGraph_(), session_->entityVectors(), session_->entityVectorDim(), session_->modelFolder());
        embedding_->setRelationVectors(session_->relationVectors(), session_->entityVectorDim());
        embedding_->focusEntity(focusedEntity_());
    });
    connect(session_, &LinkPredictionSession::sharesMeasured, this, &ModelMapsController::show);
    connect(session_, &LinkPredictionSession::cancelled, this, [this] { measuring_ = false; });
    connect(session_, &LinkPredictionSession::jobFailed, this, [this](const QString& message) {
        measuring_ = false;
        Q_EMIT problem(message);
    });
    connect(shares_, &ModalitySharesView::measureRequested, this, &ModelMapsController::measure);
    connect(embedding_, &EmbeddingMapView::sharesWanted, this, &ModelMapsController::measure);
    connect(sharesDock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // Shown for the first time with a model: measure then, not at every model opening.
        if (visible && session_->hasModel() && !shares_->hasShares())
            measure();
    });
    connect(embedding_, &EmbeddingMapView::entityActivated, this, &ModelMapsController::entityActivated);
    connect(shares_, &ModalitySharesView::entityActivated, this, &ModelMapsController::entityActivated);
}

void ModelMapsController::reset(std::shared_ptr<const KnowledgeGraph> graph)
{
    measuring_ = false;
    embedding_->clear();
    shares_->setGraph(std::move(graph));
    shares_->setModelOpen(false);
}

void ModelMapsController::focus(EntityId entity)
{
    embedding_->focusEntity(entity);
    shares_->focusEntity(entity);
}

void ModelMapsController::measure()
{
    if (measuring_ || !session_->hasModel())
        return;
    measuring_ = true;
    session_->measureShares();
}

void ModelMapsController::show(const ModalityShareTable& table)
{
    measuring_ = false;
    auto shared = std::make_shared<const ModalityShareTable>(table);
    shares_->setShares(shared);
    shares_->focusEntity(focusedEntity_());
    embedding_->setModalityShares(shared);
}

}  // namespace tessera
