#include "models/ModelKind.h"

#include "io/InputError.h"
#include "io/TextTableReader.h"

#include <nlohmann/json.hpp>

#include <array>
#include <filesystem>

namespace tessera {

namespace {

constexpr std::array<ModelKindInfo, 2> kKinds = {{
    {ModelKind::Mygo, "mygo", "MyGO", false},
    {ModelKind::Meaformer, "meaformer", "MEAformer", true},
}};
// config.json files are a few kilobytes; anything near this is not one.
constexpr std::uint64_t kMaxConfigBytes = 16U << 20U;

}  // namespace

const ModelKindInfo& modelKindInfo(ModelKind kind)
{
    for (const ModelKindInfo& info : kKinds) {
        if (info.kind == kind)
            return info;
    }
    return kKinds.front();
}

std::optional<ModelKind> modelKindFromKey(std::string_view key)
{
    for (const ModelKindInfo& info : kKinds) {
        if (info.key == key)
            return info.kind;
    }
    return std::nullopt;
}

namespace {

// The folder's config.json, or its best/ model's when it is a training output.
std::filesystem::path modelFolder(const std::string& folderText)
{
    namespace fs = std::filesystem;
    fs::path folder(folderText);
    std::error_code error;
    if (!fs::exists(folder / "config.json", error) && fs::exists(folder / "best" / "config.json", error))
        folder /= "best";
    return folder;
}

}  // namespace

nlohmann::json readModelConfigJson(const std::string& file)
{
    auto json = nlohmann::json::parse(readTextFile(file, kMaxConfigBytes), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw InputError(file, "not a JSON object");
    return json;
}

ModelFolderConfig readModelFolder(const std::string& folderText, ModelKind expected, const std::string& referenceHint)
{
    const std::filesystem::path folder = modelFolder(folderText);
    ModelFolderConfig out;
    out.folder = folder.string();
    out.configPath = (folder / "config.json").string();
    out.root = readModelConfigJson(out.configPath);
    if (out.root.value("format", std::string()) != kTesseraModelFormat)
        throw InputError(
            out.configPath, "\"format\" must be \"tessera-model\" (for a reference folder use " + referenceHint + ")");
    if (out.root.value("version", 0) != kTesseraModelVersion)
        throw InputError(out.configPath,
            "model version " + out.root.value("version", nlohmann::json()).dump()
                + " is not supported (this Tessera reads 1)");
    const std::string kind = out.root.value("kind", std::string());
    if (kind != modelKindInfo(expected).key) {
        const std::string title(modelKindInfo(expected).title);
        throw InputError(out.configPath,
            "model kind '" + kind + "' is not a " + title + " model"
                + (modelKindInfo(expected).alignsTwoGraphs
                        ? std::string(" (a link-prediction model reads one graph: --graph G)")
                        : std::string(" (an alignment model reads a workspace of two graphs: --workspace W)")));
    }
    return out;
}

ModelKind readModelKind(const std::string& folderText)
{
    const std::string configPath = (modelFolder(folderText) / "config.json").string();
    const nlohmann::json json = readModelConfigJson(configPath);
    if (json.value("format", std::string()) != kTesseraModelFormat)
        throw InputError(configPath,
            "\"format\" must be \"tessera-model\" (a reference checkpoint is read with tessera import-model)");
    const auto kind = json.find("kind");
    if (kind == json.end() || !kind->is_string())
        throw InputError(configPath, "missing \"kind\" (mygo or meaformer)");
    const auto known = modelKindFromKey(kind->get<std::string>());
    if (!known)
        throw InputError(
            configPath, "unknown model kind '" + kind->get<std::string>() + "' (expected mygo or meaformer)");
    return *known;
}

}  // namespace tessera
