#pragma once

#include "BenchTimer.h"

#include <string>
#include <vector>

namespace tessera::bench {

// Issue 8: BERT word pieces per second on one core, over the descriptions of the Emoji and
// Countries demo graphs; the learned visual tokenizer's encoding and training throughput.
std::vector<Measurement> runTokenBenchmarks(const std::string& sourceDir);

}  // namespace tessera::bench
