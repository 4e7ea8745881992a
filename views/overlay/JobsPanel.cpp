#include "overlay/JobsPanel.h"

#include <imgui.h>

namespace tessera {

JobsPanel::JobsPanel()
    : OverlayPanel(12, 222, 330)
{
}

void JobsPanel::drawContent(const DebugSnapshot& s)
{
    if (s.runningJobs.empty())
        ImGui::TextDisabled("no job running");
    for (const DebugSnapshot::Job& job : s.runningJobs) {
        ImGui::TextWrapped("%s", job.what.c_str());
        if (job.total > 0) {
            const float fraction = static_cast<float>(job.done) / static_cast<float>(job.total);
            ImGui::ProgressBar(fraction, ImVec2(300, 0));
        } else {
            ImGui::ProgressBar(-1.0F * static_cast<float>(ImGui::GetTime()), ImVec2(300, 0), "working");
        }
    }
    ImGui::Text("%d waiting", s.waitingJobs);
    if (s.lastJobMs.empty())
        return;
    ImGui::Separator();
    ImGui::TextUnformatted("last run of each job");
    if (ImGui::BeginTable("##timings", 2, ImGuiTableFlags_SizingFixedFit)) {
        for (const auto& [key, ms] : s.lastJobMs) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(key.c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%10.1f ms", ms);
        }
        ImGui::EndTable();
    }
}

}  // namespace tessera
