#include "gui/LinkPredictionSession.h"

#include "evaluation/LinkPredictionEvaluator.h"
#include "evaluation/PopularityBaseline.h"
#include "evaluation/QueryRanking.h"
#include "graph/KnowledgeGraph.h"
#include "inference/EntityAttentionReader.h"
#include "inference/ModalityShareReader.h"
#include "inference/MygoModel.h"

#include <QDir>

#include <chrono>

namespace tessera {

namespace {

QString describe(const MygoModel& model, const ComputeInfo& compute)
{
    const MygoConfig& c = model.config();
    QString text = LinkPredictionSession::tr("MyGO · dim %1 · %2 heads · %3 + %4 layers")
                       .arg(c.dim)
                       .arg(c.heads)
                       .arg(c.entityLayers)
                       .arg(c.decoderLayers);
    if (c.visualTokens > 0 || c.textTokens > 0)
        text += LinkPredictionSession::tr(" · %1 visual + %2 text tokens").arg(c.visualTokens).arg(c.textTokens);
    else
        text += LinkPredictionSession::tr(" · structure only");
    text += LinkPredictionSession::tr(" · %1, %2 threads")
                .arg(QString::fromStdString(compute.device))
                .arg(compute.threads);
    return text;
}

}  // namespace

LinkPredictionSession::LinkPredictionSession(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<tessera::LinkPredictionRequest>("tessera::LinkPredictionRequest");
    qRegisterMetaType<tessera::CandidateRanking>("tessera::CandidateRanking");
    qRegisterMetaType<tessera::LinkPredictionResult>("tessera::LinkPredictionResult");
    qRegisterMetaType<tessera::EntityAttentionMaps>("tessera::EntityAttentionMaps");
    qRegisterMetaType<tessera::ModalityShareTable>("tessera::ModalityShareTable");
    qRegisterMetaType<tessera::RelationAblationResult>("tessera::RelationAblationResult");
    qRegisterMetaType<tessera::FloatArray>("tessera::FloatArray");
    connect(&jobs_, &SerialJobQueue::busyChanged, this, &LinkPredictionSession::busyChanged);
    connect(&jobs_, &SerialJobQueue::progressed, this, &LinkPredictionSession::progressed);
    connect(&jobs_, &SerialJobQueue::cancelled, this, &LinkPredictionSession::cancelled);
}

LinkPredictionSession::~LinkPredictionSession() = default;

QString LinkPredictionSession::problemText(const JobOutcome& outcome) const
{
    // An InputError names its file; anything else is said to be about the model folder.
    return outcome.unexpected ? QStringLiteral("%1: %2").arg(folder_, outcome.problem) : outcome.problem;
}

void LinkPredictionSession::openModel(const QString& folder, std::shared_ptr<const KnowledgeGraph> graph)
{
    jobs_.discard();
    struct Opened {
        std::shared_ptr<MygoModel> model;
        QString details;
    };
    auto out = std::make_shared<Opened>();
    jobs_.submit(
        QStringLiteral("open"), tr("Opening model %1…").arg(QDir(folder).dirName()),
        [out, folder, graph](JobControl& control) {
            auto model = std::make_shared<MygoModel>(MygoModel::load(folder.toStdString()));
            model->requireGraph(*graph, folder.toStdString());
            const ComputeInfo compute = model->useDevice("auto");
            out->details = describe(*model, compute);
            if (control.stopRequested())
                control.cancelled = true;
            else
                out->model = std::move(model);
        },
        [this, out, folder, graph](const JobOutcome& outcome) {
            if (outcome.cancelled)
                return;
            if (!outcome.succeeded()) {
                Q_EMIT modelFailed(
                    outcome.unexpected ? QStringLiteral("%1: %2").arg(folder, outcome.problem) : outcome.problem);
                return;
            }
            model_ = out->model;
            graph_ = graph;
            folder_ = folder;
            details_ = out->details;
            vectors_.reset();
            relationVectors_.reset();
            vectorDim_ = 0;
            Q_EMIT modelOpened(folder_);
        });
}

void LinkPredictionSession::closeModel()
{
    jobs_.discard();
    model_.reset();
    graph_.reset();
    folder_.clear();
    details_.clear();
    vectors_.reset();
    relationVectors_.reset();
    vectorDim_ = 0;
}

void LinkPredictionSession::predict(const LinkPredictionRequest& request)
{
    if (!ready())
        return;
    struct Predicted {
        CandidateRanking ranking;
        double milliseconds = 0;
        FloatArray attention;
    };
    auto out = std::make_shared<Predicted>();
    jobs_.submit(
        QStringLiteral("predict"), tr("Ranking candidates…"),
        [out, request, model = model_, graph = graph_](JobControl& control) {
            ModalityAblation ablation;
            ablation.maskVisual = request.maskVisual;
            ablation.maskText = request.maskText;
            // Representations first, with progress; the query itself then takes milliseconds.
            const auto keepGoing
                = [&](std::int64_t done, std::int64_t total) { return control.keepGoing(done, total); };
            if (!model->prepareRepresentations({}, keepGoing)
                || (ablation != ModalityAblation {} && !model->prepareRepresentations(ablation, keepGoing))) {
                control.cancelled = true;
                return;
            }
            const auto start = std::chrono::steady_clock::now();
            out->ranking = rankQuery(*model, *graph, request);
            out->milliseconds
                = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            const LinkQuery query = request.predictTail ? LinkQuery {request.entity, request.relation, kNoEntity}
                                                        : LinkQuery {kNoEntity, request.relation, request.entity};
            out->attention = model->queryAttention(query, ablation);
        },
        [this, out, request](const JobOutcome& outcome) {
            if (outcome.cancelled)
                return;
            if (!outcome.succeeded()) {
                Q_EMIT predictionFailed(problemText(outcome));
                return;
            }
            Q_EMIT predicted(request, out->ranking, out->milliseconds);
            Q_EMIT queryAttended(request, out->attention);
        });
}

void LinkPredictionSession::evaluate(Split split)
{
    if (!ready())
        return;
    struct Evaluated {
        LinkPredictionResult result;
        LinkPredictionResult baseline;
    };
    auto out = std::make_shared<Evaluated>();
    const std::string_view name = splitName(split);
    jobs_.submit(
        QStringLiteral("evaluate"),
        tr("Evaluating on the %1 split…").arg(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()))),
        [out, split, model = model_, graph = graph_](JobControl& control) {
            LinkPredictionEvaluator evaluator(*model, *graph);
            out->result = evaluator.evaluate(
                split,
                [&](std::size_t done, std::size_t total) {
                    control.progress(static_cast<std::int64_t>(done), static_cast<std::int64_t>(total));
                },
                control.stop);
            if (!control.stopRequested())
                out->baseline = PopularityBaseline(*graph).evaluate(split);
        },
        [this, out](const JobOutcome& outcome) {
            if (outcome.cancelled)
                return;
            if (outcome.succeeded())
                Q_EMIT evaluated(out->result, out->baseline);
            else
                Q_EMIT evaluationFailed(problemText(outcome));
        });
}

void LinkPredictionSession::attend(EntityId entity)
{
    if (!ready())
        return;
    auto out = std::make_shared<EntityAttentionMaps>();
    jobs_.submit(
        QStringLiteral("attend"), tr("Reading attention…"),
        [out, entity, model = model_](JobControl&) { *out = readEntityAttention(*model, entity); },
        [this, out](const JobOutcome& outcome) {
            if (outcome.cancelled)
                return;
            if (outcome.succeeded())
                Q_EMIT attended(*out);
            else
                Q_EMIT attentionFailed(problemText(outcome));
        });
}

void LinkPredictionSession::represent()
{
    if (!ready())
        return;
    struct Represented {
        std::shared_ptr<const std::vector<float>> vectors;
        std::shared_ptr<const std::vector<float>> relations;
        std::int64_t dim = 0;
    };
    auto out = std::make_shared<Represented>();
    jobs_.submit(
        QStringLiteral("represent"), tr("Computing entity representations…"),
        [out, model = model_, graph = graph_](JobControl& control) {
            if (!model->prepareRepresentations(
                    {}, [&](std::int64_t done, std::int64_t total) { return control.keepGoing(done, total); })) {
                control.cancelled = true;
                return;
            }
            const FloatArray& reps = model->entityRepresentations();
            const auto n = static_cast<std::int64_t>(graph->entityCount());
            out->dim = reps.shape.size() == 2 ? reps.shape[1] : 0;
            out->vectors = std::make_shared<const std::vector<float>>(reps.values.begin(),
                reps.values.begin()
                    + std::min<std::int64_t>(n * out->dim, static_cast<std::int64_t>(reps.values.size())));
            out->relations = std::make_shared<const std::vector<float>>(model->relationRepresentations().values);
        },
        [this, out](const JobOutcome& outcome) {
            if (!outcome.succeeded())
                return;
            vectors_ = out->vectors;
            relationVectors_ = out->relations;
            vectorDim_ = out->dim;
            Q_EMIT represented();
        });
}

void LinkPredictionSession::measureShares()
{
    if (!ready())
        return;
    auto out = std::make_shared<ModalityShareTable>();
    jobs_.submit(
        QStringLiteral("shares"), tr("Measuring modality shares over all entities…"),
        [out, model = model_](JobControl& control) {
            *out = readModalityShares(
                *model, [&](std::int64_t done, std::int64_t total) { return control.keepGoing(done, total); });
            control.cancelled = out->empty();
        },
        [this, out](const JobOutcome& outcome) {
            if (outcome.cancelled)
                return;
            if (outcome.succeeded())
                Q_EMIT sharesMeasured(*out);
            else
                Q_EMIT jobFailed(problemText(outcome));
        });
}

void LinkPredictionSession::studyAblation(RelationId relation, Split split)
{
    if (!ready())
        return;
    auto out = std::make_shared<RelationAblationResult>();
    jobs_.submit(
        QStringLiteral("ablation"), tr("Ranking the relation's queries with and without image and text…"),
        [out, relation, split, model = model_, graph = graph_](JobControl& control) {
            *out = studyRelationAblation(
                *model, *graph, relation, split,
                [&](std::size_t done, std::size_t total) {
                    control.progress(static_cast<std::int64_t>(done), static_cast<std::int64_t>(total));
                },
                control.stop);
        },
        [this, out](const JobOutcome& outcome) {
            if (outcome.cancelled)
                return;
            if (outcome.succeeded())
                Q_EMIT ablationStudied(*out);
            else
                Q_EMIT jobFailed(problemText(outcome));
        });
}

void LinkPredictionSession::cancel()
{
    jobs_.cancel();
}

}  // namespace tessera
