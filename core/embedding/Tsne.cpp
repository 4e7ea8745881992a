#include "embedding/Tsne.h"
#include "embedding/SpaceTree2d.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <stdexcept>
#include <thread>

namespace tessera {

namespace {

void runThreads(int threads, std::int64_t n, const std::function<void(std::int64_t, std::int64_t)>& work)
{
    const int count = std::max(1, threads);
    std::vector<std::jthread> pool;
    for (int t = 1; t < count; ++t)
        pool.emplace_back(work, t, count);
    work(0, count);
}

}  // namespace

TsneResult barnesHutTsne(std::span<const float> points, std::int64_t n, std::int64_t d, const TsneOptions& options,
    std::stop_token stop, const TsneProgressCallback& progress)
{
    if (n < 4)
        throw std::invalid_argument("t-SNE needs at least 4 points");
    if (d < 1 || static_cast<std::int64_t>(points.size()) != n * d)
        throw std::invalid_argument("t-SNE's points must be N × D values");
    const auto keepGoing = [&](const TsneProgress& p) {
        if (stop.stop_requested() || (progress && !progress(p)))
            throw std::runtime_error("stopped");
    };
    TsneResult result;
    result.perplexity = std::min(options.perplexity, static_cast<double>(n - 1) / 3.0);
    const std::int64_t k = options.neighbours > 0
        ? std::min(options.neighbours, n - 1)
        : std::min<std::int64_t>(n - 1, static_cast<std::int64_t>(3 * result.perplexity));
    result.neighbours = k;
    keepGoing({"neighbours", 0, options.iterations});
    const NearestNeighbours nn = exactNearestNeighbours(points, n, d, k, options.threads, stop);
    keepGoing({"affinities", 0, options.iterations});
    const SparseAffinities p = symmetricAffinities(nn, result.perplexity);

    std::vector<double> y(static_cast<std::size_t>(2 * n));
    std::mt19937_64 random(options.seed);
    std::normal_distribution<double> gaussian(0.0, 1e-4);
    for (double& v : y)
        v = gaussian(random);
    std::vector<double> update(y.size(), 0.0);
    std::vector<double> gains(y.size(), 1.0);
    std::vector<double> gradient(y.size());
    std::vector<double> attract(y.size());
    std::vector<double> repel(y.size());
    std::vector<double> sumWPerThread(static_cast<std::size_t>(std::max(1, options.threads)));
    const double rate = options.learningRate > 0 ? options.learningRate
                                                 : std::max(static_cast<double>(n) / options.exaggeration / 4.0, 50.0);

    for (int iteration = 0; iteration < options.iterations; ++iteration) {
        const bool early = iteration < options.exaggerationIterations;
        const double exaggeration = early ? options.exaggeration : 1.0;
        const double momentum = early ? 0.5 : 0.8;
        // Attraction over P's non-zeros: Σ_j p_ij w_ij (y_i − y_j).
        // Repulsion: Σ_j w_ij² (y_i − y_j), and Z = Σ_i Σ_j w_ij, from the tree.
        const SpaceTree2d tree(y);
        std::fill(sumWPerThread.begin(), sumWPerThread.end(), 0.0);
        runThreads(options.threads, n, [&](std::int64_t first, std::int64_t step) {
            double sumW = 0;
            for (std::int64_t i = first; i < n; i += step) {
                const double xi = y[2 * i];
                const double yi = y[2 * i + 1];
                double ax = 0, ay = 0;
                for (std::int64_t e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e) {
                    const std::int32_t j = p.column[static_cast<std::size_t>(e)];
                    const double dx = xi - y[2 * static_cast<std::size_t>(j)];
                    const double dy = yi - y[2 * static_cast<std::size_t>(j) + 1];
                    const double w = p.value[static_cast<std::size_t>(e)] / (1.0 + dx * dx + dy * dy);
                    ax += w * dx;
                    ay += w * dy;
                }
                attract[2 * i] = ax;
                attract[2 * i + 1] = ay;
                double rx = 0, ry = 0;
                tree.repulsion(xi, yi, options.theta, sumW, rx, ry);
                repel[2 * i] = rx;
                repel[2 * i + 1] = ry;
            }
            sumWPerThread[static_cast<std::size_t>(first)] = sumW;
        });
        double z = 0;
        for (const double s : sumWPerThread)
            z += s;
        z = std::max(z, 1e-300);
        for (std::size_t c = 0; c < y.size(); ++c)
            gradient[c] = 4.0 * (exaggeration * attract[c] - repel[c] / z);
        // Gains grow where the gradient keeps its direction against the last step, shrink where it flips.
        for (std::size_t c = 0; c < y.size(); ++c) {
            gains[c] = (gradient[c] > 0) != (update[c] > 0) ? gains[c] + 0.2 : gains[c] * 0.8;
            gains[c] = std::max(gains[c], 0.01);
            update[c] = momentum * update[c] - rate * gains[c] * gradient[c];
            y[c] += update[c];
        }
        // Keep the map centred (the gradient is translation-invariant; drift only costs precision).
        double mx = 0, my = 0;
        for (std::int64_t i = 0; i < n; ++i) {
            mx += y[2 * i];
            my += y[2 * i + 1];
        }
        mx /= static_cast<double>(n);
        my /= static_cast<double>(n);
        for (std::int64_t i = 0; i < n; ++i) {
            y[2 * i] -= mx;
            y[2 * i + 1] -= my;
        }
        keepGoing({"optimising", iteration + 1, options.iterations});
    }
    result.xy.assign(y.begin(), y.end());
    result.klDivergence = tsneKlDivergence(p, result.xy);
    return result;
}

double tsneKlDivergence(const SparseAffinities& p, std::span<const float> xy)
{
    const std::int64_t n = p.n;
    double z = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::int64_t j = 0; j < n; ++j) {
            if (i == j)
                continue;
            const double dx = static_cast<double>(xy[2 * i]) - xy[2 * j];
            const double dy = static_cast<double>(xy[2 * i + 1]) - xy[2 * j + 1];
            z += 1.0 / (1.0 + dx * dx + dy * dy);
        }
    }
    double kl = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::int64_t e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e) {
            const double pij = p.value[static_cast<std::size_t>(e)];
            if (pij <= 0)
                continue;
            const std::int32_t j = p.column[static_cast<std::size_t>(e)];
            const double dx = static_cast<double>(xy[2 * i]) - xy[2 * j];
            const double dy = static_cast<double>(xy[2 * i + 1]) - xy[2 * j + 1];
            const double q = 1.0 / (1.0 + dx * dx + dy * dy) / z;
            kl += pij * std::log(pij / q);
        }
    }
    return kl;
}

double neighbourPreservation(std::span<const float> a, std::int64_t da, std::span<const float> b, std::int64_t db,
    std::int64_t n, std::int64_t k, int threads)
{
    const NearestNeighbours na = exactNearestNeighbours(a, n, da, k, threads);
    const NearestNeighbours nb = exactNearestNeighbours(b, n, db, k, threads);
    double kept = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        const std::set<std::int32_t> inA(na.index.begin() + i * na.k, na.index.begin() + (i + 1) * na.k);
        for (std::int64_t j = 0; j < nb.k; ++j)
            kept += inA.count(nb.index[static_cast<std::size_t>(i * nb.k + j)]) ? 1 : 0;
    }
    return kept / static_cast<double>(n * na.k);
}

}  // namespace tessera
