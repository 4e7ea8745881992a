#pragma once

#include "overlay/DebugSnapshot.h"

#include <memory>
#include <vector>

struct ImDrawData;
struct ImGuiContext;

namespace tessera {

class OverlayPanel;

// The debug overlay's Dear ImGui frame without any graphics API: its own ImGui context, the
// panels, and the input of one frame in; the draw lists out. The widget hands the draw data to
// the OpenGL backend; the bench and the tests build frames with no GL at all.
class DebugOverlayScene {
public:
    struct Input {
        float width = 0;
        float height = 0;
        float mouseX = -1;
        float mouseY = -1;
        bool mouseDown[3] = {false, false, false};
        float wheel = 0;
        float seconds = 1.0F / 60.0F;  // since the last frame
    };

    DebugOverlayScene();
    ~DebugOverlayScene();
    DebugOverlayScene(const DebugOverlayScene&) = delete;
    DebugOverlayScene& operator=(const DebugOverlayScene&) = delete;

    // Makes this scene's ImGui context current (ImGui's functions act on the current one).
    void makeCurrent() const;
    // Builds one frame; the draw data stays valid until the next call.
    ImDrawData* build(const DebugSnapshot& snapshot, const Input& input);
    // Whether the pointer is over an overlay window (the last frame).
    bool wantsMouse() const;
    const std::vector<std::unique_ptr<OverlayPanel>>& panels() const { return panels_; }

private:
    ImGuiContext* context_;
    std::vector<std::unique_ptr<OverlayPanel>> panels_;
};

}  // namespace tessera
