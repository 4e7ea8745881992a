#include "tokenizers/CodebookStatistics.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>
#include <string>

namespace tessera {

CodeUsage CodebookStatistics::usage(
    std::int64_t codes, std::span<const std::vector<std::int64_t>> assignments, std::int64_t top)
{
    if (codes <= 0)
        throw std::invalid_argument("a codebook needs at least one code");
    CodeUsage out;
    out.codes = codes;
    out.counts.assign(static_cast<std::size_t>(codes), 0);
    out.documentFrequency.assign(static_cast<std::size_t>(codes), 0);
    std::vector<std::size_t> lastEntity(static_cast<std::size_t>(codes), static_cast<std::size_t>(-1));
    for (std::size_t e = 0; e < assignments.size(); ++e) {
        for (const std::int64_t code : assignments[e]) {
            if (code < 0 || code >= codes)
                throw std::out_of_range(
                    "code " + std::to_string(code) + " outside a codebook of " + std::to_string(codes));
            const auto c = static_cast<std::size_t>(code);
            ++out.counts[c];
            if (lastEntity[c] != e) {
                lastEntity[c] = e;
                ++out.documentFrequency[c];
            }
        }
    }
    for (const std::int64_t count : out.counts) {
        out.total += count;
        out.used += count > 0 ? 1 : 0;
    }
    out.dead = codes - out.used;
    out.usage = static_cast<double>(out.used) / static_cast<double>(codes);
    if (out.total > 0) {
        const auto total = static_cast<double>(out.total);
        for (const std::int64_t count : out.counts) {
            if (count > 0) {
                const double p = static_cast<double>(count) / total;
                out.entropy -= p * std::log(p);
            }
        }
        out.perplexity = std::exp(out.entropy);
        out.normalisedEntropy = codes > 1 ? out.entropy / std::log(static_cast<double>(codes)) : 0.0;
    }
    std::vector<std::int64_t> sorted = out.counts;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    out.top = std::min(top, codes);
    if (out.total > 0) {
        std::int64_t mass = 0;
        for (std::int64_t i = 0; i < out.top; ++i)
            mass += sorted[static_cast<std::size_t>(i)];
        out.topMass = static_cast<double>(mass) / static_cast<double>(out.total);
        // Gini over counts in ascending order x_1..x_n: sum_i (2i - n - 1) x_i / (n sum x).
        const auto n = static_cast<double>(codes);
        double weighted = 0;
        for (std::int64_t i = 0; i < codes; ++i) {
            const double x = static_cast<double>(sorted[static_cast<std::size_t>(codes - 1 - i)]);
            weighted += (2.0 * static_cast<double>(i + 1) - n - 1.0) * x;
        }
        out.gini = weighted / (n * static_cast<double>(out.total));
    }
    return out;
}

CodeOverlap CodebookStatistics::overlap(const CodeUsage& a, const CodeUsage& b, double mixedThreshold)
{
    if (a.codes != b.codes)
        throw std::invalid_argument("the two usages are of codebooks of different sizes");
    CodeOverlap out;
    out.mixedThreshold = mixedThreshold;
    std::int64_t both = 0;
    std::int64_t either = 0;
    std::int64_t mixed = 0;
    double js = 0;
    const double totalA = static_cast<double>(std::max<std::int64_t>(a.total, 1));
    const double totalB = static_cast<double>(std::max<std::int64_t>(b.total, 1));
    for (std::size_t c = 0; c < static_cast<std::size_t>(a.codes); ++c) {
        const bool inA = a.counts[c] > 0;
        const bool inB = b.counts[c] > 0;
        both += inA && inB ? 1 : 0;
        either += inA || inB ? 1 : 0;
        const double p = static_cast<double>(a.counts[c]) / totalA;
        const double q = static_cast<double>(b.counts[c]) / totalB;
        if (inA || inB) {
            const double share = p / (p + q);
            if (share >= mixedThreshold && 1.0 - share >= mixedThreshold)
                ++mixed;
            const double m = 0.5 * (p + q);
            if (p > 0)
                js += 0.5 * p * std::log2(p / m);
            if (q > 0)
                js += 0.5 * q * std::log2(q / m);
        }
    }
    if (either > 0) {
        out.jaccard = static_cast<double>(both) / static_cast<double>(either);
        out.mixedShare = static_cast<double>(mixed) / static_cast<double>(either);
    }
    out.jsDivergence = std::clamp(js, 0.0, 1.0);
    return out;
}

std::vector<std::pair<std::size_t, std::int64_t>> CodebookStatistics::entitiesUsing(
    std::int64_t code, std::span<const std::vector<std::int64_t>> assignments)
{
    std::vector<std::pair<std::size_t, std::int64_t>> out;
    for (std::size_t e = 0; e < assignments.size(); ++e) {
        const auto n = std::count(assignments[e].begin(), assignments[e].end(), code);
        if (n > 0)
            out.emplace_back(e, n);
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
    return out;
}

}  // namespace tessera
