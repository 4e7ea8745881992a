#pragma once

#include "alignment/AlignmentCandidates.h"
#include "alignment/AlignmentPairIndex.h"
#include "alignment/MetaWeightTable.h"
#include "evaluation/AlignmentEvaluator.h"
#include "graph/Dataset.h"
#include "gui/SerialJobQueue.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace tessera {

class AlignmentQuery;
struct ModelOnWorkspace;

// The alignment workspace's engine: one alignment workspace (two graphs and their pairs) and the
// MEAformer or MCLEA model trained on it, with everything that touches the model run as jobs of
// one SerialJobQueue (the model is not thread-safe) so the window never waits. Opening reads the
// workspace, checks the model belongs to it, computes every entity's representation and
// meta-weights and evaluates the test pairs; each query ranks one entity's counterparts with CSLS
// (the newest waiting query wins). Candidates are every entity of the other graph, or — the
// reference's protocol — only the test pairs' entities.
class AlignmentSession : public QObject {
    Q_OBJECT
public:
    enum class CandidatePool { AllEntities = 0, TestPairs = 1 };
    static constexpr int kCandidates = 10;

    explicit AlignmentSession(QObject* parent = nullptr);
    ~AlignmentSession() override;

    // Replaces what is open on success; `device`: auto, cpu or cuda.
    void open(const QString& workspace, const QString& model, const QString& device = QStringLiteral("auto"));
    void close();
    // Re-evaluates the test pairs against the new pool (the candidates of later queries too).
    void setCandidatePool(CandidatePool pool);
    CandidatePool candidatePool() const { return pool_; }
    // Ranks the counterparts of an entity of graph A (fromA) or B.
    void align(bool fromA, EntityId entity, int top = kCandidates);
    // Stops the running job where it can (an open in flight is dropped when it ends) and drops the waiting ones.
    void cancel();

    bool isOpen() const { return opened_ != nullptr; }
    bool isBusy() const { return jobs_.isBusy(); }
    const SerialJobQueue& jobs() const { return jobs_; }
    const QString& workspacePath() const { return workspacePath_; }
    const QString& modelPath() const { return modelPath_; }
    // "MEAformer · 4 modalities · hidden 64 · 1 fusion layer × 2 heads · cpu, 2 threads"
    const QString& details() const { return details_; }
    // The workspace (its two graphs and pairs), null before open.
    const std::shared_ptr<const Dataset>& dataset() const { return dataset_; }
    const std::shared_ptr<const MetaWeightTable>& metaWeights() const { return metaWeights_; }
    // The workspace's pairs indexed by entity on both sides, null before open.
    const std::shared_ptr<const AlignmentPairIndex>& pairs() const { return pairs_; }
    // The L2-normalised fused embeddings of graph A's and B's entities ([n, jointDim], id order).
    const std::shared_ptr<const std::vector<float>>& jointVectors(int side) const { return joint_[side]; }
    std::int64_t jointDim() const { return jointDim_; }
    std::vector<AlignmentModality> modalities() const;
    const QStringList& warnings() const { return warnings_; }
    // The last evaluation of the test pairs (under the current pool); `hasEvaluation` before use.
    bool hasEvaluation() const { return evaluated_; }
    const AlignmentEvaluation& evaluation() const { return evaluation_; }
    // The test pairs in workspace order: the order of the evaluation's ranks.
    const std::vector<AlignedPair>& testPairs() const { return testPairs_; }

Q_SIGNALS:
    void opened();
    void openFailed(const QString& problem);
    void evaluated();
    void aligned(const tessera::AlignmentQueryResult& result, double milliseconds);
    void alignFailed(const QString& problem);
    void busyChanged(bool busy, const QString& what);
    void progressed(int done, int total);
    void cancelled();

private:
    void evaluate();
    std::shared_ptr<AlignmentQuery> makeQuery() const;

    SerialJobQueue jobs_;
    std::shared_ptr<ModelOnWorkspace> opened_;
    std::shared_ptr<AlignmentQuery> query_;  // used on the worker thread only
    std::shared_ptr<const Dataset> dataset_;
    std::shared_ptr<const MetaWeightTable> metaWeights_;
    std::shared_ptr<const std::vector<float>> joint_[2];
    std::int64_t jointDim_ = 0;
    std::shared_ptr<const AlignmentPairIndex> pairs_;
    std::vector<AlignedPair> testPairs_;
    QString workspacePath_;
    QString modelPath_;
    QString details_;
    QStringList warnings_;
    CandidatePool pool_ = CandidatePool::AllEntities;
    AlignmentEvaluation evaluation_;
    bool evaluated_ = false;
};

}  // namespace tessera
