#include "overlay/DebugOverlayScene.h"

#include "overlay/ComputePanel.h"
#include "overlay/FrameTimePanel.h"
#include "overlay/JobsPanel.h"

#include <imgui.h>

namespace tessera {

DebugOverlayScene::DebugOverlayScene()
    : context_(ImGui::CreateContext())
{
    makeCurrent();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the overlay remembers nothing on disk
    io.LogFilename = nullptr;
    ImGui::StyleColorsDark();
    ImGui::GetStyle().WindowRounding = 4.0F;
    panels_.push_back(std::make_unique<FrameTimePanel>());
    panels_.push_back(std::make_unique<JobsPanel>());
    panels_.push_back(std::make_unique<ComputePanel>());
}

DebugOverlayScene::~DebugOverlayScene()
{
    ImGui::DestroyContext(context_);
}

void DebugOverlayScene::makeCurrent() const
{
    ImGui::SetCurrentContext(context_);
}

ImDrawData* DebugOverlayScene::build(const DebugSnapshot& snapshot, const Input& input)
{
    makeCurrent();
    ImGuiIO& io = ImGui::GetIO();
    if (!io.Fonts->IsBuilt()) {
        // Without a graphics backend (bench, tests) nobody uploads the atlas; it must exist all the same.
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    io.DisplaySize = ImVec2(input.width, input.height);
    io.DeltaTime = input.seconds > 0 ? input.seconds : 1.0F / 60.0F;
    io.MousePos = ImVec2(input.mouseX, input.mouseY);
    for (int b = 0; b < 3; ++b)
        io.MouseDown[b] = input.mouseDown[b];
    io.MouseWheel = input.wheel;
    ImGui::NewFrame();
    for (const auto& panel : panels_)
        panel->draw(snapshot);
    ImGui::Render();
    return ImGui::GetDrawData();
}

bool DebugOverlayScene::wantsMouse() const
{
    makeCurrent();
    return ImGui::GetIO().WantCaptureMouse;
}

}  // namespace tessera
