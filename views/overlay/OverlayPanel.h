#pragma once

#include "overlay/DebugSnapshot.h"

namespace tessera {

// One window of the Dear ImGui debug overlay. The base owns Begin/End and the window's place;
// a panel only draws its content from the snapshot (ImHex's view pattern), so a panel cannot
// forget to close its window and never reaches past the snapshot.
class OverlayPanel {
public:
    virtual ~OverlayPanel() = default;

    // Draws the window at its first-use place; call between ImGui::NewFrame and ImGui::Render.
    void draw(const DebugSnapshot& snapshot);
    virtual const char* title() const = 0;

protected:
    // Where the window first appears (pixels from the top left) and its first width.
    OverlayPanel(float x, float y, float width);
    virtual void drawContent(const DebugSnapshot& snapshot) = 0;

private:
    float x_;
    float y_;
    float width_;
};

}  // namespace tessera
