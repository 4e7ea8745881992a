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
    if (s.cudaUsedBytes && s.cudaTotalBytes)
        ImGui::Text("CUDA device memory in use %.1f of %.1f MiB", static_cast<double>(*s.cudaUsedBytes) / kMiB,
            static_cast<double>(*s.cudaTotalBytes) / kMiB);
    else
        ImGui::TextDisabled(s.device.find("cuda") != std::string::npos ? "CUDA memory: the runtime did not answer"
                                                                       : "CUDA memory: the model is not on a GPU");
    ImGui::PopTextWrapPos();
}

}  // namespace tessera
