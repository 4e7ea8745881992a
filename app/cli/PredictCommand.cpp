#include "cli/PredictCommand.h"

#include "cli/CliOutput.h"
#include "cli/EntityResolver.h"
#include "cli/EvaluateCommand.h"
#include "evaluation/CandidateRanking.h"
#include "evaluation/QueryRanking.h"
#include "graph/KnowledgeGraph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tessera {

namespace {

constexpr int kDefaultK = 10;
// Enough to spot the intended key without flooding the one-line error.
constexpr std::size_t kSuggestions = 5;
// Known answers named in the text listing; --json lists all.
constexpr std::size_t kAnswersInText = 10;
// Shorter prefixes than this match too much to be a suggestion.
constexpr qsizetype kShortestSuggestionPrefix = 2;

QString quoted(const std::string& key, const std::string& label)
{
    const QString k = QString::fromStdString(key);
    return label.empty() || label == key ? k : QStringLiteral("%1 (%2)").arg(k, QString::fromStdString(label));
}

// Close matches for a mistyped entity key: name search on the key, then on shorter prefixes of
// it (a typo near the end still finds the entity).
QStringList entitySuggestions(const KnowledgeGraph& graph, const QString& key)
{
    QStringList out;
    for (qsizetype length = key.size(); length >= std::min(key.size(), kShortestSuggestionPrefix) && out.isEmpty();
         --length) {
        for (const NameIndex::Hit& hit : graph.names().search(key.left(length).toStdString(), kSuggestions).hits) {
            const Entity& e = graph.entity(hit.entity);
            out << quoted(e.key, e.label);
        }
    }
    return out;
}

QStringList relationSuggestions(const KnowledgeGraph& graph, const QString& key)
{
    QStringList out;
    for (qsizetype length = key.size(); length >= std::min(key.size(), kShortestSuggestionPrefix) && out.isEmpty();
         --length) {
        const QString part = key.left(length);
        for (const Relation& r : graph.relations()) {
            if (QString::fromStdString(r.key).contains(part, Qt::CaseInsensitive)
                || QString::fromStdString(r.label).contains(part, Qt::CaseInsensitive)) {
                out << quoted(r.key, r.label);
                if (static_cast<std::size_t>(out.size()) == kSuggestions)
                    break;
            }
        }
    }
    return out;
}

QString unknownKey(const QString& what, const QString& key, const QString& graphPath, const QStringList& suggestions)
{
    QString line = PredictCommand::tr("predict: unknown %1 key '%2' in %3").arg(what, key, graphPath);
    if (!suggestions.isEmpty())
        line += PredictCommand::tr(" (did you mean: %1?)").arg(suggestions.join(QStringLiteral(", ")));
    return line;
}

QStringList splitNames(const SplitFlags& in)
{
    QStringList names;
    for (const Split split : kAllSplits) {
        if (in[static_cast<std::size_t>(split)])
            names << QString::fromLatin1(splitName(split).data(), static_cast<qsizetype>(splitName(split).size()));
    }
    return names;
}

}  // namespace

int PredictCommand::run(const QStringList& arguments)
{
    const CliArguments args(arguments,
        {QStringLiteral("graph"), QStringLiteral("model"), QStringLiteral("head"), QStringLiteral("tail"),
            QStringLiteral("relation"), QStringLiteral("k"), QStringLiteral("device")},
        {QStringLiteral("json"), QStringLiteral("filtered"), QStringLiteral("mask-visual"),
            QStringLiteral("mask-text")});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("predict: ") + args.error());
    const auto graphPath = args.value(QStringLiteral("graph"));
    const auto modelPath = args.value(QStringLiteral("model"));
    const auto headKey = args.value(QStringLiteral("head"));
    const auto tailKey = args.value(QStringLiteral("tail"));
    const auto relationKey = args.value(QStringLiteral("relation"));
    if (!graphPath || !modelPath || !relationKey || headKey.has_value() == tailKey.has_value()
        || !args.positional().isEmpty())
        return failBadInput(
            tr("predict: expected tessera predict --graph G --model M --relation KEY and one of --head KEY "
               "(predict tails) or --tail KEY (predict heads)"));
    int k = kDefaultK;
    if (const auto text = args.value(QStringLiteral("k"))) {
        bool ok = false;
        k = text->toInt(&ok);
        if (!ok || k < 1)
            return failBadInput(tr("predict: --k must be a positive whole number, not '%1'").arg(*text));
    }
    const bool predictTail = headKey.has_value();
    const bool filtered = args.flag(QStringLiteral("filtered"));
    ModalityAblation ablation;
    ablation.maskVisual = args.flag(QStringLiteral("mask-visual"));
    ablation.maskText = args.flag(QStringLiteral("mask-text"));

    ModelOnGraph opened = openModelOnGraph(
        *graphPath, *modelPath, args.value(QStringLiteral("device")).value_or(QStringLiteral("auto")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    const KnowledgeGraph& graph = *opened.graph;
    const QString& entityKey = predictTail ? *headKey : *tailKey;
    // A key, or a label or alias that names one entity ("France" as well as "country/FRA").
    std::optional<EntityId> entity = graph.findEntity(entityKey.toStdString());
    if (!entity) {
        const EntityResolution resolved = EntityResolver::resolve(graph, entityKey);
        entity = resolved.entity;
        if (resolved.ambiguous)
            return failBadInput(QStringLiteral("predict: ") + resolved.error);
    }
    if (!entity)
        return failBadInput(unknownKey(tr("entity"), entityKey, *graphPath, entitySuggestions(graph, entityKey)));
    const auto relation = graph.findRelation(relationKey->toStdString());
    if (!relation)
        return failBadInput(
            unknownKey(tr("relation"), *relationKey, *graphPath, relationSuggestions(graph, *relationKey)));

    LinkPredictionRequest request;
    request.entity = *entity;
    request.relation = *relation;
    request.predictTail = predictTail;
    request.k = static_cast<std::size_t>(k);
    request.filtered = filtered;
    request.maskVisual = ablation.maskVisual;
    request.maskText = ablation.maskText;
    const CandidateRanking ranking = rankQuery(*opened.model, graph, request);
    const std::size_t n = graph.entityCount();

    const Entity& queryEntity = graph.entity(*entity);
    const Relation& queryRelation = graph.relation(*relation);
    if (args.flag(QStringLiteral("json"))) {
        QJsonObject q;
        q[QStringLiteral("predict")] = predictTail ? QStringLiteral("tail") : QStringLiteral("head");
        q[QStringLiteral("head")] = predictTail ? QJsonValue(QString::fromStdString(queryEntity.key)) : QJsonValue();
        q[QStringLiteral("relation")] = QString::fromStdString(queryRelation.key);
        q[QStringLiteral("tail")] = predictTail ? QJsonValue() : QJsonValue(QString::fromStdString(queryEntity.key));
        QJsonObject root;
        root[QStringLiteral("query")] = q;
        root[QStringLiteral("filtered")] = filtered;
        root[QStringLiteral("mask_visual")] = ablation.maskVisual;
        root[QStringLiteral("mask_text")] = ablation.maskText;
        root[QStringLiteral("known_answers")] = static_cast<qint64>(ranking.knownAnswers);
        root[QStringLiteral("candidates_total")] = static_cast<qint64>(ranking.candidates);
        const auto listing = [&](const std::vector<RankedCandidate>& list) {
            QJsonArray rows;
            for (const RankedCandidate& candidate : list) {
                const Entity& e = graph.entity(candidate.entity);
                QJsonObject c;
                c[QStringLiteral("rank")] = static_cast<qint64>(candidate.rank);
                c[QStringLiteral("key")] = QString::fromStdString(e.key);
                c[QStringLiteral("label")] = QString::fromStdString(e.label);
                c[QStringLiteral("score")] = static_cast<double>(candidate.score);
                c[QStringLiteral("known")] = QJsonArray::fromStringList(splitNames(candidate.knownIn));
                rows.append(c);
            }
            return rows;
        };
        root[QStringLiteral("candidates")] = listing(ranking.top);
        // Every known answer at its rank (the filtered rank with --filtered), best first.
        root[QStringLiteral("known_answer_ranks")] = listing(ranking.answers);
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return kExitOk;
    }

    const QString entityText = quoted(queryEntity.key, queryEntity.label);
    const QString relationText = quoted(queryRelation.key, queryRelation.label);
    QString text = predictTail ? tr("tails of (%1, %2, ?)").arg(entityText, relationText)
                               : tr("heads of (?, %1, %2)").arg(relationText, entityText);
    text += tr(": %1 candidates, %2 known answer(s)%3")
                .arg(n)
                .arg(ranking.knownAnswers)
                .arg(filtered ? tr(", known answers left out") : QString());
    if (ablation.maskVisual || ablation.maskText) {
        const QString phrase = ablation.maskVisual && ablation.maskText ? tr(", as if %1 had no image and no text")
            : ablation.maskVisual                                       ? tr(", as if %1 had no image")
                                                                        : tr(", as if %1 had no text");
        text += phrase.arg(QString::fromStdString(queryEntity.key));
    }
    text += QLatin1Char('\n');
    text += QStringLiteral("%1  %2  %3  %4\n")
                .arg(tr("rank"), 5)
                .arg(tr("score"), 10)
                .arg(tr("known"), -12)
                .arg(tr("entity"));
    for (const RankedCandidate& candidate : ranking.top) {
        const Entity& e = graph.entity(candidate.entity);
        const QString knownText
            = candidate.isKnownAnswer() ? splitNames(candidate.knownIn).join(QLatin1Char(',')) : QStringLiteral("-");
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(candidate.rank, 5)
                    .arg(QString::number(candidate.score, 'f', 4), 10)
                    .arg(knownText, -12)
                    .arg(quoted(e.key, e.label));
    }
    if (!ranking.answers.empty()) {
        // Where the known answers landed, listed or not (the filtered rank with --filtered).
        QStringList places;
        for (std::size_t i = 0; i < std::min(ranking.answers.size(), kAnswersInText); ++i) {
            const RankedCandidate& a = ranking.answers[i];
            places << tr("%1 #%2 (%3)")
                          .arg(quoted(graph.entity(a.entity).key, graph.entity(a.entity).label))
                          .arg(a.rank)
                          .arg(splitNames(a.knownIn).join(QLatin1Char(',')));
        }
        if (ranking.answers.size() > kAnswersInText)
            places << tr("%1 more (--json lists all)").arg(ranking.answers.size() - kAnswersInText);
        text += (filtered ? tr("known answers, filtered rank: %1\n") : tr("known answers, rank: %1\n"))
                    .arg(places.join(QStringLiteral(", ")));
    }
    printOut(text);
    return kExitOk;
}

}  // namespace tessera
