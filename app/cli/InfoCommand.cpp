#include "cli/InfoCommand.h"

#include "cli/CliOutput.h"
#include "cli/DatasetOpening.h"
#include "graph/GraphSummary.h"
#include "media/ImageLoader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tessera {

namespace {

// Decodes every image; images that fail are returned as warnings.
QStringList verifyImages(const KnowledgeGraph& graph)
{
    QStringList problems;
    for (const Entity& entity : graph.entities()) {
        for (const std::string& path : entity.imagePaths) {
            const auto decoded = loadImage(path, 64);
            if (const auto* problem = std::get_if<std::string>(&decoded))
                problems << QString::fromStdString(*problem);
        }
    }
    return problems;
}

QJsonObject graphJson(const KnowledgeGraph& graph, const GraphSummary& s, const QStringList& undecodable)
{
    QJsonObject object;
    object[QStringLiteral("name")] = QString::fromStdString(graph.metadata().name);
    object[QStringLiteral("format")] = QString::fromStdString(graph.metadata().format);
    object[QStringLiteral("path")] = QString::fromStdString(graph.metadata().sourcePath);
    object[QStringLiteral("entities")] = static_cast<qint64>(s.entities);
    object[QStringLiteral("relations")] = static_cast<qint64>(s.relations);
    object[QStringLiteral("train")] = static_cast<qint64>(s.triplesPerSplit[0]);
    object[QStringLiteral("valid")] = static_cast<qint64>(s.triplesPerSplit[1]);
    object[QStringLiteral("test")] = static_cast<qint64>(s.triplesPerSplit[2]);
    object[QStringLiteral("triples")] = static_cast<qint64>(s.triples());
    object[QStringLiteral("images")] = static_cast<qint64>(s.images);
    object[QStringLiteral("entities_with_image")] = static_cast<qint64>(s.entitiesWithImage);
    object[QStringLiteral("entities_without_image")] = static_cast<qint64>(s.entitiesWithoutImage);
    object[QStringLiteral("entities_without_text")] = static_cast<qint64>(s.entitiesWithoutText);
    object[QStringLiteral("self_loops")] = static_cast<qint64>(s.selfLoops);
    object[QStringLiteral("duplicate_triples")] = static_cast<qint64>(s.duplicateTriples);
    object[QStringLiteral("isolated_entities")] = static_cast<qint64>(s.isolatedEntities);
    QJsonArray warnings;
    for (const std::string& w : graph.warnings())
        warnings.append(QString::fromStdString(w));
    for (const QString& w : undecodable)
        warnings.append(w);
    object[QStringLiteral("warnings")] = warnings;
    return object;
}

QString number(std::size_t n)
{
    return QLocale::system().toString(static_cast<qulonglong>(n));
}

QString graphText(const KnowledgeGraph& graph, const GraphSummary& s, const QStringList& undecodable)
{
    QString text;
    text += QStringLiteral("%1\n").arg(QString::fromStdString(graph.metadata().name));
    text += InfoCommand::tr("  entities    %1\n").arg(number(s.entities));
    text += InfoCommand::tr("  relations   %1\n").arg(number(s.relations));
    text += InfoCommand::tr("  triples     %1 (train %2, valid %3, test %4)\n")
                .arg(number(s.triples()), number(s.triplesPerSplit[0]), number(s.triplesPerSplit[1]),
                    number(s.triplesPerSplit[2]));
    text += InfoCommand::tr("  images      %1 on %2 entities; %3 entities without image, %4 without text\n")
                .arg(number(s.images), number(s.entitiesWithImage), number(s.entitiesWithoutImage),
                    number(s.entitiesWithoutText));
    text += InfoCommand::tr("  quirks      %1 self-loops, %2 duplicate triples, %3 isolated entities\n")
                .arg(number(s.selfLoops), number(s.duplicateTriples), number(s.isolatedEntities));
    const std::size_t warningCount = graph.warnings().size() + static_cast<std::size_t>(undecodable.size());
    if (warningCount > 0) {
        text += InfoCommand::tr("  warnings    %1\n").arg(number(warningCount));
        constexpr int kShownWarnings = 10;  // enough to see the pattern; --json lists them all
        int shown = 0;
        for (const std::string& w : graph.warnings()) {
            if (shown++ == kShownWarnings)
                break;
            text += QStringLiteral("    %1\n").arg(QString::fromStdString(w));
        }
        for (const QString& w : undecodable) {
            if (shown++ >= kShownWarnings)
                break;
            text += QStringLiteral("    %1\n").arg(w);
        }
        if (static_cast<int>(warningCount) > kShownWarnings)
            text += InfoCommand::tr("    … and %1 more (see --json)\n")
                        .arg(static_cast<qulonglong>(warningCount) - kShownWarnings);
    }
    return text;
}

}  // namespace

int InfoCommand::run(const QStringList& arguments)
{
    const CliArguments args(arguments, {QStringLiteral("format"), QStringLiteral("names")},
        {QStringLiteral("json"), QStringLiteral("verify-images")});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("info: ") + args.error());
    if (args.positional().size() != 1)
        return failBadInput(InfoCommand::tr("info: expected one graph path (tessera info GRAPH [--json])"));
    const OpenedDataset opened = openDataset(args.positional().front(), args.value(QStringLiteral("format")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    const Dataset& dataset = opened.dataset;
    const bool verify = args.flag(QStringLiteral("verify-images"));

    std::vector<GraphSummary> summaries;
    std::vector<QStringList> undecodable;
    GraphSummary total;
    for (const auto& graph : dataset.graphs) {
        summaries.push_back(summarize(*graph));
        undecodable.push_back(verify ? verifyImages(*graph) : QStringList());
        const GraphSummary& s = summaries.back();
        total.entities += s.entities;
        total.relations += s.relations;
        for (std::size_t i = 0; i < 3; ++i)
            total.triplesPerSplit[i] += s.triplesPerSplit[i];
        total.images += s.images;
        total.entitiesWithImage += s.entitiesWithImage;
        total.entitiesWithoutImage += s.entitiesWithoutImage;
        total.entitiesWithoutText += s.entitiesWithoutText;
    }
    std::size_t trainPairs = 0;
    for (const AlignedPair& pair : dataset.alignment)
        trainPairs += pair.train ? 1 : 0;

    if (args.flag(QStringLiteral("json"))) {
        QJsonObject root;
        root[QStringLiteral("format")] = QString::fromStdString(dataset.format);
        root[QStringLiteral("path")] = QString::fromStdString(dataset.sourcePath);
        root[QStringLiteral("entities")] = static_cast<qint64>(total.entities);
        root[QStringLiteral("relations")] = static_cast<qint64>(total.relations);
        root[QStringLiteral("train")] = static_cast<qint64>(total.triplesPerSplit[0]);
        root[QStringLiteral("valid")] = static_cast<qint64>(total.triplesPerSplit[1]);
        root[QStringLiteral("test")] = static_cast<qint64>(total.triplesPerSplit[2]);
        root[QStringLiteral("triples")] = static_cast<qint64>(total.triples());
        root[QStringLiteral("images")] = static_cast<qint64>(total.images);
        root[QStringLiteral("entities_without_image")] = static_cast<qint64>(total.entitiesWithoutImage);
        root[QStringLiteral("entities_without_text")] = static_cast<qint64>(total.entitiesWithoutText);
        QJsonArray graphs;
        for (std::size_t g = 0; g < dataset.graphs.size(); ++g)
            graphs.append(graphJson(*dataset.graphs[g], summaries[g], undecodable[g]));
        root[QStringLiteral("graphs")] = graphs;
        if (dataset.isAlignment()) {
            QJsonObject pairs;
            pairs[QStringLiteral("total")] = static_cast<qint64>(dataset.alignment.size());
            pairs[QStringLiteral("train")] = static_cast<qint64>(trainPairs);
            pairs[QStringLiteral("test")] = static_cast<qint64>(dataset.alignment.size() - trainPairs);
            root[QStringLiteral("aligned_pairs")] = pairs;
        }
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return kExitOk;
    }

    QString text = InfoCommand::tr("%1 — format: %2\n")
                       .arg(QString::fromStdString(dataset.sourcePath), QString::fromStdString(dataset.format));
    for (std::size_t g = 0; g < dataset.graphs.size(); ++g)
        text += graphText(*dataset.graphs[g], summaries[g], undecodable[g]);
    if (dataset.isAlignment()) {
        text += InfoCommand::tr("aligned pairs %1 (train %2, test %3)\n")
                    .arg(number(dataset.alignment.size()), number(trainPairs),
                        number(dataset.alignment.size() - trainPairs));
    }
    printOut(text);
    return kExitOk;
}

}  // namespace tessera
