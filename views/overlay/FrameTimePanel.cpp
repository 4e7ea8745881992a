#include "overlay/FrameTimePanel.h"

#include <imgui.h>

#include <algorithm>
#include <numeric>

namespace tessera {

FrameTimePanel::FrameTimePanel()
    : OverlayPanel(12, 12, 330)
{
}

void FrameTimePanel::drawContent(const DebugSnapshot& s)
{
    const auto mean = [](const std::vector<float>& v) {
        return v.empty() ? 0.0F : std::accumulate(v.begin(), v.end(), 0.0F) / static_cast<float>(v.size());
    };
    const float interval = mean(s.frameIntervalsMs);
    ImGui::Text("frame every %.1f ms (%.0f fps), %.2f ms to build", interval, interval > 0 ? 1000.0F / interval : 0.0F,
        mean(s.frameCostsMs));
    if (!s.frameIntervalsMs.empty()) {
        const float top = std::max(50.0F, *std::max_element(s.frameIntervalsMs.begin(), s.frameIntervalsMs.end()));
        ImGui::PlotLines("##frames", s.frameIntervalsMs.data(), static_cast<int>(s.frameIntervalsMs.size()), 0,
            "ms between frames", 0.0F, top, ImVec2(300, 60));
    }
    ImGui::Separator();
    ImGui::Text("event loop: longest stall %.0f ms in the last %.0f s", s.longestStallMs, s.stallWindowSeconds);
    if (!s.stallsMs.empty()) {
        const float top = std::max(100.0F, *std::max_element(s.stallsMs.begin(), s.stallsMs.end()));
        ImGui::PlotHistogram("##stalls", s.stallsMs.data(), static_cast<int>(s.stallsMs.size()), 0,
            "longest stall per second", 0.0F, top, ImVec2(300, 50));
    }
}

}  // namespace tessera
