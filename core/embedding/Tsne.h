#pragma once

#include "embedding/TsneAffinities.h"

#include <cstdint>
#include <functional>
#include <span>
#include <stop_token>
#include <vector>

namespace tessera {

struct TsneOptions {
    double perplexity = 30;  // lowered to (N − 1) / 3 for small N, as each point needs 3·perplexity neighbours
    int iterations = 1000;
    double theta = 0.5;  // Barnes–Hut opening angle; 0 computes every pair (exact repulsion)
    // Early exaggeration (van der Maaten 2014; the defaults of bhtsne and openTSNE).
    double exaggeration = 12;
    int exaggerationIterations = 250;
    // ≤ 0: max(N / exaggeration / 4, 50), as openTSNE and scikit-learn choose it.
    double learningRate = 0;
    std::uint64_t seed = 1;
    int threads = 2;
    // Neighbours per point; ≤ 0: min(N − 1, ⌊3·perplexity⌋). N − 1 with θ = 0 is exact t-SNE.
    std::int64_t neighbours = 0;
};

struct TsneProgress {
    const char* stage = "";  // "neighbours", "affinities" or "optimising"
    int iteration = 0;
    int iterations = 0;
};

struct TsneResult {
    std::vector<float> xy;    // N × 2
    double klDivergence = 0;  // KL(P ‖ Q) of the final map, P the affinities it optimised, Q exact
    double perplexity = 0;    // the one used
    std::int64_t neighbours = 0;
};

// t-SNE of N points of dimension D (row-major) to 2-D: exact k nearest neighbours, perplexity-
// calibrated affinities, then gradient descent with momentum (0.5, then 0.8 after the
// exaggeration), per-coordinate gains (+0.2 / ×0.8, at least 0.01) and the Barnes–Hut
// approximation of the repulsive forces. Deterministic for a seed (initial map: Gaussian with
// σ = 1e-4, as bhtsne). `progress` is called between iterations and returning false stops, as
// does `stop`: std::runtime_error("stopped"). std::invalid_argument for fewer than 4 points.
using TsneProgressCallback = std::function<bool(const TsneProgress&)>;
TsneResult barnesHutTsne(std::span<const float> points, std::int64_t n, std::int64_t d, const TsneOptions& options,
    std::stop_token stop = {}, const TsneProgressCallback& progress = {});

// KL(P ‖ Q) = Σ p_ij log(p_ij / q_ij) with Q computed exactly over all pairs of `xy` (O(N²)).
double tsneKlDivergence(const SparseAffinities& p, std::span<const float> xy);

// The share of each point's k nearest neighbours in `a` (N × da) that are also among its k
// nearest in `b` (N × db), averaged over the points: how well a map keeps neighbourhoods.
double neighbourPreservation(std::span<const float> a, std::int64_t da, std::span<const float> b, std::int64_t db,
    std::int64_t n, std::int64_t k, int threads);

}  // namespace tessera
