#pragma once

#include "BenchTimer.h"

#include <vector>

namespace tessera::bench {

// Issue 9: attention rollout of one entity at DB15K's encoder shapes; t-SNE of 12,842 points of
// width 256 (DB15K's entities at MyGO's dim) on 2 threads with its KL divergence and 10-NN
// preservation beside a 2-D PCA's.
std::vector<Measurement> runEmbeddingBenchmarks();

}  // namespace tessera::bench
