#include "overlay/OverlayPanel.h"

#include <imgui.h>

namespace tessera {

OverlayPanel::OverlayPanel(float x, float y, float width)
    : x_(x)
    , y_(y)
    , width_(width)
{
}

void OverlayPanel::draw(const DebugSnapshot& snapshot)
{
    ImGui::SetNextWindowPos(ImVec2(x_, y_), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(width_, 0), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowBgAlpha(0.85F);
    if (ImGui::Begin(title(), nullptr, ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_AlwaysAutoResize))
        drawContent(snapshot);
    ImGui::End();  // End pairs with Begin whether or not the window is collapsed
}

}  // namespace tessera
