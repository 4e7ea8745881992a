// The filtered rank rules on cases small enough to count by hand: the reference's tie rule
// (zjukg/MyGO utils.calculate_rank: ties split in half, floored) against PyKEEN's realistic rank
// (mean of the optimistic and pessimistic rank), and the metrics over rank lists.

#include "evaluation/FilteredRanking.h"
#include "evaluation/LinkPredictionEvaluator.h"

#include <QTest>

#include <vector>

using namespace tessera;

Q_DECLARE_METATYPE(std::vector<float>)
Q_DECLARE_METATYPE(std::vector<tessera::EntityId>)

class FilteredRankingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ranks_data();
    void ranks();
    void referenceMetricsOfIntegerRanks();
    void realisticHitsCountOnlyRanksUpToK();
};

void FilteredRankingTest::ranks_data()
{
    QTest::addColumn<std::vector<float>>("scores");
    QTest::addColumn<EntityId>("target");
    QTest::addColumn<std::vector<EntityId>>("known");
    QTest::addColumn<qint64>("reference");
    QTest::addColumn<double>("realistic");

    // Two candidates (0.9, 0.7) beat the target 0.5.
    QTest::newRow("no ties, unfiltered") << std::vector<float> {0.5F, 0.9F, 0.1F, 0.7F} << EntityId {0}
                                         << std::vector<EntityId> {} << qint64 {3} << 3.0;
    // 0.9 is a known answer: it no longer counts.
    QTest::newRow("no ties, one filtered") << std::vector<float> {0.5F, 0.9F, 0.1F, 0.7F} << EntityId {0}
                                           << std::vector<EntityId> {1} << qint64 {2} << 2.0;
    // The target itself in the known list changes nothing.
    QTest::newRow("target among known") << std::vector<float> {0.5F, 0.9F, 0.1F, 0.7F} << EntityId {0}
                                        << std::vector<EntityId> {0, 1} << qint64 {2} << 2.0;
    // Three others tie with the target: reference 0 + floor(3 / 2) + 1 = 2, realistic (1 + 4) / 2.
    QTest::newRow("odd ties") << std::vector<float> {1, 2, 2, 2, 2, 0} << EntityId {1} << std::vector<EntityId> {}
                              << qint64 {2} << 2.5;
    // A tied known answer leaves two ties: 0 + 1 + 1 both ways.
    QTest::newRow("even ties after filtering")
        << std::vector<float> {1, 2, 2, 2, 2, 0} << EntityId {1} << std::vector<EntityId> {2} << qint64 {2} << 2.0;
    // Two better (3, 5), four tied: reference 2 + 2 + 1 = 5, realistic 2 + 4 / 2 + 1 = 5.
    QTest::newRow("better and tied") << std::vector<float> {3, 1, 1, 1, 1, 5, 1} << EntityId {2}
                                     << std::vector<EntityId> {} << qint64 {5} << 5.0;
    // Filtering 5 (better) and one tie: 1 better, 3 tied: reference 1 + 1 + 1 = 3, realistic 3.5.
    QTest::newRow("better and tied, filtered") << std::vector<float> {3, 1, 1, 1, 1, 5, 1} << EntityId {2}
                                               << std::vector<EntityId> {5, 3} << qint64 {3} << 3.5;
    // Every score equal: the realistic rank is the middle of 1..N.
    QTest::newRow("all equal, N=5") << std::vector<float> {7, 7, 7, 7, 7} << EntityId {0} << std::vector<EntityId> {}
                                    << qint64 {3} << 3.0;
    QTest::newRow("all equal, N=4") << std::vector<float> {7, 7, 7, 7} << EntityId {3} << std::vector<EntityId> {}
                                    << qint64 {2} << 2.5;
    // Known answers below the target do not move it.
    QTest::newRow("known below target") << std::vector<float> {0.1F, 0.2F, 0.9F, 0.3F} << EntityId {2}
                                        << std::vector<EntityId> {0, 1, 3} << qint64 {1} << 1.0;
}

void FilteredRankingTest::ranks()
{
    QFETCH(std::vector<float>, scores);
    QFETCH(EntityId, target);
    QFETCH(std::vector<EntityId>, known);
    QFETCH(qint64, reference);
    QFETCH(double, realistic);
    const FilteredRank rank = filteredRank(scores, target, known);
    QCOMPARE(static_cast<qint64>(rank.reference), reference);
    QCOMPARE(rank.realistic, realistic);
}

void FilteredRankingTest::referenceMetricsOfIntegerRanks()
{
    const std::vector<double> ranks = {1, 2, 4, 10, 11};
    const RankMetrics m = summarizeRanks(ranks);
    QCOMPARE(m.count, std::size_t {5});
    QCOMPARE(m.mr, 28.0 / 5.0);
    QVERIFY(std::abs(m.mrr - (1.0 + 0.5 + 0.25 + 0.1 + 1.0 / 11.0) / 5.0) < 1e-15);
    QCOMPARE(m.hits1, 0.2);
    QCOMPARE(m.hits3, 0.4);
    QCOMPARE(m.hits10, 0.8);
    // Realistic summaries of integer ranks are the same numbers.
    const RankMetrics r = LinkPredictionEvaluator::summarizeRealisticRanks(ranks);
    QCOMPARE(r.mr, m.mr);
    QCOMPARE(r.mrr, m.mrr);
    QCOMPARE(r.hits1, m.hits1);
    QCOMPARE(r.hits3, m.hits3);
    QCOMPARE(r.hits10, m.hits10);
}

void FilteredRankingTest::realisticHitsCountOnlyRanksUpToK()
{
    // 1.5 is not a hit at 1 and 10.5 not a hit at 10 (PyKEEN: rank <= k).
    const std::vector<double> ranks = {1, 1.5, 3, 3.5, 10.5};
    const RankMetrics r = LinkPredictionEvaluator::summarizeRealisticRanks(ranks);
    QCOMPARE(r.mr, 19.5 / 5.0);
    QVERIFY(std::abs(r.mrr - (1.0 + 1.0 / 1.5 + 1.0 / 3.0 + 1.0 / 3.5 + 1.0 / 10.5) / 5.0) < 1e-15);
    QCOMPARE(r.hits1, 0.2);
    QCOMPARE(r.hits3, 0.6);
    QCOMPARE(r.hits10, 0.8);
    QVERIFY(r.mrr < 1.0);
}

QTEST_APPLESS_MAIN(FilteredRankingTest)
#include "FilteredRankingTest.moc"
