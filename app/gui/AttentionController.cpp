#include "gui/AttentionController.h"

#include "graph/KnowledgeGraph.h"
#include "gui/LinkPredictionSession.h"
#include "plots/AttentionTokenNames.h"
#include "plots/AttentionView.h"

#include <QDockWidget>

namespace tessera {

AttentionController::AttentionController(LinkPredictionSession* session, QDockWidget* dock, AttentionView* view,
    std::function<std::shared_ptr<const KnowledgeGraph>()> currentGraph, QObject* parent)
    : QObject(parent)
    , session_(session)
    , dock_(dock)
    , view_(view)
    , currentGraph_(std::move(currentGraph))
{
    connect(session_, &LinkPredictionSession::attended, this, &AttentionController::show);
    connect(session_, &LinkPredictionSession::attentionFailed, this, &AttentionController::problem);
    // A tab behind another is hidden, and visibilityChanged tells when it comes to the front.
    connect(dock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && wanted_ != kNoEntity && session_->hasModel() && view_->shownEntity() != wanted_)
            session_->attend(wanted_);
    });
}

void AttentionController::request(EntityId entity)
{
    wanted_ = entity;
    if (entity != kNoEntity && session_->hasModel() && dock_->isVisible())
        session_->attend(entity);
}

void AttentionController::reset()
{
    wanted_ = kNoEntity;
    tokens_.reset();
    wordPieces_.reset();
    inputsGraph_ = nullptr;
    view_->setInputs({}, {}, {}, 0, 0);
    view_->clear();
}

void AttentionController::setTokens(
    std::shared_ptr<const TokenFolder> tokens, std::shared_ptr<const WordPieceTokenizer> wordPieces)
{
    tokens_ = std::move(tokens);
    wordPieces_ = std::move(wordPieces);
    inputsGraph_ = nullptr;  // the next answer sets the inputs anew
    view_->clear();          // its text tokens can be named now: ask again
    if (wanted_ != kNoEntity && session_->hasModel() && dock_->isVisible())
        session_->attend(wanted_);
}

void AttentionController::show(const EntityAttentionMaps& maps)
{
    const auto graph = currentGraph_();
    if (!graph || maps.entity != wanted_ || maps.entity >= graph->entityCount())
        return;  // the focus moved on; its own request follows
    if (inputsGraph_ != graph.get() || inputsVisual_ != maps.layout.visual || inputsText_ != maps.layout.text) {
        view_->setInputs(
            graph, tokens_, wordPieces_, static_cast<int>(maps.layout.visual), static_cast<int>(maps.layout.text));
        inputsGraph_ = graph.get();
        inputsVisual_ = maps.layout.visual;
        inputsText_ = maps.layout.text;
    }
    view_->setData(
        maps, AttentionTokenNames::of(maps, tokens_.get()), QString::fromStdString(graph->entity(maps.entity).label));
}

}  // namespace tessera
