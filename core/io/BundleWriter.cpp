#include "io/BundleWriter.h"

#include "io/AtomicFileWriter.h"
#include "io/AtomicFolderWriter.h"
#include "io/InputError.h"
#include "io/TsvField.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <random>
#include <set>

namespace tessera {

namespace fs = std::filesystem;

namespace {

void writeText(const fs::path& path, const std::string& text)
{
    writeFileAtomically(path.string(), text);
}

std::string joinRow(std::initializer_list<std::string_view> fields)
{
    std::string row;
    bool first = true;
    for (const auto field : fields) {
        if (!first)
            row.push_back('\t');
        row += escapeTsvField(field);
        first = false;
    }
    row.push_back('\n');
    return row;
}

// Names and descriptions can carry file-system bytes that are not UTF-8 (a Latin-1 folder
// name); nlohmann would throw on them, so they are written with U+FFFD instead.
std::string manifestText(const nlohmann::ordered_json& manifest)
{
    return manifest.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

// Image file names must be unique inside images/ and must not contain '|' (the list separator).
std::string uniqueImageName(const fs::path& original, std::set<std::string>& used)
{
    std::string stem = original.stem().string();
    for (char& c : stem) {
        if (c == '|' || c == '\t' || c == '\\')
            c = '_';
    }
    if (stem.empty())
        stem = "image";
    const std::string extension = original.extension().string();
    std::string name = stem + extension;
    for (int n = 2; used.count(name) != 0; ++n)
        name = stem + "-" + std::to_string(n) + extension;
    used.insert(name);
    return name;
}

void writeGraphInto(const KnowledgeGraph& graph, const fs::path& folder)
{
    fs::create_directories(folder / "images");
    std::set<std::string> usedImages;
    std::string entities = joinRow({"key", "label", "description", "images"});
    std::string aliases = joinRow({"entity", "alias", "language"});
    bool anyAlias = false;
    for (const Entity& entity : graph.entities()) {
        std::string images;
        for (const std::string& source : entity.imagePaths) {
            const std::string name = uniqueImageName(source, usedImages);
            std::error_code error;
            fs::copy_file(source, folder / "images" / name, fs::copy_options::overwrite_existing, error);
            if (error)
                throw InputError(source, "cannot copy image into the bundle: " + error.message());
            if (!images.empty())
                images.push_back('|');
            images += "images/" + name;
        }
        entities += joinRow({entity.key, entity.label, entity.description, images});
        for (const Alias& alias : entity.aliases) {
            aliases += joinRow({entity.key, alias.text, alias.language});
            anyAlias = true;
        }
    }
    std::string relations = joinRow({"key", "label", "description"});
    for (const Relation& relation : graph.relations())
        relations += joinRow({relation.key, relation.label, relation.description});

    nlohmann::ordered_json tables;
    tables["entities"] = "entities.tsv";
    if (anyAlias)
        tables["aliases"] = "aliases.tsv";
    tables["relations"] = "relations.tsv";
    for (const Split split : kAllSplits) {
        const auto triples = graph.triples(split);
        if (triples.empty() && split != Split::Train)
            continue;
        std::string text = joinRow({"head", "relation", "tail"});
        for (const Triple& t : triples)
            text += joinRow({graph.entity(t.head).key, graph.relation(t.relation).key, graph.entity(t.tail).key});
        const std::string file = std::string(splitName(split)) + ".tsv";
        writeText(folder / file, text);
        tables[std::string(splitName(split))] = file;
    }
    writeText(folder / "entities.tsv", entities);
    if (anyAlias)
        writeText(folder / "aliases.tsv", aliases);
    writeText(folder / "relations.tsv", relations);

    const GraphMetadata& meta = graph.metadata();
    nlohmann::ordered_json manifest;
    manifest["format"] = "tessera-graph-bundle";
    manifest["version"] = 1;
    manifest["name"] = meta.name.empty() ? std::string("Imported graph") : meta.name;
    manifest["description"] = meta.description.empty()
        ? "Imported by Tessera from " + meta.sourcePath + " (" + meta.format + " format)."
        : meta.description;
    if (!meta.language.empty())
        manifest["language"] = meta.language;
    if (!meta.license.empty())
        manifest["license"] = meta.license;
    nlohmann::ordered_json sources = nlohmann::ordered_json::array();
    for (const DataSource& source : meta.sources)
        sources.push_back(
            {{"name", source.name}, {"version", source.version}, {"license", source.license}, {"url", source.url}});
    if (!sources.empty())
        manifest["sources"] = sources;
    manifest["tables"] = tables;
    writeText(folder / "manifest.json", manifestText(manifest));
}

}  // namespace

void BundleWriter::write(const KnowledgeGraph& graph, const std::string& folder)
{
    writeFolderAtomically(folder, false, "bundle", [&](const fs::path& staging) { writeGraphInto(graph, staging); });
}

void BundleWriter::write(const Dataset& dataset, const std::string& folder)
{
    if (dataset.graphs.size() == 1) {
        write(*dataset.graphs.front(), folder);
        return;
    }
    if (dataset.graphs.size() != 2)
        throw InputError(folder, "nothing to write: the dataset has no graph");
    writeFolderAtomically(folder, false, "bundle", [&](const fs::path& staging) {
        writeGraphInto(*dataset.graphs[0], staging / "source");
        writeGraphInto(*dataset.graphs[1], staging / "target");
        std::string pairs = joinRow({"source", "target", "split"});
        for (const AlignedPair& pair : dataset.alignment) {
            pairs += joinRow({dataset.graphs[0]->entity(pair.source).key, dataset.graphs[1]->entity(pair.target).key,
                pair.train ? "train" : "test"});
        }
        writeText(staging / "pairs.tsv", pairs);
        nlohmann::ordered_json manifest;
        manifest["format"] = "tessera-alignment";
        manifest["version"] = 1;
        manifest["name"] = dataset.graphs[0]->metadata().name + " ↔ " + dataset.graphs[1]->metadata().name;
        manifest["source"] = "source";
        manifest["target"] = "target";
        manifest["pairs"] = "pairs.tsv";
        writeText(staging / "manifest.json", manifestText(manifest));
    });
}

}  // namespace tessera
