#pragma once

#include "BenchTimer.h"

#include <vector>

namespace tessera::bench {

// Issue 2: laying out a 2,000-node neighbourhood (the view's "smooth at 2,000 visible nodes").
std::vector<Measurement> runLayoutBenchmarks();

}  // namespace tessera::bench
