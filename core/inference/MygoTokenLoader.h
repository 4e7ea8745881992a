#pragma once

#include "inference/MygoModel.h"

#include <optional>
#include <string>

namespace tessera {

class KnowledgeGraph;

// Where one modality's tokens come from: MyGO's per-entity token JSON ({"entity key": [raw token
// ids, ...]}, repeated ids allowed — the most frequent are kept) and the frozen embedding table
// they index (a safetensors file; `tableTensor` names the tensor, empty = its only tensor).
struct TokenSource {
    std::string tokensJson;
    std::string tableFile;
    std::string tableTensor;
    std::int64_t slots = 8;             // V or T
    std::optional<std::int64_t> padId;  // default: the table's last row
};

// Builds a model's token inputs for a graph. A modality without a source gets zero slots
// (structure only); an entity missing from a token file gets all slots padded and masked, as
// the reference does for an entity without image or text. Throws InputError naming the file and
// the entry for unknown entity keys, ids outside the table or malformed JSON.
MygoTokenInputs loadMygoTokens(const KnowledgeGraph& graph, const std::optional<TokenSource>& visual,
    const std::optional<TokenSource>& text, std::int64_t visualTokenDim = 32, std::int64_t textTokenDim = 768);

}  // namespace tessera
