#include "io/MygoReader.h"

#include "graph/KnowledgeGraphBuilder.h"
#include "io/InputError.h"
#include "io/NameFromUri.h"
#include "io/TextTableReader.h"

#include <filesystem>
#include <limits>
#include <unordered_map>

namespace tessera {

namespace fs = std::filesystem;

namespace {

// Ids are dense indices; anything near 2^32 is a corrupt file, not a graph.
constexpr std::uint32_t kMaxId = std::numeric_limits<std::uint32_t>::max() - 1;

// entities.txt / relations.txt: one id per line, each id once. Returns id → dense index.
std::vector<std::uint32_t> readIdList(const fs::path& file, std::string_view what, std::size_t& count)
{
    TextTableReader table(file.string());
    std::vector<std::uint32_t> denseOf;
    count = 0;
    constexpr std::uint32_t kUnset = std::numeric_limits<std::uint32_t>::max();
    while (table.next()) {
        const auto fields = table.whitespaceFields();
        table.expectFieldCount(fields, 1, std::string(what) + " id");
        const std::uint32_t id = table.parseId(fields[0], std::string(what) + " id", kMaxId);
        if (id >= denseOf.size()) {
            // Ids are expected dense; a huge id with few lines means a broken file, refuse it
            // rather than allocate gigabytes.
            if (id > 16 * (count + 1) + 1'000'000)
                table.fail(std::string(what) + " id " + std::to_string(id) + " is far beyond the number of lines");
            denseOf.resize(id + 1, kUnset);
        }
        if (denseOf[id] != kUnset)
            table.fail("duplicate " + std::string(what) + " id " + std::to_string(id));
        denseOf[id] = static_cast<std::uint32_t>(count++);
    }
    if (count == 0)
        throw InputError(file.string(), "no " + std::string(what) + " ids");
    return denseOf;
}

}  // namespace

std::shared_ptr<const KnowledgeGraph> MygoReader::read(const std::string& folderText, const ReadOptions& options)
{
    const fs::path folder(folderText);
    KnowledgeGraphBuilder builder;
    GraphMetadata& meta = builder.metadata();
    meta.name = folder.filename().empty() ? folder.parent_path().filename().string() : folder.filename().string();
    meta.format = "mygo";
    meta.sourcePath = folderText;

    std::size_t entityCount = 0;
    std::size_t relationCount = 0;
    const auto entityDense = readIdList(folder / "entities.txt", "entity", entityCount);
    const auto relationDense = readIdList(folder / "relations.txt", "relation", relationCount);
    constexpr std::uint32_t kUnset = std::numeric_limits<std::uint32_t>::max();

    // Entities are added in dense order so EntityId == line index; keys are the file's ids.
    std::vector<std::uint32_t> idOfDense(entityCount);
    for (std::uint32_t id = 0; id < entityDense.size(); ++id) {
        if (entityDense[id] != kUnset)
            idOfDense[entityDense[id]] = id;
    }
    for (const std::uint32_t id : idOfDense) {
        Entity entity;
        entity.key = std::to_string(id);
        builder.addEntity(std::move(entity));
    }
    std::vector<std::uint32_t> relIdOfDense(relationCount);
    for (std::uint32_t id = 0; id < relationDense.size(); ++id) {
        if (relationDense[id] != kUnset)
            relIdOfDense[relationDense[id]] = id;
    }
    for (const std::uint32_t id : relIdOfDense) {
        Relation relation;
        relation.key = std::to_string(id);
        builder.addRelation(std::move(relation));
    }

    const fs::path names = folder / "entity2id.txt";
    std::error_code error;
    if (fs::is_regular_file(names, error)) {
        TextTableReader table(names.string());
        std::vector<bool> named(entityCount, false);
        // One name for two ids is legal but makes the name ambiguous in search and on the
        // command line; the user hears of it with both lines.
        std::unordered_map<std::string, std::pair<std::uint32_t, std::size_t>> firstUse;
        while (table.next()) {
            // "name id": names (URIs, YAGO titles) contain no spaces, the id is the last field.
            const auto fields = table.whitespaceFields();
            table.expectFieldCount(fields, 2, "name, id");
            const std::uint32_t id = table.parseId(fields[1], "entity id", kMaxId);
            if (id >= entityDense.size() || entityDense[id] == kUnset)
                table.fail("entity id " + std::to_string(id) + " is not listed in entities.txt");
            const std::uint32_t dense = entityDense[id];
            if (named[dense])
                table.fail("entity id " + std::to_string(id) + " is named twice");
            named[dense] = true;
            const auto [previous, fresh] = firstUse.try_emplace(std::string(fields[0]), id, table.lineNumber());
            if (!fresh)
                builder.addWarning(names.string() + ":" + std::to_string(table.lineNumber()) + ": name '"
                    + std::string(fields[0]) + "' is given to entity id " + std::to_string(id) + " and, on line "
                    + std::to_string(previous->second.second) + ", to entity id "
                    + std::to_string(previous->second.first));
            Entity& entity = builder.entity(dense);
            entity.label = labelFromIdentifier(fields[0]);
            entity.aliases.push_back(Alias {std::string(fields[0]), ""});
        }
    }
    if (options.stop.stop_requested())
        throw ReadCancelled {};

    for (const Split split : kAllSplits) {
        const fs::path file = folder / (std::string(splitName(split)) + ".txt");
        if (split != Split::Train && !fs::is_regular_file(file, error))
            continue;
        TextTableReader table(file.string());
        while (table.next()) {
            const auto fields = table.whitespaceFields();
            table.expectFieldCount(fields, 3, "head id, relation id, tail id");
            const std::uint32_t h = table.parseId(fields[0], "head id", kMaxId);
            const std::uint32_t r = table.parseId(fields[1], "relation id", kMaxId);
            const std::uint32_t t = table.parseId(fields[2], "tail id", kMaxId);
            if (h >= entityDense.size() || entityDense[h] == kUnset)
                table.fail("head id " + std::to_string(h) + " is not in entities.txt (" + std::to_string(entityCount)
                    + " entities)");
            if (r >= relationDense.size() || relationDense[r] == kUnset)
                table.fail("relation id " + std::to_string(r) + " is not in relations.txt ("
                    + std::to_string(relationCount) + " relations)");
            if (t >= entityDense.size() || entityDense[t] == kUnset)
                table.fail("tail id " + std::to_string(t) + " is not in entities.txt (" + std::to_string(entityCount)
                    + " entities)");
            builder.addTriple(split, Triple {entityDense[h], relationDense[r], entityDense[t]});
        }
        if (options.stop.stop_requested())
            throw ReadCancelled {};
    }
    return builder.build();
}

}  // namespace tessera
