#include "embedding/CosineNeighbours.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace tessera {

std::vector<CosineNeighbour> nearestByCosine(
    std::span<const float> vectors, std::int64_t n, std::int64_t d, std::int64_t query, std::int64_t k)
{
    if (n < 0 || d < 1 || static_cast<std::int64_t>(vectors.size()) != n * d)
        throw std::invalid_argument("nearestByCosine: vectors are not n × d");
    if (query < 0 || query >= n)
        throw std::invalid_argument("nearestByCosine: the query is not one of the rows");
    const auto row
        = [&](std::int64_t i) { return vectors.subspan(static_cast<std::size_t>(i * d), static_cast<std::size_t>(d)); };
    const auto norm = [](std::span<const float> v) {
        double s = 0;
        for (const float x : v)
            s += static_cast<double>(x) * x;
        return std::sqrt(s);
    };
    const std::span<const float> q = row(query);
    const double qNorm = norm(q);
    std::vector<CosineNeighbour> all;
    all.reserve(static_cast<std::size_t>(n > 0 ? n - 1 : 0));
    for (std::int64_t i = 0; i < n; ++i) {
        if (i == query)
            continue;
        const std::span<const float> v = row(i);
        double dot = 0;
        for (std::int64_t j = 0; j < d; ++j)
            dot += static_cast<double>(q[static_cast<std::size_t>(j)]) * v[static_cast<std::size_t>(j)];
        const double denominator = qNorm * norm(v);
        all.push_back({i, denominator > 0 ? dot / denominator : 0.0});
    }
    const auto better = [](const CosineNeighbour& a, const CosineNeighbour& b) {
        return a.cosine != b.cosine ? a.cosine > b.cosine : a.index < b.index;
    };
    const auto keep = static_cast<std::size_t>(std::clamp<std::int64_t>(k, 0, static_cast<std::int64_t>(all.size())));
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(keep), all.end(), better);
    all.resize(keep);
    return all;
}

}  // namespace tessera
