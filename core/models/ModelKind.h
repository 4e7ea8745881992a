#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace tessera {

// The model families Tessera reads, by the "kind" of a model folder's config.json. Commands and
// the window dispatch on it: a link-prediction model reads one graph, an alignment model a
// workspace of two.
enum class ModelKind { Mygo, Meaformer };

// What every Tessera model folder's config.json says it is.
inline constexpr const char* kTesseraModelFormat = "tessera-model";
inline constexpr int kTesseraModelVersion = 1;

struct ModelKindInfo {
    ModelKind kind;
    std::string_view key;    // config.json "kind"
    std::string_view title;  // for messages ("MyGO", "MEAformer")
    bool alignsTwoGraphs;
};

const ModelKindInfo& modelKindInfo(ModelKind kind);
std::optional<ModelKind> modelKindFromKey(std::string_view key);

// A Tessera model folder's config.json, read and checked: the folder (a training output's best/
// when given its parent), the config path for messages, and the parsed object.
struct ModelFolderConfig {
    std::string folder;
    std::string configPath;
    nlohmann::json root;
};

// Parses a config.json of a few kilobytes (reference or Tessera); InputError when it is not a JSON object.
nlohmann::json readModelConfigJson(const std::string& file);

// Reads and checks format, version and kind. `referenceHint` completes the message for a folder
// that is not a Tessera model ("tessera import-model --from mygo-reference").
ModelFolderConfig readModelFolder(const std::string& folder, ModelKind expected, const std::string& referenceHint);

// Reads the kind of the model folder (or of a training output's best/ model) without loading it.
// Throws InputError naming config.json when it is missing, not a Tessera model or of unknown kind.
ModelKind readModelKind(const std::string& folder);

}  // namespace tessera
