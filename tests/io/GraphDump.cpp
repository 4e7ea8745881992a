#include "GraphDump.h"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace tessera::test {

namespace {

std::string fingerprint(const std::string& path)
{
    // FNV-1a over the bytes plus the size: enough to tell copied images apart.
    std::uint64_t hash = 1469598103934665603ULL;
    const std::string bytes = readBytes(path);
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    std::ostringstream out;
    out << bytes.size() << " bytes, fnv1a " << std::hex << hash;
    return out.str();
}

nlohmann::json dumpTriples(const KnowledgeGraph& graph, Split split)
{
    nlohmann::json out = nlohmann::json::array();
    for (const Triple& t : graph.triples(split))
        out.push_back({graph.entity(t.head).key, graph.relation(t.relation).key, graph.entity(t.tail).key});
    return out;
}

}  // namespace

std::string readBytes(const std::string& path)
{
    std::ifstream stream(path, std::ios::binary);
    if (!stream)
        throw std::runtime_error("cannot open " + path);
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    return buffer.str();
}

std::string relativeTo(std::string text, const std::string& base)
{
    const std::string prefix = base + "/";
    for (std::size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at))
        text.erase(at, prefix.size());
    if (text == base)
        return ".";
    return text;
}

nlohmann::json dumpGraph(const KnowledgeGraph& graph, const std::string& base, DumpMode mode)
{
    const bool exact = mode == DumpMode::Exact;
    const GraphMetadata& meta = graph.metadata();
    nlohmann::json metadata = {{"name", meta.name}, {"language", meta.language}, {"license", meta.license}};
    if (exact) {
        metadata["description"] = meta.description;
        metadata["format"] = meta.format;
        metadata["sourcePath"] = relativeTo(meta.sourcePath, base);
    }
    nlohmann::json sources = nlohmann::json::array();
    for (const DataSource& s : meta.sources)
        sources.push_back({{"name", s.name}, {"version", s.version}, {"license", s.license}, {"url", s.url}});
    metadata["sources"] = sources;

    nlohmann::json entities = nlohmann::json::array();
    for (const Entity& e : graph.entities()) {
        nlohmann::json aliases = nlohmann::json::array();
        for (const Alias& a : e.aliases)
            aliases.push_back({a.text, a.language});
        nlohmann::json images = nlohmann::json::array();
        for (const std::string& path : e.imagePaths)
            images.push_back(exact ? relativeTo(path, base) : fingerprint(path));
        entities.push_back({{"key", e.key}, {"label", e.label}, {"description", e.description}, {"aliases", aliases},
            {"images", images}});
    }
    nlohmann::json relations = nlohmann::json::array();
    for (const Relation& r : graph.relations())
        relations.push_back({{"key", r.key}, {"label", r.label}, {"description", r.description}});

    nlohmann::json out = {{"metadata", metadata}, {"entities", entities}, {"relations", relations}};
    for (const Split split : kAllSplits)
        out[std::string(splitName(split))] = dumpTriples(graph, split);
    if (exact) {
        nlohmann::json warnings = nlohmann::json::array();
        for (const std::string& w : graph.warnings())
            warnings.push_back(relativeTo(w, base));
        out["warnings"] = warnings;
    }
    return out;
}

nlohmann::json dumpDataset(const Dataset& dataset, const std::string& base, DumpMode mode)
{
    nlohmann::json graphs = nlohmann::json::array();
    for (const auto& graph : dataset.graphs)
        graphs.push_back(dumpGraph(*graph, base, mode));
    nlohmann::json alignment = nlohmann::json::array();
    for (const AlignedPair& pair : dataset.alignment) {
        alignment.push_back({dataset.graphs.at(0)->entity(pair.source).key,
            dataset.graphs.at(1)->entity(pair.target).key, pair.train ? "train" : "test"});
    }
    nlohmann::json out = {{"graphs", graphs}, {"alignment", alignment}};
    if (mode == DumpMode::Exact) {
        out["format"] = dataset.format;
        out["sourcePath"] = relativeTo(dataset.sourcePath, base);
    }
    return out;
}

std::string describeDifference(const nlohmann::json& expected, const nlohmann::json& actual)
{
    if (expected == actual)
        return {};
    const nlohmann::json patch = nlohmann::json::diff(expected, actual);
    std::string text;
    std::size_t shown = 0;
    for (const auto& op : patch) {
        if (++shown > 12) {
            text += "\n  … and " + std::to_string(patch.size() - 12) + " more";
            break;
        }
        const std::string path = op.at("path").get<std::string>();
        const nlohmann::json::json_pointer pointer(path);
        text += "\n  " + op.at("op").get<std::string>() + " " + path + ": expected ";
        text += expected.contains(pointer)
            ? expected.at(pointer).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
            : "(nothing)";
        text += ", got ";
        text += actual.contains(pointer)
            ? actual.at(pointer).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
            : "(nothing)";
    }
    return text;
}

}  // namespace tessera::test
