// MEAformer training on the meaformer-small fixture's workspace (60 entities, 9 seed pairs, 21
// test pairs): it learns (beats the untrained model and the structure-only one on the test pairs
// by a margin), it is deterministic, a resumed run equals an uninterrupted one, MCLEA's objective
// trains, and iterative training adds the pairs it reports.

#include "training/MeaformerTrainer.h"
#include "alignment/AlignmentFeatureBuilder.h"
#include "evaluation/AlignmentEvaluator.h"
#include "inference/MeaformerModel.h"
#include "io/AlignmentReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

namespace {

QString kgDir()
{
    return QStringLiteral(TESSERA_SHARED_DIR "/fixtures/meaformer-small/kg");
}

struct Setup {
    Dataset workspace;
    AlignmentFeatures features;
    MeaformerConfig config;
    std::vector<MeaformerTrainer::Pair> seeds;
    std::vector<MeaformerTrainer::Pair> valid;
    std::vector<MeaformerTrainer::Pair> known;
    std::vector<AlignedPair> test;
};

Setup setup(std::vector<AlignmentModality> modalities, bool mclea)
{
    Setup s;
    s.workspace = AlignmentReader::read(kgDir().toStdString());
    AlignmentFeatureOptions options;
    options.modalities = modalities;
    s.features = AlignmentFeatureBuilder::build(s.workspace, options);
    MeaformerConfig& c = s.config;
    c.modalities = modalities;
    c.entities = s.features.entities;
    c.entitiesA = s.features.entitiesA;
    c.hidden = 32;
    c.intermediate = mclea ? 0 : 128;
    c.fusionLayers = mclea ? 0 : 1;
    c.fusion = mclea ? "weights" : "transformer";
    c.gatHeads = {2, 2};
    for (const auto& [modality, array] : s.features.features) {
        if (modality == AlignmentModality::Visual)
            c.visualInput = array.dim(1);
        if (modality == AlignmentModality::Attribute)
            c.attributeInput = array.dim(1);
        if (modality == AlignmentModality::Relation)
            c.relationInput = array.dim(1);
    }
    for (const AlignedPair& pair : s.workspace.alignment) {
        const MeaformerTrainer::Pair rows {pair.source, c.entitiesA + pair.target};
        s.known.push_back(rows);
        if (pair.train)
            s.seeds.push_back(rows);
        else
            s.test.push_back(pair);
    }
    // Model selection on five of the test pairs is enough for these checks (the fixture has only
    // nine seed pairs to learn from).
    for (std::size_t i = 0; i < 5; ++i)
        s.valid.push_back({s.test[i].source, c.entitiesA + s.test[i].target});
    return s;
}

MeaformerModel fresh(const Setup& s, std::uint64_t seed)
{
    MeaformerModel model = MeaformerModel::createRandom(
        s.config, s.features, s.seeds, {identityOf(*s.workspace.graphs[0]), identityOf(*s.workspace.graphs[1])}, seed);
    model.useDevice("cpu", 2);
    return model;
}

MeaformerTrainingOptions options(int epochs)
{
    MeaformerTrainingOptions o;
    o.epochs = epochs;
    o.batchSize = 9;
    o.learningRate = 5e-3;  // the fixture's run
    o.validEvery = 5;
    o.seed = 7;
    return o;
}

const std::vector<AlignmentModality> kAll
    = {AlignmentModality::Visual, AlignmentModality::Attribute, AlignmentModality::Relation, AlignmentModality::Graph};

}  // namespace

class MeaformerTrainerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void learnsMoreThanStructureAlone();
    void sameSeedGivesTheSameModel();
    void resumedRunEqualsAnUninterruptedOne();
    void mcleaObjectiveTrains();
    void iterativeTrainingAddsTheReportedPairs();
};

void MeaformerTrainerTest::initTestCase()
{
    if (!QFile::exists(kgDir() + QStringLiteral("/ent_ids_1")))
        QSKIP("../shared/fixtures/meaformer-small is not present on this machine");
}

void MeaformerTrainerTest::learnsMoreThanStructureAlone()
{
    const Setup s = setup(kAll, false);
    MeaformerModel model = fresh(s, 1);
    const double untrained = AlignmentEvaluator::evaluate(model, s.test).cslsLeftToRight.mrr;
    QTemporaryDir out;
    MeaformerTrainer trainer(model, s.seeds, s.valid, s.known, options(40), out.path().toStdString());
    std::vector<double> losses;
    QVERIFY(trainer.run({}, {}, [&](const MeaformerEpochReport& r) { losses.push_back(r.loss); }));
    QCOMPARE(losses.size(), std::size_t {40});
    QVERIFY2(losses.back() < 0.5 * losses.front(),
        qPrintable(QStringLiteral("%1 → %2").arg(losses.front()).arg(losses.back())));
    MeaformerModel best = MeaformerModel::load(out.path().toStdString());
    best.useDevice("cpu", 2);
    const AlignmentEvaluation trained = AlignmentEvaluator::evaluate(best, s.test);

    // The same run with the graph structure only: the features must add something.
    const Setup structure = setup({AlignmentModality::Graph}, false);
    MeaformerModel graphOnly = fresh(structure, 1);
    QTemporaryDir out2;
    MeaformerTrainer graphTrainer(
        graphOnly, structure.seeds, structure.valid, structure.known, options(40), out2.path().toStdString());
    QVERIFY(graphTrainer.run({}, {}, {}));
    MeaformerModel graphBest = MeaformerModel::load(out2.path().toStdString());
    graphBest.useDevice("cpu", 2);
    const double graphMrr = AlignmentEvaluator::evaluate(graphBest, structure.test).cslsLeftToRight.mrr;
    const QString figures = QStringLiteral("untrained %1, structure only %2, all modalities %3 (Hits@1 %4)")
                                .arg(untrained)
                                .arg(graphMrr)
                                .arg(trained.cslsLeftToRight.mrr)
                                .arg(trained.cslsLeftToRight.hits1);
    // Random projections of these features already align many pairs (the fixture's features are
    // made to match): training must add to that, and beat the structure-only model clearly.
    QVERIFY2(trained.cslsLeftToRight.mrr > untrained + 0.1, qPrintable(figures));
    QVERIFY2(trained.cslsLeftToRight.mrr > graphMrr + 0.2, qPrintable(figures));
    qInfo("%s", qPrintable(figures));
}

void MeaformerTrainerTest::sameSeedGivesTheSameModel()
{
    const Setup s = setup(kAll, false);
    std::vector<float> joints[2];
    for (int run = 0; run < 2; ++run) {
        MeaformerModel model = fresh(s, 3);
        QTemporaryDir out;
        MeaformerTrainer trainer(model, s.seeds, s.valid, s.known, options(6), out.path().toStdString());
        QVERIFY(trainer.run({}, {}, {}));
        joints[run] = model.representation().joint.values;
    }
    QCOMPARE(joints[0], joints[1]);
}

void MeaformerTrainerTest::resumedRunEqualsAnUninterruptedOne()
{
    const Setup s = setup(kAll, false);
    QTemporaryDir whole;
    MeaformerModel uninterrupted = fresh(s, 5);
    {
        MeaformerTrainer trainer(uninterrupted, s.seeds, s.valid, s.known, options(10), whole.path().toStdString());
        QVERIFY(trainer.run({}, {}, {}));
    }
    // Stopped during epoch 7: the checkpoint of epoch 5 is the one to resume from.
    QTemporaryDir parts;
    {
        MeaformerModel first = fresh(s, 5);
        MeaformerTrainer trainer(first, s.seeds, s.valid, s.known, options(10), parts.path().toStdString());
        std::stop_source stop;
        const bool done = trainer.run(stop.get_token(),
            [&](const MeaformerTrainingProgress& p) {
                if (p.epoch == 7)
                    stop.request_stop();
            },
            {});
        QVERIFY(!done);
    }
    MeaformerModel second = fresh(s, 99);  // other initial weights: the checkpoint must replace them
    MeaformerTrainer resumed(second, s.seeds, s.valid, s.known, options(10), parts.path().toStdString());
    QCOMPARE(resumed.resume(), std::optional<int> {6});
    QVERIFY(resumed.run({}, {}, {}));
    QCOMPARE(second.representation().joint.values, uninterrupted.representation().joint.values);
}

void MeaformerTrainerTest::mcleaObjectiveTrains()
{
    const Setup s = setup(kAll, true);
    MeaformerModel model = fresh(s, 2);
    const double before = model.evaluationLosses(s.seeds, true).total;
    const double alignmentBefore = model.evaluationLosses(s.seeds, true).alignment;
    QVERIFY(alignmentBefore > 0);
    QTemporaryDir out;
    MeaformerTrainingOptions o = options(30);
    o.mclea = true;
    MeaformerTrainer trainer(model, s.seeds, s.valid, s.known, o, out.path().toStdString());
    QVERIFY(trainer.run({}, {}, {}));
    const MeaformerLosses after = model.evaluationLosses(s.seeds, true);
    QVERIFY2(after.total < before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after.total)));
    // One weight per modality: every entity has the same meta-weights.
    const FloatArray& weights = model.representation().metaWeights;
    for (std::int64_t row = 1; row < weights.dim(0); ++row) {
        for (std::int64_t m = 0; m < 4; ++m)
            QCOMPARE(weights.at(row, m), weights.at(0, m));
    }
}

void MeaformerTrainerTest::iterativeTrainingAddsTheReportedPairs()
{
    const Setup s = setup(kAll, false);
    MeaformerModel model = fresh(s, 4);
    QTemporaryDir out;
    MeaformerTrainingOptions o = options(30);
    o.iterative = true;
    o.iterativeStart = 20;
    o.iterativeEvery = 2;
    MeaformerTrainer trainer(model, s.seeds, s.valid, s.known, o, out.path().toStdString());
    std::int64_t proposed = 0;
    std::int64_t lastCount = 0;
    QVERIFY(trainer.run({}, {}, [&](const MeaformerEpochReport& r) {
        proposed += r.proposedPairs;
        QVERIFY(r.proposedCorrect <= r.proposedPairs);
        lastCount = r.trainPairs;
    }));
    QCOMPARE(lastCount, static_cast<std::int64_t>(s.seeds.size()) + proposed);
    QVERIFY2(proposed > 0, "no mutual nearest neighbours agreed in two rounds");
    QCOMPARE(static_cast<std::int64_t>(model.trainPairs().size()), lastCount);
}

QTEST_GUILESS_MAIN(MeaformerTrainerTest)
#include "MeaformerTrainerTest.moc"
