#include "gui/LinkPredictionSession.h"

#include "evaluation/LinkPredictionEvaluator.h"
#include "evaluation/PopularityBaseline.h"
#include "evaluation/QueryRanking.h"
#include "graph/KnowledgeGraph.h"
#include "inference/EntityAttentionReader.h"
#include "inference/MygoModel.h"
#include "io/InputError.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

namespace tessera {

struct LinkPredictionSession::Job {
    enum class Kind { Open, Predict, Evaluate, Attend, Represent };
    Kind kind = Kind::Predict;
    int generation = 0;
    // Open: in folder and graph; out model and details.
    QString folder;
    std::shared_ptr<const KnowledgeGraph> graph;
    // Predict: in model and request; out ranking and time.
    std::shared_ptr<MygoModel> model;
    QString details;
    std::shared_ptr<const std::vector<float>> vectors;  // Open: the entity representations, N × dim
    std::int64_t dim = 0;
    LinkPredictionRequest request;
    CandidateRanking ranking;
    double milliseconds = 0;
    // Evaluate: in split; out result.
    Split split = Split::Test;
    LinkPredictionResult result;
    LinkPredictionResult baseline;  // the popularity baseline on the same split
    // Attend: in maps.entity; out maps.
    EntityAttentionMaps maps;
    QString problem;
    bool cancelled = false;
};

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
    // One worker: everything that touches the model runs there, one job at a time.
    pool_.setMaxThreadCount(1);
    qRegisterMetaType<tessera::LinkPredictionRequest>("tessera::LinkPredictionRequest");
    qRegisterMetaType<tessera::CandidateRanking>("tessera::CandidateRanking");
    qRegisterMetaType<tessera::LinkPredictionResult>("tessera::LinkPredictionResult");
    qRegisterMetaType<tessera::EntityAttentionMaps>("tessera::EntityAttentionMaps");
}

LinkPredictionSession::~LinkPredictionSession()
{
    stop_.request_stop();
    pool_.waitForDone();
}

void LinkPredictionSession::openModel(const QString& folder, std::shared_ptr<const KnowledgeGraph> graph)
{
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Open;
    job->folder = folder;
    job->graph = std::move(graph);
    job->generation = ++generation_;
    waiting_.reset();
    waitingEvaluation_.reset();
    waitingAttention_.reset();
    run(job, tr("Opening model %1…").arg(QDir(folder).dirName()));
}

void LinkPredictionSession::closeModel()
{
    ++generation_;
    stop_.request_stop();
    waiting_.reset();
    waitingEvaluation_.reset();
    waitingAttention_.reset();
    model_.reset();
    graph_.reset();
    folder_.clear();
    details_.clear();
    vectors_.reset();
    vectorDim_ = 0;
}

void LinkPredictionSession::predict(const LinkPredictionRequest& request)
{
    if (!model_)
        return;
    if (busy_) {
        waiting_ = request;
        return;
    }
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Predict;
    job->model = model_;
    job->graph = graph_;
    job->folder = folder_;
    job->request = request;
    job->generation = generation_;
    run(job, tr("Ranking candidates…"));
}

void LinkPredictionSession::evaluate(Split split)
{
    if (!model_)
        return;
    if (busy_) {
        waitingEvaluation_ = split;
        return;
    }
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Evaluate;
    job->model = model_;
    job->graph = graph_;
    job->folder = folder_;
    job->split = split;
    job->generation = generation_;
    const std::string_view name = splitName(split);
    run(job,
        tr("Evaluating on the %1 split…").arg(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()))));
}

void LinkPredictionSession::attend(EntityId entity)
{
    if (!model_)
        return;
    if (busy_) {
        waitingAttention_ = entity;
        return;
    }
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Attend;
    job->model = model_;
    job->graph = graph_;
    job->folder = folder_;
    job->maps.entity = entity;
    job->generation = generation_;
    run(job, tr("Reading attention…"));
}

void LinkPredictionSession::represent()
{
    if (!model_)
        return;
    if (busy_) {
        waitingRepresentation_ = true;
        return;
    }
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Represent;
    job->model = model_;
    job->graph = graph_;
    job->folder = folder_;
    job->generation = generation_;
    run(job, tr("Computing entity representations…"));
}

void LinkPredictionSession::cancel()
{
    waitingRepresentation_ = false;
    waiting_.reset();
    waitingEvaluation_.reset();
    waitingAttention_.reset();
    stop_.request_stop();
}

void LinkPredictionSession::run(std::shared_ptr<Job> job, const QString& what)
{
    stop_ = std::stop_source();
    busy_ = true;
    Q_EMIT busyChanged(true, what);
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        finish(job);
    });
    watcher->setFuture(QtConcurrent::run(&pool_, [this, job, stop = stop_.get_token()] { work(*job, stop); }));
}

// On the worker thread: touches only the job and the model it carries.
void LinkPredictionSession::work(Job& job, std::stop_token stop)
{
    try {
        if (job.kind == Job::Kind::Open) {
            auto model = std::make_shared<MygoModel>(MygoModel::load(job.folder.toStdString()));
            model->requireGraph(*job.graph, job.folder.toStdString());
            const ComputeInfo compute = model->useDevice("auto");
            job.details = describe(*model, compute);
            if (stop.stop_requested())
                job.cancelled = true;
            else
                job.model = std::move(model);
            return;
        }
        const auto report = [this](std::int64_t done, std::int64_t total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progressed(static_cast<int>(done), static_cast<int>(total)); },
                Qt::QueuedConnection);
        };
        if (job.kind == Job::Kind::Evaluate) {
            LinkPredictionEvaluator evaluator(*job.model, *job.graph);
            job.result = evaluator.evaluate(
                job.split,
                [&](std::size_t done, std::size_t total) {
                    report(static_cast<std::int64_t>(done), static_cast<std::int64_t>(total));
                },
                stop);
            if (!stop.stop_requested())
                job.baseline = PopularityBaseline(*job.graph).evaluate(job.split);
            return;
        }
        if (job.kind == Job::Kind::Attend) {
            job.maps = readEntityAttention(*job.model, job.maps.entity);
            return;
        }
        if (job.kind == Job::Kind::Represent) {
            const auto keepGoing = [&](std::int64_t done, std::int64_t total) {
                report(done, total);
                return !stop.stop_requested();
            };
            if (!job.model->prepareRepresentations({}, keepGoing)) {
                job.cancelled = true;
                return;
            }
            const FloatArray& reps = job.model->entityRepresentations();
            const auto n = static_cast<std::int64_t>(job.graph->entityCount());
            job.dim = reps.shape.size() == 2 ? reps.shape[1] : 0;
            job.vectors = std::make_shared<const std::vector<float>>(reps.values.begin(),
                reps.values.begin()
                    + std::min<std::int64_t>(n * job.dim, static_cast<std::int64_t>(reps.values.size())));
            return;
        }
        const LinkPredictionRequest& r = job.request;
        ModalityAblation ablation;
        ablation.maskVisual = r.maskVisual;
        ablation.maskText = r.maskText;
        // Representations first, with progress; the query itself then takes milliseconds.
        const auto keepGoing = [&](std::int64_t done, std::int64_t total) {
            report(done, total);
            return !stop.stop_requested();
        };
        if (!job.model->prepareRepresentations({}, keepGoing)
            || (ablation != ModalityAblation {} && !job.model->prepareRepresentations(ablation, keepGoing))) {
            job.cancelled = true;
            return;
        }
        const auto start = std::chrono::steady_clock::now();
        job.ranking = rankQuery(*job.model, *job.graph, r);
        job.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    } catch (const EvaluationCancelled&) {
        job.cancelled = true;
    } catch (const InputError& error) {
        job.problem = QString::fromStdString(error.what());
    } catch (const std::exception& error) {
        job.problem = QStringLiteral("%1: %2").arg(job.folder, QString::fromUtf8(error.what()));
    }
}

void LinkPredictionSession::finish(const std::shared_ptr<Job>& job)
{
    busy_ = false;
    Q_EMIT busyChanged(false, {});
    const bool current = job->generation == generation_;
    if (current) {
        if (job->cancelled) {
            waiting_.reset();
            waitingEvaluation_.reset();
            waitingAttention_.reset();
            Q_EMIT cancelled();
        } else if (job->kind == Job::Kind::Open) {
            if (job->model) {
                model_ = job->model;
                graph_ = job->graph;
                folder_ = job->folder;
                details_ = job->details;
                Q_EMIT modelOpened(folder_);
            } else {
                Q_EMIT modelFailed(job->problem);
            }
        } else if (job->kind == Job::Kind::Attend) {
            if (job->problem.isEmpty())
                Q_EMIT attended(job->maps);
            else
                Q_EMIT attentionFailed(job->problem);
        } else if (job->kind == Job::Kind::Evaluate) {
            if (job->problem.isEmpty())
                Q_EMIT evaluated(job->result, job->baseline);
            else
                Q_EMIT evaluationFailed(job->problem);
        } else if (job->kind == Job::Kind::Represent) {
            if (job->problem.isEmpty()) {
                vectors_ = job->vectors;
                vectorDim_ = job->dim;
                Q_EMIT represented();
            }
        } else if (!job->problem.isEmpty()) {
            Q_EMIT predictionFailed(job->problem);
        } else {
            Q_EMIT predicted(job->request, job->ranking, job->milliseconds);
        }
    }
    if (waitingEvaluation_) {
        const Split split = *waitingEvaluation_;
        waitingEvaluation_.reset();
        evaluate(split);
    } else if (waiting_) {
        const LinkPredictionRequest next = *waiting_;
        waiting_.reset();
        predict(next);
    } else if (waitingAttention_) {
        const EntityId entity = *waitingAttention_;
        waitingAttention_.reset();
        attend(entity);
    } else if (waitingRepresentation_) {
        waitingRepresentation_ = false;
        represent();
    }
}

}  // namespace tessera
