#pragma once

#include "attention/EntityAttentionMaps.h"
#include "attention/ModalityShareTable.h"
#include "evaluation/CandidateRanking.h"
#include "evaluation/LinkPredictionRequest.h"
#include "evaluation/LinkPredictionResult.h"
#include "evaluation/RelationAblationStudy.h"
#include "gui/SerialJobQueue.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace tessera {

class KnowledgeGraph;
class MygoModel;

// The window's link-prediction engine: holds one MyGO model for the graph on screen and runs
// everything that touches it as jobs of one SerialJobQueue (the model is not thread-safe), so
// the UI never waits. Opening checks the model belongs to the graph. A prediction first computes
// the entity representations (once per model, with progress; cancel() stops it between encoder
// batches and nothing is cached), then scores and ranks; an evaluation runs the filtered protocol
// over a split. While one job runs, only the newest waiting request of each kind is kept: typing
// through options never queues stale work.
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
    // Every entity's [CLS] shares of structure, image and text (one encoder pass over the graph
    // with attention kept), with progress and Cancel; sharesMeasured() then.
    void measureShares();
    // Every query of `relation`'s triples in `split` ranked as it is and with the known entity's
    // image or text masked (RelationAblationStudy); ablationStudied() then.
    void studyAblation(RelationId relation, Split split);
    // Stops the running job where it can stop (model loading ends in cancelled() and the model is
    // dropped; representations stop between batches) and drops the waiting request.
    void cancel();

    bool hasModel() const { return model_ != nullptr; }
    bool isBusy() const { return jobs_.isBusy(); }
    const QString& modelFolder() const { return folder_; }
    // "MyGO · dim 256 · 2 heads · 1 + 2 layers · 8 visual + 4 text tokens · cpu, 2 threads"
    const QString& modelDetails() const { return details_; }
    // The worker the model's jobs run on (what runs, its progress, the last job times).
    const SerialJobQueue& jobs() const { return jobs_; }
    // The open model's entity representations (N × entityVectorDim(), graph order), null without a model.
    const std::shared_ptr<const std::vector<float>>& entityVectors() const { return vectors_; }
    std::int64_t entityVectorDim() const { return vectorDim_; }
    // The relation representations (R × dim, graph order), computed with the entities'.
    const std::shared_ptr<const std::vector<float>>& relationVectors() const { return relationVectors_; }

Q_SIGNALS:
    void modelOpened(const QString& folder);
    void modelFailed(const QString& problem);
    void busyChanged(bool busy, const QString& what);
    void progressed(int done, int total);
    void predicted(
        const tessera::LinkPredictionRequest& request, const tessera::CandidateRanking& ranking, double milliseconds);
    void predictionFailed(const QString& problem);
    // After every prediction: the context encoder's attention [layers, 1, heads, 3, 3] over the
    // query's slots [head, relation, tail] (the unknown one is the mask token), under the
    // request's own image/text masking.
    void queryAttended(const tessera::LinkPredictionRequest& request, const tessera::FloatArray& attention);
    // `baseline`: PopularityBaseline on the same split, beside the model.
    void evaluated(const tessera::LinkPredictionResult& result, const tessera::LinkPredictionResult& baseline);
    void evaluationFailed(const QString& problem);
    void cancelled();
    void attended(const tessera::EntityAttentionMaps& maps);
    void attentionFailed(const QString& problem);
    void represented();
    void sharesMeasured(const tessera::ModalityShareTable& shares);
    void ablationStudied(const tessera::RelationAblationResult& result);
    // A job of the last two kinds failed.
    void jobFailed(const QString& problem);

private:
    // Whether a job may start: a model is open.
    bool ready() const { return model_ != nullptr; }
    QString problemText(const JobOutcome& outcome) const;

    SerialJobQueue jobs_;
    std::shared_ptr<MygoModel> model_;
    std::shared_ptr<const KnowledgeGraph> graph_;
    QString folder_;
    QString details_;
    std::shared_ptr<const std::vector<float>> vectors_;
    std::int64_t vectorDim_ = 0;
    std::shared_ptr<const std::vector<float>> relationVectors_;
};

}  // namespace tessera
