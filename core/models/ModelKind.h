#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tessera {

// The model families Tessera reads, by the "kind" of a model folder's config.json. Commands and
// the window dispatch on it: a link-prediction model reads one graph, an alignment model a
// workspace of two.
enum class ModelKind { Mygo, Meaformer };

struct ModelKindInfo {
    ModelKind kind;
    std::string_view key;    // config.json "kind"
    std::string_view title;  // for messages ("MyGO", "MEAformer")
    bool alignsTwoGraphs;
};

const ModelKindInfo& modelKindInfo(ModelKind kind);
std::optional<ModelKind> modelKindFromKey(std::string_view key);

// Reads the kind of the model folder (or of a training output's best/ model) without loading it.
// Throws InputError naming config.json when it is missing, not a Tessera model or of unknown kind.
ModelKind readModelKind(const std::string& folder);

}  // namespace tessera
