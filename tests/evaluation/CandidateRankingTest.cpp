// Ranked candidate lists (what `tessera predict` and the link-prediction dock show) on the golden
// bundle of the views tests, with scores chosen by hand: best first, ties in id order, known
// answers marked with their splits, the filtered list without them, k larger than the list.

#include "evaluation/CandidateRanking.h"
#include "graph/Dataset.h"
#include "graph/KnowledgeGraph.h"
#include "io/GraphReader.h"

#include <QTest>

#include <algorithm>
#include <random>
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
    void answerRanksAgreeWithTheFullLists();
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
    // Counted for every relation at once: DEU (train and test) is one answer.
    const std::vector<std::size_t> counts = knownAnswerCounts(*graph_, id("FRA"), true);
    QCOMPARE(counts.size(), graph_->relationCount());
    QCOMPARE(counts[relation("borders")], std::size_t {3});
    QCOMPARE(counts[relation("capital")], std::size_t {1});
    QCOMPARE(counts[relation("capital_of")], std::size_t {0});
    QCOMPARE(knownAnswerCounts(*graph_, id("currency/EUR"), false)[relation("currency")], std::size_t {4});
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
    // The known answers with their places in the full list: DEU 1st, ESP 4th, and ITA first of
    // the four entities at 0 (the lowest id of them), so 5th.
    QVERIFY(id("ITA") < std::min({id("city/FRA/Paris"), id("city/DEU/Berlin"), id("language/fra")}));
    QCOMPARE(r.answers.size(), std::size_t {3});
    QCOMPARE(r.answers[0].entity, id("DEU"));
    QCOMPARE(r.answers[0].rank, std::size_t {1});
    QCOMPARE(r.answers[1].entity, id("ESP"));
    QCOMPARE(r.answers[1].rank, std::size_t {4});
    QCOMPARE(r.answers[2].entity, id("ITA"));
    QCOMPARE(r.answers[2].rank, std::size_t {5});
    QVERIFY((r.answers[0].knownIn == SplitFlags {true, false, true}));
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
    // Filtered ranks count only the non-answers ahead: DEU and ITA have none (both 1st); ESP at
    // 0.4 has Paris at 0.5 ahead (2nd).
    QCOMPARE(r.answers.size(), std::size_t {3});
    QCOMPARE(r.answers[0].entity, id("DEU"));
    QCOMPARE(r.answers[0].rank, std::size_t {1});
    QCOMPARE(r.answers[1].entity, id("ITA"));
    QCOMPARE(r.answers[1].rank, std::size_t {1});
    QCOMPARE(r.answers[2].entity, id("ESP"));
    QCOMPARE(r.answers[2].rank, std::size_t {2});
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
    // Unfiltered places: ESP 1st; FRA 3rd behind Europe; DEU and ITA at 0 after everything
    // scored above 0, in id order.
    QVERIFY(id("FRA") < id("DEU") && id("DEU") < id("ITA"));
    QCOMPARE(r.answers.size(), std::size_t {4});
    QCOMPARE(r.answers[0].rank, std::size_t {1});
    QCOMPARE(r.answers[1].entity, id("FRA"));
    QCOMPARE(r.answers[1].rank, std::size_t {3});
    QCOMPARE(r.answers[2].entity, id("DEU"));
    QCOMPARE(r.answers[2].rank, std::size_t {4});
    QCOMPARE(r.answers[3].entity, id("ITA"));
    QCOMPARE(r.answers[3].rank, std::size_t {5});
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

void CandidateRankingTest::answerRanksAgreeWithTheFullLists()
{
    // Every query of the golden graph under random scores with many ties (values 0..3): an
    // answer's unfiltered rank is its place in the full list, its filtered rank one more than the
    // non-answers listed before it would be.
    std::mt19937 random(11);
    std::uniform_int_distribution<int> value(0, 3);
    const std::size_t n = graph_->entityCount();
    for (int round = 0; round < 20; ++round) {
        std::vector<float> s(n);
        for (float& v : s)
            v = static_cast<float>(value(random));
        for (EntityId e = 0; e < n; ++e) {
            for (RelationId r = 0; r < graph_->relationCount(); ++r) {
                for (const bool tails : {true, false}) {
                    const CandidateRanking all = rankCandidates(s, *graph_, e, r, tails, n, false);
                    for (const RankedCandidate& a : all.answers) {
                        QCOMPARE(all.top[a.rank - 1].entity, a.entity);
                        QCOMPARE(all.top[a.rank - 1].score, a.score);
                    }
                    const CandidateRanking filtered = rankCandidates(s, *graph_, e, r, tails, n, true);
                    QCOMPARE(filtered.answers.size(), all.answers.size());
                    for (const RankedCandidate& a : filtered.answers) {
                        const std::size_t place
                            = std::find_if(all.answers.begin(), all.answers.end(), [&](const RankedCandidate& x) {
                                  return x.entity == a.entity;
                              })->rank;
                        const auto ahead = std::count_if(all.top.begin(), all.top.begin() + (place - 1),
                            [](const RankedCandidate& c) { return !c.isKnownAnswer(); });
                        QCOMPARE(a.rank, static_cast<std::size_t>(ahead) + 1);
                    }
                }
            }
        }
    }
}

void CandidateRankingTest::refusesScoresOfAnotherGraph()
{
    const std::vector<float> eight(8, 0.0F);
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument, rankCandidates(eight, *graph_, id("FRA"), relation("borders"), true, 3, false));
}

QTEST_GUILESS_MAIN(CandidateRankingTest)
#include "CandidateRankingTest.moc"
