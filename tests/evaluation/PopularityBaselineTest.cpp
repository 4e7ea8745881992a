// The popularity baseline on a graph small enough to rank by hand: counts per relation and side
// from train only, filtered ranks with the reference tie rule (equally popular candidates split
// in half, floored), the metrics over both directions; and its figure on the Countries demo graph,
// the floor the bundled model is compared with (resources/demo/models/README.md).

#include "evaluation/PopularityBaseline.h"
#include "graph/Dataset.h"
#include "graph/KnowledgeGraph.h"
#include "graph/KnowledgeGraphBuilder.h"
#include "io/GraphReader.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace tessera;

Q_DECLARE_METATYPE(std::vector<float>)

class PopularityBaselineTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsComeFromTrainPerRelationAndSide_data();
    void countsComeFromTrainPerRelationAndSide();
    void ranks_data();
    void ranks();
    void metricsAverageBothDirections();
    void demoGraphBaseline();

private:
    std::shared_ptr<const KnowledgeGraph> graph_;
};

// Entities a..e (ids 0..4), relations r (0) and s (1).
//   train: (a r b) (c r b) (d r b) (a r e) (c r d) (e s c)
//   valid: (b r c)   test: (d r e) (b r a) (a s b)
// Tails of r in train: b 3, e 1, d 1;  heads of r: a 2, c 2, d 1;  tail of s: c 1;  head of s: e 1.
void PopularityBaselineTest::initTestCase()
{
    KnowledgeGraphBuilder builder;
    for (const char* key : {"a", "b", "c", "d", "e"})
        builder.addEntity(Entity {key, key, {}, {}, {}});
    builder.addRelation(Relation {"r", "r", {}});
    builder.addRelation(Relation {"s", "s", {}});
    const auto add = [&](Split split, EntityId h, RelationId r, EntityId t) { builder.addTriple(split, {h, r, t}); };
    add(Split::Train, 0, 0, 1);
    add(Split::Train, 2, 0, 1);
    add(Split::Train, 3, 0, 1);
    add(Split::Train, 0, 0, 4);
    add(Split::Train, 2, 0, 3);
    add(Split::Train, 4, 1, 2);
    add(Split::Valid, 1, 0, 2);
    add(Split::Test, 3, 0, 4);
    add(Split::Test, 1, 0, 0);
    add(Split::Test, 0, 1, 1);
    graph_ = builder.build();
}

void PopularityBaselineTest::countsComeFromTrainPerRelationAndSide_data()
{
    QTest::addColumn<RelationId>("relation");
    QTest::addColumn<bool>("predictTail");
    QTest::addColumn<std::vector<float>>("expected");
    // The valid triple (b r c) is not counted: c stays 0 as a tail of r and b as a head.
    QTest::newRow("tails of r") << RelationId {0} << true << std::vector<float> {0, 3, 0, 1, 1};
    QTest::newRow("heads of r") << RelationId {0} << false << std::vector<float> {2, 0, 2, 1, 0};
    QTest::newRow("tails of s") << RelationId {1} << true << std::vector<float> {0, 0, 1, 0, 0};
    QTest::newRow("heads of s") << RelationId {1} << false << std::vector<float> {0, 0, 0, 0, 1};
}

void PopularityBaselineTest::countsComeFromTrainPerRelationAndSide()
{
    QFETCH(RelationId, relation);
    QFETCH(bool, predictTail);
    QFETCH(std::vector<float>, expected);
    const PopularityBaseline baseline(*graph_);
    QCOMPARE(baseline.scores(relation, predictTail), expected);
}

void PopularityBaselineTest::ranks_data()
{
    QTest::addColumn<int>("triple");  // index in test
    QTest::addColumn<bool>("tail");
    QTest::addColumn<qint64>("reference");
    QTest::addColumn<double>("realistic");
    // (d r ?) → e: b (3) is ahead but a known tail of d (train), filtered; d ties with e at 1:
    // 0 ahead, 1 tie → 0 + floor(1/2) + 1 = 1; realistic 1.5.
    QTest::newRow("(d r ?) e") << 0 << true << qint64 {1} << 1.5;
    // (? r e) → d: a (2) is a known head (train), filtered; c (2) is ahead; nobody else at 1 → 2.
    QTest::newRow("(? r e) d") << 0 << false << qint64 {2} << 2.0;
    // (b r ?) → a (0): known tails of b are c (valid) and a (test). b 3, d 1, e 1 are ahead → 3;
    // c would tie at 0 but is filtered → rank 4, realistic 4.
    QTest::newRow("(b r ?) a") << 1 << true << qint64 {4} << 4.0;
    // (? r a) → b (0): a 2, c 2, d 1 ahead → 3; e ties at 0 → 3 + floor(1/2) + 1 = 4; realistic 4.5.
    QTest::newRow("(? r a) b") << 1 << false << qint64 {4} << 4.5;
    // (a s ?) → b (0): c 1 ahead; a, d, e tie at 0 → 1 + floor(3/2) + 1 = 3; realistic 3.5.
    QTest::newRow("(a s ?) b") << 2 << true << qint64 {3} << 3.5;
    // (? s b) → a (0): e 1 ahead; b, c, d tie → 3; realistic 3.5.
    QTest::newRow("(? s b) a") << 2 << false << qint64 {3} << 3.5;
}

void PopularityBaselineTest::ranks()
{
    QFETCH(int, triple);
    QFETCH(bool, tail);
    QFETCH(qint64, reference);
    QFETCH(double, realistic);
    const LinkPredictionResult result = PopularityBaseline(*graph_).evaluate(Split::Test);
    QCOMPARE(result.ranks.size(), std::size_t {3});
    const FilteredRank& rank = tail ? result.ranks.at(static_cast<std::size_t>(triple)).tail
                                    : result.ranks.at(static_cast<std::size_t>(triple)).head;
    QCOMPARE(rank.reference, reference);
    QCOMPARE(rank.realistic, realistic);
}

void PopularityBaselineTest::metricsAverageBothDirections()
{
    const LinkPredictionResult result = PopularityBaseline(*graph_).evaluate(Split::Test);
    // Ranks (head, tail): (2, 1), (4, 4), (3, 3).
    QCOMPARE(result.both.count, std::size_t {6});
    QCOMPARE(result.both.mr, 17.0 / 6.0);
    QCOMPARE(result.both.mrr, (1.0 / 2 + 1.0 + 1.0 / 4 + 1.0 / 4 + 1.0 / 3 + 1.0 / 3) / 6.0);
    QCOMPARE(result.both.hits1, 1.0 / 6.0);
    QCOMPARE(result.both.hits3, 4.0 / 6.0);
    QCOMPARE(result.both.hits10, 1.0);
    QCOMPARE(result.tail.mrr, (1.0 + 1.0 / 4 + 1.0 / 3) / 3.0);
    QCOMPARE(result.head.mrr, (1.0 / 2 + 1.0 / 4 + 1.0 / 3) / 3.0);
    QCOMPARE(result.perRelation.at(1).mrr, 1.0 / 3.0);
    QCOMPARE(result.perRelation.at(0).count, std::size_t {4});
}

void PopularityBaselineTest::demoGraphBaseline()
{
    const auto demo = readDataset(TESSERA_SOURCE_DIR "/resources/demo/countries").graphs.at(0);
    const LinkPredictionResult result = PopularityBaseline(*demo).evaluate(Split::Test);
    QCOMPARE(result.ranks.size(), std::size_t {211});
    qInfo(
        "popularity baseline on Countries, test: MR %.1f MRR %.4f H@1 %.4f H@3 %.4f H@10 %.4f (tails %.4f, heads %.4f)",
        result.both.mr, result.both.mrr, result.both.hits1, result.both.hits3, result.both.hits10, result.tail.mrr,
        result.head.mrr);
    QCOMPARE(qRound(result.both.mrr * 10000), 1304);
}

QTEST_APPLESS_MAIN(PopularityBaselineTest)
#include "PopularityBaselineTest.moc"
