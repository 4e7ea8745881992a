#pragma once

#include <cstdint>
#include <span>
#include <stop_token>
#include <vector>

namespace tessera {

// A symmetric sparse N × N matrix in compressed rows: t-SNE's input similarities P.
struct SparseAffinities {
    std::int64_t n = 0;
    std::vector<std::int64_t> rowStart;  // N + 1 offsets into column / value
    std::vector<std::int32_t> column;
    std::vector<double> value;
};

// Each point's k nearest other points by squared Euclidean distance, nearest first (ties by the
// lower index), computed exactly by brute force in `threads` threads (rows are independent).
// `points` is N × D row-major. neighbours and distances are N × k. Throws ReadCancelled-free
// std::runtime_error("stopped") when `stop` is requested.
struct NearestNeighbours {
    std::int64_t k = 0;
    std::vector<std::int32_t> index;
    std::vector<float> squaredDistance;
};
NearestNeighbours exactNearestNeighbours(std::span<const float> points, std::int64_t n, std::int64_t d, std::int64_t k,
    int threads, std::stop_token stop = {});

// The conditional P(j|i) ∝ exp(−β_i ‖x_i − x_j‖²) over row i's candidates, β_i found by bisection
// so that the row's entropy is log(perplexity) (natural log, as van der Maaten's code). Returns
// the probabilities in the order of `squaredDistances`.
std::vector<double> perplexityRow(std::span<const float> squaredDistances, double perplexity);

// t-SNE's P: rows from perplexityRow over the k nearest neighbours (Barnes–Hut t-SNE, van der
// Maaten 2014), then symmetrised, P = (P_cond + P_condᵀ) / 2N, so that all entries sum to 1.
SparseAffinities symmetricAffinities(const NearestNeighbours& neighbours, double perplexity);

}  // namespace tessera
