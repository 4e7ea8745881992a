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

ModelKind readModelKind(const std::string& folderText)
{
    namespace fs = std::filesystem;
    fs::path folder(folderText);
    std::error_code error;
    if (!fs::exists(folder / "config.json", error) && fs::exists(folder / "best" / "config.json", error))
        folder /= "best";
    const std::string configPath = (folder / "config.json").string();
    const auto json = nlohmann::json::parse(readTextFile(configPath, kMaxConfigBytes), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw InputError(configPath, "not a JSON object");
    if (json.value("format", std::string()) != "tessera-model")
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
