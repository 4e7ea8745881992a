#include "io/EntityTokenFileReader.h"

#include "graph/KnowledgeGraph.h"
#include "io/InputError.h"
#include "io/TextTableReader.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tessera {

namespace {

// Token files of real benchmarks are tens of megabytes; this bounds a wrong file.
constexpr std::uint64_t kMaxTokenFileBytes = 2ULL << 30U;

std::size_t lineAt(std::string_view text, std::size_t byte)
{
    const std::size_t end = std::min(byte, text.size());
    return 1
        + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

}  // namespace

EntityTokens parseEntityTokens(std::string_view text, const std::string& sourceName, const KnowledgeGraph& graph,
    std::int64_t codeCount, const std::string& codesSource)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann counts the byte after the problem; its message repeats position details we give.
        std::string what = e.what();
        if (const auto colon = what.rfind(": "); colon != std::string::npos)
            what = what.substr(colon + 2);
        throw InputError(sourceName, lineAt(text, e.byte == 0 ? 0 : e.byte - 1), "malformed JSON: " + what);
    } catch (const nlohmann::json::exception& e) {
        // Regression (fuzz_entity_tokens): "1e400" is well-formed JSON whose number overflows;
        // nlohmann reports it as out_of_range, not as a parse error.
        throw InputError(sourceName, std::string("unreadable JSON: ") + e.what());
    }
    if (!json.is_object())
        throw InputError(sourceName, "expected a JSON object {\"entity key\": [token ids, ...], ...}");
    EntityTokens out;
    out.tokens.resize(graph.entityCount());
    for (const auto& [key, value] : json.items()) {
        const auto entity = graph.findEntity(key);
        if (!entity)
            throw InputError(sourceName,
                "entry '" + key + "': no entity with this key in the graph (are these tokens of another graph?)");
        if (!value.is_array())
            throw InputError(sourceName, "entry '" + key + "': expected a list of token ids");
        auto& ids = out.tokens[*entity];
        ids.reserve(value.size());
        for (const auto& id : value) {
            if (!id.is_number_integer())
                throw InputError(sourceName, "entry '" + key + "': token ids must be integers");
            const auto tokenId = id.get<std::int64_t>();
            if (tokenId < 0 || tokenId >= codeCount)
                throw InputError(sourceName,
                    "entry '" + key + "': token id " + std::to_string(tokenId) + " is outside " + codesSource + " ("
                        + std::to_string(codeCount) + " codes)");
            ids.push_back(tokenId);
        }
        ++out.entries;
    }
    return out;
}

EntityTokens readEntityTokens(
    const std::string& path, const KnowledgeGraph& graph, std::int64_t codeCount, const std::string& codesSource)
{
    return parseEntityTokens(readTextFile(path, kMaxTokenFileBytes), path, graph, codeCount, codesSource);
}

}  // namespace tessera
