#pragma once

#include "graph/Dataset.h"
#include "graph/KnowledgeGraph.h"
#include "io/ReadOptions.h"

#include <memory>
#include <string>

namespace tessera {

// Reads a Tessera graph bundle (FORMATS.md): manifest.json plus TSV tables and images.
// `path` is the bundle folder or its manifest.json.
class BundleReader {
public:
    static std::shared_ptr<const KnowledgeGraph> read(const std::string& path, const ReadOptions& options = {});
};

// Reads a Tessera alignment bundle: two graph bundles and pairs.tsv.
class AlignmentBundleReader {
public:
    static Dataset read(const std::string& path, const ReadOptions& options = {});
};

}  // namespace tessera
