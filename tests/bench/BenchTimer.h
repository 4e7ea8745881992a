#pragma once

#include <functional>
#include <string>
#include <vector>

namespace tessera::bench {

// One measured hot path: the median (and p95) of `repeats` timed runs after one warm-up run.
struct Measurement {
    std::string name;
    double medianMs = 0;
    double p95Ms = 0;
    double minMs = 0;
    int repeats = 0;
    std::string note;     // what was measured (sizes), printed beside the numbers
    double targetMs = 0;  // the target, 0 when none
};

Measurement measure(const std::string& name, int repeats, const std::function<void()>& run);

void print(const std::vector<Measurement>& results, bool json);

}  // namespace tessera::bench
