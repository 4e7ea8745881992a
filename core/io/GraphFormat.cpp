#include "io/GraphFormat.h"

#include "io/InputError.h"
#include "io/TextTableReader.h"

#include <nlohmann/json.hpp>

#include <array>
#include <filesystem>

namespace tessera {

namespace fs = std::filesystem;

namespace {

struct NamedFormat {
    GraphFormat format;
    std::string_view name;
};

constexpr std::array<NamedFormat, 5> kFormats = {{
    {GraphFormat::Bundle, "bundle"},
    {GraphFormat::AlignmentBundle, "alignment-bundle"},
    {GraphFormat::MyGO, "mygo"},
    {GraphFormat::Alignment, "alignment"},
    {GraphFormat::LabelledTriples, "labelled-triples"},
}};

bool isFile(const fs::path& path)
{
    std::error_code error;
    return fs::is_regular_file(path, error);
}

GraphFormat formatOfManifest(const fs::path& manifest)
{
    const std::string text = readTextFile(manifest.string(), 16U << 20U);
    const auto json = nlohmann::json::parse(text, nullptr, false);
    // A manifest that does not parse is still a bundle's: its reader reports FILE:LINE of the
    // syntax error, which this check cannot.
    if (json.is_discarded())
        return GraphFormat::Bundle;
    if (!json.is_object())
        throw InputError(manifest.string(), "not a JSON object; a Tessera manifest was expected");
    const auto field = json.find("format");
    if (field != json.end() && !field->is_string())
        throw InputError(manifest.string(), "\"format\" must be a string");
    const std::string format = field == json.end() ? std::string() : field->get<std::string>();
    if (format == "tessera-graph-bundle")
        return GraphFormat::Bundle;
    if (format == "tessera-alignment")
        return GraphFormat::AlignmentBundle;
    throw InputError(manifest.string(),
        "\"format\" is '" + format + "', expected \"tessera-graph-bundle\" or \"tessera-alignment\"");
}

}  // namespace

std::string_view formatName(GraphFormat format)
{
    for (const auto& entry : kFormats) {
        if (entry.format == format)
            return entry.name;
    }
    return "bundle";
}

std::optional<GraphFormat> formatFromName(std::string_view name)
{
    for (const auto& entry : kFormats) {
        if (entry.name == name)
            return entry.format;
    }
    return std::nullopt;
}

std::vector<std::string_view> formatNames()
{
    std::vector<std::string_view> names;
    for (const auto& entry : kFormats)
        names.push_back(entry.name);
    return names;
}

GraphFormat detectGraphFormat(const std::string& pathText)
{
    const fs::path path(pathText);
    std::error_code error;
    if (!fs::exists(path, error))
        throw InputError(pathText, "no such file or folder");
    if (isFile(path)) {
        if (path.filename() == "manifest.json")
            return formatOfManifest(path);
        return GraphFormat::LabelledTriples;
    }
    if (isFile(path / "manifest.json"))
        return formatOfManifest(path / "manifest.json");
    if (isFile(path / "ent_ids_1") && isFile(path / "ent_ids_2"))
        return GraphFormat::Alignment;
    if (isFile(path / "entities.txt") && isFile(path / "relations.txt"))
        return GraphFormat::MyGO;
    if (isFile(path / "train.tsv") || isFile(path / "train.txt"))
        return GraphFormat::LabelledTriples;
    throw InputError(pathText,
        "no known graph format: expected manifest.json (Tessera bundle), "
        "entities.txt + relations.txt (MyGO), ent_ids_1 + ent_ids_2 (alignment) "
        "or train.tsv (labelled triples)");
}

}  // namespace tessera
