// The real benchmark graphs in ../shared/datasets read with exactly the counts its README
// publishes (and that the reference code sees), plus a few facts checked by hand.

#include "graph/Dataset.h"
#include "io/AlignmentReader.h"
#include "io/GraphFormat.h"
#include "io/GraphReader.h"
#include "io/InputError.h"
#include "io/MygoReader.h"

#include <QtTest>

#include <filesystem>
#include <set>

using namespace tessera;

namespace {

const std::string kDatasets = std::string(TESSERA_SHARED_DIR) + "/datasets";

std::size_t selfLoops(const KnowledgeGraph& graph, Split split)
{
    std::size_t count = 0;
    for (const Triple& t : graph.triples(split))
        count += t.head == t.tail ? 1 : 0;
    return count;
}

// Test triples with an entity that appears in no train triple (README "quirks").
std::size_t testTriplesWithUnseenEntity(const KnowledgeGraph& graph)
{
    std::vector<bool> seen(graph.entityCount(), false);
    for (const Triple& t : graph.triples(Split::Train))
        seen[t.head] = seen[t.tail] = true;
    std::size_t count = 0;
    for (const Triple& t : graph.triples(Split::Test))
        count += (!seen[t.head] || !seen[t.tail]) ? 1 : 0;
    return count;
}

}  // namespace

class RealDatasetTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mygoCounts_data();
    void mygoCounts();
    void db15kQuirks();
    void mkgYNames();
    void mkgWNames();
    void dbp15kZhEn();

private:
    // Only a genuinely absent dataset skips; a present one that fails to read fails.
    static void requireFile(const std::string& path)
    {
        if (!std::filesystem::exists(path))
            QSKIP(qPrintable(QStringLiteral("%1 is absent (the shared datasets are not on this machine)")
                                 .arg(QString::fromStdString(path))));
    }
    static std::shared_ptr<const KnowledgeGraph> readMygo(const std::string& name)
    {
        const std::string folder = kDatasets + "/" + name;
        try {
            return MygoReader::read(folder);
        } catch (const InputError& e) {
            qWarning("%s", e.what());
            return nullptr;
        }
    }
};

void RealDatasetTest::initTestCase()
{
    requireFile(kDatasets + "/README.md");
}

void RealDatasetTest::mygoCounts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("entities");
    QTest::addColumn<int>("relations");
    QTest::addColumn<int>("train");
    QTest::addColumn<int>("valid");
    QTest::addColumn<int>("test");
    QTest::addColumn<int>("testUnseen");
    // README.md "Link prediction" table and its quirks list.
    QTest::newRow("DB15K") << "DB15K" << 12842 << 279 << 79222 << 9904 << 9902 << 77;
    QTest::newRow("MKG-W") << "MKG-W" << 15000 << 169 << 34196 << 4276 << 4274 << 306;
    QTest::newRow("MKG-Y") << "MKG-Y" << 15000 << 28 << 21310 << 2665 << 2663 << 388;
}

void RealDatasetTest::mygoCounts()
{
    QFETCH(QString, name);
    QFETCH(int, entities);
    QFETCH(int, relations);
    QFETCH(int, train);
    QFETCH(int, valid);
    QFETCH(int, test);
    QFETCH(int, testUnseen);
    const std::string folder = kDatasets + "/" + name.toStdString();
    requireFile(folder + "/entities.txt");
    QCOMPARE(detectGraphFormat(folder), GraphFormat::MyGO);
    const Dataset dataset = readDataset(folder);
    QCOMPARE(dataset.format, std::string("mygo"));
    QCOMPARE(dataset.graphs.size(), std::size_t {1});
    const KnowledgeGraph& graph = *dataset.graphs[0];
    QCOMPARE(graph.entityCount(), std::size_t(entities));
    QCOMPARE(graph.relationCount(), std::size_t(relations));
    QCOMPARE(graph.triples(Split::Train).size(), std::size_t(train));
    QCOMPARE(graph.triples(Split::Valid).size(), std::size_t(valid));
    QCOMPARE(graph.triples(Split::Test).size(), std::size_t(test));
    QCOMPARE(graph.tripleCount(), std::size_t(train + valid + test));
    QCOMPARE(testTriplesWithUnseenEntity(graph), std::size_t(testUnseen));
    QVERIFY(graph.warnings().empty());
    // Ids are listed 0..N-1 in order, so entity id i has key "i" (what token files use).
    for (const EntityId id : {EntityId {0}, EntityId(entities / 2), EntityId(entities - 1)})
        QCOMPARE(graph.entity(id).key, std::to_string(id));
    QCOMPARE(graph.relation(RelationId(relations - 1)).key, std::to_string(relations - 1));
}

void RealDatasetTest::db15kQuirks()
{
    requireFile(kDatasets + "/DB15K/entities.txt");
    const auto graph = readMygo("DB15K");
    QVERIFY(graph);
    // README: self-loops 768 train, 370 valid, 90 test.
    QCOMPARE(selfLoops(*graph, Split::Train), std::size_t {768});
    QCOMPARE(selfLoops(*graph, Split::Valid), std::size_t {370});
    QCOMPARE(selfLoops(*graph, Split::Test), std::size_t {90});
    // README: 8,719 of valid's 9,904 lines are train triples; 2,423 lines repeat an earlier
    // valid line (duplicates are kept, so counts match the published ones).
    const auto packed = [](const Triple& t) {
        return (std::uint64_t(t.head) << 40U) | (std::uint64_t(t.relation) << 20U) | std::uint64_t(t.tail);
    };
    std::set<std::uint64_t> train;
    for (const Triple& t : graph->triples(Split::Train))
        train.insert(packed(t));
    std::set<std::uint64_t> validSeen;
    std::size_t inTrain = 0;
    std::size_t repeated = 0;
    for (const Triple& t : graph->triples(Split::Valid)) {
        inTrain += train.count(packed(t));
        repeated += validSeen.insert(packed(t)).second ? 0 : 1;
    }
    QCOMPARE(inTrain, std::size_t {8719});
    QCOMPARE(repeated, std::size_t {2423});
    // First train line of DB15K/train.txt: "11208	117	6404".
    QCOMPARE(graph->triples(Split::Train)[0], (Triple {11208, 117, 6404}));
    // No names: labels are the ids.
    QCOMPARE(graph->entity(11208).label, std::string("11208"));
    QVERIFY(graph->entity(11208).aliases.empty());
}

void RealDatasetTest::mkgYNames()
{
    requireFile(kDatasets + "/MKG-Y/entity2id.txt");
    const auto graph = readMygo("MKG-Y");
    QVERIFY(graph);
    // entity2id.txt: "Gilles_Mbang_Ondo 0", "Libreville 1".
    QCOMPARE(graph->entity(1).key, std::string("1"));
    QCOMPARE(graph->entity(1).label, std::string("Libreville"));
    QCOMPARE(graph->entity(1).aliases, (std::vector<Alias> {{"Libreville", ""}}));
    QCOMPARE(graph->entity(0).label, std::string("Gilles Mbang Ondo"));
    QCOMPARE(graph->entity(0).aliases, (std::vector<Alias> {{"Gilles_Mbang_Ondo", ""}}));
    // train.txt line 1 "0	0	1": Gilles Mbang Ondo → Libreville.
    QCOMPARE(graph->triples(Split::Train)[0], (Triple {0, 0, 1}));
    QCOMPARE(selfLoops(*graph, Split::Train), std::size_t {0});
    // Every entity is named, so search by label finds Libreville.
    const auto result = graph->names().search("librev", 5);
    QVERIFY(!result.hits.empty());
    QCOMPARE(result.hits[0].entity, EntityId {1});
}

void RealDatasetTest::mkgWNames()
{
    requireFile(kDatasets + "/MKG-W/entity2id.txt");
    const auto graph = readMygo("MKG-W");
    QVERIFY(graph);
    // entity2id.txt line 1: "http://www.wikidata.org/entity/Q370252 0".
    QCOMPARE(graph->entity(0).label, std::string("Q370252"));
    QCOMPARE(graph->entity(0).aliases, (std::vector<Alias> {{"http://www.wikidata.org/entity/Q370252", ""}}));
    QCOMPARE(selfLoops(*graph, Split::Train), std::size_t {55});
}

void RealDatasetTest::dbp15kZhEn()
{
    const std::string folder = kDatasets + "/DBP15K/zh_en";
    requireFile(folder + "/ent_ids_1");
    requireFile(kDatasets + "/DBP15K/translated_ent_name/dbp_zh_en.json");
    QCOMPARE(detectGraphFormat(folder), GraphFormat::Alignment);
    // Opened as the app opens it: the translated names are found next to the folder.
    const Dataset dataset = readDataset(folder);
    QCOMPARE(dataset.format, std::string("alignment"));
    QVERIFY(dataset.isAlignment());
    const KnowledgeGraph& kg1 = *dataset.graphs[0];
    const KnowledgeGraph& kg2 = *dataset.graphs[1];
    // README "Entity alignment" table.
    QCOMPARE(kg1.entityCount(), std::size_t {19388});
    QCOMPARE(kg2.entityCount(), std::size_t {19572});
    QCOMPARE(kg1.tripleCount(), std::size_t {70414});
    QCOMPARE(kg2.tripleCount(), std::size_t {95142});
    QCOMPARE(kg1.triples(Split::Train).size(), std::size_t {70414});
    QCOMPARE(dataset.alignment.size(), std::size_t {15000});
    const auto train = std::count_if(
        dataset.alignment.begin(), dataset.alignment.end(), [](const AlignedPair& p) { return p.train; });
    QCOMPARE(train, 4500);
    // The first 30% in file order are the training seeds: line 4500 is the last one.
    QVERIFY(dataset.alignment[4499].train);
    QVERIFY(!dataset.alignment[4500].train);
    QCOMPARE(kg1.entity(dataset.alignment[4499].source).key, std::string("http://zh.dbpedia.org/resource/多倫多藍鳥"));
    QCOMPARE(
        kg2.entity(dataset.alignment[4499].target).key, std::string("http://dbpedia.org/resource/Toronto_Blue_Jays"));
    QCOMPARE(kg1.entity(dataset.alignment.back().source).key, std::string("http://zh.dbpedia.org/resource/肖特兄弟"));
    QCOMPARE(kg2.entity(dataset.alignment.back().target).label, std::string("Short Brothers"));
    // Distinct relation ids in triples_1 / triples_2 (no rel_ids files in this copy).
    QCOMPARE(kg1.relationCount(), std::size_t {1701});
    QCOMPARE(kg2.relationCount(), std::size_t {1323});

    // ent_ids_1 line 1: "0	http://zh.dbpedia.org/resource/阿卜杜拉·居尔"; dbp_zh_en.json: [0, ["abdullah", "gul"]].
    const Entity& first = kg1.entity(0);
    QCOMPARE(first.key, std::string("http://zh.dbpedia.org/resource/阿卜杜拉·居尔"));
    QCOMPARE(first.label, std::string("阿卜杜拉·居尔"));
    QCOMPARE(first.aliases, (std::vector<Alias> {{"abdullah gul", "en"}}));
    // ent_ids_2 line 1: "10500	http://dbpedia.org/resource/Abdullah_Gül"; [10500, ["abdullah", "gül"]].
    const Entity& counterpart = kg2.entity(0);
    QCOMPARE(counterpart.key, std::string("http://dbpedia.org/resource/Abdullah_Gül"));
    QCOMPARE(counterpart.label, std::string("Abdullah Gül"));
    QCOMPARE(counterpart.aliases, (std::vector<Alias> {{"abdullah gül", "en"}}));
    QCOMPARE(dataset.alignment[0], (AlignedPair {0, 0, true}));
    // Every entity of both graphs has exactly one translated name.
    for (const KnowledgeGraph* graph : {&kg1, &kg2}) {
        for (const Entity& e : graph->entities())
            QCOMPARE(e.aliases.size(), std::size_t {1});
    }
    // triples_1 line 1: "3118	1123	9427" = 新大阪站 → 東京站.
    const Triple t = kg1.triples(Split::Train)[0];
    QCOMPARE(kg1.entity(t.head).key, std::string("http://zh.dbpedia.org/resource/新大阪站"));
    QCOMPARE(kg1.relation(t.relation).key, std::string("1123"));
    QCOMPARE(kg1.entity(t.tail).key, std::string("http://zh.dbpedia.org/resource/東京站"));
    // Search finds the Chinese label by its English translated name.
    const auto hits = kg1.names().search("abdullah gul", 3);
    QVERIFY(!hits.hits.empty());
    QCOMPARE(hits.hits[0].entity, EntityId {0});
}

QTEST_GUILESS_MAIN(RealDatasetTest)
#include "RealDatasetTest.moc"
