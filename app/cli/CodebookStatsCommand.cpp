#include "cli/CodebookStatsCommand.h"

#include "cli/CliOutput.h"
#include "cli/DatasetOpening.h"
#include "graph/KnowledgeGraph.h"
#include "io/EntityTokenFileReader.h"
#include "io/InputError.h"
#include "io/TextTableReader.h"
#include "tensors/SafetensorsFile.h"
#include "tokenizers/CodebookStatistics.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>

namespace tessera {

namespace {

struct ModalityTokens {
    std::string name;  // "visual" or "text"
    EntityTokens tokens;
    CodeUsage usage;
};

// A modality's code count is its table's rows minus the pad row, which is the last one unless
// the table's metadata names another pad id (then every other row is a code).
std::int64_t codeCountOf(const std::string& tableFile)
{
    const SafetensorsFile table = SafetensorsFile::open(tableFile);
    if (table.names().size() != 1)
        throw InputError(
            tableFile, "expected one tensor (the token table), found " + std::to_string(table.names().size()));
    const auto& shape = table.info(table.names().front()).shape;
    if (shape.size() != 2 || shape[0] < 2)
        throw InputError(tableFile, "expected a [codes + 1, width] token table");
    return shape[0] - 1;
}

std::optional<ModalityTokens> readModality(
    const std::filesystem::path& folder, const std::string& name, const KnowledgeGraph& graph, std::int64_t top)
{
    const auto tokensFile = folder / (name + "-tokens.json");
    const auto tableFile = folder / (name + "-table.safetensors");
    if (!std::filesystem::exists(tokensFile))
        return std::nullopt;
    if (!std::filesystem::exists(tableFile))
        throw InputError(tableFile.string(), "missing: " + tokensFile.filename().string() + " needs its token table");
    const std::int64_t codes = codeCountOf(tableFile.string());
    ModalityTokens out;
    out.name = name;
    out.tokens = readEntityTokens(tokensFile.string(), graph, codes, "the codebook of " + tableFile.string());
    out.usage = CodebookStatistics::usage(codes, out.tokens.tokens, top);
    return out;
}

bool declaresSharedCodebook(const std::filesystem::path& folder)
{
    const auto manifest = folder / "tokens.json";
    if (!std::filesystem::exists(manifest))
        return false;
    const auto json = nlohmann::json::parse(readTextFile(manifest.string(), 1U << 24U), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw InputError(manifest.string(), "malformed JSON: expected the token folder's manifest object");
    const auto visual = json.find("visual");
    return visual != json.end() && visual->is_object() && visual->value("shared_codebook", false);
}

nlohmann::ordered_json usageJson(const ModalityTokens& m)
{
    const CodeUsage& u = m.usage;
    return {{"codes", u.codes}, {"used", u.used}, {"usage", u.usage}, {"perplexity", u.perplexity},
        {"normalised_entropy", u.normalisedEntropy}, {"dead", u.dead}, {"top", u.top}, {"top_mass", u.topMass},
        {"gini", u.gini}, {"entities", m.tokens.entries}, {"occurrences", u.total}, {"counts", u.counts},
        {"document_frequency", u.documentFrequency}};
}

}  // namespace

int CodebookStatsCommand::run(const QStringList& arguments)
{
    const CliArguments args(arguments,
        {QStringLiteral("graph"), QStringLiteral("tokens"), QStringLiteral("format"), QStringLiteral("top")},
        {QStringLiteral("json")});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("codebook-stats: ") + args.error());
    const auto graphPath = args.value(QStringLiteral("graph"));
    const auto tokensPath = args.value(QStringLiteral("tokens"));
    if (!graphPath || !tokensPath || !args.positional().isEmpty())
        return failBadInput(
            tr("codebook-stats: expected tessera codebook-stats --graph G --tokens DIR [--json] [--top 10]"));
    std::int64_t top = 10;
    if (const auto value = args.value(QStringLiteral("top"))) {
        bool ok = false;
        top = value->toLongLong(&ok);
        if (!ok || top < 1)
            return failBadInput(tr("codebook-stats: --top expects a positive whole number, got '%1'").arg(*value));
    }
    const std::filesystem::path folder = tokensPath->toStdString();
    if (!std::filesystem::is_directory(folder))
        return failBadInput(
            tr("codebook-stats: %1 is not a token folder (tessera tokenize --out writes one)").arg(*tokensPath));
    const OpenedDataset opened = openDataset(*graphPath, args.value(QStringLiteral("format")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    if (opened.dataset.graphs.size() != 1)
        return failBadInput(
            tr("codebook-stats: %1 holds two graphs (an alignment data set); give one").arg(*graphPath));
    const KnowledgeGraph& graph = *opened.dataset.graphs.front();
    try {
        std::vector<ModalityTokens> modalities;
        for (const char* name : {"visual", "text"}) {
            if (auto m = readModality(folder, name, graph, top))
                modalities.push_back(std::move(*m));
        }
        if (modalities.empty())
            return failBadInput(
                tr("codebook-stats: %1 has neither visual-tokens.json nor text-tokens.json").arg(*tokensPath));
        std::optional<CodeOverlap> overlap;
        if (declaresSharedCodebook(folder) && modalities.size() == 2) {
            if (modalities[0].usage.codes != modalities[1].usage.codes)
                throw InputError((folder / "tokens.json").string(),
                    "declares a shared codebook but the visual and text tables have different sizes");
            overlap = CodebookStatistics::overlap(modalities[0].usage, modalities[1].usage);
        }
        if (args.flag(QStringLiteral("json"))) {
            nlohmann::ordered_json out;
            for (const ModalityTokens& m : modalities)
                out[m.name] = usageJson(m);
            if (overlap) {
                out["jaccard"] = overlap->jaccard;
                out["mixed_share"] = overlap->mixedShare;
                out["mixed_threshold"] = overlap->mixedThreshold;
                out["js_divergence"] = overlap->jsDivergence;
            }
            printOut(QString::fromStdString(out.dump()) + QLatin1Char('\n'));
            return kExitOk;
        }
        QString text;
        for (const ModalityTokens& m : modalities) {
            const CodeUsage& u = m.usage;
            text += tr("%1 codebook: %2 codes, %3 used (%4 %), %5 dead; perplexity %6 (normalised entropy %7); "
                       "top %8 codes hold %9 % of %10 occurrences; Gini %11; %12 entities with tokens\n")
                        .arg(m.name == "visual" ? tr("visual") : tr("text"))
                        .arg(u.codes)
                        .arg(u.used)
                        .arg(100.0 * u.usage, 0, 'f', 1)
                        .arg(u.dead)
                        .arg(u.perplexity, 0, 'f', 2)
                        .arg(u.normalisedEntropy, 0, 'f', 3)
                        .arg(u.top)
                        .arg(100.0 * u.topMass, 0, 'f', 1)
                        .arg(u.total)
                        .arg(u.gini, 0, 'f', 3)
                        .arg(m.tokens.entries);
        }
        if (overlap)
            text += tr("shared codebook: Jaccard %1, mixed codes %2 % (each modality ≥ %3 %), JS divergence %4\n")
                        .arg(overlap->jaccard, 0, 'f', 3)
                        .arg(100.0 * overlap->mixedShare, 0, 'f', 1)
                        .arg(100.0 * overlap->mixedThreshold, 0, 'f', 0)
                        .arg(overlap->jsDivergence, 0, 'f', 3);
        printOut(text);
    } catch (const InputError& error) {
        return failBadInput(QString::fromStdString(error.what()));
    }
    return kExitOk;
}

}  // namespace tessera
