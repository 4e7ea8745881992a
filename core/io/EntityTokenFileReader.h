#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tessera {

class KnowledgeGraph;

// MyGO's per-entity token file, {"entity key": [raw token ids, ...], ...}: the ids an entity's
// images or text gave, repeats kept (the most frequent are its tokens). `tokens[e]` are entity
// e's ids in file order; an entity the file does not name has none.
struct EntityTokens {
    std::vector<std::vector<std::int64_t>> tokens;
    std::size_t entries = 0;  // entities the file names
};

// Parses a token file for `graph`. Every id must lie in [0, codeCount); `codesSource` names where
// codeCount comes from (the table file), for the message. Throws InputError naming `sourceName`
// and the line (malformed JSON) or the entry (a key that is no entity of the graph — a token
// file of another graph —, a value that is not a list of integers, an id out of range).
EntityTokens parseEntityTokens(std::string_view text, const std::string& sourceName, const KnowledgeGraph& graph,
    std::int64_t codeCount, const std::string& codesSource);

// Reads and parses a token file (InputError when it cannot be read).
EntityTokens readEntityTokens(
    const std::string& path, const KnowledgeGraph& graph, std::int64_t codeCount, const std::string& codesSource);

}  // namespace tessera
