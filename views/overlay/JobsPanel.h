#pragma once

#include "overlay/OverlayPanel.h"

namespace tessera {

// The model worker's running job with its progress, how many wait behind it, and the last wall
// time of each kind of job (the last inference timings).
class JobsPanel : public OverlayPanel {
public:
    JobsPanel();
    const char* title() const override { return "Background jobs"; }

protected:
    void drawContent(const DebugSnapshot& snapshot) override;
};

}  // namespace tessera
