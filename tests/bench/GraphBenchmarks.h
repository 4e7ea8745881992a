#pragma once

#include "BenchTimer.h"

#include <string>
#include <vector>

namespace tessera::bench {

// Issue 2: loading DB15K and DBP15K zh_en, and search-as-you-type over DBP15K zh_en names.
std::vector<Measurement> runGraphBenchmarks(const std::string& sharedDir, const std::string& sourceDir);

}  // namespace tessera::bench
