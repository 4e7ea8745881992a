// t-SNE against an independent exact optimiser written here (P over all pairs, the
// dense gradient 4 Σ_j (p_ij − q_ij) w_ij (y_i − y_j), the same optimiser), on three Gaussian
// clusters in 10-D. With θ = 0 and N − 1 neighbours, barnesHutTsne is exact t-SNE and must follow
// that implementation step by step; with θ = 0.5 and 3·perplexity neighbours its final KL must
// be within a few per cent of exact t-SNE's, and the clusters must stay apart.

#include "embedding/Tsne.h"
#include "embedding/SpaceTree2d.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace tessera;

namespace {

constexpr std::int64_t kPerCluster = 40;
constexpr std::int64_t kClusters = 3;
constexpr std::int64_t kN = kPerCluster * kClusters;
constexpr std::int64_t kD = 10;

std::vector<float> clusters()
{
    std::mt19937_64 random(7);
    std::normal_distribution<double> gaussian(0.0, 1.0);
    std::vector<float> x;
    for (std::int64_t c = 0; c < kClusters; ++c) {
        for (std::int64_t i = 0; i < kPerCluster; ++i) {
            for (std::int64_t j = 0; j < kD; ++j)
                x.push_back(static_cast<float>(gaussian(random) + (j == c ? 8.0 : 0.0)));
        }
    }
    return x;
}

// Affinities over all pairs: exact t-SNE's P.
SparseAffinities denseAffinities(const std::vector<float>& x, double perplexity)
{
    return symmetricAffinities(exactNearestNeighbours(x, kN, kD, kN - 1, 1), perplexity);
}

// Exact t-SNE, written out independently of core's optimiser and forces: the same initial map,
// optimiser settings and affinities `p` (over all pairs), the dense O(N²) gradient.
std::vector<double> exactTsne(const SparseAffinities& p, int iterations, const TsneOptions& o)
{
    const std::int64_t n = kN;
    std::vector<double> sym(static_cast<std::size_t>(n * n), 0.0);
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::int64_t e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e)
            sym[i * n + p.column[e]] = p.value[e];
    }
    std::vector<double> y(static_cast<std::size_t>(2 * n));
    std::mt19937_64 random(o.seed);
    std::normal_distribution<double> gaussian(0.0, 1e-4);
    for (double& v : y)
        v = gaussian(random);
    std::vector<double> update(y.size(), 0.0), gains(y.size(), 1.0), gradient(y.size());
    const double rate = std::max(static_cast<double>(n) / o.exaggeration / 4.0, 50.0);
    for (int it = 0; it < iterations; ++it) {
        const bool early = it < o.exaggerationIterations;
        double z = 0;
        for (std::int64_t i = 0; i < n; ++i) {
            for (std::int64_t j = 0; j < n; ++j) {
                if (i != j) {
                    const double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
                    z += 1.0 / (1.0 + dx * dx + dy * dy);
                }
            }
        }
        for (std::int64_t i = 0; i < n; ++i) {
            double gx = 0, gy = 0;
            for (std::int64_t j = 0; j < n; ++j) {
                if (i == j)
                    continue;
                const double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
                const double w = 1.0 / (1.0 + dx * dx + dy * dy);
                const double f = ((early ? o.exaggeration : 1.0) * sym[i * n + j] - w / z) * w;
                gx += f * dx;
                gy += f * dy;
            }
            gradient[2 * i] = 4 * gx;
            gradient[2 * i + 1] = 4 * gy;
        }
        for (std::size_t c = 0; c < y.size(); ++c) {
            gains[c] = (gradient[c] > 0) != (update[c] > 0) ? gains[c] + 0.2 : std::max(gains[c] * 0.8, 0.01);
            gains[c] = std::max(gains[c], 0.01);
            update[c] = (early ? 0.5 : 0.8) * update[c] - rate * gains[c] * gradient[c];
            y[c] += update[c];
        }
        double mx = 0, my = 0;
        for (std::int64_t i = 0; i < n; ++i) {
            mx += y[2 * i];
            my += y[2 * i + 1];
        }
        for (std::int64_t i = 0; i < n; ++i) {
            y[2 * i] -= mx / n;
            y[2 * i + 1] -= my / n;
        }
    }
    return y;
}

}  // namespace

class TsneTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void perplexityRowHasTheAskedEntropy();
    void affinitiesAreSymmetricAndSumToOne();
    void treeForcesEqualDirectSumsAtThetaZero();
    void exactSettingsFollowAnExactTsne();
    void barnesHutKeepsKlAndNeighbourhoods();
    void stopsAndRefusesTooFewPoints();
};

void TsneTest::perplexityRowHasTheAskedEntropy()
{
    const std::vector<float> dist {0.5F, 1.0F, 1.5F, 2.0F, 4.0F, 8.0F, 9.0F, 16.0F, 20.0F, 30.0F};
    for (const double perplexity : {2.0, 5.0, 8.0}) {
        const auto p = perplexityRow(dist, perplexity);
        double sum = 0, entropy = 0;
        for (const double v : p) {
            sum += v;
            entropy -= v > 0 ? v * std::log(v) : 0;
        }
        QVERIFY(std::abs(sum - 1) < 1e-12);
        QVERIFY2(std::abs(std::exp(entropy) - perplexity) < 1e-6, qPrintable(QString::number(std::exp(entropy))));
        QVERIFY(p[0] > p[1] && p[1] > p[9]);  // nearer, more likely
    }
}

void TsneTest::affinitiesAreSymmetricAndSumToOne()
{
    const auto x = clusters();
    const SparseAffinities p = symmetricAffinities(exactNearestNeighbours(x, kN, kD, 30, 2), 10);
    double sum = 0;
    std::map<std::pair<int, int>, double> entries;
    for (std::int64_t i = 0; i < p.n; ++i) {
        for (std::int64_t e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e) {
            sum += p.value[e];
            entries[{static_cast<int>(i), p.column[e]}] = p.value[e];
        }
    }
    QVERIFY(std::abs(sum - 1) < 1e-9);
    for (const auto& [ij, v] : entries)
        QCOMPARE(entries.at({ij.second, ij.first}), v);
    // Two threads find the same neighbours as one.
    const auto one = exactNearestNeighbours(x, kN, kD, 30, 1);
    const auto two = exactNearestNeighbours(x, kN, kD, 30, 2);
    QCOMPARE(one.index, two.index);
}

void TsneTest::treeForcesEqualDirectSumsAtThetaZero()
{
    std::mt19937_64 random(3);
    std::uniform_real_distribution<double> uniform(-5, 5);
    std::vector<double> xy(2 * 200);
    for (double& v : xy)
        v = uniform(random);
    xy[2] = xy[0];  // a duplicate of point 0
    xy[3] = xy[1];
    const SpaceTree2d tree(xy);
    for (const int i : {0, 1, 57, 199}) {
        double sumW = 0, fx = 0, fy = 0;
        tree.repulsion(xy[2 * i], xy[2 * i + 1], 0.0, sumW, fx, fy);
        double s = 0, ex = 0, ey = 0;
        for (int j = 0; j < 200; ++j) {
            if (j == i)
                continue;
            const double dx = xy[2 * i] - xy[2 * j], dy = xy[2 * i + 1] - xy[2 * j + 1];
            const double w = 1 / (1 + dx * dx + dy * dy);
            s += w;
            ex += w * w * dx;
            ey += w * w * dy;
        }
        QVERIFY2(std::abs(sumW - s) < 1e-9 * s, qPrintable(QStringLiteral("%1 vs %2").arg(sumW).arg(s)));
        QVERIFY(std::abs(fx - ex) < 1e-9 && std::abs(fy - ey) < 1e-9);
        // θ = 0.5 approximates: close, not equal.
        double approx = 0, ax = 0, ay = 0;
        tree.repulsion(xy[2 * i], xy[2 * i + 1], 0.5, approx, ax, ay);
        QVERIFY(std::abs(approx - s) < 0.02 * s);
    }
}

void TsneTest::exactSettingsFollowAnExactTsne()
{
    const auto x = clusters();
    TsneOptions o;
    o.perplexity = 10;
    o.theta = 0;
    o.neighbours = kN - 1;
    o.threads = 2;
    o.theta = 0;
    o.neighbours = kN - 1;
    o.threads = 2;
    for (int its : {1, 2, 3, 5, 10, 20, 40}) {
        o.iterations = its;
        const TsneResult b = barnesHutTsne(x, kN, kD, o);
        const auto e = exactTsne(denseAffinities(x, 10), its, o);
        double w = 0, sc = 0;
        for (std::size_t c = 0; c < e.size(); ++c) {
            sc = std::max(sc, std::abs(e[c]));
            w = std::max(w, std::abs(b.xy[c] - e[c]));
        }
        qDebug() << its << w << sc;
    }
    // 20 steps: the map has grown from σ = 1e-4 to about 10 across, and the two agree to float
    // precision (the result is float). Sums in another order part them after ~40 steps, as any
    // two exact t-SNE codes part: the early, exaggerated phase amplifies rounding.
    o.iterations = 20;
    const TsneResult bh = barnesHutTsne(x, kN, kD, o);
    const auto exact = exactTsne(denseAffinities(x, 10), 20, o);
    double scale = 0, worst = 0;
    for (std::size_t c = 0; c < exact.size(); ++c) {
        scale = std::max(scale, std::abs(exact[c]));
        worst = std::max(worst, std::abs(bh.xy[c] - exact[c]));
    }
    QVERIFY2(worst < 1e-6 * scale, qPrintable(QStringLiteral("%1 of %2").arg(worst).arg(scale)));
}

void TsneTest::barnesHutKeepsKlAndNeighbourhoods()
{
    const auto x = clusters();
    TsneOptions o;
    o.perplexity = 10;
    o.iterations = 750;
    const TsneResult bh = barnesHutTsne(x, kN, kD, o);
    QCOMPARE(bh.neighbours, std::int64_t {30});
    const SparseAffinities dense = denseAffinities(x, 10);
    const auto exact = exactTsne(dense, 750, o);
    const std::vector<float> exactXy(exact.begin(), exact.end());
    const double klExact = tsneKlDivergence(dense, exactXy);
    const double klBh = tsneKlDivergence(dense, bh.xy);
    QVERIFY2(
        klBh < 1.05 * klExact, qPrintable(QStringLiteral("KL %1 (Barnes–Hut) vs %2 (exact)").arg(klBh).arg(klExact)));
    QVERIFY(bh.klDivergence > 0);
    // Every point's nearest map neighbour is in its own cluster, and most 10-NN survive.
    const auto nn = exactNearestNeighbours(bh.xy, kN, 2, 1, 1);
    for (std::int64_t i = 0; i < kN; ++i)
        QCOMPARE(nn.index[i] / kPerCluster, i / kPerCluster);
    const double kept = neighbourPreservation(x, kD, bh.xy, 2, kN, 10, 2);
    const double keptExact = neighbourPreservation(x, kD, exactXy, 2, kN, 10, 2);
    QVERIFY2(kept > 0.9 * keptExact, qPrintable(QStringLiteral("%1 vs %2").arg(kept).arg(keptExact)));
}

void TsneTest::stopsAndRefusesTooFewPoints()
{
    const auto x = clusters();
    TsneOptions o;
    o.iterations = 500;
    int seen = 0;
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)barnesHutTsne(x, kN, kD, o, {}, [&](const TsneProgress& p) {
        seen = p.iteration;
        return p.iteration < 20;
    }));
    QCOMPARE(seen, 20);
    const std::vector<float> three(3 * kD, 0.0F);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)barnesHutTsne(three, 3, kD, o));
    // Identical points (all at the origin) do not hang the tree.
    const std::vector<float> same(20 * kD, 1.0F);
    o.iterations = 30;
    const TsneResult r = barnesHutTsne(same, 20, kD, o);
    QCOMPARE(r.xy.size(), std::size_t {40});
    for (const float v : r.xy)
        QVERIFY(std::isfinite(v));
}

QTEST_GUILESS_MAIN(TsneTest)
#include "TsneTest.moc"
