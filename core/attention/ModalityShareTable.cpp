#include "attention/ModalityShareTable.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tessera {

std::string_view attentionSlotName(AttentionSlot slot)
{
    switch (slot) {
    case AttentionSlot::Structure:
        return "structure";
    case AttentionSlot::Visual:
        return "visual";
    case AttentionSlot::Text:
        return "text";
    case AttentionSlot::Self:
        return "self";
    }
    return "?";
}

double shareOf(const ClsAttentionShares& shares, AttentionSlot slot)
{
    switch (slot) {
    case AttentionSlot::Structure:
        return shares.structure;
    case AttentionSlot::Visual:
        return shares.visual;
    case AttentionSlot::Text:
        return shares.text;
    case AttentionSlot::Self:
        return shares.self;
    }
    return 0;
}

AttentionSlot dominantModality(const ClsAttentionShares& shares)
{
    if (shares.visual > shares.structure && shares.visual >= shares.text)
        return AttentionSlot::Visual;
    if (shares.text > shares.structure && shares.text > shares.visual)
        return AttentionSlot::Text;
    return AttentionSlot::Structure;
}

namespace {

bool hasModality(const ModalityShareTable& table, std::size_t entity, AttentionSlot slot)
{
    if (slot == AttentionSlot::Visual)
        return entity < table.hasVisual.size() && table.hasVisual[entity] != 0;
    if (slot == AttentionSlot::Text)
        return entity < table.hasText.size() && table.hasText[entity] != 0;
    return true;
}

}  // namespace

std::vector<EntityId> entitiesWithLargestShare(
    const ModalityShareTable& table, bool useRollout, AttentionSlot slot, std::size_t count)
{
    const std::vector<ClsAttentionShares>& shares = table.of(useRollout);
    std::vector<EntityId> ids;
    for (std::size_t e = 0; e < shares.size(); ++e) {
        if (hasModality(table, e, slot))
            ids.push_back(static_cast<EntityId>(e));
    }
    const auto larger = [&](EntityId a, EntityId b) {
        const double sa = shareOf(shares[a], slot);
        const double sb = shareOf(shares[b], slot);
        return sa != sb ? sa > sb : a < b;
    };
    const std::size_t kept = std::min(count, ids.size());
    std::partial_sort(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(kept), ids.end(), larger);
    ids.resize(kept);
    return ids;
}

BoxSummary boxSummary(std::span<const double> values)
{
    BoxSummary box;
    if (values.empty())
        return box;
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    const auto quantile = [&](double q) {
        const double position = q * static_cast<double>(sorted.size() - 1);
        const auto below = static_cast<std::size_t>(std::floor(position));
        const std::size_t above = std::min(below + 1, sorted.size() - 1);
        return sorted[below] + (position - static_cast<double>(below)) * (sorted[above] - sorted[below]);
    };
    box.minimum = sorted.front();
    box.lowerQuartile = quantile(0.25);
    box.median = quantile(0.5);
    box.upperQuartile = quantile(0.75);
    box.maximum = sorted.back();
    box.mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / static_cast<double>(sorted.size());
    box.count = sorted.size();
    return box;
}

std::vector<double> sharesOf(const ModalityShareTable& table, bool useRollout, AttentionSlot slot)
{
    const std::vector<ClsAttentionShares>& shares = table.of(useRollout);
    std::vector<double> out;
    out.reserve(shares.size());
    for (std::size_t e = 0; e < shares.size(); ++e) {
        if (hasModality(table, e, slot))
            out.push_back(shareOf(shares[e], slot));
    }
    return out;
}

}  // namespace tessera
