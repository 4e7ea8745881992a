#include "tokenizers/CodebookProjection.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace tessera {

namespace {

constexpr int kIterations = 500;

// The dominant eigenvector of a symmetric D × D matrix, and its eigenvalue.
std::pair<std::vector<double>, double> dominant(const std::vector<double>& matrix, std::int64_t dim)
{
    const auto d = static_cast<std::size_t>(dim);
    // A start that is not orthogonal to any eigenvector in practice, and the same on every run.
    std::vector<double> v(d);
    for (std::size_t i = 0; i < d; ++i)
        v[i] = 1.0 + 0.1 * static_cast<double>(i);
    double value = 0;
    std::vector<double> next(d);
    for (int iteration = 0; iteration < kIterations; ++iteration) {
        for (std::size_t i = 0; i < d; ++i)
            next[i] = std::inner_product(v.begin(), v.end(), matrix.begin() + static_cast<std::ptrdiff_t>(i * d), 0.0);
        const double norm = std::sqrt(std::inner_product(next.begin(), next.end(), next.begin(), 0.0));
        if (norm == 0)
            return {std::vector<double>(d, 0.0), 0.0};
        for (std::size_t i = 0; i < d; ++i)
            next[i] /= norm;
        value = norm;
        double change = 0;
        for (std::size_t i = 0; i < d; ++i)
            change = std::max(change, std::abs(next[i] - v[i]));
        v.swap(next);
        if (change < 1e-12)
            break;
    }
    // The largest loading positive.
    const auto largest
        = std::max_element(v.begin(), v.end(), [](double a, double b) { return std::abs(a) < std::abs(b); });
    if (*largest < 0) {
        for (double& x : v)
            x = -x;
    }
    return {v, value};
}

}  // namespace

CodebookProjection CodebookProjection::compute(
    std::span<const float> vectors, std::int64_t dim, std::span<const std::int64_t> rows)
{
    if (dim < 1 || vectors.size() % static_cast<std::size_t>(dim) != 0)
        throw std::invalid_argument("code vectors are not a whole number of rows of width " + std::to_string(dim));
    const auto d = static_cast<std::size_t>(dim);
    const std::int64_t available = static_cast<std::int64_t>(vectors.size() / d);
    std::vector<std::int64_t> chosen(rows.begin(), rows.end());
    if (rows.empty()) {
        chosen.resize(static_cast<std::size_t>(available));
        std::iota(chosen.begin(), chosen.end(), std::int64_t {0});
    }
    for (const std::int64_t r : chosen) {
        if (r < 0 || r >= available)
            throw std::invalid_argument(
                "code " + std::to_string(r) + " outside the " + std::to_string(available) + " code vectors");
    }
    CodebookProjection out;
    const std::size_t n = chosen.size();
    out.x.assign(n, 0.0);
    out.y.assign(n, 0.0);
    if (n == 0)
        return out;
    std::vector<double> mean(d, 0.0);
    for (const std::int64_t r : chosen) {
        for (std::size_t j = 0; j < d; ++j)
            mean[j] += vectors[static_cast<std::size_t>(r) * d + j];
    }
    for (double& m : mean)
        m /= static_cast<double>(n);
    std::vector<double> centred(n * d);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < d; ++j)
            centred[i * d + j] = vectors[static_cast<std::size_t>(chosen[i]) * d + j] - mean[j];
    }
    std::vector<double> covariance(d * d, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t a = 0; a < d; ++a) {
            for (std::size_t b = 0; b < d; ++b)
                covariance[a * d + b] += centred[i * d + a] * centred[i * d + b];
        }
    }
    for (double& c : covariance)
        c /= static_cast<double>(n);
    double total = 0;
    for (std::size_t a = 0; a < d; ++a)
        total += covariance[a * d + a];

    std::vector<std::vector<double>*> coordinates {&out.x, &out.y};
    for (std::size_t component = 0; component < std::min<std::size_t>(2, d); ++component) {
        const auto [direction, value] = dominant(covariance, dim);
        out.explained[component] = total > 0 ? value / total : 0.0;
        for (std::size_t i = 0; i < n; ++i)
            (*coordinates[component])[i] = std::inner_product(
                direction.begin(), direction.end(), centred.begin() + static_cast<std::ptrdiff_t>(i * d), 0.0);
        // Deflate: remove the found direction's variance.
        for (std::size_t a = 0; a < d; ++a) {
            for (std::size_t b = 0; b < d; ++b)
                covariance[a * d + b] -= value * direction[a] * direction[b];
        }
    }
    return out;
}

}  // namespace tessera
