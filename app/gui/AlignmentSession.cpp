#include "gui/AlignmentSession.h"

#include "alignment/CandidatePopulation.h"
#include "cli/WorkspaceOpening.h"
#include "evaluation/AlignmentQuery.h"
#include "graph/KnowledgeGraph.h"
#include "plots/AlignmentModalityStyle.h"

#include <QDir>

#include <chrono>
#include <numeric>

namespace tessera {

namespace {

QString describe(const MeaformerConfig& c, const ComputeInfo& compute)
{
    QStringList names;
    for (const AlignmentModality modality : c.modalities)
        names << AlignmentModalityStyle::name(modality);
    QString text = c.transformerFusion()
        ? AlignmentSession::tr("MEAformer · %1 · hidden %2 · %3 fusion layers × %4 heads")
              .arg(names.join(QStringLiteral(", ")))
              .arg(c.hidden)
              .arg(c.fusionLayers)
              .arg(c.fusionHeads)
        : AlignmentSession::tr("MCLEA · %1 · hidden %2").arg(names.join(QStringLiteral(", "))).arg(c.hidden);
    text += AlignmentSession::tr(" · %1, %2 threads").arg(QString::fromStdString(compute.device)).arg(compute.threads);
    return text;
}

}  // namespace

AlignmentSession::AlignmentSession(QObject* parent)
    : QObject(parent)
{
    connect(&jobs_, &SerialJobQueue::busyChanged, this, &AlignmentSession::busyChanged);
    connect(&jobs_, &SerialJobQueue::progressed, this, &AlignmentSession::progressed);
    connect(&jobs_, &SerialJobQueue::cancelled, this, &AlignmentSession::cancelled);
}

AlignmentSession::~AlignmentSession()
{
    // The worker's job may hold the model; let it end before the model goes.
    jobs_.discard();
}

std::vector<AlignmentModality> AlignmentSession::modalities() const
{
    return metaWeights_ ? metaWeights_->modalities : std::vector<AlignmentModality> {};
}

void AlignmentSession::open(const QString& workspace, const QString& model, const QString& device)
{
    jobs_.discard();
    struct Opened {
        std::shared_ptr<ModelOnWorkspace> opened;
        std::shared_ptr<MetaWeightTable> table;
        std::shared_ptr<std::vector<float>> joint[2];
        std::int64_t jointDim = 0;
        std::shared_ptr<const AlignmentPairIndex> pairs;
        QString details;
        QString problem;  // WorkspaceOpening's one-line reason, which names the file
    };
    auto out = std::make_shared<Opened>();
    jobs_.submit(
        QStringLiteral("open"), tr("Opening alignment model %1…").arg(QDir(model).dirName()),
        [out, workspace, model, device](JobControl& control) {
            auto opened = std::make_shared<ModelOnWorkspace>(WorkspaceOpening::open(workspace, model, device));
            if (!opened->error.isEmpty()) {
                out->problem = opened->error;
                return;
            }
            if (control.stopRequested()) {
                control.cancelled = true;
                return;
            }
            // Every entity's modality embeddings, meta-weights and fused embedding: one forward pass.
            const MeaformerRepresentation& rep = opened->model->representation();
            auto table = std::make_shared<MetaWeightTable>();
            table->modalities = rep.modalities;
            table->entitiesA = opened->model->config().entitiesA;
            table->weights = rep.metaWeights.values;
            table->present = rep.present;
            const std::int64_t dim = rep.joint.dim(1);
            const std::int64_t rowsA = table->entitiesA;
            const std::int64_t rows = rep.joint.dim(0);
            for (int side = 0; side < 2; ++side) {
                const std::int64_t first = side == 0 ? 0 : rowsA;
                const std::int64_t last = side == 0 ? rowsA : rows;
                out->joint[side] = std::make_shared<std::vector<float>>(
                    rep.joint.values.begin() + first * dim, rep.joint.values.begin() + last * dim);
            }
            out->jointDim = dim;
            out->table = std::move(table);
            out->details = describe(opened->model->config(), opened->compute);
            out->pairs = std::make_shared<const AlignmentPairIndex>(opened->workspace.alignment,
                opened->workspace.graphs[0]->entityCount(), opened->workspace.graphs[1]->entityCount());
            if (control.stopRequested())
                control.cancelled = true;
            else
                out->opened = std::move(opened);
        },
        [this, out, workspace, model](const JobOutcome& outcome) {
            if (outcome.cancelled)
                return;
            if (!outcome.succeeded() || !out->problem.isEmpty()) {
                Q_EMIT openFailed(!out->problem.isEmpty() ? out->problem
                        : outcome.unexpected              ? QStringLiteral("%1: %2").arg(model, outcome.problem)
                                                          : outcome.problem);
                return;
            }
            opened_ = out->opened;
            dataset_ = std::make_shared<const Dataset>(opened_->workspace);
            metaWeights_ = out->table;
            joint_[0] = out->joint[0];
            joint_[1] = out->joint[1];
            jointDim_ = out->jointDim;
            pairs_ = out->pairs;
            testPairs_ = opened_->testPairs();
            warnings_ = opened_->warnings;
            workspacePath_ = workspace;
            modelPath_ = model;
            details_ = out->details;
            query_ = makeQuery();
            evaluated_ = false;
            Q_EMIT opened();
            evaluate();
        });
}

void AlignmentSession::close()
{
    jobs_.discard();
    query_.reset();
    opened_.reset();
    dataset_.reset();
    metaWeights_.reset();
    joint_[0].reset();
    joint_[1].reset();
    pairs_.reset();
    testPairs_.clear();
    warnings_.clear();
    evaluated_ = false;
}

std::shared_ptr<AlignmentQuery> AlignmentSession::makeQuery() const
{
    const CandidatePopulation population = pool_ == CandidatePool::TestPairs
        ? CandidatePopulation::testPairs(opened_->workspace.alignment)
        : CandidatePopulation::everyEntity(
            opened_->workspace.graphs[0]->entityCount(), opened_->workspace.graphs[1]->entityCount());
    return std::make_shared<AlignmentQuery>(*opened_->model, population.a, population.b, 0);
}

void AlignmentSession::setCandidatePool(CandidatePool pool)
{
    if (pool == pool_)
        return;
    pool_ = pool;
    if (!isOpen())
        return;
    query_ = makeQuery();
    evaluate();
}

void AlignmentSession::evaluate()
{
    if (!isOpen() || testPairs_.empty())
        return;
    auto out = std::make_shared<AlignmentEvaluation>();
    const auto opened = opened_;
    const bool all = pool_ == CandidatePool::AllEntities;
    jobs_.submit(
        QStringLiteral("evaluate"), tr("Ranking the %n test pairs…", nullptr, static_cast<int>(testPairs_.size())),
        [out, opened, all, pairs = testPairs_](JobControl&) {
            AlignmentEvaluationOptions options;
            options.allCandidates = all;
            *out = AlignmentEvaluator::evaluate(*opened->model, pairs, options);
        },
        [this, out](const JobOutcome& outcome) {
            if (!outcome.succeeded())
                return;
            evaluation_ = *out;
            evaluated_ = true;
            Q_EMIT evaluated();
        });
}

void AlignmentSession::align(bool fromA, EntityId entity, int top)
{
    if (!isOpen())
        return;
    const std::optional<EntityId> counterpart = pairs_->counterpart(fromA, entity);
    auto out = std::make_shared<AlignmentQueryResult>();
    auto milliseconds = std::make_shared<double>(0);
    jobs_.submit(
        QStringLiteral("align"), tr("Ranking counterparts…"),
        [out, milliseconds, opened = opened_, query = query_, fromA, entity, top, counterpart](JobControl&) {
            (void)opened;  // keeps the model the query reads alive while it runs
            const auto start = std::chrono::steady_clock::now();
            *out = query->rank(fromA, entity, top, counterpart);
            *milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        },
        [this, out, milliseconds](const JobOutcome& outcome) {
            if (outcome.cancelled)
                return;
            if (!outcome.succeeded()) {
                Q_EMIT alignFailed(outcome.problem);
                return;
            }
            Q_EMIT aligned(*out, *milliseconds);
        });
}

void AlignmentSession::cancel()
{
    jobs_.cancel();
}

}  // namespace tessera
