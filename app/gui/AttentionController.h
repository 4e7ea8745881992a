#pragma once

#include "graph/Ids.h"

#include <QObject>

#include <functional>
#include <memory>

class QDockWidget;

namespace tessera {

class AttentionView;
class KnowledgeGraph;
class LinkPredictionSession;
class WordPieceTokenizer;
struct EntityAttentionMaps;
struct TokenFolder;

// Keeps the Attention dock on the entity in focus: asks the model's worker for that entity's
// attention only while the dock is on screen (hidden, it costs nothing; shown, it asks for the
// entity then), drops answers for an entity the focus has left, and hands the view the token
// folder that names the text tokens and carries the patch grids the image-and-text tab shades.
class AttentionController : public QObject {
    Q_OBJECT
public:
    AttentionController(LinkPredictionSession* session, QDockWidget* dock, AttentionView* view,
        std::function<std::shared_ptr<const KnowledgeGraph>()> currentGraph, QObject* parent = nullptr);

    // The focus moved (or a model opened): the entity whose attention is wanted.
    void request(EntityId entity);
    // Another graph is on screen: what was shown and the tokens belonged to the old one.
    void reset();
    // A token folder was read for the graph on screen.
    void setTokens(std::shared_ptr<const TokenFolder> tokens, std::shared_ptr<const WordPieceTokenizer> wordPieces);

Q_SIGNALS:
    void problem(const QString& message);

private:
    void show(const EntityAttentionMaps& maps);

    LinkPredictionSession* session_;
    QDockWidget* dock_;
    AttentionView* view_;
    std::function<std::shared_ptr<const KnowledgeGraph>()> currentGraph_;
    EntityId wanted_ = kNoEntity;
    std::shared_ptr<const TokenFolder> tokens_;
    std::shared_ptr<const WordPieceTokenizer> wordPieces_;
    // The view's image-and-text inputs are set for this graph and these slot counts.
    const KnowledgeGraph* inputsGraph_ = nullptr;
    std::int64_t inputsVisual_ = -1;
    std::int64_t inputsText_ = -1;
};

}  // namespace tessera
