#pragma once

#include "graph/Dataset.h"
#include "io/ReadOptions.h"

#include <string>

namespace tessera {

// Reads the EVA / MCLEA / MEAformer alignment format (DBP15K): two graphs with globally
// numbered entities and the aligned pairs (FORMATS.md).
class AlignmentReader {
public:
    // The fraction of ill_ent_ids the reference code takes (in file order) as training seeds.
    static constexpr double kTrainFraction = 0.3;

    // `namesJson`: a translated-name file; empty = look for ../translated_ent_name/dbp_<pair>.json.
    static Dataset read(const std::string& folder, const std::string& namesJson = {}, const ReadOptions& options = {});
};

}  // namespace tessera
