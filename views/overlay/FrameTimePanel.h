#pragma once

#include "overlay/OverlayPanel.h"

namespace tessera {

// The overlay's frame times as a graph, their cost, and the UI event loop's longest stall:
// whether the window keeps up while a model works.
class FrameTimePanel : public OverlayPanel {
public:
    FrameTimePanel();
    const char* title() const override { return "Frames and event loop"; }

protected:
    void drawContent(const DebugSnapshot& snapshot) override;
};

}  // namespace tessera
