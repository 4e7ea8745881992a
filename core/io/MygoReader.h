#pragma once

#include "graph/KnowledgeGraph.h"
#include "io/ReadOptions.h"

#include <memory>
#include <string>

namespace tessera {

// Reads the MyGO / MMRNS id format (DB15K, MKG-W, MKG-Y): entities.txt, relations.txt,
// train/valid/test.txt and the optional entity2id.txt names (FORMATS.md).
class MygoReader {
public:
    static std::shared_ptr<const KnowledgeGraph> read(const std::string& folder, const ReadOptions& options = {});
};

}  // namespace tessera
