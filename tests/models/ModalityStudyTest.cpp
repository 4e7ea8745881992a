// Modality contribution read two ways on the reference fixture (../shared/fixtures/mygo-small):
// [CLS]'s attention shares over all entities (ModalityShareReader) against the reference's stored
// attention, and the rank shift under image/text masking (RelationAblationStudy) against the
// reference's stored ranks and a direct computation.

#include "FixtureGraph.h"

#include "attention/ModalityShareTable.h"
#include "evaluation/FilteredRanking.h"
#include "evaluation/RelationAblationStudy.h"
#include "inference/ModalityShareReader.h"
#include "inference/MygoModel.h"
#include "tensors/SafetensorsFile.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <optional>

using namespace tessera;

namespace {

constexpr double kTolerance = 1e-5;
constexpr std::int64_t kEntities = 40;
constexpr std::int64_t kHeads = 2;
constexpr std::int64_t kLength = 9;  // [CLS], structure, 4 visual, 3 text

}  // namespace

class ModalityStudyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boxSummaryIsNumpysQuartiles();
    void largestSharesSkipEntitiesWithoutTheModality();
    void sharesEqualTheReferenceAttention();
    void sharesStopWhenAsked();
    void ablationRanksEqualTheReferenceAndTheMaskedScores();
    void ablationRejectsAnUnknownRelation();

private:
    std::optional<MygoModel> model_;
    std::optional<SafetensorsFile> expected_;
};

void ModalityStudyTest::initTestCase()
{
    if (!QFile::exists(mygoFixtureDir() + QStringLiteral("/weights.safetensors")))
        QSKIP("../shared/fixtures/mygo-small is not present on this machine");
    model_.emplace(MygoModel::importReference(mygoFixtureDir().toStdString()));
    model_->useDevice("cpu");
    expected_.emplace(
        SafetensorsFile::open((mygoFixtureDir() + QStringLiteral("/expected.safetensors")).toStdString()));
}

void ModalityStudyTest::boxSummaryIsNumpysQuartiles()
{
    // numpy.percentile([7, 1, 3, 9, 4], [0, 25, 50, 75, 100]) = 1, 3, 4, 7, 9; mean 4.8.
    const std::vector<double> values {7, 1, 3, 9, 4};
    const BoxSummary box = boxSummary(values);
    QCOMPARE(box.minimum, 1.0);
    QCOMPARE(box.lowerQuartile, 3.0);
    QCOMPARE(box.median, 4.0);
    QCOMPARE(box.upperQuartile, 7.0);
    QCOMPARE(box.maximum, 9.0);
    QCOMPARE(box.mean, 4.8);
    QCOMPARE(box.count, std::size_t {5});
    // Four values: numpy.percentile([1, 2, 4, 8], [25, 50, 75]) = 1.75, 3, 5.
    const std::vector<double> four {8, 4, 2, 1};
    const BoxSummary even = boxSummary(four);
    QCOMPARE(even.lowerQuartile, 1.75);
    QCOMPARE(even.median, 3.0);
    QCOMPARE(even.upperQuartile, 5.0);
    QCOMPARE(boxSummary({}).count, std::size_t {0});
}

void ModalityStudyTest::largestSharesSkipEntitiesWithoutTheModality()
{
    ModalityShareTable table;
    table.lastLayer = {{0.1, 0.5, 0.0, 0.4}, {0.1, 0.2, 0.6, 0.1}, {0.0, 0.3, 0.3, 0.4}, {0.2, 0.1, 0.0, 0.7}};
    table.rollout = table.lastLayer;
    table.hasVisual = {0, 1, 1, 0};
    table.hasText = {1, 1, 1, 1};
    QCOMPARE(entitiesWithLargestShare(table, false, AttentionSlot::Text, 3), (std::vector<EntityId> {3, 0, 2}));
    // Entities 0 and 3 have no image: their visual 0 is a mask, not a measurement.
    QCOMPARE(entitiesWithLargestShare(table, false, AttentionSlot::Visual, 5), (std::vector<EntityId> {1, 2}));
    QCOMPARE(sharesOf(table, false, AttentionSlot::Visual), (std::vector<double> {0.6, 0.3}));
    QCOMPARE(dominantModality(table.lastLayer[0]), AttentionSlot::Structure);
    QCOMPARE(dominantModality(table.lastLayer[1]), AttentionSlot::Visual);
    QCOMPARE(dominantModality(table.lastLayer[3]), AttentionSlot::Text);
    // A tie between structure and visual goes to structure, visual and text to visual.
    QCOMPARE(dominantModality(table.lastLayer[2]), AttentionSlot::Text);
    QCOMPARE(dominantModality({0.0, 0.4, 0.4, 0.2}), AttentionSlot::Structure);
    QCOMPARE(dominantModality({0.0, 0.2, 0.4, 0.4}), AttentionSlot::Visual);
}

void ModalityStudyTest::sharesEqualTheReferenceAttention()
{
    const ModalityShareTable table = readModalityShares(*model_);
    QCOMPARE(table.size(), std::size_t {kEntities});
    QCOMPARE(table.layout.visual, std::int64_t {4});
    QCOMPARE(table.layout.text, std::int64_t {3});
    const auto reference = expected_->toFloat32("cmee_attn_weights");  // [1, 40, 2, 9, 9]
    const auto at = [&](std::int64_t e, std::int64_t h, std::int64_t q, std::int64_t k) {
        return static_cast<double>(reference[static_cast<std::size_t>(((e * kHeads + h) * kLength + q) * kLength + k)]);
    };
    std::vector<std::int64_t> withoutImage;
    for (std::int64_t e = 0; e < kEntities; ++e) {
        // One layer: the last layer's row 0 averaged over the two heads...
        double cls[kLength] = {};
        for (std::int64_t k = 0; k < kLength; ++k)
            cls[k] = 0.5 * (at(e, 0, 0, k) + at(e, 1, 0, k));
        const ClsAttentionShares& last = table.lastLayer[static_cast<std::size_t>(e)];
        QVERIFY(std::abs(last.self - cls[0]) < kTolerance);
        QVERIFY(std::abs(last.structure - cls[1]) < kTolerance);
        QVERIFY(std::abs(last.visual - (cls[2] + cls[3] + cls[4] + cls[5])) < kTolerance);
        QVERIFY(std::abs(last.text - (cls[6] + cls[7] + cls[8])) < kTolerance);
        // ... and its rollout 0.5·A + 0.5·I (rows of A sum to 1, so no renormalising is needed).
        const ClsAttentionShares& rolled = table.rollout[static_cast<std::size_t>(e)];
        QVERIFY(std::abs(rolled.self - (0.5 * cls[0] + 0.5)) < kTolerance);
        QVERIFY(std::abs(rolled.structure - 0.5 * cls[1]) < kTolerance);
        QVERIFY(std::abs(rolled.text - 0.5 * (cls[6] + cls[7] + cls[8])) < kTolerance);
        const bool hasImage = table.hasVisual[static_cast<std::size_t>(e)] != 0;
        if (!hasImage) {
            withoutImage.push_back(e);
            QCOMPARE(last.visual, 0.0);
        }
        QVERIFY(table.hasText[static_cast<std::size_t>(e)] != 0);
    }
    // The fixture's README: "entities without image: [3, 17, 28, 35]"; every entity has text.
    QCOMPARE(withoutImage, (std::vector<std::int64_t> {3, 17, 28, 35}));
    QCOMPARE(sharesOf(table, false, AttentionSlot::Visual).size(), std::size_t {36});
    QCOMPARE(sharesOf(table, true, AttentionSlot::Text).size(), std::size_t {40});
}

void ModalityStudyTest::sharesStopWhenAsked()
{
    int calls = 0;
    const ModalityShareTable table = readModalityShares(*model_, [&](std::int64_t, std::int64_t) {
        ++calls;
        return false;
    });
    QCOMPARE(calls, 1);
    QVERIFY(table.empty());
}

void ModalityStudyTest::ablationRanksEqualTheReferenceAndTheMaskedScores()
{
    QTemporaryDir scratch;
    const auto graph = loadFixtureGraph(mygoFixtureDir(), scratch, 40, 6);
    QVERIFY(graph);
    const auto triples = graph->triples(Split::Test);
    const auto referenceTail = expected_->toInt64("test_tail_ranks");
    const auto referenceHead = expected_->toInt64("test_head_ranks");
    std::size_t studied = 0;
    for (RelationId relation = 0; relation < 6; ++relation) {
        const RelationAblationResult result = studyRelationAblation(*model_, *graph, relation, Split::Test);
        std::size_t q = 0;
        for (std::size_t i = 0; i < triples.size(); ++i) {
            const Triple& t = triples[i];
            if (t.relation != relation)
                continue;
            const AblatedQueryRanks& head = result.queries[q++];
            const AblatedQueryRanks& tail = result.queries[q++];
            QVERIFY(!head.predictsTail && tail.predictsTail);
            // As it is: the reference's own filtered ranks.
            QCOMPARE(head.rank[0], referenceHead[i]);
            QCOMPARE(tail.rank[0], referenceTail[i]);
            // Masked: the filtered rank of the model's ablated scores for the same query.
            for (int input = 1; input < kAblationInputs; ++input) {
                ModalityAblation ablation;
                ablation.maskVisual = input == 1;
                ablation.maskText = input == 2;
                const LinkQuery tailQuery {t.head, t.relation, kNoEntity};
                const FloatArray scores = model_->scoreQueries(std::span<const LinkQuery>(&tailQuery, 1), ablation);
                QCOMPARE(tail.rank[static_cast<std::size_t>(input)],
                    filteredRank(scores.values, t.tail, graph->answers().tails(t.head, t.relation)).reference);
            }
        }
        QCOMPARE(result.queries.size(), q);
        studied += q;
        if (q == 0)
            continue;
        double shift = 0;
        std::size_t worse = 0;
        double reciprocal = 0;
        for (const AblatedQueryRanks& r : result.queries) {
            shift += static_cast<double>(r.rank[1] - r.rank[0]);
            worse += r.rank[1] > r.rank[0] ? 1 : 0;
            reciprocal += 1.0 / static_cast<double>(r.rank[1]);
        }
        QVERIFY(std::abs(result.meanRankShift[1] - shift / static_cast<double>(q)) < 1e-12);
        QCOMPARE(result.worse[1], worse);
        QVERIFY(std::abs(result.metrics[1].mrr - reciprocal / static_cast<double>(q)) < 1e-12);
        QCOMPARE(result.meanRankShift[0], 0.0);
    }
    QCOMPARE(studied, std::size_t {60});  // every test triple, both directions, once
}

void ModalityStudyTest::ablationRejectsAnUnknownRelation()
{
    QTemporaryDir scratch;
    const auto graph = loadFixtureGraph(mygoFixtureDir(), scratch, 40, 6);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, studyRelationAblation(*model_, *graph, 6, Split::Test));
}

QTEST_GUILESS_MAIN(ModalityStudyTest)
#include "ModalityStudyTest.moc"
