#include "io/TokenFolderReader.h"

#include "graph/KnowledgeGraph.h"
#include "io/InputError.h"
#include "io/ReadOptions.h"
#include "io/TextTableReader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace tessera {

namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t kMaxJsonBytes = 2ULL << 30U;

nlohmann::json readJson(const fs::path& file)
{
    const std::string text = readTextFile(file.string(), kMaxJsonBytes);
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        const std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        const auto line = 1
            + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        throw InputError(file.string(), line, "malformed JSON");
    } catch (const nlohmann::json::exception& e) {
        // A number too large for a double ("1e400") is well-formed but unreadable.
        throw InputError(file.string(), std::string("unreadable JSON: ") + e.what());
    }
}

std::optional<TokenModality> readModality(
    const fs::path& folder, const nlohmann::json& manifest, const char* name, const KnowledgeGraph& graph)
{
    const auto entry = manifest.find(name);
    if (entry == manifest.end() || !entry->is_object())
        return std::nullopt;
    const fs::path manifestFile = folder / "tokens.json";
    TokenModality m;
    m.tokenizer = entry->value("tokenizer", "");
    const auto codes = entry->find("codes");
    if (codes == entry->end() || !codes->is_number_integer() || codes->get<std::int64_t>() < 1)
        throw InputError(
            manifestFile.string(), std::string("entry '") + name + "': expected \"codes\", a positive integer");
    m.codes = codes->get<std::int64_t>();
    const std::string tokensName = entry->value("tokens", std::string(name) + "-tokens.json");
    m.tokens = readEntityTokens(
        (folder / tokensName).string(), graph, m.codes, "the " + std::to_string(m.codes) + " codes tokens.json gives");
    return m;
}

}  // namespace

TokenFolder readTokenFolder(const std::string& folderName, const KnowledgeGraph& graph, std::stop_token stop)
{
    const auto checkStop = [&stop] {
        if (stop.stop_requested())
            throw ReadCancelled {};
    };
    const fs::path folder = folderName;
    const fs::path manifestFile = folder / "tokens.json";
    if (!fs::exists(manifestFile))
        throw InputError(manifestFile.string(), "missing: not a token folder (tessera tokenize --out writes one)");
    const nlohmann::json manifest = readJson(manifestFile);
    if (!manifest.is_object() || manifest.value("format", "") != "tessera-tokens")
        throw InputError(manifestFile.string(), "expected \"format\": \"tessera-tokens\"");
    TokenFolder out;
    out.folder = folderName;
    if (const auto g = manifest.find("graph"); g != manifest.end() && g->is_object()) {
        const auto entities = g->value("entities", static_cast<std::int64_t>(-1));
        if (entities >= 0 && static_cast<std::size_t>(entities) != graph.entityCount())
            throw InputError(manifestFile.string(),
                "tokens of a graph with " + std::to_string(entities) + " entities, this one has "
                    + std::to_string(graph.entityCount()) + " (are these tokens of another graph?)");
    }
    checkStop();
    out.visual = readModality(folder, manifest, "visual", graph);
    checkStop();
    out.text = readModality(folder, manifest, "text", graph);
    checkStop();
    if (const auto v = manifest.find("visual"); v != manifest.end() && v->is_object()) {
        out.sharedCodebook = v->value("shared_codebook", false);
        if (const auto table = v->find("table"); table != v->end() && table->is_string())
            out.visualTable = (folder / table->get<std::string>()).string();
        if (const auto p = v->find("patches"); p != v->end() && p->is_string()) {
            const fs::path patchesFile = folder / p->get<std::string>();
            const nlohmann::json patches = readJson(patchesFile);
            out.grid = patches.value("grid", 0);
            const auto cells = static_cast<std::size_t>(out.grid) * static_cast<std::size_t>(out.grid);
            const auto images = patches.find("images");
            if (out.grid < 1 || images == patches.end() || !images->is_array())
                throw InputError(patchesFile.string(), "expected {\"grid\": N, \"images\": [...]}");
            for (std::size_t i = 0; i < images->size(); ++i) {
                constexpr std::size_t kStopCheckEvery = 256;  // grids of 196 codes: well under a millisecond
                if (i % kStopCheckEvery == 0)
                    checkStop();
                const auto& image = (*images)[i];
                const std::string where = "image " + std::to_string(i + 1);
                if (!image.is_object() || !image.contains("entity") || !image.contains("codes"))
                    throw InputError(patchesFile.string(), where + ": expected {\"entity\", \"image\", \"codes\"}");
                const auto entity = graph.findEntity(image.value("entity", ""));
                if (!entity)
                    throw InputError(
                        patchesFile.string(), where + ": no entity '" + image.value("entity", "") + "' in the graph");
                ImagePatchCodes grid;
                grid.entity = *entity;
                grid.image = image.value("image", "");
                try {
                    grid.codes = image.at("codes").get<std::vector<std::int64_t>>();
                } catch (const nlohmann::json::exception&) {
                    throw InputError(patchesFile.string(), where + ": codes must be a list of integers");
                }
                if (grid.codes.size() != cells)
                    throw InputError(patchesFile.string(),
                        where + ": " + std::to_string(grid.codes.size()) + " codes, expected " + std::to_string(cells)
                            + " (a " + std::to_string(out.grid) + " × " + std::to_string(out.grid) + " grid)");
                for (const std::int64_t c : grid.codes) {
                    if (!out.visual || c < 0 || c >= out.visual->codes)
                        throw InputError(
                            patchesFile.string(), where + ": code " + std::to_string(c) + " outside the codebook");
                }
                out.patches.push_back(std::move(grid));
            }
        }
    }
    if (const auto l = manifest.find("log"); l != manifest.end() && l->is_string()) {
        const fs::path logFile = folder / l->get<std::string>();
        if (fs::exists(logFile)) {
            const nlohmann::json log = readJson(logFile);
            if (log.is_object() && log.contains("epochs") && log["epochs"].is_array()) {
                for (const auto& e : log["epochs"]) {
                    if (!e.is_object())
                        continue;
                    out.log.push_back({e.value("epoch", 0), e.value("loss", 0.0), e.value("perplexity", 0.0),
                        e.value("usage", 0.0), e.value("dead", std::int64_t {0}), e.value("resets", std::int64_t {0}),
                        e.value("text_perplexity", 0.0), e.value("cmcm", 0.0)});
                }
            }
        }
    }
    if (const auto t = manifest.find("text"); t != manifest.end() && t->is_object()) {
        if (const auto from = t->find("from"); from != t->end()) {
            if (!from->is_array() || from->empty()
                || !std::all_of(from->begin(), from->end(),
                    [](const nlohmann::json& part) { return part == "label" || part == "description"; }))
                throw InputError(manifestFile.string(),
                    "entry 'text': expected \"from\", an array of \"label\" and \"description\"");
            out.textFromLabel = std::find(from->begin(), from->end(), "label") != from->end();
            out.textFromDescription = std::find(from->begin(), from->end(), "description") != from->end();
        }
        if (const auto v = t->find("vocabulary"); v != t->end() && v->is_string()) {
            const fs::path vocabularyFile = folder / v->get<std::string>();
            if (fs::exists(vocabularyFile)) {
                const std::string text = readTextFile(vocabularyFile.string(), kMaxJsonBytes);
                std::size_t pos = 0;
                while (pos < text.size()) {
                    const std::size_t end = std::min(text.find('\n', pos), text.size());
                    out.textVocabulary.emplace_back(text.substr(pos, end - pos));
                    pos = end + 1;
                }
            }
        }
    }
    return out;
}

}  // namespace tessera
