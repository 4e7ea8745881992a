#pragma once

#include "overlay/OverlayPanel.h"

namespace tessera {

// Where inference runs (the model's device and threads, LibTorch and BLAS) and what the process
// holds in memory (resident set; CUDA memory when the model is on a GPU).
class ComputePanel : public OverlayPanel {
public:
    ComputePanel();
    const char* title() const override { return "Compute and memory"; }

protected:
    void drawContent(const DebugSnapshot& snapshot) override;
};

}  // namespace tessera
