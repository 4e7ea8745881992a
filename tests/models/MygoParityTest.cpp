// MyGO parity with the reference implementation: every number below is compared with the
// tensors the unmodified zjukg/MyGO code wrote into ../shared/fixtures/mygo-small (see its
// README for how each was produced), at the tolerances that README gives.

#include "FixtureGraph.h"

#include "evaluation/FilteredRanking.h"
#include "inference/MygoModel.h"
#include "tensors/SafetensorsFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tessera;

namespace {

constexpr double kRepresentationTolerance = 1e-5;
constexpr double kScoreTolerance = 1e-4;

// Largest absolute difference; fails the calling test on a shape mismatch.
double maxDifference(const FloatArray& actual, const std::vector<float>& expected)
{
    if (actual.values.size() != expected.size())
        return std::numeric_limits<double>::infinity();
    double worst = 0;
    for (std::size_t i = 0; i < expected.size(); ++i)
        worst = std::max(worst, std::abs(static_cast<double>(actual.values[i]) - expected[i]));
    return worst;
}

std::vector<EntityId> allEntities(std::int64_t n)
{
    std::vector<EntityId> ids(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < ids.size(); ++i)
        ids[i] = static_cast<EntityId>(i);
    return ids;
}

QJsonObject fixtureMetrics()
{
    QFile file(mygoFixtureDir() + QStringLiteral("/metrics.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

}  // namespace

class MygoParityTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entityEncoderMatches();
    void attentionMatches();
    void relationRepresentationsMatch();
    void scoresMatch_data();
    void scoresMatch();
    void filteredRanksAndMetricsMatch_data();
    void filteredRanksAndMetricsMatch();
    void queryApiMatchesEncodedTriplets();
    void queryAttentionEqualsAHandComputation_data();
    void queryAttentionEqualsAHandComputation();
    void fixedBatchLossesMatch();
    void savedModelReloadsIdentically();

private:
    std::optional<MygoModel> model_;
    std::optional<SafetensorsFile> expected_;
};

void MygoParityTest::initTestCase()
{
    if (!QFile::exists(mygoFixtureDir() + QStringLiteral("/weights.safetensors")))
        QSKIP("../shared/fixtures/mygo-small is not present on this machine");
    model_.emplace(MygoModel::importReference(mygoFixtureDir().toStdString()));
    model_->useDevice("cpu");
    expected_.emplace(
        SafetensorsFile::open((mygoFixtureDir() + QStringLiteral("/expected.safetensors")).toStdString()));
    QCOMPARE(model_->config().numEntities, std::int64_t {40});
    QCOMPARE(model_->config().numRelations, std::int64_t {6});
    QCOMPARE(model_->config().dim, std::int64_t {64});
    QCOMPARE(model_->config().heads, std::int64_t {2});
    QCOMPARE(model_->config().sequenceLength(), std::int64_t {9});
}

void MygoParityTest::entityEncoderMatches()
{
    const FloatArray& reps = model_->entityRepresentations();
    QCOMPARE(reps.shape, (std::vector<std::int64_t> {41, 64}));
    const double repsDiff = maxDifference(reps, expected_->toFloat32("ent_embs"));
    QVERIFY2(repsDiff < kRepresentationTolerance, qPrintable(QString::number(repsDiff)));
    const auto ids = allEntities(40);
    const double seqDiff = maxDifference(model_->entitySequence(ids), expected_->toFloat32("ent_seq"));
    QVERIFY2(seqDiff < kRepresentationTolerance, qPrintable(QString::number(seqDiff)));
    const double outDiff = maxDifference(model_->entityEncoderOutput(ids), expected_->toFloat32("ent_encoder_out"));
    QVERIFY2(outDiff < kRepresentationTolerance, qPrintable(QString::number(outDiff)));
}

void MygoParityTest::attentionMatches()
{
    const FloatArray attention = model_->entityAttention(allEntities(40));
    QCOMPARE(attention.shape, (std::vector<std::int64_t> {1, 40, 2, 9, 9}));
    const double diff = maxDifference(attention, expected_->toFloat32("cmee_attn_weights"));
    QVERIFY2(diff < kRepresentationTolerance, qPrintable(QString::number(diff)));
    // Entity 3 has no image: its four visual key columns are exactly zero in every row.
    for (int head = 0; head < 2; ++head) {
        for (int query = 0; query < 9; ++query) {
            for (int key = 2; key < 6; ++key)
                QCOMPARE(attention.values[static_cast<std::size_t>((((0 * 40 + 3) * 2 + head) * 9 + query) * 9 + key)],
                    0.0f);
        }
    }
}

void MygoParityTest::relationRepresentationsMatch()
{
    const FloatArray rel = model_->relationRepresentations();
    QCOMPARE(rel.shape, (std::vector<std::int64_t> {6, 64}));
    const double diff = maxDifference(rel, expected_->toFloat32("rel_embs"));
    QVERIFY2(diff < kRepresentationTolerance, qPrintable(QString::number(diff)));
}

void MygoParityTest::scoresMatch_data()
{
    QTest::addColumn<QString>("prefix");
    for (const char* prefix : {"test_tail", "test_head", "valid_tail", "valid_head"})
        QTest::newRow(prefix) << QString::fromLatin1(prefix);
}

void MygoParityTest::scoresMatch()
{
    QFETCH(QString, prefix);
    const auto queries = expected_->toInt64((prefix + QStringLiteral("_queries")).toStdString());
    const FloatArray scores = model_->scoreEncodedTriplets(queries);
    QCOMPARE(scores.shape, (std::vector<std::int64_t> {30, 40}));
    const auto expected = expected_->toFloat32((prefix + QStringLiteral("_scores")).toStdString());
    const double diff = maxDifference(scores, expected);
    QVERIFY2(diff < kScoreTolerance, qPrintable(QString::number(diff)));
    // One query at a time takes the matrix-vector path (interactive prediction): same scores.
    for (std::size_t q = 0; q < 30; ++q) {
        const FloatArray one = model_->scoreEncodedTriplets(std::span<const std::int64_t>(queries).subspan(3 * q, 3));
        QCOMPARE(one.shape, (std::vector<std::int64_t> {1, 40}));
        for (std::size_t j = 0; j < 40; ++j) {
            const double gap = std::abs(one.values[j] - expected[q * 40 + j]);
            QVERIFY2(
                gap < kScoreTolerance, qPrintable(QStringLiteral("query %1, entity %2: %3").arg(q).arg(j).arg(gap)));
        }
    }
}

void MygoParityTest::filteredRanksAndMetricsMatch_data()
{
    QTest::addColumn<QString>("split");
    QTest::newRow("test") << QStringLiteral("test");
    QTest::newRow("valid") << QStringLiteral("valid");
}

void MygoParityTest::filteredRanksAndMetricsMatch()
{
    QFETCH(QString, split);
    QTemporaryDir scratch;
    const auto graph = loadFixtureGraph(mygoFixtureDir(), scratch, 40, 6);
    QVERIFY(graph);
    model_->requireGraph(*graph, "fixture");
    const auto triples = graph->triples(split == QLatin1String("test") ? Split::Test : Split::Valid);
    QCOMPARE(triples.size(), std::size_t {30});
    std::vector<LinkQuery> tailQueries;
    std::vector<LinkQuery> headQueries;
    for (const Triple& t : triples) {
        tailQueries.push_back({t.head, t.relation, kNoEntity});
        headQueries.push_back({kNoEntity, t.relation, t.tail});
    }
    const FloatArray tailScores = model_->scoreQueries(tailQueries);
    const FloatArray headScores = model_->scoreQueries(headQueries);
    const auto expectedTail = expected_->toInt64((split + QStringLiteral("_tail_ranks")).toStdString());
    const auto expectedHead = expected_->toInt64((split + QStringLiteral("_head_ranks")).toStdString());
    const auto tailMargin = expected_->toFloat32((split + QStringLiteral("_tail_rank_margin")).toStdString());
    const auto headMargin = expected_->toFloat32((split + QStringLiteral("_head_rank_margin")).toStdString());
    std::vector<double> ranks;
    int compared = 0;
    for (std::size_t i = 0; i < triples.size(); ++i) {
        const Triple& t = triples[i];
        const std::span<const float> headRow(headScores.values.data() + i * 40, 40);
        const std::span<const float> tailRow(tailScores.values.data() + i * 40, 40);
        const auto head = filteredRank(headRow, t.head, graph->answers().heads(t.relation, t.tail));
        const auto tail = filteredRank(tailRow, t.tail, graph->answers().tails(t.head, t.relation));
        // Ranks are exact wherever the stored gap to the nearest competitor exceeds the tolerance.
        if (headMargin[i] > kScoreTolerance) {
            QCOMPARE(head.reference, expectedHead[i]);
            ++compared;
        }
        if (tailMargin[i] > kScoreTolerance) {
            QCOMPARE(tail.reference, expectedTail[i]);
            ++compared;
        }
        ranks.push_back(static_cast<double>(head.reference));  // the reference's order: head, then tail
        ranks.push_back(static_cast<double>(tail.reference));
    }
    QCOMPARE(compared, 60);  // the fixture's smallest margin is 8.4e-4: every rank is comparable
    const RankMetrics metrics = summarizeRanks(ranks);
    const QJsonObject reference = fixtureMetrics()[split].toObject();
    QCOMPARE(static_cast<int>(metrics.count), reference[QStringLiteral("num_ranks")].toInt());
    QVERIFY(std::abs(metrics.mr - reference[QStringLiteral("MR")].toDouble()) < 1e-12);
    QVERIFY(std::abs(metrics.mrr - reference[QStringLiteral("MRR")].toDouble()) < 1e-12);
    QVERIFY(std::abs(metrics.hits1 - reference[QStringLiteral("Hits1")].toDouble()) < 1e-12);
    QVERIFY(std::abs(metrics.hits3 - reference[QStringLiteral("Hits3")].toDouble()) < 1e-12);
    QVERIFY(std::abs(metrics.hits10 - reference[QStringLiteral("Hits10")].toDouble()) < 1e-12);
}

void MygoParityTest::queryApiMatchesEncodedTriplets()
{
    // The query encoding of scoreQueries is the reference's: (h, r, ?) → [h + R, r + N, N + R].
    const auto encoded = expected_->toInt64("test_tail_queries");
    const LinkQuery query {static_cast<EntityId>(encoded[0] - 6), static_cast<RelationId>(encoded[1] - 40), kNoEntity};
    const FloatArray viaQuery = model_->scoreQueries(std::span<const LinkQuery>(&query, 1));
    const auto reference = expected_->toFloat32("test_tail_scores");
    QCOMPARE(viaQuery.shape, (std::vector<std::int64_t> {1, 40}));
    for (int j = 0; j < 40; ++j)
        QVERIFY(std::abs(viaQuery.values[static_cast<std::size_t>(j)] - reference[static_cast<std::size_t>(j)])
            < kScoreTolerance);
}

void MygoParityTest::queryAttentionEqualsAHandComputation_data()
{
    QTest::addColumn<QString>("queries");
    QTest::newRow("tail query (h, r, ?)") << QStringLiteral("test_tail_queries");
    QTest::newRow("head query (?, r, t)") << QStringLiteral("test_head_queries");
}

void MygoParityTest::queryAttentionEqualsAHandComputation()
{
    // The context encoder's one layer by hand, from the reference's weights and its stored entity
    // and relation representations: x = [slot + pos] for (head, relation, tail) with the mask
    // slot read from row N (lp_token); per head softmax((x Wq + bq)(x Wk + bk)ᵀ / √head_dim).
    QFETCH(QString, queries);
    const auto encoded = expected_->toInt64(queries.toStdString());
    const std::int64_t n = 40;
    const std::int64_t r = 6;
    const std::int64_t d = 64;
    const std::int64_t heads = 2;
    const std::int64_t hd = d / heads;
    const bool predictTail = encoded[2] == n + r;
    const LinkQuery query = predictTail
        ? LinkQuery {static_cast<EntityId>(encoded[0] - r), static_cast<RelationId>(encoded[1] - n), kNoEntity}
        : LinkQuery {kNoEntity, static_cast<RelationId>(encoded[1] - n), static_cast<EntityId>(encoded[2] - r)};
    const FloatArray shown = model_->queryAttention(query);
    QCOMPARE(shown.shape, (std::vector<std::int64_t> {1, 1, 2, 3, 3}));

    const SafetensorsFile weights
        = SafetensorsFile::open((mygoFixtureDir() + QStringLiteral("/weights.safetensors")).toStdString());
    const auto ents = expected_->toFloat32("ent_embs");
    const auto rels = expected_->toFloat32("rel_embs");
    const auto inProj = weights.toFloat32("decoder.layers.0.self_attn.in_proj_weight");
    const auto inBias = weights.toFloat32("decoder.layers.0.self_attn.in_proj_bias");
    const std::vector<std::vector<float>> positions
        = {weights.toFloat32("pos_head"), weights.toFloat32("pos_rel"), weights.toFloat32("pos_tail")};
    const std::int64_t rows[3] = {encoded[0] - r, encoded[1] - n, encoded[2] - r};
    std::vector<std::vector<double>> x(3, std::vector<double>(static_cast<std::size_t>(d)));
    for (int slot = 0; slot < 3; ++slot) {
        const std::vector<float>& table = slot == 1 ? rels : ents;
        for (std::int64_t j = 0; j < d; ++j)
            x[slot][j] = table[rows[slot] * d + j] + positions[slot][j];
    }
    const auto project = [&](int slot, std::int64_t block, std::int64_t out) {
        double v = inBias[block * d + out];
        for (std::int64_t j = 0; j < d; ++j)
            v += inProj[(block * d + out) * d + j] * x[slot][j];
        return v;
    };
    for (std::int64_t h = 0; h < heads; ++h) {
        for (int q = 0; q < 3; ++q) {
            double logits[3];
            double top = -1e300;
            for (int k = 0; k < 3; ++k) {
                double dot = 0;
                for (std::int64_t c = h * hd; c < (h + 1) * hd; ++c)
                    dot += project(q, 0, c) * project(k, 1, c);
                logits[k] = dot / std::sqrt(static_cast<double>(hd));
                top = std::max(top, logits[k]);
            }
            double sum = 0;
            for (double& l : logits)
                sum += (l = std::exp(l - top));
            for (int k = 0; k < 3; ++k) {
                const double expected = logits[k] / sum;
                const double actual = shown.values[static_cast<std::size_t>((h * 3 + q) * 3 + k)];
                QVERIFY2(std::abs(actual - expected) < kRepresentationTolerance,
                    qPrintable(QStringLiteral("head %1 query %2 key %3: %4 vs %5")
                                   .arg(h)
                                   .arg(q)
                                   .arg(k)
                                   .arg(actual)
                                   .arg(expected)));
            }
        }
    }
}

void MygoParityTest::fixedBatchLossesMatch()
{
    const auto triplets = expected_->toInt64("batch_triplets");
    const auto labels = expected_->toInt64("batch_labels");
    const MygoLosses losses = model_->evaluationLosses(triplets, labels, {}, 0.01);
    const auto ce = expected_->toFloat32("loss_ce");
    const auto fgcl = expected_->toFloat32("loss_fgcl");
    const auto total = expected_->toFloat32("loss_total");
    const auto terms = expected_->toFloat32("fgcl_terms");
    QVERIFY2(std::abs(losses.crossEntropy - ce[0]) < kScoreTolerance,
        qPrintable(QString::number(losses.crossEntropy, 'g', 10)));
    QVERIFY2(std::abs(losses.contrastive - fgcl[0]) < kScoreTolerance,
        qPrintable(QString::number(losses.contrastive, 'g', 10)));
    QVERIFY(std::abs(losses.total - total[0]) < kScoreTolerance);
    QCOMPARE(losses.contrastiveTerms.size(), std::size_t {4});
    for (std::size_t i = 0; i < 4; ++i)
        QVERIFY2(std::abs(losses.contrastiveTerms[i] - terms[i]) < kScoreTolerance, qPrintable(QString::number(i)));
}

void MygoParityTest::savedModelReloadsIdentically()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("model"));
    model_->save(folder.toStdString());
    MygoModel reloaded = MygoModel::load(folder.toStdString());
    QCOMPARE(reloaded.graphIdentity().checksum, model_->graphIdentity().checksum);
    QCOMPARE(reloaded.entityRepresentations().values, model_->entityRepresentations().values);
    // No staging folder left next to the model.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList {QStringLiteral("model")});
}

QTEST_GUILESS_MAIN(MygoParityTest)
#include "MygoParityTest.moc"
