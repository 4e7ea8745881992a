#include "gui/EvaluationController.h"

#include "dialogs/EvaluationDialog.h"
#include "gui/LinkPredictionSession.h"

#include <QDir>

namespace tessera {

EvaluationController::EvaluationController(LinkPredictionSession* session, QWidget* dialogParent,
    std::function<std::shared_ptr<const KnowledgeGraph>()> currentGraph, QObject* parent)
    : QObject(parent)
    , session_(session)
    , dialogParent_(dialogParent)
    , currentGraph_(std::move(currentGraph))
{
}

bool EvaluationController::isRunning() const
{
    return dialog_ != nullptr && dialog_->isRunning();
}

void EvaluationController::close()
{
    if (dialog_ == nullptr)
        return;
    dialog_->setRunning(false);
    dialog_->hide();
}

void EvaluationController::show()
{
    if (!session_->hasModel())
        return;
    if (dialog_ == nullptr) {
        dialog_ = new EvaluationDialog(dialogParent_);
        connect(dialog_, &EvaluationDialog::evaluateRequested, this, [this](Split split) {
            dialog_->setRunning(true);
            session_->evaluate(split);
        });
        connect(dialog_, &EvaluationDialog::cancelRequested, session_, &LinkPredictionSession::cancel);
        connect(session_, &LinkPredictionSession::progressed, dialog_, [this](int done, int total) {
            if (dialog_->isRunning())
                dialog_->setProgress(done, total);
        });
        connect(session_, &LinkPredictionSession::evaluated, dialog_,
            [this](const LinkPredictionResult& result, const LinkPredictionResult& baseline) {
                dialog_->setRunning(false);
                dialog_->showResult(result, baseline);
            });
        connect(session_, &LinkPredictionSession::evaluationFailed, dialog_, [this](const QString& problem) {
            dialog_->setRunning(false);
            dialog_->showProblem(problem);
        });
        connect(session_, &LinkPredictionSession::cancelled, dialog_, [this] {
            if (!dialog_->isRunning())
                return;
            dialog_->setRunning(false);
            dialog_->showProblem(tr("Evaluation cancelled."));
        });
    }
    if (!dialog_->isRunning())
        dialog_->setSubject(currentGraph_(), QDir(session_->modelFolder()).dirName());
    dialog_->show();
    dialog_->raise();
}

}  // namespace tessera
