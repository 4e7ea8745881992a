#include "FuzzSupport.h"

#include "io/BundleWriter.h"
#include "io/GraphReader.h"
#include "text/Utf8.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace tessera::fuzz {

namespace fs = std::filesystem;

namespace {

fs::path makeScratch()
{
    std::error_code error;
    const fs::path base = fs::is_directory("/dev/shm", error) ? fs::path("/dev/shm") : fs::temp_directory_path();
    std::string pattern = (base / "tessera-fuzz-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        std::perror("mkdtemp");
        std::abort();
    }
    const fs::path folder(pattern);
    std::atexit([] {
        std::error_code ignored;
        fs::remove_all(scratch(), ignored);
    });
    return folder;
}

std::string describeGraph(const KnowledgeGraph& g)
{
    return std::to_string(g.entityCount()) + " entities, " + std::to_string(g.relationCount()) + " relations, "
        + std::to_string(g.tripleCount()) + " triples";
}

// First difference between two graphs that a bundle must carry, or "".
std::string compareGraphs(const KnowledgeGraph& a, const KnowledgeGraph& b)
{
    if (a.entityCount() != b.entityCount() || a.relationCount() != b.relationCount())
        return "sizes differ: " + describeGraph(a) + " vs " + describeGraph(b);
    for (std::size_t i = 0; i < a.entityCount(); ++i) {
        const Entity& x = a.entity(static_cast<EntityId>(i));
        const Entity& y = b.entity(static_cast<EntityId>(i));
        if (x.key != y.key || x.label != y.label || x.description != y.description || !(x.aliases == y.aliases)
            || x.imagePaths.size() != y.imagePaths.size())
            return "entity " + std::to_string(i) + " '" + x.key + "' came back as '" + y.key + "' (label '" + x.label
                + "' → '" + y.label + "')";
    }
    for (std::size_t i = 0; i < a.relationCount(); ++i) {
        const Relation& x = a.relation(static_cast<RelationId>(i));
        const Relation& y = b.relation(static_cast<RelationId>(i));
        if (x.key != y.key || x.label != y.label || x.description != y.description)
            return "relation " + std::to_string(i) + " '" + x.key + "' came back as '" + y.key + "'";
    }
    for (const Split split : kAllSplits) {
        const auto ta = a.triples(split);
        const auto tb = b.triples(split);
        if (!std::equal(ta.begin(), ta.end(), tb.begin(), tb.end()))
            return std::string(splitName(split)) + " triples differ";
    }
    const GraphMetadata& ma = a.metadata();
    const GraphMetadata& mb = b.metadata();
    if ((!ma.name.empty() && ma.name != mb.name) || ma.language != mb.language || ma.license != mb.license
        || ma.sources.size() != mb.sources.size())
        return "metadata differs ('" + ma.name + "' → '" + mb.name + "')";
    return {};
}

}  // namespace

const fs::path& scratch()
{
    static const fs::path folder = makeScratch();
    return folder;
}

void resetScratch()
{
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(scratch(), error))
        fs::remove_all(entry.path(), error);
}

std::vector<std::string_view> splitParts(const std::uint8_t* data, std::size_t size, std::size_t maxParts)
{
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (parts.size() + 1 < maxParts) {
        const std::size_t nul = all.find('\0', start);
        if (nul == std::string_view::npos)
            break;
        parts.push_back(all.substr(start, nul - start));
        start = nul + 1;
    }
    parts.push_back(all.substr(start));
    return parts;
}

void writeFile(const fs::path& path, std::string_view bytes)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out)
        finding("cannot write " + path.string());
}

ReadOptions fuzzOptions()
{
    ReadOptions options;
    options.checkImages = false;
    return options;
}

void finding(const std::string& what)
{
    std::fprintf(stderr, "\n==FINDING== %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

void checkInputError(const InputError& error)
{
    const std::string what = error.what();
    if (what.find('\n') != std::string::npos || what.find('\r') != std::string::npos)
        finding("InputError message is not one line: " + what);
    if (utf8::findInvalid(what) != utf8::kInvalidOffset)
        finding("InputError message is not UTF-8: " + what);
    const std::string prefix = error.line() == 0 ? ": " : ":" + std::to_string(error.line()) + ": ";
    if (error.problem().empty() || !what.ends_with(prefix + error.problem()))
        finding("InputError message is not FILE[:LINE]: problem: " + what);
}

void checkRoundTrip(const Dataset& dataset)
{
    const fs::path out = scratch() / "roundtrip";
    std::error_code error;
    fs::remove_all(out, error);
    try {
        BundleWriter::write(dataset, out.string());
    } catch (const InputError& e) {
        checkInputError(e);
        return;  // e.g. an image path that names no file (checkImages is off)
    }
    Dataset back;
    try {
        back = readDataset(out.string(), std::nullopt, fuzzOptions());
    } catch (const InputError& e) {
        finding(std::string("the bundle BundleWriter wrote does not read back: ") + e.what());
    }
    if (back.graphs.size() != dataset.graphs.size())
        finding("round trip changed the number of graphs");
    for (std::size_t g = 0; g < dataset.graphs.size(); ++g) {
        const std::string difference = compareGraphs(*dataset.graphs[g], *back.graphs[g]);
        if (!difference.empty())
            finding("round trip changed graph " + std::to_string(g) + ": " + difference);
    }
    if (!(back.alignment == dataset.alignment))
        finding("round trip changed the aligned pairs");
    fs::remove_all(out, error);
}

void checkRoundTrip(const std::shared_ptr<const KnowledgeGraph>& graph)
{
    Dataset dataset;
    dataset.graphs.push_back(graph);
    checkRoundTrip(dataset);
}

}  // namespace tessera::fuzz
