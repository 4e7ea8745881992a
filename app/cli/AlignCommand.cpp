#include "cli/AlignCommand.h"

#include "alignment/AlignmentPairIndex.h"
#include "alignment/CandidatePopulation.h"
#include "cli/CliOutput.h"
#include "cli/EntityResolver.h"
#include "cli/WorkspaceOpening.h"
#include "evaluation/AlignmentQuery.h"
#include "graph/KnowledgeGraph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <map>
#include <stdexcept>

namespace tessera {

namespace {

QString modalityKey(AlignmentModality modality)
{
    const std::string_view key = alignmentModalityKey(modality);
    return QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size()));
}

QString number(float value, int decimals)
{
    return std::isnan(value) ? QStringLiteral("–") : QString::number(value, 'f', decimals);
}

}  // namespace

int AlignCommand::run(const QStringList& arguments)
{
    const CliArguments args(arguments,
        {QStringLiteral("workspace"), QStringLiteral("model"), QStringLiteral("entity"), QStringLiteral("side"),
            QStringLiteral("k"), QStringLiteral("candidates"), QStringLiteral("csls-k"), QStringLiteral("device")},
        {QStringLiteral("json")});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("align: ") + args.error());
    const auto workspacePath = args.value(QStringLiteral("workspace"));
    const auto modelPath = args.value(QStringLiteral("model"));
    const auto entityText = args.value(QStringLiteral("entity"));
    if (!workspacePath || !modelPath || !entityText || !args.positional().isEmpty())
        return failBadInput(tr("align: expected tessera align --workspace W --model M --entity KEY [--side a|b] "
                               "[--k 10] [--candidates all|test] [--json]"));
    const QString side = args.value(QStringLiteral("side")).value_or(QString());
    if (!side.isEmpty() && side != QLatin1String("a") && side != QLatin1String("b"))
        return failBadInput(tr("align: unknown --side '%1', expected a or b").arg(side));
    bool ok = true;
    const std::int64_t top = args.value(QStringLiteral("k")).value_or(QStringLiteral("10")).toLongLong(&ok);
    if (!ok || top <= 0)
        return failBadInput(tr("align: --k must be a positive integer"));
    std::int64_t cslsK = 0;
    if (const auto k = args.value(QStringLiteral("csls-k"))) {
        cslsK = k->toLongLong(&ok);
        if (!ok || cslsK <= 0)
            return failBadInput(tr("align: --csls-k must be a positive integer, not '%1'").arg(*k));
    }
    const QString candidates = args.value(QStringLiteral("candidates")).value_or(QStringLiteral("all"));
    if (candidates != QLatin1String("test") && candidates != QLatin1String("all"))
        return failBadInput(tr("align: unknown --candidates '%1', expected all or test").arg(candidates));

    ModelOnWorkspace opened = WorkspaceOpening::open(
        *workspacePath, *modelPath, args.value(QStringLiteral("device")).value_or(QStringLiteral("auto")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    for (const QString& warning : opened.warnings)
        printErr(tr("warning: %1\n").arg(warning));
    const KnowledgeGraph& a = *opened.workspace.graphs[0];
    const KnowledgeGraph& b = *opened.workspace.graphs[1];

    // The entity: in graph A unless --side b, or when only graph B knows it.
    bool fromA = side != QLatin1String("b");
    EntityResolution found = EntityResolver::resolve(fromA ? a : b, *entityText);
    if (!found.entity && side.isEmpty()) {
        const EntityResolution other = EntityResolver::resolve(b, *entityText);
        if (other.entity) {
            fromA = false;
            found = other;
        }
    }
    if (!found.entity)
        return failBadInput(found.error);
    const KnowledgeGraph& own = fromA ? a : b;
    const KnowledgeGraph& other = fromA ? b : a;

    // Pairs: which entities are seeds or test pairs, and the query's known counterpart.
    const AlignmentPairIndex pairs(opened.workspace.alignment, a.entityCount(), b.entityCount());
    const std::optional<EntityId> counterpart = pairs.counterpart(fromA, *found.entity);
    const bool counterpartIsSeed = pairs.role(fromA, *found.entity) == AlignmentPairIndex::Role::Seed;
    CandidatePopulation population = candidates == QLatin1String("all")
        ? CandidatePopulation::everyEntity(a.entityCount(), b.entityCount())
        : CandidatePopulation::testPairs(opened.workspace.alignment);
    if (candidates != QLatin1String("all") && !population.contains(fromA, *found.entity))
        return failBadInput(tr("align: '%1' is not in a test pair; --candidates test ranks test pairs only "
                               "(use --candidates all)")
                                .arg(*entityText));

    AlignmentQueryResult result;
    try {
        AlignmentQuery query(*opened.model, std::move(population.a), std::move(population.b), cslsK);
        result = query.rank(fromA, *found.entity, top, counterpart);
    } catch (const std::exception& error) {
        return failBadInput(tr("%1: cannot align: %2").arg(*modelPath, QString::fromUtf8(error.what())));
    }
    const std::vector<AlignmentModality>& modalities = opened.model->config().modalities;
    const std::int64_t k = cslsK > 0 ? cslsK : opened.model->config().cslsK;
    const auto pairKind
        = [&](EntityId e) -> QString { return QString::fromLatin1(AlignmentPairIndex::key(pairs.role(!fromA, e))); };

    if (args.flag(QStringLiteral("json"))) {
        QJsonObject root;
        root[QStringLiteral("entity")] = QString::fromStdString(own.entity(*found.entity).key);
        root[QStringLiteral("label")] = QString::fromStdString(own.entity(*found.entity).label);
        root[QStringLiteral("graph")] = fromA ? QStringLiteral("A") : QStringLiteral("B");
        root[QStringLiteral("csls_k")] = static_cast<qint64>(k);
        root[QStringLiteral("candidates_ranked")] = static_cast<qint64>(result.candidateCount);
        QJsonObject weights;
        for (std::size_t m = 0; m < modalities.size(); ++m)
            weights[modalityKey(modalities[m])] = result.metaWeights[m];
        root[QStringLiteral("meta_weights")] = weights;
        QJsonArray list;
        for (std::size_t i = 0; i < result.candidates.size(); ++i) {
            const AlignmentCandidate& c = result.candidates[i];
            QJsonObject item;
            item[QStringLiteral("rank")] = static_cast<qint64>(i + 1);
            item[QStringLiteral("key")] = QString::fromStdString(other.entity(c.entity).key);
            item[QStringLiteral("label")] = QString::fromStdString(other.entity(c.entity).label);
            item[QStringLiteral("csls")] = c.csls;
            item[QStringLiteral("similarity")] = c.similarity;
            QJsonObject perModality;
            for (std::size_t m = 0; m < modalities.size(); ++m)
                perModality[modalityKey(modalities[m])]
                    = std::isnan(c.modalitySimilarity[m]) ? QJsonValue() : QJsonValue(c.modalitySimilarity[m]);
            item[QStringLiteral("modalities")] = perModality;
            const QString kind = pairKind(c.entity);
            item[QStringLiteral("pair")] = kind.isEmpty() ? QJsonValue() : QJsonValue(kind);
            item[QStringLiteral("true_counterpart")] = counterpart && *counterpart == c.entity;
            list.append(item);
        }
        root[QStringLiteral("candidates")] = list;
        if (result.counterpart) {
            QJsonObject truth;
            truth[QStringLiteral("key")] = QString::fromStdString(other.entity(*result.counterpart).key);
            truth[QStringLiteral("rank")] = static_cast<qint64>(result.counterpartRank + 1);
            truth[QStringLiteral("plain_rank")] = static_cast<qint64>(result.counterpartPlainRank + 1);
            truth[QStringLiteral("pair")] = counterpartIsSeed ? QStringLiteral("seed") : QStringLiteral("test");
            root[QStringLiteral("counterpart")] = truth;
        } else {
            root[QStringLiteral("counterpart")] = QJsonValue();
        }
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return kExitOk;
    }

    const Entity& query = own.entity(*found.entity);
    QString text = tr("Counterparts in %1 of %2 (%3), CSLS k=%4 over %5 candidates\n")
                       .arg(QString::fromStdString(other.metadata().name), QString::fromStdString(query.label),
                           QString::fromStdString(query.key))
                       .arg(k)
                       .arg(result.candidateCount);
    QStringList weights;
    for (std::size_t m = 0; m < modalities.size(); ++m)
        weights << QStringLiteral("%1 %2").arg(modalityKey(modalities[m]), number(result.metaWeights[m], 3));
    text += tr("meta-weights: %1\n").arg(weights.join(QStringLiteral(", ")));
    QString header = QStringLiteral("  %1 %2 %3").arg(tr("rank"), 4).arg(QStringLiteral("CSLS"), 7).arg(tr("sim"), 7);
    for (const AlignmentModality modality : modalities)
        header += QStringLiteral(" %1").arg(modalityKey(modality), 6);
    text += header + QStringLiteral("  %1\n").arg(tr("candidate"));
    for (std::size_t i = 0; i < result.candidates.size(); ++i) {
        const AlignmentCandidate& c = result.candidates[i];
        QString line
            = QStringLiteral("  %1 %2 %3").arg(i + 1, 4).arg(number(c.csls, 4), 7).arg(number(c.similarity, 4), 7);
        for (const float v : c.modalitySimilarity)
            line += QStringLiteral(" %1").arg(number(v, 3), 6);
        const Entity& e = other.entity(c.entity);
        QString marks;
        if (counterpart && *counterpart == c.entity)
            marks += tr(" ← true counterpart");
        else if (const QString kind = pairKind(c.entity); !kind.isEmpty())
            marks += kind == QLatin1String("seed") ? tr(" (in a seed pair)") : tr(" (in a test pair)");
        text += line
            + QStringLiteral("  %1 (%2)%3\n")
                  .arg(QString::fromStdString(e.label), QString::fromStdString(e.key), marks);
    }
    if (result.counterpart) {
        text += tr("true counterpart (%1 pair): %2 at rank %3 (plain similarity: rank %4)\n")
                    .arg(counterpartIsSeed ? tr("seed") : tr("test"),
                        QString::fromStdString(other.entity(*result.counterpart).key))
                    .arg(result.counterpartRank + 1)
                    .arg(result.counterpartPlainRank + 1);
    } else {
        text += tr("the workspace pairs this entity with nothing\n");
    }
    printOut(text);
    return kExitOk;
}

}  // namespace tessera
