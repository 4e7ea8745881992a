#pragma once

#include <cstdint>
#include <span>

namespace tessera {

// Hits@1/10, MRR and MR of one alignment direction from 0-based ranks of the true counterparts,
// as the reference's test routine reports them (Hits = fraction with rank < k; MR = mean of rank + 1).
struct AlignmentMetrics {
    std::int64_t count = 0;
    std::int64_t hits1Count = 0;
    std::int64_t hits10Count = 0;
    double hits1 = 0;
    double hits10 = 0;
    double mrr = 0;
    double mr = 0;

    static AlignmentMetrics fromRanks(std::span<const std::int64_t> ranks);
};

}  // namespace tessera
