#include "embedding/TsneAffinities.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <stdexcept>
#include <thread>

namespace tessera {

namespace {

// Independent partial sums the compiler keeps in one SIMD register: a single running float sum
// is a dependency chain it may not reorder (no -ffast-math), which made the all-pairs search
// scalar and the slowest stage of t-SNE. Float products; the norms carry the magnitude.
constexpr std::int64_t kLanes = 8;

float dotProduct(const float* a, const float* b, std::int64_t d)
{
    float lanes[kLanes] = {};
    std::int64_t c = 0;
    for (; c + kLanes <= d; c += kLanes) {
        for (std::int64_t l = 0; l < kLanes; ++l)
            lanes[l] += a[c + l] * b[c + l];
    }
    float dot = 0;
    for (; c < d; ++c)
        dot += a[c] * b[c];
    for (const float lane : lanes)
        dot += lane;
    return dot;
}

}  // namespace

NearestNeighbours exactNearestNeighbours(
    std::span<const float> points, std::int64_t n, std::int64_t d, std::int64_t k, int threads, std::stop_token stop)
{
    if (n < 2 || d < 1 || static_cast<std::int64_t>(points.size()) != n * d)
        throw std::invalid_argument("nearest neighbours need at least 2 points of a common dimension");
    k = std::clamp<std::int64_t>(k, 1, n - 1);
    NearestNeighbours out;
    out.k = k;
    out.index.resize(static_cast<std::size_t>(n * k));
    out.squaredDistance.resize(static_cast<std::size_t>(n * k));
    // ‖x‖² once, then ‖x_i − x_j‖² = ‖x_i‖² + ‖x_j‖² − 2 x_i·x_j, accumulated in double so that
    // near neighbours are not lost to cancellation.
    std::vector<double> norms(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        double s = 0;
        for (std::int64_t c = 0; c < d; ++c)
            s += static_cast<double>(points[i * d + c]) * points[i * d + c];
        norms[static_cast<std::size_t>(i)] = s;
    }
    const auto work = [&](std::int64_t first, std::int64_t step) {
        std::vector<std::pair<double, std::int32_t>> row(static_cast<std::size_t>(n - 1));
        for (std::int64_t i = first; i < n; i += step) {
            if (stop.stop_requested())
                return;
            const float* xi = points.data() + i * d;
            std::size_t m = 0;
            for (std::int64_t j = 0; j < n; ++j) {
                if (j == i)
                    continue;
                const float dot = dotProduct(xi, points.data() + j * d, d);
                const double dist = std::max(
                    0.0, norms[static_cast<std::size_t>(i)] + norms[static_cast<std::size_t>(j)] - 2.0 * dot);
                row[m++] = {dist, static_cast<std::int32_t>(j)};
            }
            std::partial_sort(row.begin(), row.begin() + k, row.end());
            for (std::int64_t a = 0; a < k; ++a) {
                out.index[static_cast<std::size_t>(i * k + a)] = row[static_cast<std::size_t>(a)].second;
                out.squaredDistance[static_cast<std::size_t>(i * k + a)]
                    = static_cast<float>(row[static_cast<std::size_t>(a)].first);
            }
        }
    };
    const int count = std::max(1, threads);
    std::vector<std::jthread> pool;
    for (int t = 1; t < count; ++t)
        pool.emplace_back(work, t, count);
    work(0, count);
    pool.clear();
    if (stop.stop_requested())
        throw std::runtime_error("stopped");
    return out;
}

std::vector<double> perplexityRow(std::span<const float> squaredDistances, double perplexity)
{
    const std::size_t m = squaredDistances.size();
    std::vector<double> p(m, 0.0);
    if (m == 0)
        return p;
    const double target = std::log(perplexity);
    // Distances relative to the nearest keep exp() in range; it does not change the row.
    const double nearest = *std::min_element(squaredDistances.begin(), squaredDistances.end());
    double beta = 1.0;
    double low = 0;
    double high = std::numeric_limits<double>::infinity();
    for (int step = 0; step < 200; ++step) {
        double sum = 0;
        double weighted = 0;
        for (std::size_t j = 0; j < m; ++j) {
            const double dist = squaredDistances[j] - nearest;
            p[j] = std::exp(-beta * dist);
            sum += p[j];
            weighted += dist * p[j];
        }
        // H = log Σ + β Σ d p / Σ
        const double entropy = std::log(sum) + beta * weighted / sum;
        for (double& v : p)
            v /= sum;
        if (std::abs(entropy - target) < 1e-10)
            break;
        if (entropy > target) {  // too flat: sharpen
            low = beta;
            beta = std::isinf(high) ? beta * 2 : (beta + high) / 2;
        } else {
            high = beta;
            beta = (beta + low) / 2;
        }
    }
    return p;
}

SparseAffinities symmetricAffinities(const NearestNeighbours& neighbours, double perplexity)
{
    const std::int64_t k = neighbours.k;
    const auto n = static_cast<std::int64_t>(neighbours.index.size()) / std::max<std::int64_t>(1, k);
    // Every (i, j) pair of either row, with P_cond(j|i) + P_cond(i|j).
    std::vector<std::map<std::int32_t, double>> rows(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        const auto p = perplexityRow(
            std::span<const float>(neighbours.squaredDistance.data() + i * k, static_cast<std::size_t>(k)), perplexity);
        for (std::int64_t a = 0; a < k; ++a) {
            const std::int32_t j = neighbours.index[static_cast<std::size_t>(i * k + a)];
            rows[static_cast<std::size_t>(i)][j] += p[static_cast<std::size_t>(a)];
            rows[static_cast<std::size_t>(j)][static_cast<std::int32_t>(i)] += p[static_cast<std::size_t>(a)];
        }
    }
    SparseAffinities out;
    out.n = n;
    out.rowStart.reserve(static_cast<std::size_t>(n + 1));
    out.rowStart.push_back(0);
    const double scale = 1.0 / (2.0 * static_cast<double>(n));
    for (const auto& row : rows) {
        for (const auto& [j, v] : row) {
            out.column.push_back(j);
            out.value.push_back(v * scale);
        }
        out.rowStart.push_back(static_cast<std::int64_t>(out.column.size()));
    }
    return out;
}

}  // namespace tessera
