#include "io/BundleReader.h"

#include "graph/KnowledgeGraphBuilder.h"
#include "io/InputError.h"
#include "io/TextTableReader.h"
#include "io/TsvField.h"
#include "media/ImageProbe.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace tessera {

namespace fs = std::filesystem;

namespace {

// Manifests are a few kilobytes; anything this large is not one.
constexpr std::uint64_t kMaxManifestBytes = 16U << 20U;

fs::path bundleFolder(const std::string& path)
{
    fs::path p(path);
    if (p.filename() == "manifest.json")
        return p.parent_path().empty() ? fs::path(".") : p.parent_path();
    return p;
}

nlohmann::json parseJsonFile(const std::string& file)
{
    const std::string text = readTextFile(file, kMaxManifestBytes);
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann reports a byte offset; people look for lines.
        const std::size_t at = std::min<std::size_t>(e.byte, text.size());
        const std::size_t line = 1
            + static_cast<std::size_t>(
                std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at == 0 ? 0 : at - 1), '\n'));
        std::string what = e.what();
        // The first ": " ends nlohmann's position prefix; later ones belong to the description
        // ("...; last read: 'tru,'").
        const auto colon = what.find(": ");
        throw InputError(file, line, "invalid JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2)));
    } catch (const nlohmann::json::exception& e) {
        // out_of_range.406, a number beyond double ("1e400"): nlohmann gives no position.
        std::string what = e.what();
        const auto bracket = what.find("] ");
        throw InputError(file, "invalid JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)));
    }
}

std::string requireString(
    const nlohmann::json& object, const std::string& key, const std::string& file, bool required = true)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            throw InputError(file, "missing \"" + key + "\"");
        return {};
    }
    if (!it->is_string())
        throw InputError(file, "\"" + key + "\" must be a string");
    return it->get<std::string>();
}

// Resolves a path written in a bundle file against the bundle folder, refusing paths that
// would leave it (a bundle from elsewhere must not make Tessera read arbitrary files).
std::optional<fs::path> resolveInside(const fs::path& folder, std::string_view relative)
{
    const fs::path rel(relative);
    if (rel.empty() || rel.is_absolute() || rel.has_root_name())
        return std::nullopt;
    for (const auto& part : rel) {
        if (part == "..")
            return std::nullopt;
    }
    return folder / rel;
}

void checkStop(const ReadOptions& options)
{
    if (options.stop.stop_requested())
        throw ReadCancelled {};
}

std::vector<std::string> readRow(TextTableReader& table, std::size_t columns, std::string_view layout)
{
    const auto fields = table.fields('\t');
    table.expectFieldCount(fields, columns, layout);
    std::vector<std::string> values(columns);
    for (std::size_t i = 0; i < columns; ++i) {
        if (!unescapeTsvField(fields[i], values[i]))
            table.fail("column " + std::to_string(i + 1) + " ends with a lone backslash (write \\\\ for one)");
    }
    return values;
}

void expectHeader(TextTableReader& table, std::string_view header)
{
    if (!table.next())
        table.fail("empty table, expected the header line '" + std::string(header) + "'");
    std::string expected(header);
    for (char& c : expected) {
        if (c == ' ')
            c = '\t';
    }
    if (table.line() != expected)
        table.fail("header is '" + std::string(table.line().substr(0, 80)) + "', expected '" + std::string(header)
            + "' (tab-separated)");
}

void readEntities(
    const fs::path& folder, const fs::path& file, KnowledgeGraphBuilder& builder, const ReadOptions& options)
{
    TextTableReader table(file.string());
    expectHeader(table, "key label description images");
    while (table.next()) {
        auto row = readRow(table, 4, "key, label, description, images");
        if (row[0].empty())
            table.fail("empty entity key");
        Entity entity;
        entity.key = std::move(row[0]);
        entity.label = std::move(row[1]);
        entity.description = std::move(row[2]);
        std::string_view images = row[3];
        while (!images.empty()) {
            const auto bar = images.find('|');
            const std::string_view one = images.substr(0, bar);
            images = bar == std::string_view::npos ? std::string_view() : images.substr(bar + 1);
            if (one.empty())
                continue;
            const auto resolved = resolveInside(folder, one);
            if (!resolved)
                table.fail("image path '" + std::string(one)
                    + "' leaves the bundle folder; paths must be relative and stay inside it");
            const std::string full = resolved->lexically_normal().string();
            if (options.checkImages) {
                if (const auto problem = probeImageFile(full)) {
                    builder.addWarning(full + ": " + *problem + " (entity '" + entity.key + "', " + table.path() + ":"
                        + std::to_string(table.lineNumber()) + "); the entity counts as having no image");
                    continue;
                }
            }
            entity.imagePaths.push_back(full);
        }
        const std::string key = entity.key;
        if (!builder.addEntity(std::move(entity)))
            table.fail("duplicate entity key '" + key + "'");
    }
}

void readAliases(const fs::path& file, KnowledgeGraphBuilder& builder)
{
    TextTableReader table(file.string());
    expectHeader(table, "entity alias language");
    while (table.next()) {
        auto row = readRow(table, 3, "entity, alias, language");
        const auto id = builder.findEntity(row[0]);
        if (!id)
            table.fail("unknown entity '" + row[0] + "' (not in the entities table)");
        if (row[1].empty())
            table.fail("empty alias");
        builder.entity(*id).aliases.push_back(Alias {std::move(row[1]), std::move(row[2])});
    }
}

void readRelations(const fs::path& file, KnowledgeGraphBuilder& builder)
{
    TextTableReader table(file.string());
    expectHeader(table, "key label description");
    while (table.next()) {
        auto row = readRow(table, 3, "key, label, description");
        if (row[0].empty())
            table.fail("empty relation key");
        const std::string key = row[0];
        if (!builder.addRelation(Relation {std::move(row[0]), std::move(row[1]), std::move(row[2])}))
            table.fail("duplicate relation key '" + key + "'");
    }
}

void readTriples(const fs::path& file, Split split, KnowledgeGraphBuilder& builder)
{
    TextTableReader table(file.string());
    expectHeader(table, "head relation tail");
    while (table.next()) {
        const auto row = readRow(table, 3, "head, relation, tail");
        const auto head = builder.findEntity(row[0]);
        if (!head)
            table.fail("unknown head entity '" + row[0] + "'");
        const auto relation = builder.findRelation(row[1]);
        if (!relation)
            table.fail("unknown relation '" + row[1] + "'");
        const auto tail = builder.findEntity(row[2]);
        if (!tail)
            table.fail("unknown tail entity '" + row[2] + "'");
        builder.addTriple(split, Triple {*head, *relation, *tail});
    }
}

std::optional<fs::path> tablePath(const nlohmann::json& tables, const std::string& name, const fs::path& folder,
    const std::string& manifest, bool required)
{
    const std::string relative = requireString(tables, name, manifest, required);
    if (relative.empty()) {
        if (required)
            throw InputError(manifest, "\"tables\".\"" + name + "\" is empty");
        return std::nullopt;
    }
    const auto resolved = resolveInside(folder, relative);
    if (!resolved)
        throw InputError(manifest, "table path '" + relative + "' leaves the bundle folder");
    return resolved;
}

}  // namespace

std::shared_ptr<const KnowledgeGraph> BundleReader::read(const std::string& path, const ReadOptions& options)
{
    const fs::path folder = bundleFolder(path);
    const std::string manifestPath = (folder / "manifest.json").string();
    const nlohmann::json manifest = parseJsonFile(manifestPath);
    if (!manifest.is_object())
        throw InputError(manifestPath, "expected a JSON object");
    const std::string format = requireString(manifest, "format", manifestPath);
    if (format != "tessera-graph-bundle")
        throw InputError(manifestPath, "\"format\" is '" + format + "', expected \"tessera-graph-bundle\"");
    const auto version = manifest.find("version");
    if (version == manifest.end() || !version->is_number_integer())
        throw InputError(manifestPath, "missing integer \"version\"");
    if (version->get<long long>() != 1)
        throw InputError(
            manifestPath, "bundle version " + version->dump() + " is not supported (this Tessera reads version 1)");

    KnowledgeGraphBuilder builder;
    GraphMetadata& meta = builder.metadata();
    meta.name = requireString(manifest, "name", manifestPath);
    meta.description = requireString(manifest, "description", manifestPath, false);
    meta.language = requireString(manifest, "language", manifestPath, false);
    meta.license = requireString(manifest, "license", manifestPath, false);
    meta.format = "bundle";
    meta.sourcePath = folder.string();
    if (const auto sources = manifest.find("sources"); sources != manifest.end()) {
        if (!sources->is_array())
            throw InputError(manifestPath, "\"sources\" must be an array");
        for (const auto& source : *sources) {
            if (!source.is_object())
                throw InputError(manifestPath, "every entry of \"sources\" must be an object");
            meta.sources.push_back(DataSource {requireString(source, "name", manifestPath),
                requireString(source, "version", manifestPath, false),
                requireString(source, "license", manifestPath, false),
                requireString(source, "url", manifestPath, false)});
        }
    }
    const auto tables = manifest.find("tables");
    if (tables == manifest.end() || !tables->is_object())
        throw InputError(manifestPath, "missing object \"tables\"");

    readEntities(folder, *tablePath(*tables, "entities", folder, manifestPath, true), builder, options);
    checkStop(options);
    if (const auto aliases = tablePath(*tables, "aliases", folder, manifestPath, false))
        readAliases(*aliases, builder);
    readRelations(*tablePath(*tables, "relations", folder, manifestPath, true), builder);
    checkStop(options);
    for (const Split split : kAllSplits) {
        const bool required = split == Split::Train;
        if (const auto file = tablePath(*tables, std::string(splitName(split)), folder, manifestPath, required)) {
            readTriples(*file, split, builder);
            checkStop(options);
        }
    }
    return builder.build();
}

Dataset AlignmentBundleReader::read(const std::string& path, const ReadOptions& options)
{
    const fs::path folder = bundleFolder(path);
    const std::string manifestPath = (folder / "manifest.json").string();
    const nlohmann::json manifest = parseJsonFile(manifestPath);
    if (!manifest.is_object())
        throw InputError(manifestPath, "expected a JSON object");
    const std::string format = requireString(manifest, "format", manifestPath);
    if (format != "tessera-alignment")
        throw InputError(manifestPath, "\"format\" is '" + format + "', expected \"tessera-alignment\"");
    const auto version = manifest.find("version");
    if (version == manifest.end() || !version->is_number_integer())
        throw InputError(manifestPath, "missing integer \"version\"");
    if (version->get<long long>() != 1)
        throw InputError(manifestPath,
            "alignment bundle version " + version->dump() + " is not supported (this Tessera reads version 1)");

    // Source and target name sibling bundles, so here (unlike tables) ".." is expected.
    const auto resolveBundle = [&](const std::string& key) {
        const std::string relative = requireString(manifest, key, manifestPath);
        const fs::path p(relative);
        return (p.is_absolute() ? p : folder / p).lexically_normal().string();
    };
    Dataset dataset;
    dataset.format = "alignment-bundle";
    dataset.sourcePath = folder.string();
    dataset.graphs.push_back(BundleReader::read(resolveBundle("source"), options));
    dataset.graphs.push_back(BundleReader::read(resolveBundle("target"), options));
    const auto pairsFile = resolveInside(folder, requireString(manifest, "pairs", manifestPath));
    if (!pairsFile)
        throw InputError(manifestPath, "\"pairs\" must be a path inside the alignment folder");

    const KnowledgeGraph& source = *dataset.graphs[0];
    const KnowledgeGraph& target = *dataset.graphs[1];
    TextTableReader table(pairsFile->string());
    expectHeader(table, "source target split");
    while (table.next()) {
        const auto row = readRow(table, 3, "source, target, split");
        const auto s = source.findEntity(row[0]);
        if (!s)
            table.fail("unknown source entity '" + row[0] + "' (not in " + source.metadata().sourcePath + ")");
        const auto t = target.findEntity(row[1]);
        if (!t)
            table.fail("unknown target entity '" + row[1] + "' (not in " + target.metadata().sourcePath + ")");
        if (row[2] != "train" && row[2] != "test")
            table.fail("split is '" + row[2] + "', expected 'train' or 'test'");
        dataset.alignment.push_back(AlignedPair {*s, *t, row[2] == "train"});
    }
    return dataset;
}

}  // namespace tessera
