#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace tessera {

struct CosineNeighbour {
    std::int64_t index = 0;
    double cosine = 0;
};

// The `k` rows of `vectors` (n × d, row-major) most similar to row `query` by cosine similarity,
// the query itself left out, most similar first (ties: lower index first). A zero row has cosine
// 0 with everything. Accumulated in double: what the embedding map lists beside a focused point,
// measured in the model's own space, not in the 2-D picture. std::invalid_argument for sizes
// that disagree or a query outside the rows.
std::vector<CosineNeighbour> nearestByCosine(
    std::span<const float> vectors, std::int64_t n, std::int64_t d, std::int64_t query, std::int64_t k);

}  // namespace tessera
