#pragma once

#include "graph/KnowledgeGraph.h"
#include "io/ReadOptions.h"

#include <memory>
#include <string>

namespace tessera {

// Reads labelled triples (`head<TAB>relation<TAB>tail` names): one file as the train split, or a
// folder with train/valid/test .tsv or .txt files. Entities and relations are created on first
// sight, keyed and labelled by their names.
class LabelledTriplesReader {
public:
    static std::shared_ptr<const KnowledgeGraph> read(const std::string& path, const ReadOptions& options = {});
};

}  // namespace tessera
