// bench: medians of Tessera's hot paths. `bench [--json] [--shared DIR]`.

#include "BenchTimer.h"
#include "GraphBenchmarks.h"

#ifdef TESSERA_BENCH_LAYOUT
#include "LayoutBenchmarks.h"
#endif

#include <cstring>
#include <string>

int main(int argc, char** argv)
{
    bool json = false;
    std::string shared = TESSERA_SHARED_DIR;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--json") == 0)
            json = true;
        else if (std::strcmp(argv[i], "--shared") == 0 && i + 1 < argc)
            shared = argv[++i];
    }
    auto results = tessera::bench::runGraphBenchmarks(shared, TESSERA_SOURCE_DIR);
#ifdef TESSERA_BENCH_LAYOUT
    const auto layout = tessera::bench::runLayoutBenchmarks();
    results.insert(results.end(), layout.begin(), layout.end());
#endif
    tessera::bench::print(results, json);
    return 0;
}
