#pragma once

#include "graph/Dataset.h"
#include "io/ReadOptions.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace tessera {

// Reads the EVA / MCLEA / MEAformer alignment format (DBP15K): two graphs with globally
// numbered entities and the aligned pairs (FORMATS.md).
class AlignmentReader {
public:
    // The fraction of ill_ent_ids the reference code takes (in file order) as training seeds.
    static constexpr double kTrainFraction = 0.3;

    // `namesJson`: a translated-name file; empty = look for ../translated_ent_name/dbp_<pair>.json.
    // The global ids of ent_ids_1 and ent_ids_2 in line order (entity id i of graph A is the
    // first list's element i): what reference checkpoints and feature files index by.
    static std::pair<std::vector<std::int64_t>, std::vector<std::int64_t>> globalIds(const std::string& folder);

    static Dataset read(const std::string& folder, const std::string& namesJson = {}, const ReadOptions& options = {});
};

}  // namespace tessera
