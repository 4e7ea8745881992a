#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera {

// What the debug overlay shows, gathered once per overlay frame on the UI thread: the panels
// read this copy and never touch the window, the model or the jobs themselves.
struct DebugSnapshot {
    // Milliseconds between the overlay's last frames (oldest first) and what each cost to build.
    std::vector<float> frameIntervalsMs;
    std::vector<float> frameCostsMs;
    // The UI event loop's longest stall in the last `stallWindowSeconds` (its timer fired this
    // much later than asked), and the stalls seen per second, oldest first.
    double longestStallMs = 0;
    double stallWindowSeconds = 0;
    std::vector<float> stallsMs;

    struct Job {
        std::string what;
        int done = 0;
        int total = 0;  // 0: no fraction known
    };
    std::vector<Job> runningJobs;
    int waitingJobs = 0;
    // The last wall time of each kind of job the model's worker ran ("predict", "attend", …).
    std::vector<std::pair<std::string, double>> lastJobMs;

    std::string device;              // "MyGO · dim 64 · … · cpu, 2 threads", empty without a model
    std::string compute;             // LibTorch, BLAS and threads of the process
    std::int64_t residentBytes = 0;  // process RSS
    // The CUDA device's memory in use and in all, when the model is on a GPU.
    std::optional<std::int64_t> cudaUsedBytes;
    std::optional<std::int64_t> cudaTotalBytes;
};

}  // namespace tessera
