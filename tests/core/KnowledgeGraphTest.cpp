// The graph core on a hand-built graph: key lookup, CSR adjacency in both directions, the
// filtered-ranking answer sets and the summary counts, each checked against values worked out
// by hand from the triples below.

#include "graph/GraphSummary.h"
#include "graph/KnowledgeGraphBuilder.h"

#include <QTest>

using namespace tessera;

namespace {

// Entities: 0 FRA, 1 DEU, 2 BEL, 3 Europe, 4 Paris, 5 Lonely (no triple)
// Relations: 0 borders, 1 located_in, 2 capital
std::shared_ptr<const KnowledgeGraph> sampleGraph()
{
    KnowledgeGraphBuilder builder;
    builder.metadata().name = "sample";
    for (const char* key : {"FRA", "DEU", "BEL", "region/Europe", "city/FRA/Paris", "Lonely"}) {
        Entity entity;
        entity.key = key;
        if (std::string_view(key) == "FRA") {
            entity.description = "France is a country.";
            entity.imagePaths = {"/flags/fr.png"};
        }
        builder.addEntity(entity);
    }
    for (const char* key : {"borders", "located_in", "capital"})
        builder.addRelation(Relation {key, "", ""});
    builder.addTriple(Split::Train, {0, 0, 1});  // FRA borders DEU
    builder.addTriple(Split::Train, {0, 0, 2});  // FRA borders BEL
    builder.addTriple(Split::Train, {1, 0, 0});  // DEU borders FRA
    builder.addTriple(Split::Train, {0, 1, 3});  // FRA located_in Europe
    builder.addTriple(Split::Valid, {1, 1, 3});  // DEU located_in Europe
    builder.addTriple(Split::Test, {0, 2, 4});   // FRA capital Paris
    builder.addTriple(Split::Test, {2, 1, 3});   // BEL located_in Europe
    builder.addTriple(Split::Test, {0, 0, 1});   // duplicate of a train triple
    builder.addTriple(Split::Train, {3, 1, 3});  // a self-loop
    return builder.build();
}

}  // namespace

class KnowledgeGraphTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keysAndDefaults();
    void duplicateKeysRefused();
    void adjacency();
    void answerSetsCoverAllSplits();
    void summaryCounts();
};

void KnowledgeGraphTest::keysAndDefaults()
{
    const auto graph = sampleGraph();
    QCOMPARE(graph->entityCount(), std::size_t {6});
    QCOMPARE(graph->relationCount(), std::size_t {3});
    QCOMPARE(graph->findEntity("BEL").value(), EntityId {2});
    QVERIFY(!graph->findEntity("bel").has_value());  // keys are exact, search folds
    QCOMPARE(graph->findRelation("capital").value(), RelationId {2});
    QCOMPARE(graph->entity(1).label, std::string("DEU"));  // label defaults to the key
    QCOMPARE(graph->triples(Split::Train).size(), std::size_t {5});
    QCOMPARE(graph->triples(Split::Valid).size(), std::size_t {1});
    QCOMPARE(graph->triples(Split::Test).size(), std::size_t {3});
    QCOMPARE(graph->relationTripleCount(0), std::size_t {4});
    QCOMPARE(graph->relationTripleCount(1), std::size_t {4});
    QCOMPARE(graph->relationTripleCount(2), std::size_t {1});
}

void KnowledgeGraphTest::duplicateKeysRefused()
{
    KnowledgeGraphBuilder builder;
    Entity a;
    a.key = "x";
    QVERIFY(builder.addEntity(a).has_value());
    QVERIFY(!builder.addEntity(a).has_value());
    QVERIFY(builder.addRelation(Relation {"r", "", ""}).has_value());
    QVERIFY(!builder.addRelation(Relation {"r", "", ""}).has_value());
    QVERIFY_THROWS_EXCEPTION(std::logic_error, builder.addTriple(Split::Train, {0, 0, 7}));
}

void KnowledgeGraphTest::adjacency()
{
    const auto graph = sampleGraph();
    // FRA out: borders DEU (train), borders DEU (test duplicate), borders BEL, located_in Europe, capital Paris.
    const auto out = graph->outgoing().edges(0);
    QCOMPARE(out.size(), std::size_t {5});
    QCOMPARE(out[0].relation, RelationId {0});
    QCOMPARE(out[0].neighbour, EntityId {1});
    QCOMPARE(out[0].split, Split::Train);
    QCOMPARE(out[1].neighbour, EntityId {1});
    QCOMPARE(out[1].split, Split::Test);
    QCOMPARE(out[2].neighbour, EntityId {2});
    QCOMPARE(out[3].relation, RelationId {1});
    QCOMPARE(out[4].relation, RelationId {2});
    QCOMPARE(out[4].neighbour, EntityId {4});
    // Europe in: located_in from FRA, DEU, BEL and itself.
    const auto in = graph->incoming().edges(3);
    QCOMPARE(in.size(), std::size_t {4});
    std::vector<EntityId> from;
    for (const auto& edge : in)
        from.push_back(edge.neighbour);
    QCOMPARE(from, (std::vector<EntityId> {0, 1, 2, 3}));
    QCOMPARE(graph->outgoing().degree(5), std::size_t {0});
    QCOMPARE(graph->incoming().degree(5), std::size_t {0});
    QVERIFY(graph->outgoing().edges(99).empty());
}

void KnowledgeGraphTest::answerSetsCoverAllSplits()
{
    const auto graph = sampleGraph();
    const auto& answers = graph->answers();
    const auto bordersOfFrance = answers.tails(0, 0);
    QCOMPARE(std::vector<EntityId>(bordersOfFrance.begin(), bordersOfFrance.end()), (std::vector<EntityId> {1, 2}));
    const auto inEurope = answers.heads(1, 3);
    // FRA (train), DEU (valid), BEL (test), Europe (train self-loop): all splits count.
    QCOMPARE(std::vector<EntityId>(inEurope.begin(), inEurope.end()), (std::vector<EntityId> {0, 1, 2, 3}));
    QVERIFY(answers.isKnownTail(0, 2, 4));
    QVERIFY(!answers.isKnownTail(0, 2, 3));
    QVERIFY(answers.isKnownHead(0, 0, 1));
    QVERIFY(answers.tails(4, 0).empty());
}

void KnowledgeGraphTest::summaryCounts()
{
    const auto graph = sampleGraph();
    const GraphSummary s = summarize(*graph);
    QCOMPARE(s.entities, std::size_t {6});
    QCOMPARE(s.relations, std::size_t {3});
    QCOMPARE(s.triples(), std::size_t {9});
    QCOMPARE(s.images, std::size_t {1});
    QCOMPARE(s.entitiesWithImage, std::size_t {1});
    QCOMPARE(s.entitiesWithoutImage, std::size_t {5});
    QCOMPARE(s.entitiesWithoutText, std::size_t {5});
    QCOMPARE(s.selfLoops, std::size_t {1});
    QCOMPARE(s.duplicateTriples, std::size_t {1});
    QCOMPARE(s.isolatedEntities, std::size_t {1});
}

QTEST_APPLESS_MAIN(KnowledgeGraphTest)
#include "KnowledgeGraphTest.moc"
