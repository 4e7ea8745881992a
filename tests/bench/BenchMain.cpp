// bench: medians of Tessera's hot paths. `bench [--json] [--shared DIR] [--only
// graph|layout|tokens|embedding|mygo|mygo-query|alignment]`.

#include "AlignmentBenchmarks.h"
#include "BenchTimer.h"
#include "EmbeddingBenchmarks.h"
#include "GraphBenchmarks.h"
#include "MygoBenchmarks.h"
#include "OverlayBenchmarks.h"
#include "TokenBenchmarks.h"

#ifdef TESSERA_BENCH_LAYOUT
#include "LayoutBenchmarks.h"
#endif

#include <cstring>
#include <string>

int main(int argc, char** argv)
{
    bool json = false;
    std::string shared = TESSERA_SHARED_DIR;
    std::string only;  // one group of benchmarks (the MyGO ones take minutes)
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--json") == 0)
            json = true;
        else if (std::strcmp(argv[i], "--shared") == 0 && i + 1 < argc)
            shared = argv[++i];
        else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc)
            only = argv[++i];
    }
    std::vector<tessera::bench::Measurement> results;
    if (only.empty() || only == "graph")
        results = tessera::bench::runGraphBenchmarks(shared, TESSERA_SOURCE_DIR);
    if (only.empty() || only == "tokens") {
        const auto tokens = tessera::bench::runTokenBenchmarks(TESSERA_SOURCE_DIR);
        results.insert(results.end(), tokens.begin(), tokens.end());
    }
#ifdef TESSERA_BENCH_LAYOUT
    if (only.empty() || only == "layout") {
        const auto layout = tessera::bench::runLayoutBenchmarks();
        results.insert(results.end(), layout.begin(), layout.end());
    }
#endif
    if (only.empty() || only == "overlay") {
        const auto overlay = tessera::bench::runOverlayBenchmarks();
        results.insert(results.end(), overlay.begin(), overlay.end());
    }
    if (only.empty() || only == "embedding") {
        const auto embedding = tessera::bench::runEmbeddingBenchmarks();
        results.insert(results.end(), embedding.begin(), embedding.end());
    }
    if (only.empty() || only == "mygo" || only == "mygo-query") {
        // mygo-query: representations and single queries only, seconds instead of minutes.
        const auto mygo = tessera::bench::runMygoBenchmarks(shared, only == "mygo-query");
        results.insert(results.end(), mygo.begin(), mygo.end());
    }
    if (only.empty() || only == "alignment") {
        const auto alignment = tessera::bench::runAlignmentBenchmarks(shared);
        results.insert(results.end(), alignment.begin(), alignment.end());
    }
    tessera::bench::print(results, json);
    return 0;
}
