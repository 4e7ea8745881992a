#include "alignment/MetaWeightTable.h"

#include <algorithm>
#include <stdexcept>

namespace tessera {

std::int64_t MetaWeightTable::dominantSlot(std::int64_t row) const
{
    std::int64_t best = 0;
    for (std::int64_t s = 1; s < slots(); ++s) {
        if (weight(row, s) > weight(row, best))
            best = s;
    }
    return best;
}

std::vector<double> MetaWeightTable::weightsOf(std::int64_t slot) const
{
    std::vector<double> values;
    for (std::int64_t r = 0; r < rows(); ++r) {
        if (has(r, slot))
            values.push_back(weight(r, slot));
    }
    return values;
}

BoxSummary MetaWeightTable::box(std::int64_t slot) const
{
    const std::vector<double> values = weightsOf(slot);
    return boxSummary(values);
}

std::vector<std::int64_t> MetaWeightTable::dominatedBy(std::int64_t slot, std::size_t limit, std::size_t* count) const
{
    std::vector<std::int64_t> out;
    for (std::int64_t r = 0; r < rows(); ++r) {
        if (dominantSlot(r) == slot)
            out.push_back(r);
    }
    if (count != nullptr)
        *count = out.size();
    std::stable_sort(
        out.begin(), out.end(), [&](std::int64_t a, std::int64_t b) { return weight(a, slot) > weight(b, slot); });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

DominantModalityAccuracy DominantModalityAccuracy::of(
    const MetaWeightTable& table, std::span<const std::int64_t> queryRows, std::span<const std::int64_t> ranks)
{
    if (queryRows.size() != ranks.size())
        throw std::invalid_argument("DominantModalityAccuracy: one rank per query row is needed");
    DominantModalityAccuracy out;
    out.queries.assign(static_cast<std::size_t>(table.slots()), 0);
    out.hits1.assign(static_cast<std::size_t>(table.slots()), 0);
    for (std::size_t i = 0; i < queryRows.size(); ++i) {
        const auto slot = static_cast<std::size_t>(table.dominantSlot(queryRows[i]));
        out.queries[slot] += 1;
        out.hits1[slot] += ranks[i] == 0 ? 1 : 0;
    }
    return out;
}

}  // namespace tessera
