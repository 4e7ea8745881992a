#pragma once

#include "graph/Dataset.h"
#include "graph/KnowledgeGraph.h"

#include <string>

namespace tessera {

// Writes graphs as Tessera bundles (FORMATS.md). The output folder must not exist or be
// empty: nothing the user owns is overwritten. Everything is written into a temporary sibling
// folder first and renamed into place at the end, so an interrupted import leaves no
// half-written bundle. Images are copied into images/. Throws InputError on failure.
class BundleWriter {
public:
    static void write(const KnowledgeGraph& graph, const std::string& folder);
    // One graph: a graph bundle. Two graphs: an alignment bundle with source/ and target/.
    static void write(const Dataset& dataset, const std::string& folder);
};

}  // namespace tessera
