#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace tessera {

// A 2-D principal-component view of code vectors, as Uni-Code's Fig. 4 draws a shared codebook:
// the vectors centred on their mean and projected on the two directions of largest variance
// (power iteration with deflation on the D × D covariance, in double precision). Each direction's
// sign is fixed so that its largest loading is positive, which makes the picture reproducible.
struct CodebookProjection {
    std::vector<double> x;         // per vector, its coordinate on the first principal direction
    std::vector<double> y;         // on the second (0 when D = 1)
    double explained[2] = {0, 0};  // share of the total variance along each direction

    // `vectors`: rows × dim values, row-major; `rows` chooses which rows to project (all when
    // empty). Throws std::invalid_argument when the sizes disagree.
    static CodebookProjection compute(
        std::span<const float> vectors, std::int64_t dim, std::span<const std::int64_t> rows = {});
};

}  // namespace tessera
