#pragma once

#include "BenchTimer.h"

#include <vector>

namespace tessera::bench {

// Issue 9: what one frame of the Dear ImGui debug overlay costs the UI thread to build (its
// panels over a full snapshot), without the GL upload, which the GPU or Mesa does.
std::vector<Measurement> runOverlayBenchmarks();

}  // namespace tessera::bench
