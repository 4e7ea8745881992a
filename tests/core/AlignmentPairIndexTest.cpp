// The pair index and candidate pools the alignment window, `align` and `render alignment` answer from: hand-made pairs
// with every case a reader can hand it (unpaired entities, an entity kept in two pairs, ids past
// the graph), and the bundled Countries EN ↔ ZH pair, whose seed and test counts this test takes
// from pairs.tsv itself.

#include "alignment/AlignmentPairIndex.h"
#include "alignment/CandidatePopulation.h"
#include "io/BundleReader.h"

#include <QFile>
#include <QTest>

using namespace tessera;

class AlignmentPairIndexTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void answersForBothSides()
    {
        // A has 4 entities, B has 3. A0 ↔ B2 seed, A1 ↔ B0 test; A2, A3 and B1 are in no pair.
        const AlignmentPairIndex index({{0, 2, true}, {1, 0, false}}, 4, 3);
        QCOMPARE(index.counterpart(true, 0), std::optional<EntityId>(2));
        QCOMPARE(index.counterpart(false, 2), std::optional<EntityId>(0));
        QCOMPARE(index.counterpart(true, 1), std::optional<EntityId>(0));
        QCOMPARE(index.counterpart(false, 0), std::optional<EntityId>(1));
        QVERIFY(!index.counterpart(true, 2));
        QVERIFY(!index.counterpart(false, 1));
        QCOMPARE(index.role(true, 0), AlignmentPairIndex::Role::Seed);
        QCOMPARE(index.role(false, 2), AlignmentPairIndex::Role::Seed);
        QCOMPARE(index.role(true, 1), AlignmentPairIndex::Role::Test);
        QCOMPARE(index.role(false, 0), AlignmentPairIndex::Role::Test);
        QCOMPARE(index.role(true, 3), AlignmentPairIndex::Role::None);
        QCOMPARE(index.role(false, 1), AlignmentPairIndex::Role::None);
    }

    void lastPairWinsAndOutOfRangeIsIgnored()
    {
        // A0 first paired with B0 (seed), then with B1 (test): the later pair is the answer for A0,
        // while B0 keeps its own pair. A pair naming A9 (A has 2 entities) changes nothing.
        const AlignmentPairIndex index({{0, 0, true}, {0, 1, false}, {9, 1, true}}, 2, 2);
        QCOMPARE(index.counterpart(true, 0), std::optional<EntityId>(1));
        QCOMPARE(index.role(true, 0), AlignmentPairIndex::Role::Test);
        QCOMPARE(index.counterpart(false, 0), std::optional<EntityId>(0));
        QCOMPARE(index.role(false, 1), AlignmentPairIndex::Role::Test);
        QVERIFY(!index.counterpart(true, 9));
        QCOMPARE(index.role(true, 9), AlignmentPairIndex::Role::None);
        QCOMPARE(index.role(false, kNoEntity), AlignmentPairIndex::Role::None);
    }

    void rolesHaveTheirWords()
    {
        QCOMPARE(AlignmentPairIndex::key(AlignmentPairIndex::Role::Seed), "seed");
        QCOMPARE(AlignmentPairIndex::key(AlignmentPairIndex::Role::Test), "test");
        QCOMPARE(AlignmentPairIndex::key(AlignmentPairIndex::Role::None), "");
    }

    void emptyIndexKnowsNothing()
    {
        const AlignmentPairIndex index;
        QVERIFY(!index.counterpart(true, 0));
        QCOMPARE(index.role(false, 0), AlignmentPairIndex::Role::None);
    }

    // The pools a query ranks among: the test pairs' entities in pair order, or every entity.
    void candidatePopulations()
    {
        const std::vector<AlignedPair> pairs {{0, 2, true}, {3, 0, false}, {1, 1, false}};
        const CandidatePopulation test = CandidatePopulation::testPairs(pairs);
        QCOMPARE(test.a, (std::vector<EntityId> {3, 1}));
        QCOMPARE(test.b, (std::vector<EntityId> {0, 1}));
        QVERIFY(test.contains(true, 3));
        QVERIFY(!test.contains(true, 0));  // a seed, not ranked
        QVERIFY(test.contains(false, 1));
        QVERIFY(!test.contains(false, 2));
        const CandidatePopulation all = CandidatePopulation::everyEntity(4, 3);
        QCOMPARE(all.a, (std::vector<EntityId> {0, 1, 2, 3}));
        QCOMPARE(all.b, (std::vector<EntityId> {0, 1, 2}));
        QVERIFY(all.contains(true, 0) && !all.contains(false, 3));
        QVERIFY(CandidatePopulation::testPairs({}).a.empty());
    }

    void demoPairMatchesItsPairsFile()
    {
        const QString folder = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/countries-en-zh");
        QFile tsv(folder + QStringLiteral("/pairs.tsv"));
        QVERIFY(tsv.open(QIODevice::ReadOnly));
        int seedLines = 0;
        int testLines = 0;
        tsv.readLine();  // header
        while (!tsv.atEnd()) {
            const QByteArray split = tsv.readLine().trimmed().split('\t').value(2);
            seedLines += split == "train" ? 1 : 0;
            testLines += split == "test" ? 1 : 0;
        }
        QCOMPARE(seedLines, 253);
        QCOMPARE(testLines, 591);

        const Dataset dataset = AlignmentBundleReader::read(folder.toStdString());
        const std::size_t nA = dataset.graphs[0]->entityCount();
        const std::size_t nB = dataset.graphs[1]->entityCount();
        const AlignmentPairIndex index(dataset.alignment, nA, nB);
        int seeds[2] = {0, 0};
        int tests[2] = {0, 0};
        int paired[2] = {0, 0};
        for (int side = 0; side < 2; ++side) {
            const std::size_t n = side == 0 ? nA : nB;
            for (EntityId e = 0; e < n; ++e) {
                const AlignmentPairIndex::Role role = index.role(side == 0, e);
                seeds[side] += role == AlignmentPairIndex::Role::Seed ? 1 : 0;
                tests[side] += role == AlignmentPairIndex::Role::Test ? 1 : 0;
                if (const auto other = index.counterpart(side == 0, e)) {
                    ++paired[side];
                    // Each counterpart points back, with the same role.
                    QCOMPARE(index.counterpart(side != 0, *other), std::optional<EntityId>(e));
                    QCOMPARE(index.role(side != 0, *other), role);
                }
            }
        }
        for (int side = 0; side < 2; ++side) {
            QCOMPARE(seeds[side], seedLines);
            QCOMPARE(tests[side], testLines);
            QCOMPARE(paired[side], seedLines + testLines);
        }
        for (const AlignedPair& pair : dataset.alignment) {
            QCOMPARE(index.counterpart(true, pair.source), std::optional<EntityId>(pair.target));
            QCOMPARE(index.role(true, pair.source),
                pair.train ? AlignmentPairIndex::Role::Seed : AlignmentPairIndex::Role::Test);
        }
    }
};

QTEST_GUILESS_MAIN(AlignmentPairIndexTest)
#include "AlignmentPairIndexTest.moc"
