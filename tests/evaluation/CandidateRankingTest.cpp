// Ranked candidate lists (what `tessera predict` and the link-prediction dock show) on the golden
// bundle of the views tests, with scores chosen by hand: best first, ties in id order, known
// answers marked with their splits, the filtered list without them, k larger than the list.

#include "evaluation/CandidateRanking.h"
#include "graph/Dataset.h"
#include "graph/KnowledgeGraph.h"
#include "io/GraphReader.h"

#include <QTest>

#include <stdexcept>
#include <vector>

using namespace tessera;

class CandidateRankingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knownAnswersCarryTheirSplits();
    void unfilteredListIsBestFirstWithTiesInIdOrder();
    void filteredListLeavesKnownAnswersOut();
    void headPredictionUsesIncomingFacts();
    void kLargerThanTheListShowsAll();
    void refusesScoresOfAnotherGraph();

private:
    EntityId id(const char* key) const { return *graph_->findEntity(key); }
    RelationId relation(const char* key) const { return *graph_->findRelation(key); }
    // One score per entity, set by key; the rest 0.
    std::vector<float> scores(std::initializer_list<std::pair<const char*, float>> values) const
    {
        std::vector<float> out(graph_->entityCount(), 0.0F);
        for (const auto& [key, value] : values)
            out[id(key)] = value;
        return out;
    }

    std::shared_ptr<const KnowledgeGraph> graph_;
};

void CandidateRankingTest::initTestCase()
{
    graph_ = readDataset(TESSERA_SOURCE_DIR "/tests/views/data/golden").graphs.at(0);
    QCOMPARE(graph_->entityCount(), std::size_t {9});
}

void CandidateRankingTest::knownAnswersCarryTheirSplits()
{
    // (FRA, borders, ?): DEU in train and test, ITA and ESP in train.
    const auto known = knownAnswerSplits(*graph_, id("FRA"), relation("borders"), true);
    QCOMPARE(known.size(), std::size_t {3});
    QVERIFY((known.at(id("DEU")) == SplitFlags {true, false, true}));
    QVERIFY((known.at(id("ITA")) == SplitFlags {true, false, false}));
    QVERIFY((known.at(id("ESP")) == SplitFlags {true, false, false}));
}

void CandidateRankingTest::unfilteredListIsBestFirstWithTiesInIdOrder()
{
    // Europe and Euro tie at 2.0: the lower id comes first. Four entities share 0.
    const auto s = scores({{"DEU", 3.0F}, {"region/Europe", 2.0F}, {"currency/EUR", 2.0F}, {"ESP", 1.5F}, {"FRA", -1}});
    const CandidateRanking r = rankCandidates(s, *graph_, id("FRA"), relation("borders"), true, 5, false);
    QCOMPARE(r.candidates, std::size_t {9});
    QCOMPARE(r.knownAnswers, std::size_t {3});
    QCOMPARE(r.top.size(), std::size_t {5});
    const EntityId europe = id("region/Europe");
    const EntityId euro = id("currency/EUR");
    const std::vector<EntityId> expected {id("DEU"), std::min(europe, euro), std::max(europe, euro), id("ESP"),
        std::min({id("ITA"), id("city/FRA/Paris"), id("city/DEU/Berlin"), id("language/fra")})};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(r.top[i].entity, expected[i]);
        QCOMPARE(r.top[i].rank, i + 1);
        QCOMPARE(r.top[i].score, s[expected[i]]);
    }
    QVERIFY(r.top[0].isKnownAnswer());
    QVERIFY((r.top[0].knownIn == SplitFlags {true, false, true}));
    QVERIFY(!r.top[1].isKnownAnswer());
    QVERIFY(r.top[3].isKnownAnswer());
}

void CandidateRankingTest::filteredListLeavesKnownAnswersOut()
{
    const auto s = scores({{"DEU", 3.0F}, {"ITA", 2.5F}, {"city/FRA/Paris", 0.5F}, {"ESP", 0.4F}, {"FRA", 0.3F}});
    const CandidateRanking r = rankCandidates(s, *graph_, id("FRA"), relation("borders"), true, 3, true);
    QCOMPARE(r.candidates, std::size_t {6});  // 9 entities less the 3 known answers
    QCOMPARE(r.knownAnswers, std::size_t {3});
    QCOMPARE(r.top.size(), std::size_t {3});
    QCOMPARE(r.top[0].entity, id("city/FRA/Paris"));
    QCOMPARE(r.top[1].entity, id("FRA"));
    QCOMPARE(r.top[2].rank, std::size_t {3});
    for (const RankedCandidate& c : r.top)
        QVERIFY(!c.isKnownAnswer());
}

void CandidateRankingTest::headPredictionUsesIncomingFacts()
{
    // (?, currency, Euro): FRA, DEU, ITA in train, ESP in test.
    const auto s = scores({{"ESP", 4.0F}, {"region/Europe", 3.0F}, {"FRA", 2.0F}});
    const CandidateRanking r = rankCandidates(s, *graph_, id("currency/EUR"), relation("currency"), false, 3, false);
    QCOMPARE(r.knownAnswers, std::size_t {4});
    QCOMPARE(r.top[0].entity, id("ESP"));
    QVERIFY((r.top[0].knownIn == SplitFlags {false, false, true}));
    QCOMPARE(r.top[1].entity, id("region/Europe"));
    QVERIFY(!r.top[1].isKnownAnswer());
    QVERIFY((r.top[2].knownIn == SplitFlags {true, false, false}));
    // Tails of Euro under "currency": Euro is never a head of it, so nothing is known.
    QCOMPARE(rankCandidates(s, *graph_, id("currency/EUR"), relation("currency"), true, 3, false).knownAnswers,
        std::size_t {0});
}

void CandidateRankingTest::kLargerThanTheListShowsAll()
{
    const auto s = scores({});
    const CandidateRanking r = rankCandidates(s, *graph_, id("FRA"), relation("borders"), true, 100, true);
    QCOMPARE(r.top.size(), std::size_t {6});
    QCOMPARE(r.top.back().rank, std::size_t {6});
}

void CandidateRankingTest::refusesScoresOfAnotherGraph()
{
    const std::vector<float> eight(8, 0.0F);
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument, rankCandidates(eight, *graph_, id("FRA"), relation("borders"), true, 3, false));
}

QTEST_GUILESS_MAIN(CandidateRankingTest)
#include "CandidateRankingTest.moc"
