#include "alignment/AlignmentMetrics.h"

namespace tessera {

AlignmentMetrics AlignmentMetrics::fromRanks(std::span<const std::int64_t> ranks)
{
    AlignmentMetrics m;
    m.count = static_cast<std::int64_t>(ranks.size());
    if (ranks.empty())
        return m;
    double reciprocal = 0;
    double sum = 0;
    for (const std::int64_t rank : ranks) {
        m.hits1Count += rank < 1 ? 1 : 0;
        m.hits10Count += rank < 10 ? 1 : 0;
        reciprocal += 1.0 / static_cast<double>(rank + 1);
        sum += static_cast<double>(rank + 1);
    }
    const auto n = static_cast<double>(m.count);
    m.hits1 = static_cast<double>(m.hits1Count) / n;
    m.hits10 = static_cast<double>(m.hits10Count) / n;
    m.mrr = reciprocal / n;
    m.mr = sum / n;
    return m;
}

}  // namespace tessera
