#pragma once

#include "graph/Dataset.h"
#include "graph/KnowledgeGraph.h"

#include <nlohmann/json.hpp>

#include <string>

namespace tessera::test {

// What a golden comparison looks at.
enum class DumpMode {
    // Everything a reader produces: metadata, entities (key, label, description, aliases, image
    // paths), relations, triples per split by key, warnings, aligned pairs. Paths are written
    // relative to `base` so that expected.json files do not depend on the checkout location.
    Exact,
    // What must survive BundleWriter → reader: no description/format/source path (the writer
    // fills an empty description, the format changes to "bundle"), no warnings (the writer
    // drops the images that caused them), images compared by content instead of path.
    RoundTrip,
};

nlohmann::json dumpGraph(const KnowledgeGraph& graph, const std::string& base, DumpMode mode);
nlohmann::json dumpDataset(const Dataset& dataset, const std::string& base, DumpMode mode);

// `text` with every "base/" replaced by "" (paths relative to base).
std::string relativeTo(std::string text, const std::string& base);

// Human-readable list of the first differences (JSON patch paths with both values), or "" when
// equal.
std::string describeDifference(const nlohmann::json& expected, const nlohmann::json& actual);

// Reads a whole file as bytes; throws std::runtime_error when it cannot.
std::string readBytes(const std::string& path);

}  // namespace tessera::test
