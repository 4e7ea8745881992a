#include "models/mygo/TokenSelection.h"

#include <algorithm>
#include <unordered_map>

namespace tessera {

SelectedTokens selectTopTokens(std::span<const std::int64_t> rawTokens, std::int64_t slots, std::int64_t padId)
{
    struct Count {
        std::int64_t id = 0;
        std::int64_t count = 0;
        std::size_t firstSeen = 0;
    };
    std::unordered_map<std::int64_t, std::size_t> indexOf;
    std::vector<Count> counts;
    for (std::size_t i = 0; i < rawTokens.size(); ++i) {
        const auto [it, inserted] = indexOf.emplace(rawTokens[i], counts.size());
        if (inserted)
            counts.push_back(Count {rawTokens[i], 0, i});
        ++counts[it->second].count;
    }
    // most_common: by count, descending; a stable sort keeps first-seen order among equals.
    std::stable_sort(counts.begin(), counts.end(), [](const Count& a, const Count& b) { return a.count > b.count; });
    const auto keep = static_cast<std::size_t>(std::min<std::int64_t>(slots, static_cast<std::int64_t>(counts.size())));
    SelectedTokens selected;
    for (std::size_t i = 0; i < keep; ++i)
        selected.ids.push_back(counts[i].id);
    std::sort(selected.ids.begin(), selected.ids.end());
    selected.mask.assign(selected.ids.size(), 0);
    while (static_cast<std::int64_t>(selected.ids.size()) < slots) {
        selected.ids.push_back(padId);
        selected.mask.push_back(1);
    }
    return selected;
}

}  // namespace tessera
