#include "tokenizers/VqEmaCodebook.h"

#include <sstream>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace tessera {

namespace {

double squaredDistance(const float* a, const float* b, std::int64_t dim)
{
    double d = 0;
    for (std::int64_t i = 0; i < dim; ++i) {
        const double x = static_cast<double>(a[i]) - static_cast<double>(b[i]);
        d += x * x;
    }
    return d;
}

}  // namespace

VqEmaCodebook::VqEmaCodebook(VqEmaOptions options, std::span<const float> initial)
    : options_(options)
    , codes_(initial.begin(), initial.end())
    , counts_(static_cast<std::size_t>(options.codes), 1.0)
    , sums_(initial.begin(), initial.end())
    , unused_(static_cast<std::size_t>(options.codes), 0)
    , random_(options.seed)
{
    if (options.codes < 1 || options.dim < 1)
        throw std::invalid_argument("a codebook needs at least one code of width at least 1");
    if (initial.size() != static_cast<std::size_t>(options.codes * options.dim))
        throw std::invalid_argument("initial codes: expected " + std::to_string(options.codes * options.dim)
            + " values, got " + std::to_string(initial.size()));
    if (!(options.decay >= 0 && options.decay < 1) || options.epsilon < 0)
        throw std::invalid_argument("EMA decay must lie in [0, 1) and epsilon must not be negative");
}

std::vector<std::int64_t> VqEmaCodebook::nearest(std::span<const float> features) const
{
    const std::int64_t dim = options_.dim;
    if (features.size() % static_cast<std::size_t>(dim) != 0)
        throw std::invalid_argument("features are not a whole number of rows of the code width");
    const std::size_t n = features.size() / static_cast<std::size_t>(dim);
    std::vector<std::int64_t> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        const float* z = features.data() + i * static_cast<std::size_t>(dim);
        double best = std::numeric_limits<double>::infinity();
        for (std::int64_t k = 0; k < options_.codes; ++k) {
            const double d = squaredDistance(z, codes_.data() + k * dim, dim);
            if (d < best) {
                best = d;
                out[i] = k;
            }
        }
    }
    return out;
}

// What one modality's batch contributes: per-code counts and (half own, half paired) sums, and
// how far each feature lies from its code before the update (resets start from the worst).
struct VqEmaCodebook::BatchTally {
    std::vector<double> counts;
    std::vector<double> sums;
    std::vector<double> distance;
};

VqEmaCodebook::BatchTally VqEmaCodebook::tally(const VqModalityBatch& batch) const
{
    const std::int64_t dim = options_.dim;
    const std::int64_t codes = options_.codes;
    const std::size_t n = batch.assignments.size();
    const auto width = static_cast<std::size_t>(dim);
    if (batch.features.size() != n * width)
        throw std::invalid_argument("features and assignments disagree on the batch size");
    const bool paired = batch.paired.data() != batch.features.data();
    if (paired && batch.paired.size() != n * width)
        throw std::invalid_argument("paired features and assignments disagree on the batch size");
    BatchTally t;
    t.counts.assign(static_cast<std::size_t>(codes), 0.0);
    t.sums.assign(static_cast<std::size_t>(codes * dim), 0.0);
    t.distance.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t k = batch.assignments[i];
        if (k < 0 || k >= codes)
            throw std::out_of_range("assignment " + std::to_string(k) + " outside the codebook");
        const float* z = batch.features.data() + i * width;
        t.distance[i] = squaredDistance(z, codes_.data() + k * dim, dim);
        t.counts[static_cast<std::size_t>(k)] += 1.0;
        double* sum = t.sums.data() + k * dim;
        if (paired) {
            const float* p = batch.paired.data() + i * width;
            for (std::int64_t d = 0; d < dim; ++d)
                sum[d] += 0.5 * static_cast<double>(z[d]) + 0.5 * static_cast<double>(p[d]);
        } else {
            for (std::int64_t d = 0; d < dim; ++d)
                sum[d] += z[d];
        }
    }
    return t;
}

void VqEmaCodebook::emaStep(const BatchTally& t)
{
    if (!options_.ema)
        return;
    const std::int64_t dim = options_.dim;
    const std::int64_t codes = options_.codes;
    const double g = options_.decay;
    double total = 0;
    for (std::int64_t k = 0; k < codes; ++k) {
        auto& count = counts_[static_cast<std::size_t>(k)];
        count = g * count + (1 - g) * t.counts[static_cast<std::size_t>(k)];
        total += count;
        for (std::int64_t d = 0; d < dim; ++d) {
            auto& sum = sums_[static_cast<std::size_t>(k * dim + d)];
            sum = g * sum + (1 - g) * t.sums[static_cast<std::size_t>(k * dim + d)];
        }
    }
    const double eps = options_.epsilon;
    for (std::int64_t k = 0; k < codes; ++k) {
        const double smoothed
            = (counts_[static_cast<std::size_t>(k)] + eps) / (total + static_cast<double>(codes) * eps) * total;
        for (std::int64_t d = 0; d < dim; ++d)
            codes_[static_cast<std::size_t>(k * dim + d)]
                = static_cast<float>(sums_[static_cast<std::size_t>(k * dim + d)] / smoothed);
    }
}

namespace {

VqUpdateReport histogramReport(const std::vector<double>& counts, std::size_t n)
{
    VqUpdateReport report;
    double entropy = 0;
    for (const double c : counts) {
        if (c > 0) {
            ++report.used;
            const double p = c / static_cast<double>(n);
            entropy -= p * std::log(p);
        }
    }
    report.perplexity = n > 0 ? std::exp(entropy) : 0.0;
    return report;
}

}  // namespace

std::int64_t VqEmaCodebook::resetDead(const std::vector<bool>& usedInBatch,
    const std::vector<const BatchTally*>& tallies, const std::vector<std::span<const float>>& features)
{
    const std::int64_t dim = options_.dim;
    const std::int64_t codes = options_.codes;
    std::vector<std::int64_t> dead;
    for (std::int64_t k = 0; k < codes; ++k) {
        int& streak = unused_[static_cast<std::size_t>(k)];
        streak = usedInBatch[static_cast<std::size_t>(k)] ? 0 : streak + 1;
        if (options_.reset && streak >= options_.deadAfter)
            dead.push_back(k);
    }
    // Each modality's features, worst served first; the dead codes take them from the modalities
    // in turn, so that a modality whose features lie farther from the codes (another scale, say)
    // cannot take every fresh code from the other.
    std::vector<std::vector<std::size_t>> worst(tallies.size());
    for (std::size_t m = 0; m < tallies.size(); ++m) {
        worst[m].resize(tallies[m]->distance.size());
        std::iota(worst[m].begin(), worst[m].end(), std::size_t {0});
        std::stable_sort(worst[m].begin(), worst[m].end(),
            [&](std::size_t a, std::size_t b) { return tallies[m]->distance[a] > tallies[m]->distance[b]; });
    }
    std::vector<std::pair<std::size_t, std::size_t>> order;  // (modality, feature), in reset order
    for (std::size_t rank = 0; order.size() < dead.size(); ++rank) {
        bool any = false;
        for (std::size_t m = 0; m < worst.size() && order.size() < dead.size(); ++m) {
            if (rank < worst[m].size()) {
                order.emplace_back(m, worst[m][rank]);
                any = true;
            }
        }
        if (!any)
            break;
    }
    if (dead.empty() || order.empty())
        return 0;
    std::normal_distribution<double> noise(0.0, 1.0);
    for (std::size_t j = 0; j < dead.size(); ++j) {
        const std::int64_t k = dead[j];
        const auto& [m, i] = order[j % order.size()];
        const float* z = features[m].data() + i * static_cast<std::size_t>(dim);
        for (std::int64_t d = 0; d < dim; ++d) {
            const double value = z[d] + (options_.resetNoise > 0 ? options_.resetNoise * noise(random_) : 0.0);
            codes_[static_cast<std::size_t>(k * dim + d)] = static_cast<float>(value);
            sums_[static_cast<std::size_t>(k * dim + d)] = value;
        }
        counts_[static_cast<std::size_t>(k)] = 1.0;
        unused_[static_cast<std::size_t>(k)] = 0;
    }
    return static_cast<std::int64_t>(dead.size());
}

VqUpdateReport VqEmaCodebook::update(
    std::span<const float> features, std::span<const std::int64_t> assignments, bool partial)
{
    const BatchTally t = tally({features, features, assignments});
    emaStep(t);
    VqUpdateReport report = histogramReport(t.counts, assignments.size());
    std::vector<bool> used(t.counts.size());
    for (std::size_t k = 0; k < used.size(); ++k)
        used[k] = t.counts[k] > 0;
    if (partial) {
        for (std::size_t k = 0; k < used.size(); ++k) {
            if (used[k])
                unused_[k] = 0;
        }
        return report;
    }
    report.resets = resetDead(used, {&t}, {features});
    return report;
}

VqCrossModalReport VqEmaCodebook::updateCrossModal(std::span<const VqModalityBatch> modalities)
{
    VqCrossModalReport report;
    std::vector<BatchTally> tallies;
    tallies.reserve(modalities.size());
    std::vector<bool> used(static_cast<std::size_t>(options_.codes), false);
    for (const VqModalityBatch& batch : modalities) {
        // Each modality's step sees the codes as the previous one left them, as in CMG.
        tallies.push_back(tally(batch));
        emaStep(tallies.back());
        report.modalities.push_back(histogramReport(tallies.back().counts, batch.assignments.size()));
        for (std::size_t k = 0; k < used.size(); ++k)
            used[k] = used[k] || tallies.back().counts[k] > 0;
    }
    report.used = std::count(used.begin(), used.end(), true);
    std::vector<const BatchTally*> pointers;
    std::vector<std::span<const float>> features;
    for (std::size_t m = 0; m < modalities.size(); ++m) {
        pointers.push_back(&tallies[m]);
        features.push_back(modalities[m].features);
    }
    report.resets = resetDead(used, pointers, features);
    return report;
}

std::string VqEmaCodebook::randomState() const
{
    std::ostringstream out;
    out << random_;
    return out.str();
}

void VqEmaCodebook::restoreRandomState(const std::string& state)
{
    std::istringstream in(state);
    std::mt19937_64 restored;
    in >> restored;
    if (in.fail())
        throw std::invalid_argument("not the state of a 64-bit Mersenne Twister");
    random_ = restored;
}

void VqEmaCodebook::setCodes(std::span<const float> codes)
{
    if (codes.size() != codes_.size())
        throw std::invalid_argument("setCodes: expected K × D values");
    codes_.assign(codes.begin(), codes.end());
}

void VqEmaCodebook::restore(std::span<const float> codes, std::span<const double> counts, std::span<const double> sums,
    std::span<const int> unused)
{
    const auto k = static_cast<std::size_t>(options_.codes);
    const auto kd = static_cast<std::size_t>(options_.codes * options_.dim);
    if (codes.size() != kd || counts.size() != k || sums.size() != kd || unused.size() != k)
        throw std::invalid_argument("saved codebook state has other sizes than this codebook");
    codes_.assign(codes.begin(), codes.end());
    counts_.assign(counts.begin(), counts.end());
    sums_.assign(sums.begin(), sums.end());
    unused_.assign(unused.begin(), unused.end());
}

}  // namespace tessera
