#pragma once

#include "BenchTimer.h"

#include <string>
#include <vector>

namespace tessera::bench {

// Entity alignment at DBP15K zh_en size, on the real workspace (../shared/datasets/DBP15K/zh_en):
// its features (relations, structure, name bigrams), a MEAformer model at the reference's width
// (hidden 300, MeaformerModel::createRandom), its forward pass, and the full test evaluation of
// 10,500 × 10,500 pairs with CSLS in both directions (AlignmentEvaluator), split into the
// similarity product (the floor: one matrix product) and the ranking by counting; with peak memory.
std::vector<Measurement> runAlignmentBenchmarks(const std::string& sharedDir);

}  // namespace tessera::bench
