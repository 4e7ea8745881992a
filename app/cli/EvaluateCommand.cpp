#include "cli/EvaluateCommand.h"

#include "cli/AlignmentEvaluateCommand.h"
#include "cli/CliOutput.h"
#include "cli/DatasetOpening.h"
#include "evaluation/LinkPredictionEvaluator.h"
#include "evaluation/PopularityBaseline.h"
#include "graph/KnowledgeGraph.h"
#include "io/InputError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <chrono>
#include <cstdio>
#include <stdexcept>

#include <unistd.h>

namespace tessera {

namespace {

// LibTorch errors carry a backtrace after the first line; the command line shows one line.
QString firstLine(const char* text)
{
    return QString::fromUtf8(text).section(QLatin1Char('\n'), 0, 0).trimmed();
}

QJsonObject metricsJson(const RankMetrics& m)
{
    QJsonObject object;
    object[QStringLiteral("mr")] = m.mr;
    object[QStringLiteral("mrr")] = m.mrr;
    object[QStringLiteral("hits@1")] = m.hits1;
    object[QStringLiteral("hits@3")] = m.hits3;
    object[QStringLiteral("hits@10")] = m.hits10;
    object[QStringLiteral("count")] = static_cast<qint64>(m.count);
    return object;
}

QString metricsRow(const QString& name, const RankMetrics& m)
{
    return QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
        .arg(name, -10)
        .arg(QString::number(m.mr, 'f', 3), 10)
        .arg(QString::number(m.mrr, 'f', 4), 8)
        .arg(QString::number(m.hits1, 'f', 4), 8)
        .arg(QString::number(m.hits3, 'f', 4), 8)
        .arg(QString::number(m.hits10, 'f', 4), 8);
}

// A progress line on a terminal only: scripts reading stderr get the one-line errors and nothing else.
LinkPredictionEvaluator::Progress terminalProgress()
{
    if (isatty(STDERR_FILENO) == 0)
        return {};
    return [](std::size_t done, std::size_t total) {
        const QByteArray line
            = (QStringLiteral("\r") + EvaluateCommand::tr("evaluating: %1 / %2 queries")).arg(done).arg(total).toUtf8()
            + (done == total ? "\n" : "");
        std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
        std::fflush(stderr);
    };
}

}  // namespace

ModelOnGraph openModelOnGraph(const QString& graphPath, const QString& modelPath, const QString& device)
{
    ModelOnGraph opened;
    OpenedDataset dataset = openDataset(graphPath, std::nullopt);
    if (!dataset.error.isEmpty()) {
        opened.error = dataset.error;
        return opened;
    }
    if (dataset.dataset.graphs.size() != 1) {
        opened.error
            = EvaluateCommand::tr("%1: an alignment data set holds two graphs; link prediction needs one graph")
                  .arg(graphPath);
        return opened;
    }
    opened.graph = dataset.dataset.graphs.front();
    try {
        opened.model.emplace(MygoModel::load(modelPath.toStdString()));
        opened.model->requireGraph(*opened.graph, modelPath.toStdString());
    } catch (const InputError& error) {
        opened.error = QString::fromStdString(error.what());
        opened.model.reset();
        return opened;
    } catch (const std::exception& error) {
        opened.error = EvaluateCommand::tr("%1: cannot load the model: %2").arg(modelPath, firstLine(error.what()));
        opened.model.reset();
        return opened;
    }
    try {
        opened.compute = opened.model->useDevice(device.toStdString());
    } catch (const std::invalid_argument& error) {
        opened.error = QString::fromUtf8(error.what());
        opened.model.reset();
    }
    return opened;
}

int EvaluateCommand::run(const QStringList& arguments)
{
    // An alignment model reads a workspace of two graphs; its evaluation has its own command.
    if (arguments.contains(QStringLiteral("--workspace")))
        return AlignmentEvaluateCommand::run(arguments);
    const CliArguments args(arguments,
        {QStringLiteral("graph"), QStringLiteral("model"), QStringLiteral("split"), QStringLiteral("device")},
        {QStringLiteral("json")});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("evaluate: ") + args.error());
    const auto graphPath = args.value(QStringLiteral("graph"));
    const auto modelPath = args.value(QStringLiteral("model"));
    if (!graphPath || !modelPath || !args.positional().isEmpty())
        return failBadInput(tr(
            "evaluate: expected tessera evaluate --graph G --model M [--split test|valid] [--json], or --workspace W "
            "--model M for an alignment model"));
    const QString splitName = args.value(QStringLiteral("split")).value_or(QStringLiteral("test"));
    if (splitName != QLatin1String("test") && splitName != QLatin1String("valid"))
        return failBadInput(tr("evaluate: unknown split '%1', expected test or valid").arg(splitName));
    const Split split = splitName == QLatin1String("test") ? Split::Test : Split::Valid;

    ModelOnGraph opened = openModelOnGraph(
        *graphPath, *modelPath, args.value(QStringLiteral("device")).value_or(QStringLiteral("auto")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    const KnowledgeGraph& graph = *opened.graph;
    if (graph.triples(split).empty())
        return failBadInput(tr("%1: the %2 split has no triples to evaluate").arg(*graphPath, splitName));

    // Representations first, timed on their own: they are computed once per model and cached,
    // so the scoring time is what every further evaluation or query costs.
    const auto start = std::chrono::steady_clock::now();
    (void)opened.model->entityRepresentations();
    const double representationSeconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    LinkPredictionEvaluator evaluator(*opened.model, graph);
    const LinkPredictionResult result = evaluator.evaluate(split, terminalProgress());
    // Every model is shown beside the floor it must clear: beating random is no evidence of
    // learning, beating "the most frequent answers of the relation" is.
    const LinkPredictionResult baseline = PopularityBaseline(graph).evaluate(split);
    const double lift = baseline.both.mrr > 0 ? result.both.mrr / baseline.both.mrr : 0.0;

    if (args.flag(QStringLiteral("json"))) {
        QJsonObject root = metricsJson(result.both);
        root[QStringLiteral("split")] = splitName;
        root[QStringLiteral("triples")] = static_cast<qint64>(result.ranks.size());
        root[QStringLiteral("graph")] = QString::fromStdString(graph.metadata().sourcePath);
        root[QStringLiteral("model")] = *modelPath;
        root[QStringLiteral("device")] = QString::fromStdString(opened.compute.device);
        root[QStringLiteral("seconds")] = result.seconds;
        root[QStringLiteral("representation_seconds")] = representationSeconds;
        root[QStringLiteral("head")] = metricsJson(result.head);
        root[QStringLiteral("tail")] = metricsJson(result.tail);
        QJsonObject realistic = metricsJson(result.realisticBoth);
        realistic[QStringLiteral("head")] = metricsJson(result.realisticHead);
        realistic[QStringLiteral("tail")] = metricsJson(result.realisticTail);
        root[QStringLiteral("realistic")] = realistic;
        QJsonObject perRelation;
        for (std::size_t r = 0; r < result.perRelation.size(); ++r) {
            if (result.perRelation[r].count > 0)
                perRelation[QString::fromStdString(graph.relation(static_cast<RelationId>(r)).key)]
                    = metricsJson(result.perRelation[r]);
        }
        root[QStringLiteral("per_relation")] = perRelation;
        QJsonObject popularity = metricsJson(baseline.both);
        popularity[QStringLiteral("head")] = metricsJson(baseline.head);
        popularity[QStringLiteral("tail")] = metricsJson(baseline.tail);
        root[QStringLiteral("popularity_baseline")] = popularity;
        root[QStringLiteral("mrr_over_baseline")] = lift;
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return kExitOk;
    }

    const QLocale locale = QLocale::system();
    QString text = tr("MyGO link prediction on %1, %2 split: %3 triples, %4 filtered ranks\n")
                       .arg(QString::fromStdString(graph.metadata().sourcePath), splitName,
                           locale.toString(static_cast<qulonglong>(result.ranks.size())),
                           locale.toString(static_cast<qulonglong>(result.both.count)));
    const QString header = QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                               .arg(QString(), -10)
                               .arg(QStringLiteral("MR"), 10)
                               .arg(QStringLiteral("MRR"), 8)
                               .arg(QStringLiteral("Hits@1"), 8)
                               .arg(QStringLiteral("Hits@3"), 8)
                               .arg(QStringLiteral("Hits@10"), 8);
    text += tr("reference rank (ties split in half, as zjukg/MyGO counts them):\n");
    text += header;
    text += metricsRow(tr("both"), result.both) + metricsRow(tr("head"), result.head)
        + metricsRow(tr("tail"), result.tail);
    text += tr("realistic rank (mean of optimistic and pessimistic rank, as PyKEEN reports it):\n");
    text += header;
    text += metricsRow(tr("both"), result.realisticBoth) + metricsRow(tr("head"), result.realisticHead)
        + metricsRow(tr("tail"), result.realisticTail);
    text += tr("popularity baseline (each relation's answers ranked by how often they answer it in train):\n");
    text += header;
    text += metricsRow(tr("both"), baseline.both) + metricsRow(tr("head"), baseline.head)
        + metricsRow(tr("tail"), baseline.tail);
    text += tr("the model's MRR is %1× the baseline's\n").arg(QString::number(lift, 'f', 2));
    text += tr("time: %1 s entity representations + %2 s scoring and ranking on %3 (%4 CPU threads); "
               "per-relation breakdown with --json\n")
                .arg(QString::number(representationSeconds, 'f', 2), QString::number(result.seconds, 'f', 2),
                    QString::fromStdString(opened.compute.device))
                .arg(opened.compute.threads);
    printOut(text);
    return kExitOk;
}

}  // namespace tessera
