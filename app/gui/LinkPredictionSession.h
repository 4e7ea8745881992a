#pragma once

#include "attention/EntityAttentionMaps.h"
#include "evaluation/CandidateRanking.h"
#include "evaluation/LinkPredictionRequest.h"
#include "evaluation/LinkPredictionResult.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <stop_token>
#include <vector>

namespace tessera {

class KnowledgeGraph;
class MygoModel;

// The window's link-prediction engine: holds one MyGO model for the graph on screen and runs
// everything that touches it on one worker thread (the model is not thread-safe), so the UI
// never waits. Opening checks the model belongs to the graph. A prediction first computes the
// entity representations (once per model, with progress; cancel() stops it between encoder
// batches and nothing is cached), then scores and ranks; an evaluation runs the filtered protocol
// over a split. While one job runs, only the newest waiting request is kept: typing through
// options never queues stale work.
class LinkPredictionSession : public QObject {
    Q_OBJECT
public:
    explicit LinkPredictionSession(QObject* parent = nullptr);
    ~LinkPredictionSession() override;

    // Loads a Tessera model folder (or a training output folder: its best/ model) for `graph`
    // on the device "auto" picks (CUDA when present). Replaces the current model on success.
    void openModel(const QString& folder, std::shared_ptr<const KnowledgeGraph> graph);
    // Forgets the model (the graph it belongs to is no longer shown).
    void closeModel();
    void predict(const LinkPredictionRequest& request);
    // The filtered evaluation of one split (LinkPredictionEvaluator), with progress in distinct
    // queries; cancel() stops it between batches.
    void evaluate(Split split);
    // The entity encoder's attention for one entity, as it is and as if it had no image or no
    // text (milliseconds: three encoder passes of one entity). The newest waiting request wins.
    void attend(EntityId entity);
    // Every entity's representation (what predictions compute first anyway), with progress and
    // Cancel; represented() then, and entityVectors() holds them.
    void represent();
    // Stops the running job where it can stop (model loading ends in cancelled() and the model is
    // dropped; representations stop between batches) and drops the waiting request.
    void cancel();

    bool hasModel() const { return model_ != nullptr; }
    bool isBusy() const { return busy_; }
    const QString& modelFolder() const { return folder_; }
    // "MyGO · dim 256 · 2 heads · 1 + 2 layers · 8 visual + 4 text tokens · cpu, 2 threads"
    const QString& modelDetails() const { return details_; }
    // The open model's entity representations (N × entityVectorDim(), graph order), null without a model.
    const std::shared_ptr<const std::vector<float>>& entityVectors() const { return vectors_; }
    std::int64_t entityVectorDim() const { return vectorDim_; }

Q_SIGNALS:
    void modelOpened(const QString& folder);
    void modelFailed(const QString& problem);
    void busyChanged(bool busy, const QString& what);
    void progressed(int done, int total);
    void predicted(
        const tessera::LinkPredictionRequest& request, const tessera::CandidateRanking& ranking, double milliseconds);
    void predictionFailed(const QString& problem);
    // `baseline`: PopularityBaseline on the same split, beside the model.
    void evaluated(const tessera::LinkPredictionResult& result, const tessera::LinkPredictionResult& baseline);
    void evaluationFailed(const QString& problem);
    void cancelled();
    void attended(const tessera::EntityAttentionMaps& maps);
    void attentionFailed(const QString& problem);
    void represented();

private:
    struct Job;
    void run(std::shared_ptr<Job> job, const QString& what);
    void finish(const std::shared_ptr<Job>& job);
    void work(Job& job, std::stop_token stop);

    QThreadPool pool_;
    std::shared_ptr<MygoModel> model_;
    std::shared_ptr<const KnowledgeGraph> graph_;
    QString folder_;
    QString details_;
    std::shared_ptr<const std::vector<float>> vectors_;
    std::int64_t vectorDim_ = 0;
    std::optional<LinkPredictionRequest> waiting_;
    std::optional<Split> waitingEvaluation_;
    std::optional<EntityId> waitingAttention_;
    bool waitingRepresentation_ = false;
    std::stop_source stop_;
    // Bumped by open/close: a result of an older model is dropped.
    int generation_ = 0;
    bool busy_ = false;
};

}  // namespace tessera
