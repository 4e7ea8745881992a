#include "BenchTimer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace tessera::bench {

Measurement measure(const std::string& name, int repeats, const std::function<void()>& run)
{
    run();  // warm-up: page cache, allocator, lazy initialisation
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(repeats));
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        run();
        const auto stop = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::sort(times.begin(), times.end());
    Measurement m;
    m.name = name;
    m.repeats = repeats;
    m.minMs = times.front();
    const std::size_t n = times.size();
    m.medianMs = n % 2 == 1 ? times[n / 2] : 0.5 * (times[n / 2 - 1] + times[n / 2]);
    m.p95Ms = times[std::min(n - 1, static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(n))) - 1)];
    return m;
}

void print(const std::vector<Measurement>& results, bool json)
{
    if (json) {
        std::printf("[\n");
        for (std::size_t i = 0; i < results.size(); ++i) {
            const Measurement& m = results[i];
            std::printf(
                "  {\"name\": \"%s\", \"median_ms\": %.4f, \"p95_ms\": %.4f, \"min_ms\": %.4f, \"repeats\": %d, "
                "\"target_ms\": %.4f, \"note\": \"%s\"}%s\n",
                m.name.c_str(), m.medianMs, m.p95Ms, m.minMs, m.repeats, m.targetMs, m.note.c_str(),
                i + 1 < results.size() ? "," : "");
        }
        std::printf("]\n");
        return;
    }
    std::printf("%-44s %12s %12s %8s %12s  %s\n", "benchmark", "median ms", "p95 ms", "runs", "target ms", "note");
    for (const Measurement& m : results) {
        char target[32] = "-";
        if (m.targetMs > 0)
            std::snprintf(target, sizeof target, "%.3f", m.targetMs);
        std::printf("%-44s %12.4f %12.4f %8d %12s  %s\n", m.name.c_str(), m.medianMs, m.p95Ms, m.repeats, target,
            m.note.c_str());
    }
}

}  // namespace tessera::bench
