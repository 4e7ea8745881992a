#include "EmbeddingBenchmarks.h"

#include "attention/AttentionRollout.h"
#include "embedding/Tsne.h"
#include "tokenizers/CodebookProjection.h"

#include <cstdio>
#include <random>

namespace tessera::bench {

namespace {

// A Gaussian mixture at DB15K's size: 12,842 points, 256 dimensions, 40 clusters of unequal
// size whose centres lie 6 σ apart on average; a stand-in for trained entity representations,
// which this machine has no DB15K model for.
std::vector<float> mixture(std::int64_t n, std::int64_t d)
{
    std::mt19937_64 random(2024);
    std::normal_distribution<double> gaussian(0.0, 1.0);
    constexpr int kClusters = 40;
    std::vector<double> centres(static_cast<std::size_t>(kClusters * d));
    for (double& c : centres)
        c = gaussian(random) * 6.0 / std::sqrt(2.0);
    std::vector<float> x(static_cast<std::size_t>(n * d));
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t c = (i * i) % kClusters;  // unequal sizes
        for (std::int64_t j = 0; j < d; ++j)
            x[static_cast<std::size_t>(i * d + j)] = static_cast<float>(centres[c * d + j] + gaussian(random));
    }
    return x;
}

}  // namespace

std::vector<Measurement> runEmbeddingBenchmarks()
{
    std::vector<Measurement> results;
    // MyGO on DB15K: 1 entity-encoder layer in the reference; 4 here to make rollout do work.
    // L = 2 + 8 visual + 8 text tokens, 2 heads.
    {
        constexpr std::int64_t layers = 4, heads = 2, length = 18;
        FloatArray a;
        a.shape = {layers, 1, heads, length, length};
        a.values.assign(static_cast<std::size_t>(layers * heads * length * length), 1.0F / length);
        auto m = measure("attention rollout, one entity (4 layers, 2 heads, 18 tokens)", 101,
            [&] { (void)attentionRollout(a, 0, HeadFusion::Mean); });
        m.note = "mean over heads, 0.5·A + 0.5·I, product over layers; the model's attention call is in mygo";
        m.targetMs = 5;
        results.push_back(m);
    }
    constexpr std::int64_t n = 12842, d = 256;
    const auto x = mixture(n, d);
    CodebookProjection pca;
    auto pcaRun = measure(
        "PCA to 2-D, 12,842 × 256 (power iteration, 1 thread)", 3, [&] { pca = CodebookProjection::compute(x, d); });
    pcaRun.targetMs = 500;
    results.push_back(pcaRun);
    std::vector<float> pcaXy;
    for (std::size_t i = 0; i < pca.x.size(); ++i) {
        pcaXy.push_back(static_cast<float>(pca.x[i]));
        pcaXy.push_back(static_cast<float>(pca.y[i]));
    }
    TsneOptions options;
    options.threads = 2;
    TsneResult tsne;
    auto tsneRun = measure(
        "t-SNE, 12,842 × 256 to 2-D (Barnes–Hut, 2 threads)", 1, [&] { tsne = barnesHutTsne(x, n, d, options); });
    const double keptTsne = neighbourPreservation(x, d, tsne.xy, 2, n, 10, 2);
    const double keptPca = neighbourPreservation(x, d, pcaXy, 2, n, 10, 2);
    const SparseAffinities p
        = symmetricAffinities(exactNearestNeighbours(x, n, d, tsne.neighbours, 2), tsne.perplexity);
    char note[240];
    std::snprintf(note, sizeof note,
        "perplexity 30, 1000 iterations, θ 0.5; KL %.3f (PCA map %.3f); 10-NN kept %.1f %% (PCA %.1f %%)",
        tsne.klDivergence, tsneKlDivergence(p, pcaXy), 100 * keptTsne, 100 * keptPca);
    tsneRun.note = note;
    tsneRun.targetMs = 30000;
    results.push_back(tsneRun);
    return results;
}

}  // namespace tessera::bench
