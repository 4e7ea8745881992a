// MEAformer parity with the reference implementation: every number below is compared with the
// tensors the unmodified zjukg/MEAformer code wrote into ../shared/fixtures/meaformer-small (see
// its README for how each was produced), at the tolerance that README gives (1e-5), and ranks and
// Hits counts exactly.

#include "alignment/AlignmentFeatureBuilder.h"
#include "alignment/CslsRanking.h"
#include "evaluation/AlignmentEvaluator.h"
#include "inference/MeaformerModel.h"
#include "io/AlignmentReader.h"
#include "tensors/SafetensorsFile.h"
#include "tensors/SafetensorsWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>
#include <set>

using namespace tessera;

namespace {

constexpr double kTolerance = 1e-5;

QString fixtureDir()
{
    return QStringLiteral(TESSERA_SHARED_DIR "/fixtures/meaformer-small");
}

double maxDifference(const std::vector<float>& actual, const std::vector<float>& expected)
{
    if (actual.size() != expected.size())
        return std::numeric_limits<double>::infinity();
    double worst = 0;
    for (std::size_t i = 0; i < expected.size(); ++i)
        worst = std::max(worst, std::abs(static_cast<double>(actual[i]) - expected[i]));
    return worst;
}

double maxDifference(const FloatArray& actual, const std::vector<float>& expected)
{
    return maxDifference(actual.values, expected);
}

QJsonObject fixtureMetrics()
{
    QFile file(fixtureDir() + QStringLiteral("/metrics.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Copies the fixture folder (kg/ included) so that a test may change a file of the copy.
bool copyFixture(const QString& to)
{
    QDir().mkpath(to + QStringLiteral("/kg"));
    for (const QString& name : QDir(fixtureDir()).entryList(QDir::Files)) {
        if (!QFile::copy(fixtureDir() + QLatin1Char('/') + name, to + QLatin1Char('/') + name))
            return false;
    }
    const QDir kg(fixtureDir() + QStringLiteral("/kg"));
    for (const QString& name : kg.entryList(QDir::Files)) {
        if (!QFile::copy(kg.filePath(name), to + QStringLiteral("/kg/") + name))
            return false;
    }
    return true;
}

}  // namespace

class MeaformerParityTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modalityEmbeddingsMatch_data();
    void modalityEmbeddingsMatch();
    void graphAttentionLayersMatch();
    void fusionLayerMatches();
    void metaWeightsAndJointEmbeddingMatch();
    void similarityAndCslsMatricesMatch();
    void ranksAndMetricsMatch();
    void allCandidatesEqualTheTestBlockHere();
    void trainingLossesMatch();
    void featuresBuiltFromTheWorkspaceEqualTheReferenceInputs();
    void savedModelReloadsIdentically();
    void reorderedEntityIdsGiveTheSameEmbeddings();
    void missingImageIsLeftOutOfTheFusion();

private:
    std::optional<MeaformerModel> model_;
    std::optional<SafetensorsFile> expected_;
    std::optional<SafetensorsFile> inputs_;
};

void MeaformerParityTest::initTestCase()
{
    if (!QFile::exists(fixtureDir() + QStringLiteral("/weights.safetensors")))
        QSKIP("../shared/fixtures/meaformer-small is not present on this machine");
    model_.emplace(MeaformerModel::importReference(fixtureDir().toStdString()));
    model_->useDevice("cpu");
    expected_.emplace(SafetensorsFile::open((fixtureDir() + QStringLiteral("/expected.safetensors")).toStdString()));
    inputs_.emplace(SafetensorsFile::open((fixtureDir() + QStringLiteral("/inputs.safetensors")).toStdString()));
    const MeaformerConfig& c = model_->config();
    QCOMPARE(c.modalities,
        (std::vector<AlignmentModality> {AlignmentModality::Visual, AlignmentModality::Attribute,
            AlignmentModality::Relation, AlignmentModality::Graph}));
    QCOMPARE(c.entities, std::int64_t {60});
    QCOMPARE(c.entitiesA, std::int64_t {30});
    QCOMPARE(c.hidden, std::int64_t {32});
    QCOMPARE(c.fusionLayers, std::int64_t {1});
    QCOMPARE(c.fusionHeads, std::int64_t {1});
    QCOMPARE(c.intermediate, std::int64_t {128});
    QCOMPARE(c.gatHeads, (std::vector<std::int64_t> {2, 2}));
    QCOMPARE(c.visualInput, std::int64_t {16});
    QCOMPARE(c.attributeInput, std::int64_t {10});
    QCOMPARE(c.relationInput, std::int64_t {1000});
    QCOMPARE(c.cslsK, std::int64_t {3});
    QCOMPARE(model_->trainPairs().size(), std::size_t {9});
    // The first training pair of the reference's shuffled split: (27, 36) in global ids.
    QCOMPARE(model_->trainPairs().front(), (std::array<std::int64_t, 2> {27, 36}));
}

void MeaformerParityTest::modalityEmbeddingsMatch_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("tensor");
    QTest::newRow("image") << 0 << QStringLiteral("modal_emb.img");
    QTest::newRow("attributes") << 1 << QStringLiteral("modal_emb.att");
    QTest::newRow("relations") << 2 << QStringLiteral("modal_emb.rel");
    QTest::newRow("structure") << 3 << QStringLiteral("modal_emb.gph");
}

void MeaformerParityTest::modalityEmbeddingsMatch()
{
    QFETCH(int, slot);
    QFETCH(QString, tensor);
    const MeaformerRepresentation& rep = model_->representation();
    QCOMPARE(rep.modal[static_cast<std::size_t>(slot)].shape, (std::vector<std::int64_t> {60, 32}));
    const double diff
        = maxDifference(rep.modal[static_cast<std::size_t>(slot)], expected_->toFloat32(tensor.toStdString()));
    QVERIFY2(diff < kTolerance, qPrintable(QString::number(diff)));
}

void MeaformerParityTest::graphAttentionLayersMatch()
{
    const MeaformerIntermediates in = model_->intermediates();
    QCOMPARE(in.graphHeads.size(), std::size_t {2});
    for (std::size_t l = 0; l < 2; ++l) {
        QCOMPARE(in.graphHeads[l].shape, (std::vector<std::int64_t> {2, 60, 32}));
        const double diff
            = maxDifference(in.graphHeads[l], expected_->toFloat32("gat.layer" + std::to_string(l) + ".per_head_out"));
        QVERIFY2(diff < kTolerance, qPrintable(QStringLiteral("layer %1: %2").arg(l).arg(diff)));
    }
}

void MeaformerParityTest::fusionLayerMatches()
{
    const MeaformerIntermediates in = model_->intermediates();
    const std::pair<const FloatArray*, const char*> checks[]
        = {{&in.fusionInput, "fusion.input"}, {&in.attentionProbs[0], "fusion.layer0.attention_probs"},
            {&in.attentionOutput[0], "fusion.layer0.attention_output"}, {&in.hidden[0], "fusion.layer0.output_hidden"},
            {&in.hidden.back(), "fusion.hidden_states"}, {&in.weightLogits, "weight_logits"}};
    for (const auto& [actual, name] : checks) {
        const double diff = maxDifference(*actual, expected_->toFloat32(name));
        QVERIFY2(diff < kTolerance, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name)).arg(diff)));
    }
    QCOMPARE(in.attentionProbs[0].shape, (std::vector<std::int64_t> {60, 1, 4, 4}));
}

void MeaformerParityTest::metaWeightsAndJointEmbeddingMatch()
{
    const MeaformerRepresentation& rep = model_->representation();
    QCOMPARE(rep.metaWeights.shape, (std::vector<std::int64_t> {60, 4}));
    QCOMPARE(rep.joint.shape, (std::vector<std::int64_t> {60, 128}));
    const double weights = maxDifference(rep.metaWeights, expected_->toFloat32("weight_norm"));
    QVERIFY2(weights < kTolerance, qPrintable(QString::number(weights)));
    const double joint = maxDifference(rep.joint, expected_->toFloat32("joint_emb"));
    QVERIFY2(joint < kTolerance, qPrintable(QString::number(joint)));
}

void MeaformerParityTest::similarityAndCslsMatricesMatch()
{
    const std::vector<std::int64_t> left = inputs_->toInt64("test_left");
    const std::vector<std::int64_t> right = inputs_->toInt64("test_right");
    QCOMPARE(left.size(), std::size_t {21});
    // The fixture's global ids are the model's rows (ent_ids_1 lists 0..29, ent_ids_2 30..59 in order).
    std::vector<float> s(left.size() * right.size());
    model_->similarityInto(left, right, s);
    const double sim = maxDifference(s, expected_->toFloat32("test.sim_before_csls"));
    QVERIFY2(sim < kTolerance, qPrintable(QString::number(sim)));
    std::vector<float> distance(s.size());
    std::transform(s.begin(), s.end(), distance.begin(), [](float v) { return 1.0F - v; });
    const double dist = maxDifference(distance, expected_->toFloat32("test.distance"));
    QVERIFY2(dist < kTolerance, qPrintable(QString::number(dist)));

    const SimilarityMatrix matrix {s.data(), 21, 21};
    const CslsRanking::Scales scales = CslsRanking::scales(matrix, 3);
    QVERIFY(maxDifference(scales.rows, expected_->toFloat32("test.csls_nearest_src")) < kTolerance);
    QVERIFY(maxDifference(scales.columns, expected_->toFloat32("test.csls_nearest_tgt")) < kTolerance);
    std::vector<float> csls(s.size());
    std::vector<float> after(s.size());
    for (std::int64_t i = 0; i < 21; ++i) {
        for (std::int64_t j = 0; j < 21; ++j) {
            const auto at = static_cast<std::size_t>(i * 21 + j);
            csls[at] = CslsRanking::csls(
                s[at], scales.rows[static_cast<std::size_t>(i)], scales.columns[static_cast<std::size_t>(j)]);
            after[at] = 1.0F - csls[at];
        }
    }
    QVERIFY(maxDifference(csls, expected_->toFloat32("test.sim_after_csls")) < kTolerance);
    QVERIFY(maxDifference(after, expected_->toFloat32("test.distance_after_csls")) < kTolerance);
}

void MeaformerParityTest::ranksAndMetricsMatch()
{
    // The workspace (kg/) records the split; its test pairs are the fixture's, in its order.
    const Dataset workspace = AlignmentReader::read((fixtureDir() + QStringLiteral("/kg")).toStdString());
    std::vector<AlignedPair> test;
    for (const AlignedPair& pair : workspace.alignment) {
        if (!pair.train)
            test.push_back(pair);
    }
    QCOMPARE(test.size(), std::size_t {21});
    QCOMPARE(workspace.alignment.size(), std::size_t {30});
    const AlignmentEvaluation result = AlignmentEvaluator::evaluate(*model_, test);
    QCOMPARE(result.cslsRanksLeftToRight, expected_->toInt64("test.rank_l2r"));
    QCOMPARE(result.cslsRanksRightToLeft, expected_->toInt64("test.rank_r2l"));
    QCOMPARE(result.plainRanksLeftToRight, expected_->toInt64("test.rank_l2r_no_csls"));
    QCOMPARE(result.plainRanksRightToLeft, expected_->toInt64("test.rank_r2l_no_csls"));

    const QJsonObject metrics = fixtureMetrics();
    const std::pair<const AlignmentMetrics*, QStringList> directions[]
        = {{&result.cslsLeftToRight, {QStringLiteral("with_csls"), QStringLiteral("l2r")}},
            {&result.cslsRightToLeft, {QStringLiteral("with_csls"), QStringLiteral("r2l")}},
            {&result.plainLeftToRight, {QStringLiteral("without_csls"), QStringLiteral("l2r")}},
            {&result.plainRightToLeft, {QStringLiteral("without_csls"), QStringLiteral("r2l")}}};
    for (const auto& [m, path] : directions) {
        const QJsonObject reference = metrics[path[0]].toObject()[path[1]].toObject();
        QVERIFY(!reference.isEmpty());
        QCOMPARE(m->count, std::int64_t {21});
        QCOMPARE(m->hits1Count, reference[QStringLiteral("hits@1_count")].toInteger());
        QCOMPARE(m->hits10Count, reference[QStringLiteral("hits@10_count")].toInteger());
        QVERIFY(std::abs(m->mrr - reference[QStringLiteral("mrr")].toDouble()) < 1e-12);
        QVERIFY(std::abs(m->mr - reference[QStringLiteral("mr")].toDouble()) < 1e-12);
        // The reference rounds Hits to 4 decimals in float32.
        QCOMPARE(static_cast<float>(std::round(m->hits1 * 1e4) / 1e4),
            static_cast<float>(reference[QStringLiteral("hits@1")].toDouble()));
    }
    QCOMPARE(result.cslsLeftToRight.hits1Count, std::int64_t {12});
    QCOMPARE(result.cslsRightToLeft.hits1Count, std::int64_t {13});
}

void MeaformerParityTest::allCandidatesEqualTheTestBlockHere()
{
    // Against every entity of B, a test source also meets the 9 training targets: its rank can
    // only grow, and for each query it is at least the test-block rank. Check by hand for the
    // plain ranking: count every B entity more similar than the gold one.
    const Dataset workspace = AlignmentReader::read((fixtureDir() + QStringLiteral("/kg")).toStdString());
    std::vector<AlignedPair> test;
    for (const AlignedPair& pair : workspace.alignment) {
        if (!pair.train)
            test.push_back(pair);
    }
    AlignmentEvaluationOptions options;
    options.allCandidates = true;
    const AlignmentEvaluation all = AlignmentEvaluator::evaluate(*model_, test, options);
    const AlignmentEvaluation block = AlignmentEvaluator::evaluate(*model_, test);
    QCOMPARE(all.candidatesLeftToRight, std::int64_t {30});
    std::vector<std::int64_t> columns(30);
    std::iota(columns.begin(), columns.end(), 30);
    for (std::size_t i = 0; i < test.size(); ++i) {
        const std::int64_t row = model_->rowOfA(test[i].source);
        std::vector<float> s(30);
        model_->similarityInto(std::span(&row, 1), columns, s);
        const float gold = s[test[i].target];
        const auto better = std::count_if(s.begin(), s.end(), [&](float v) { return v > gold; });
        QCOMPARE(all.plainRanksLeftToRight[i], static_cast<std::int64_t>(better));
        QVERIFY(all.plainRanksLeftToRight[i] >= block.plainRanksLeftToRight[i]);
    }
}

void MeaformerParityTest::trainingLossesMatch()
{
    // The reference's loss on its 9 training pairs with the final weights, in eval mode: the
    // joint contrastive loss, the uncertainty-weighted intra-modal losses before and after fusion
    // (with its slot-labelling quirk) and their sum.
    const std::vector<std::int64_t> flat = inputs_->toInt64("train_pairs");
    std::vector<std::array<std::int64_t, 2>> pairs;
    for (std::size_t i = 0; i + 1 < flat.size(); i += 2)
        pairs.push_back({flat[i], flat[i + 1]});
    const MeaformerLosses losses = model_->evaluationLosses(pairs);
    const std::pair<double, const char*> checks[] = {{losses.joint, "loss.joint"}, {losses.intraIn, "loss.intra_in"},
        {losses.intraOut, "loss.intra_out"}, {losses.total, "loss.total"}};
    for (const auto& [actual, name] : checks) {
        const double expected = expected_->toFloat32(name).front();
        QVERIFY2(std::abs(actual - expected) < 1e-4 * std::max(1.0, std::abs(expected)),
            qPrintable(QStringLiteral("%1: %2 vs %3").arg(QLatin1String(name)).arg(actual).arg(expected)));
    }
}

void MeaformerParityTest::featuresBuiltFromTheWorkspaceEqualTheReferenceInputs()
{
    // The features Tessera builds from kg/ (triples, training_attrs, img_features) are the ones the
    // reference's loader built: relation counts, attribute multi-hot, raw image vectors and the
    // adjacency's edge set.
    const Dataset workspace = AlignmentReader::read((fixtureDir() + QStringLiteral("/kg")).toStdString());
    AlignmentFeatureOptions options;
    options.modalities = {
        AlignmentModality::Visual, AlignmentModality::Attribute, AlignmentModality::Relation, AlignmentModality::Graph};
    const AlignmentFeatures features = AlignmentFeatureBuilder::build(workspace, options);
    QCOMPARE(features.entities, std::int64_t {60});
    QCOMPARE(features.features.at(AlignmentModality::Relation).shape, (std::vector<std::int64_t> {60, 1000}));
    QCOMPARE(features.features.at(AlignmentModality::Relation).values, inputs_->toFloat32("rel_features"));
    QCOMPARE(features.features.at(AlignmentModality::Attribute).shape, (std::vector<std::int64_t> {60, 10}));
    QCOMPARE(features.features.at(AlignmentModality::Attribute).values, inputs_->toFloat32("att_features"));
    QCOMPARE(features.features.at(AlignmentModality::Visual).values, inputs_->toFloat32("img_features_raw"));
    QVERIFY(features.present.empty());
    const std::vector<std::int64_t> adjacency = inputs_->toInt64("adj_indices");
    const std::size_t e = adjacency.size() / 2;
    std::set<std::pair<std::int64_t, std::int64_t>> reference;
    for (std::size_t i = 0; i < e; ++i)
        reference.insert({adjacency[i], adjacency[e + i]});
    std::set<std::pair<std::int64_t, std::int64_t>> built;
    for (std::size_t i = 0; i < features.edgeRows.size(); ++i)
        built.insert({features.edgeRows[i], features.edgeNeighbours[i]});
    QCOMPARE(features.edgeRows.size(), std::size_t {424});
    QVERIFY(built == reference);

    // A model made from these features with the reference's weights gives the reference's output.
    std::map<std::string, std::vector<float>> unused;
    MeaformerModel fresh
        = MeaformerModel::createRandom(model_->config(), features, model_->trainPairs(), model_->graphIdentities(), 7);
    fresh.useDevice("cpu");
    QTemporaryDir scratch;
    model_->save(scratch.filePath(QStringLiteral("a")).toStdString());
    fresh.save(scratch.filePath(QStringLiteral("b")).toStdString());
    const SafetensorsFile a
        = SafetensorsFile::open(scratch.filePath(QStringLiteral("a/weights.safetensors")).toStdString());
    const SafetensorsFile b
        = SafetensorsFile::open(scratch.filePath(QStringLiteral("b/weights.safetensors")).toStdString());
    QCOMPARE(a.names(), b.names());
    for (const std::string& name :
        {std::string("inputs.features.rel"), std::string("inputs.features.att"), std::string("inputs.features.img")})
        QCOMPARE(a.toFloat32(name), b.toFloat32(name));
}

void MeaformerParityTest::savedModelReloadsIdentically()
{
    QTemporaryDir scratch;
    const QString folder = scratch.filePath(QStringLiteral("model"));
    model_->save(folder.toStdString());
    MeaformerModel loaded = MeaformerModel::load(folder.toStdString());
    loaded.useDevice("cpu");
    QCOMPARE(loaded.config().modalities, model_->config().modalities);
    QCOMPARE(loaded.graphIdentities()[0], model_->graphIdentities()[0]);
    QCOMPARE(loaded.graphIdentities()[1], model_->graphIdentities()[1]);
    QCOMPARE(loaded.representation().joint.values, model_->representation().joint.values);
    QCOMPARE(loaded.trainPairs(), model_->trainPairs());
    QFile config(folder + QStringLiteral("/config.json"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(config.readAll()).object()[QStringLiteral("kind")].toString(),
        QStringLiteral("meaformer"));
}

void MeaformerParityTest::reorderedEntityIdsGiveTheSameEmbeddings()
{
    // The same reference folder with ent_ids_2 listed in reverse: Tessera's rows follow the file
    // order, so row 30 + i is now global id 59 - i, and its embedding must be the reference's row
    // for that id (the import maps features, edges and the entity table by global id).
    QTemporaryDir scratch;
    QVERIFY(copyFixture(scratch.path()));
    QFile file(scratch.filePath(QStringLiteral("kg/ent_ids_2")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    file.close();
    std::reverse(lines.begin(), lines.end());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    file.close();
    MeaformerModel reordered = MeaformerModel::importReference(scratch.path().toStdString());
    reordered.useDevice("cpu");
    const FloatArray& joint = reordered.representation().joint;
    const std::vector<float> expected = expected_->toFloat32("joint_emb");
    double worst = 0;
    for (std::int64_t row = 0; row < 60; ++row) {
        const std::int64_t global = row < 30 ? row : 59 - (row - 30);
        for (std::int64_t k = 0; k < 128; ++k)
            worst = std::max(worst,
                std::abs(static_cast<double>(joint.at(row, k)) - expected[static_cast<std::size_t>(global * 128 + k)]));
    }
    QVERIFY2(worst < kTolerance, qPrintable(QString::number(worst)));
    // Training pair (27, 36): 36 is now row 30 + (59 - 36) = 53.
    QCOMPARE(reordered.trainPairs().front(), (std::array<std::int64_t, 2> {27, 53}));
}

void MeaformerParityTest::missingImageIsLeftOutOfTheFusion()
{
    // Entity row 5 loses its image in a saved copy of the model: its image weight must be 0, no
    // modality may attend to the image token, its other weights renormalise over the three
    // present ones, its image block of the fused embedding is zero — and every other entity keeps
    // the reference's numbers (fusion is per entity; the graph attention reads no image).
    QTemporaryDir scratch;
    const QString folder = scratch.filePath(QStringLiteral("model"));
    model_->save(folder.toStdString());
    const std::string weightsPath = (folder + QStringLiteral("/weights.safetensors")).toStdString();
    const SafetensorsFile original = SafetensorsFile::open(weightsPath);
    SafetensorsWriter writer;
    for (const std::string& name : original.names()) {
        const TensorInfo& info = original.info(name);
        if (name == "inputs.present") {
            std::vector<std::int64_t> present = original.toInt64(name);
            present[5 * 4 + 0] = 0;
            std::vector<std::uint8_t> bytes(present.begin(), present.end());
            writer.addRaw(name, TensorDType::Bool, info.shape, std::as_bytes(std::span(bytes)));
        } else if (info.dtype == TensorDType::I64) {
            writer.add(name, info.shape, std::span<const std::int64_t>(original.toInt64(name)));
        } else {
            writer.add(name, info.shape, std::span<const float>(original.toFloat32(name)));
        }
    }
    writer.write(weightsPath);
    MeaformerModel masked = MeaformerModel::load(folder.toStdString());
    masked.useDevice("cpu");
    const MeaformerRepresentation& rep = masked.representation();
    const std::vector<float> expectedWeights = expected_->toFloat32("weight_norm");
    QCOMPARE(rep.metaWeights.at(5, 0), 0.0F);
    QVERIFY(std::abs(rep.metaWeights.at(5, 1) + rep.metaWeights.at(5, 2) + rep.metaWeights.at(5, 3) - 1.0F) < 1e-6);
    for (std::int64_t k = 0; k < 32; ++k)
        QCOMPARE(rep.joint.at(5, k), 0.0F);
    const MeaformerIntermediates in = masked.intermediates();
    for (std::int64_t query = 0; query < 4; ++query)
        QCOMPARE(in.attentionProbs[0].values[static_cast<std::size_t>((5 * 4 + query) * 4 + 0)], 0.0F);
    double others = 0;
    for (std::int64_t row = 0; row < 60; ++row) {
        if (row == 5)
            continue;
        for (std::int64_t m = 0; m < 4; ++m)
            others = std::max(others,
                std::abs(static_cast<double>(rep.metaWeights.at(row, m))
                    - expectedWeights[static_cast<std::size_t>(row * 4 + m)]));
    }
    QVERIFY2(others < kTolerance, qPrintable(QString::number(others)));
    QVERIFY(std::isnan(masked.modalitySimilarity(5, 40)[0]));
    QVERIFY(!std::isnan(masked.modalitySimilarity(5, 40)[1]));
}

QTEST_GUILESS_MAIN(MeaformerParityTest)
#include "MeaformerParityTest.moc"
