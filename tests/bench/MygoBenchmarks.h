#pragma once

#include "BenchTimer.h"

#include <string>
#include <vector>

namespace tessera::bench {

// MyGO link prediction at DB15K size with a random model (MygoModel::createRandom): all entity
// representations, one tail query with its top 10, the full filtered test evaluation batched
// (LinkPredictionEvaluator), and the reference's way of evaluating (one query per model call)
// timed on a sample and extrapolated. Triples and answers come from ../shared/datasets/DB15K.
// queriesOnly stops after the single-query measurement.
std::vector<Measurement> runMygoBenchmarks(const std::string& sharedDir, bool queriesOnly = false);

}  // namespace tessera::bench
