#include "OverlayBenchmarks.h"

#include "overlay/DebugOverlayScene.h"
#include "overlay/ProcessMemory.h"

#include <imgui.h>

#include <string>

namespace tessera::bench {

std::vector<Measurement> runOverlayBenchmarks()
{
    // A busy moment: 120 frame times, 10 s of stalls, a job running, eight job kinds timed.
    DebugSnapshot snapshot;
    for (int i = 0; i < 120; ++i) {
        snapshot.frameIntervalsMs.push_back(33.0F + static_cast<float>(i % 7));
        snapshot.frameCostsMs.push_back(1.0F + static_cast<float>(i % 3) * 0.1F);
    }
    snapshot.stallsMs = {3, 4, 120, 5, 3, 2, 8, 4, 3, 2, 1};
    snapshot.longestStallMs = 120;
    snapshot.stallWindowSeconds = 10;
    snapshot.runningJobs.push_back({"Evaluating on the test split…", 4096, 14303});
    snapshot.waitingJobs = 1;
    for (const char* key : {"open", "predict", "attend", "represent", "evaluate", "shares", "ablation", "tsne"})
        snapshot.lastJobMs.emplace_back(key, 12.5);
    snapshot.device = "MyGO · dim 256 · 2 heads · 1 + 2 layers · 8 visual + 4 text tokens · cpu, 2 threads";
    snapshot.compute = "LibTorch 1.13.0 · 2 CPU threads · BLAS openblas-openmp/libblas.so.3 · CUDA not available";
    snapshot.residentBytes = residentMemoryBytes();
    DebugOverlayScene scene;
    DebugOverlayScene::Input input;
    input.width = 1200;
    input.height = 800;
    input.mouseX = 100;
    input.mouseY = 100;
    int vertices = 0;
    auto frame = measure("debug overlay, one frame built (3 panels)", 501, [&] {
        const ImDrawData* data = scene.build(snapshot, input);
        vertices = data->TotalVtxCount;
    });
    frame.note = std::to_string(vertices)
        + " vertices; CPU side on the UI thread, GL upload excluded; hidden: "
          "nothing is built (no widget, no timer until the first F12)";
    frame.targetMs = 0;
    return {frame};
}

}  // namespace tessera::bench
