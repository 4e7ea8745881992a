#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace tessera {

class EvaluationDialog;
class KnowledgeGraph;
class LinkPredictionSession;

// The Evaluate… dialog and its traffic with the model's worker: made on first use, it asks the
// session for a split's filtered evaluation, shows the progress, the result beside the popularity
// baseline, a failure or a Cancel, and closes when the model it evaluates goes.
class EvaluationController : public QObject {
    Q_OBJECT
public:
    EvaluationController(LinkPredictionSession* session, QWidget* dialogParent,
        std::function<std::shared_ptr<const KnowledgeGraph>()> currentGraph, QObject* parent = nullptr);

    // Shows the dialog for the open model (nothing without one).
    void show();
    // The model closed: a running evaluation's dialog stops and hides.
    void close();
    bool isRunning() const;
    EvaluationDialog* dialog() const { return dialog_; }

private:
    LinkPredictionSession* session_;
    QWidget* dialogParent_;
    std::function<std::shared_ptr<const KnowledgeGraph>()> currentGraph_;
    EvaluationDialog* dialog_ = nullptr;
};

}  // namespace tessera
