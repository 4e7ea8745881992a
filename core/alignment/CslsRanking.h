#pragma once

#include "alignment/SimilarityMatrix.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace tessera {

// Ranks of true counterparts in a similarity block, plain or with cross-domain similarity local
// scaling (CSLS, Conneau et al. 2018), as MEAformer's test routine computes them: CSLS(i, j) =
// 2 S(i, j) - r(i) - c(j), with r(i) the mean of row i's k largest values and c(j) the mean of
// column j's k largest; candidates are ordered by 1 - CSLS ascending. A rank is the number of
// candidates strictly better than the true one (0 = first) — counted in one pass over the block
// rather than by sorting each row and column, which gives the same rank when nothing ties with the
// true counterpart and the optimistic one when something does.
// Work is split over `threads` threads (0 = the cores present).
class CslsRanking {
public:
    struct Scales {
        std::vector<float> rows;     // r(i)
        std::vector<float> columns;  // c(j)
    };

    // k is clipped to the block's width (rows) and height (columns).
    static Scales scales(const SimilarityMatrix& similarity, std::int64_t k, int threads = 0);
    // c(j) for a block too large to hold: `fill(begin, end, out)` writes rows [begin, end) of the
    // block (row-major, `columns` wide) into `out`; rows are asked for `blockRows` at a time.
    using RowFill = std::function<void(std::int64_t begin, std::int64_t end, float* out)>;
    static std::vector<float> columnScales(
        std::int64_t rows, std::int64_t columns, std::int64_t k, const RowFill& fill, std::int64_t blockRows = 2048);
    // r(i) of one row of `columns` values.
    static float rowScale(std::span<const float> row, std::int64_t k);

    // The CSLS value of one cell, in the reference's float order.
    static float csls(float similarity, float rowScale, float columnScale)
    {
        return 2.0F * similarity - rowScale - columnScale;
    }

    // Rank of goldColumn[i] within row i (l2r); a negative entry skips the row (its rank is -1).
    // `scales` null ranks the plain similarity.
    static std::vector<std::int64_t> rankRows(const SimilarityMatrix& similarity,
        std::span<const std::int64_t> goldColumn, const Scales* scales, int threads = 0);
    // Rank of goldRow[j] within column j (r2l); a negative entry skips the column.
    static std::vector<std::int64_t> rankColumns(const SimilarityMatrix& similarity,
        std::span<const std::int64_t> goldRow, const Scales* scales, int threads = 0);
};

}  // namespace tessera
