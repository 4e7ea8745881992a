// Codebook statistics on hand-counted assignments. K = 4 codes; entity 0 uses codes 0, 0, 1,
// entity 1 uses 1, 2, entity 2 nothing: counts [2, 2, 1, 0], 5 occurrences, document frequency
// [1, 2, 1, 0]. By hand: H = -(2 · 0.4 ln 0.4 + 0.2 ln 0.2) = 1.054920 nats, perplexity
// e^H = 2.871746, H / ln 4 = 0.760964; top-2 mass 4/5; Gini of [0, 1, 2, 2] (ascending) =
// Σ(2i − n − 1)x_i / (n Σx) = (−1 + 2 + 6) / 20 = 0.35.

#include "tokenizers/CodebookStatistics.h"

#include <QtTest>

using namespace tessera;

class CodebookStatisticsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handCountedUsage();
    void uniformAndSingleCode();
    void overlapOfTwoModalities();
    void entitiesUsingACode();
    void outOfRangeCodeIsRejected();
};

void CodebookStatisticsTest::handCountedUsage()
{
    const std::vector<std::vector<std::int64_t>> a {{0, 0, 1}, {1, 2}, {}};
    const CodeUsage u = CodebookStatistics::usage(4, a, 2);
    QCOMPARE(u.counts, (std::vector<std::int64_t> {2, 2, 1, 0}));
    QCOMPARE(u.documentFrequency, (std::vector<std::int64_t> {1, 2, 1, 0}));
    QCOMPARE(u.total, 5);
    QCOMPARE(u.used, 3);
    QCOMPARE(u.dead, 1);
    QCOMPARE(u.usage, 0.75);
    QVERIFY(std::abs(u.entropy - 1.054920) < 1e-6);
    QVERIFY(std::abs(u.perplexity - 2.871746) < 1e-6);
    QVERIFY(std::abs(u.normalisedEntropy - 0.760964) < 1e-6);
    QCOMPARE(u.top, 2);
    QVERIFY(std::abs(u.topMass - 0.8) < 1e-12);
    QVERIFY(std::abs(u.gini - 0.35) < 1e-12);
}

void CodebookStatisticsTest::uniformAndSingleCode()
{
    // Every code once: perplexity K, Gini 0, nothing dead.
    const std::vector<std::vector<std::int64_t>> uniform {{0, 1}, {2, 3, 4, 5, 6, 7}};
    const CodeUsage u = CodebookStatistics::usage(8, uniform);
    QVERIFY(std::abs(u.perplexity - 8.0) < 1e-9);
    QVERIFY(std::abs(u.normalisedEntropy - 1.0) < 1e-12);
    QVERIFY(std::abs(u.gini) < 1e-12);
    QCOMPARE(u.dead, 0);
    // One code for everything: perplexity 1, Gini (n − 1)/n = 7/8.
    const std::vector<std::vector<std::int64_t>> collapsed {{3, 3, 3}, {3}};
    const CodeUsage c = CodebookStatistics::usage(8, collapsed);
    QVERIFY(std::abs(c.perplexity - 1.0) < 1e-12);
    QVERIFY(std::abs(c.gini - 0.875) < 1e-12);
    QCOMPARE(c.dead, 7);
    QCOMPARE(c.documentFrequency[3], 2);
    // No occurrences at all.
    const CodeUsage none = CodebookStatistics::usage(4, std::vector<std::vector<std::int64_t>> {{}});
    QCOMPARE(none.perplexity, 0.0);
    QCOMPARE(none.used, 0);
}

void CodebookStatisticsTest::overlapOfTwoModalities()
{
    // a: counts [2, 2, 1, 0] → p = [0.4, 0.4, 0.2, 0]; b: counts [0, 3, 1, 0] → q = [0, 0.75, 0.25, 0].
    const std::vector<std::vector<std::int64_t>> a {{0, 0, 1}, {1, 2}};
    const std::vector<std::vector<std::int64_t>> b {{1, 1, 2}, {1}};
    const CodeOverlap o = CodebookStatistics::overlap(CodebookStatistics::usage(4, a), CodebookStatistics::usage(4, b));
    // Used by both {1, 2} of {0, 1, 2}.
    QVERIFY(std::abs(o.jaccard - 2.0 / 3.0) < 1e-12);
    // Code 1: a's share 0.4 / 1.15 = 0.348, code 2: 0.2 / 0.45 = 0.444 — both mixed; code 0 is a's alone.
    QVERIFY(std::abs(o.mixedShare - 2.0 / 3.0) < 1e-12);
    // JS by hand, m = [0.2, 0.575, 0.225, 0]: ½·0.4·log2(2) + ½·0.4·log2(0.4/0.575) + ½·0.75·log2(0.75/0.575)
    // + ½·0.2·log2(0.2/0.225) + ½·0.25·log2(0.25/0.225) = 0.241044.
    QVERIFY2(std::abs(o.jsDivergence - 0.241044) < 1e-6, qPrintable(QString::number(o.jsDivergence, 'g', 10)));
    // A distribution against itself, and two disjoint ones.
    const CodeUsage ua = CodebookStatistics::usage(4, a);
    QVERIFY(std::abs(CodebookStatistics::overlap(ua, ua).jsDivergence) < 1e-12);
    const std::vector<std::vector<std::int64_t>> c {{3}};
    const CodeOverlap disjoint = CodebookStatistics::overlap(ua, CodebookStatistics::usage(4, c));
    QVERIFY(std::abs(disjoint.jsDivergence - 1.0) < 1e-12);
    QCOMPARE(disjoint.jaccard, 0.0);
    QCOMPARE(disjoint.mixedShare, 0.0);
}

void CodebookStatisticsTest::entitiesUsingACode()
{
    const std::vector<std::vector<std::int64_t>> a {{0, 1}, {1, 1, 2}, {}, {1}};
    const auto users = CodebookStatistics::entitiesUsing(1, a);
    QCOMPARE(users, (std::vector<std::pair<std::size_t, std::int64_t>> {{1, 2}, {0, 1}, {3, 1}}));
    QVERIFY(CodebookStatistics::entitiesUsing(3, a).empty());
}

void CodebookStatisticsTest::outOfRangeCodeIsRejected()
{
    const std::vector<std::vector<std::int64_t>> a {{0, 4}};
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, CodebookStatistics::usage(4, a));
}

QTEST_GUILESS_MAIN(CodebookStatisticsTest)
#include "CodebookStatisticsTest.moc"
