#include "cli/EmbedCommand.h"

#include "cli/CliOutput.h"
#include "cli/EvaluateCommand.h"
#include "embedding/Tsne.h"
#include "graph/KnowledgeGraph.h"
#include "io/AtomicFileWriter.h"
#include "tokenizers/CodebookProjection.h"

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string_view>

namespace tessera {

namespace {

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

// A whole number from low to high, or a one-line problem.
QString readNumber(const CliArguments& args, const char* name, double low, double high, bool whole, double& value)
{
    const auto text = args.value(QString::fromLatin1(name));
    if (!text)
        return {};
    bool ok = false;
    const double parsed = text->toDouble(&ok);
    if (!ok || parsed < low || parsed > high
        || (whole && parsed != static_cast<double>(static_cast<long long>(parsed))))
        return EmbedCommand::tr("embed: --%1 must be %2 from %3 to %4, got '%5'")
            .arg(QString::fromLatin1(name), whole ? EmbedCommand::tr("a whole number") : EmbedCommand::tr("a number"))
            .arg(low)
            .arg(high)
            .arg(*text);
    value = parsed;
    return {};
}

}  // namespace

int EmbedCommand::run(const QStringList& arguments)
{
    const CliArguments args(arguments,
        {QStringLiteral("graph"), QStringLiteral("model"), QStringLiteral("method"), QStringLiteral("what"),
            QStringLiteral("out"), QStringLiteral("perplexity"), QStringLiteral("iterations"), QStringLiteral("seed"),
            QStringLiteral("threads"), QStringLiteral("device")},
        {});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("embed: ") + args.error());
    const auto graphPath = args.value(QStringLiteral("graph"));
    const auto modelPath = args.value(QStringLiteral("model"));
    const auto out = args.value(QStringLiteral("out"));
    if (!graphPath || !modelPath || !out || !args.positional().isEmpty())
        return failBadInput(tr("embed: expected tessera embed --graph G --model M [--method pca|tsne] "
                               "[--what entities|relations] --out F.csv"));
    const QString method = args.value(QStringLiteral("method")).value_or(QStringLiteral("pca"));
    if (method != QLatin1String("pca") && method != QLatin1String("tsne"))
        return failBadInput(tr("embed: unknown --method '%1', expected pca or tsne").arg(method));
    const QString what = args.value(QStringLiteral("what")).value_or(QStringLiteral("entities"));
    if (what != QLatin1String("entities") && what != QLatin1String("relations"))
        return failBadInput(tr("embed: unknown --what '%1', expected entities or relations").arg(what));
    TsneOptions options;
    double iterations = options.iterations;
    double seed = static_cast<double>(options.seed);
    double threads = options.threads;
    for (const QString& problem : {readNumber(args, "perplexity", 1, 1000, false, options.perplexity),
             readNumber(args, "iterations", 1, 100000, true, iterations), readNumber(args, "seed", 0, 1e15, true, seed),
             readNumber(args, "threads", 1, 256, true, threads)}) {
        if (!problem.isEmpty())
            return failBadInput(problem);
    }
    const bool tsneOnly = args.value(QStringLiteral("perplexity")) || args.value(QStringLiteral("iterations"));
    if (tsneOnly && method != QLatin1String("tsne"))
        return failBadInput(tr("embed: --perplexity and --iterations apply to --method tsne only"));
    options.iterations = static_cast<int>(iterations);
    options.seed = static_cast<std::uint64_t>(seed);
    options.threads = static_cast<int>(threads);

    ModelOnGraph opened = openModelOnGraph(
        *graphPath, *modelPath, args.value(QStringLiteral("device")).value_or(QStringLiteral("auto")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    const KnowledgeGraph& graph = *opened.graph;
    const bool entities = what == QLatin1String("entities");
    // Entity representations have one more row, the missing-entity token; it is left out.
    const FloatArray reps = entities ? opened.model->entityRepresentations() : opened.model->relationRepresentations();
    const std::int64_t n
        = entities ? static_cast<std::int64_t>(graph.entityCount()) : static_cast<std::int64_t>(graph.relationCount());
    const std::int64_t d = reps.dim(1);
    const std::span<const float> rows(reps.values.data(), static_cast<std::size_t>(n * d));

    const auto started = std::chrono::steady_clock::now();
    std::vector<double> xy(static_cast<std::size_t>(2 * n));
    QString summary;
    if (method == QLatin1String("pca")) {
        const CodebookProjection pca = CodebookProjection::compute(rows, d);
        for (std::int64_t i = 0; i < n; ++i) {
            xy[static_cast<std::size_t>(2 * i)] = pca.x[static_cast<std::size_t>(i)];
            xy[static_cast<std::size_t>(2 * i + 1)] = pca.y[static_cast<std::size_t>(i)];
        }
        summary = tr("PCA: the two directions explain %1 % and %2 % of the variance")
                      .arg(100 * pca.explained[0], 0, 'f', 1)
                      .arg(100 * pca.explained[1], 0, 'f', 1);
    } else {
        if (n < 4)
            return failBadInput(
                tr("embed: t-SNE needs at least 4 points, %1 has %2 %3").arg(*graphPath).arg(n).arg(what));
        int lastShown = -1;
        try {
            const TsneResult r = barnesHutTsne(rows, n, d, options, {}, [&](const TsneProgress& p) {
                if (p.iteration / 50 != lastShown) {
                    lastShown = p.iteration / 50;
                    const QString stage = std::string_view(p.stage) == "neighbours" ? tr("nearest neighbours")
                        : std::string_view(p.stage) == "affinities"                 ? tr("affinities")
                                                                                    : tr("optimising");
                    printErr(QStringLiteral("\r") + tr("t-SNE: %1 %2/%3").arg(stage).arg(p.iteration).arg(p.iterations)
                        + QStringLiteral("   "));
                }
                return true;
            });
            for (std::size_t c = 0; c < xy.size(); ++c)
                xy[c] = r.xy[c];
            summary = tr("t-SNE: perplexity %1, %2 neighbours, %3 iterations, KL divergence %4")
                          .arg(r.perplexity)
                          .arg(r.neighbours)
                          .arg(options.iterations)
                          .arg(r.klDivergence, 0, 'f', 4);
            printErr(QStringLiteral("\n"));
        } catch (const std::invalid_argument& e) {
            return failBadInput(QStringLiteral("embed: ") + QString::fromUtf8(e.what()));
        }
    }
    std::string csv = "key,label,x,y\n";
    char number[64];
    for (std::int64_t i = 0; i < n; ++i) {
        const std::string& key
            = entities ? graph.entity(static_cast<EntityId>(i)).key : graph.relation(static_cast<RelationId>(i)).key;
        const std::string& label = entities ? graph.entity(static_cast<EntityId>(i)).label
                                            : graph.relation(static_cast<RelationId>(i)).label;
        std::snprintf(number, sizeof number, ",%.6g,%.6g\n", xy[static_cast<std::size_t>(2 * i)],
            xy[static_cast<std::size_t>(2 * i + 1)]);
        csv += csvField(key) + "," + csvField(label) + number;
    }
    try {
        writeFileAtomically(out->toStdString(), csv);
    } catch (const std::exception& e) {
        return failBadInput(tr("embed: cannot write %1: %2").arg(*out, QString::fromUtf8(e.what())));
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    printErr(tr("%1 %2 in 2-D → %3 (%4 s). %5\n").arg(n).arg(what, *out).arg(seconds, 0, 'f', 2).arg(summary));
    return 0;
}

}  // namespace tessera
