#include "overlay/ComputePanel.h"

#include <imgui.h>

namespace tessera {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;
constexpr float kWrapWidth = 310.0F;  // the panel's width less its padding

}  // namespace

ComputePanel::ComputePanel()
    : OverlayPanel(12, 400, 330)
{
}

void ComputePanel::drawContent(const DebugSnapshot& s)
{
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + kWrapWidth);
    if (s.device.empty())
        ImGui::TextDisabled("no model open");
    else
        ImGui::TextWrapped("%s", s.device.c_str());
    if (!s.compute.empty())
        ImGui::TextWrapped("%s", s.compute.c_str());
    ImGui::Separator();
    ImGui::Text("resident memory %.1f MiB", static_cast<double>(s.residentBytes) / kMiB);
    if (s.cudaAllocatedBytes)
        ImGui::Text("CUDA allocated %.1f MiB", static_cast<double>(*s.cudaAllocatedBytes) / kMiB);
    else
        ImGui::TextDisabled(s.device.find("cuda") != std::string::npos ? "CUDA memory: not measured by this build"
                                                                       : "CUDA memory: the model is not on a GPU");
    ImGui::PopTextWrapPos();
}

}  // namespace tessera
