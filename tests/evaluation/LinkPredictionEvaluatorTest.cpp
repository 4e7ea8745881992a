// LinkPredictionEvaluator on the mygo-small reference fixture: the metrics the reference's
// evaluation loop printed (metrics.json) to 1e-12, every rank equal to the reference's
// (expected.safetensors), and per-relation numbers recomputed here from those expected ranks.

#include "FixtureGraph.h"

#include "evaluation/LinkPredictionEvaluator.h"
#include "inference/MygoModel.h"
#include "tensors/SafetensorsFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <tuple>

using namespace tessera;

namespace {

constexpr double kMetricTolerance = 1e-12;

struct IdTriple {
    int head = 0;
    int relation = 0;
    int tail = 0;
};

// The split file read directly (not through core's reader), as the reference's dataset does.
std::vector<IdTriple> readSplitFile(const QString& name)
{
    QFile file(mygoFixtureDir() + QLatin1Char('/') + name);
    std::vector<IdTriple> triples;
    if (!file.open(QIODevice::ReadOnly))
        return triples;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split('\t');
        if (fields.size() == 3)
            triples.push_back({fields[0].toInt(), fields[1].toInt(), fields[2].toInt()});
    }
    return triples;
}

QJsonObject fixtureMetrics(const QString& split)
{
    QFile file(mygoFixtureDir() + QStringLiteral("/metrics.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object()[split].toObject();
}

bool near(double a, double b)
{
    return std::abs(a - b) < kMetricTolerance;
}

// MR, MRR and Hits over plain integer ranks, written out independently of summarizeRanks.
struct PlainMetrics {
    double mr = 0;
    double mrr = 0;
    double hits1 = 0;
    double hits3 = 0;
    double hits10 = 0;
    int count = 0;
};

PlainMetrics plainMetrics(const std::vector<std::int64_t>& ranks)
{
    PlainMetrics m;
    m.count = static_cast<int>(ranks.size());
    for (const std::int64_t r : ranks) {
        m.mr += static_cast<double>(r);
        m.mrr += 1.0 / static_cast<double>(r);
        m.hits1 += r <= 1 ? 1 : 0;
        m.hits3 += r <= 3 ? 1 : 0;
        m.hits10 += r <= 10 ? 1 : 0;
    }
    for (double* value : {&m.mr, &m.mrr, &m.hits1, &m.hits3, &m.hits10})
        *value /= m.count;
    return m;
}

void compareMetrics(const RankMetrics& actual, const PlainMetrics& expected)
{
    QCOMPARE(static_cast<int>(actual.count), expected.count);
    QVERIFY2(near(actual.mr, expected.mr), qPrintable(QStringLiteral("MR %1 vs %2").arg(actual.mr).arg(expected.mr)));
    QVERIFY2(
        near(actual.mrr, expected.mrr), qPrintable(QStringLiteral("MRR %1 vs %2").arg(actual.mrr).arg(expected.mrr)));
    QVERIFY(near(actual.hits1, expected.hits1));
    QVERIFY(near(actual.hits3, expected.hits3));
    QVERIFY(near(actual.hits10, expected.hits10));
}

}  // namespace

class LinkPredictionEvaluatorTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void metricsMatchReference_data();
    void metricsMatchReference();
    void perRelationMatchesExpectedRanks_data();
    void perRelationMatchesExpectedRanks();
    void batchSizeDoesNotChangeRanks();
    void progressReportsEveryBatch();
    void stopTokenCancels();
    void graphOfAnotherSizeIsRefused();

private:
    std::optional<MygoModel> model_;
    std::optional<SafetensorsFile> expected_;
    QTemporaryDir scratch_;
    std::shared_ptr<const KnowledgeGraph> graph_;
};

void LinkPredictionEvaluatorTest::initTestCase()
{
    if (!QFile::exists(mygoFixtureDir() + QStringLiteral("/weights.safetensors")))
        QSKIP("../shared/fixtures/mygo-small is not present on this machine");
    model_.emplace(MygoModel::importReference(mygoFixtureDir().toStdString()));
    model_->useDevice("cpu");
    expected_.emplace(
        SafetensorsFile::open((mygoFixtureDir() + QStringLiteral("/expected.safetensors")).toStdString()));
    graph_ = loadFixtureGraph(mygoFixtureDir(), scratch_, 40, 6);
    QVERIFY(graph_);
    model_->requireGraph(*graph_, "fixture");
}

void LinkPredictionEvaluatorTest::metricsMatchReference_data()
{
    QTest::addColumn<QString>("split");
    QTest::newRow("test") << QStringLiteral("test");
    QTest::newRow("valid") << QStringLiteral("valid");
}

void LinkPredictionEvaluatorTest::metricsMatchReference()
{
    QFETCH(QString, split);
    LinkPredictionEvaluator evaluator(*model_, *graph_);
    const LinkPredictionResult result = evaluator.evaluate(*splitFromName(split.toStdString()));

    // Every rank is the reference's (the fixture's smallest score margin, 8.4e-4, is far above
    // the score tolerance, so no rank can legitimately flip).
    const auto headRanks = expected_->toInt64((split + QStringLiteral("_head_ranks")).toStdString());
    const auto tailRanks = expected_->toInt64((split + QStringLiteral("_tail_ranks")).toStdString());
    QCOMPARE(result.ranks.size(), std::size_t {30});
    for (std::size_t i = 0; i < result.ranks.size(); ++i) {
        QCOMPARE(result.ranks[i].head.reference, headRanks[i]);
        QCOMPARE(result.ranks[i].tail.reference, tailRanks[i]);
        // No score ties in this fixture: the realistic rank is the same number.
        QCOMPARE(result.ranks[i].head.realistic, static_cast<double>(headRanks[i]));
        QCOMPARE(result.ranks[i].tail.realistic, static_cast<double>(tailRanks[i]));
    }

    // What the reference printed.
    const QJsonObject reference = fixtureMetrics(split);
    QCOMPARE(static_cast<int>(result.both.count), reference[QStringLiteral("num_ranks")].toInt());
    QVERIFY(near(result.both.mr, reference[QStringLiteral("MR")].toDouble()));
    QVERIFY(near(result.both.mrr, reference[QStringLiteral("MRR")].toDouble()));
    QVERIFY(near(result.both.hits1, reference[QStringLiteral("Hits1")].toDouble()));
    QVERIFY(near(result.both.hits3, reference[QStringLiteral("Hits3")].toDouble()));
    QVERIFY(near(result.both.hits10, reference[QStringLiteral("Hits10")].toDouble()));
    QVERIFY(near(result.realisticBoth.mr, reference[QStringLiteral("MR")].toDouble()));
    QVERIFY(near(result.realisticBoth.mrr, reference[QStringLiteral("MRR")].toDouble()));
    QVERIFY(near(result.realisticBoth.hits10, reference[QStringLiteral("Hits10")].toDouble()));

    // Each direction on its own.
    compareMetrics(result.head, plainMetrics(headRanks));
    compareMetrics(result.tail, plainMetrics(tailRanks));
    compareMetrics(result.realisticHead, plainMetrics(headRanks));
    compareMetrics(result.realisticTail, plainMetrics(tailRanks));
}

void LinkPredictionEvaluatorTest::perRelationMatchesExpectedRanks_data()
{
    metricsMatchReference_data();
}

void LinkPredictionEvaluatorTest::perRelationMatchesExpectedRanks()
{
    QFETCH(QString, split);
    const std::vector<IdTriple> triples = readSplitFile(split + QStringLiteral(".txt"));
    QCOMPARE(triples.size(), std::size_t {30});
    const auto headRanks = expected_->toInt64((split + QStringLiteral("_head_ranks")).toStdString());
    const auto tailRanks = expected_->toInt64((split + QStringLiteral("_tail_ranks")).toStdString());
    std::map<int, std::vector<std::int64_t>> byRelation;
    for (std::size_t i = 0; i < triples.size(); ++i) {
        byRelation[triples[i].relation].push_back(headRanks[i]);
        byRelation[triples[i].relation].push_back(tailRanks[i]);
    }

    LinkPredictionEvaluator evaluator(*model_, *graph_);
    const LinkPredictionResult result = evaluator.evaluate(*splitFromName(split.toStdString()));
    QCOMPARE(result.perRelation.size(), std::size_t {6});
    std::size_t total = 0;
    for (std::size_t r = 0; r < result.perRelation.size(); ++r) {
        const auto it = byRelation.find(static_cast<int>(r));
        if (it == byRelation.end()) {
            QCOMPARE(result.perRelation[r].count, std::size_t {0});
            continue;
        }
        compareMetrics(result.perRelation[r], plainMetrics(it->second));
        total += result.perRelation[r].count;
    }
    QCOMPARE(total, std::size_t {60});
    QVERIFY(byRelation.size() >= 3);  // a breakdown worth the name
}

void LinkPredictionEvaluatorTest::batchSizeDoesNotChangeRanks()
{
    LinkPredictionEvaluator batched(*model_, *graph_);
    LinkPredictionEvaluator single(*model_, *graph_);
    single.setBatchSize(2);  // one triple per model call, as close to the reference's loop as pairs go
    const LinkPredictionResult a = batched.evaluate(Split::Test);
    const LinkPredictionResult b = single.evaluate(Split::Test);
    QCOMPARE(a.ranks.size(), b.ranks.size());
    for (std::size_t i = 0; i < a.ranks.size(); ++i) {
        QCOMPARE(a.ranks[i].head.reference, b.ranks[i].head.reference);
        QCOMPARE(a.ranks[i].tail.reference, b.ranks[i].tail.reference);
    }
    QCOMPARE(a.both.mrr, b.both.mrr);
}

void LinkPredictionEvaluatorTest::progressReportsEveryBatch()
{
    // Progress counts distinct queries: triples sharing (h, r) or (r, t) ask the same one.
    std::set<std::tuple<int, int, char>> distinct;
    const std::vector<IdTriple> valid = readSplitFile(QStringLiteral("valid.txt"));
    QCOMPARE(valid.size(), std::size_t {30});
    for (const IdTriple& t : valid) {
        distinct.insert({t.tail, t.relation, 'h'});
        distinct.insert({t.head, t.relation, 't'});
    }
    const std::size_t total = distinct.size();
    QVERIFY(total < 60);  // the fixture does repeat queries, so the deduplication is exercised

    LinkPredictionEvaluator evaluator(*model_, *graph_);
    evaluator.setBatchSize(16);
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    evaluator.evaluate(Split::Valid, [&](std::size_t done, std::size_t all) { calls.emplace_back(done, all); });
    std::vector<std::pair<std::size_t, std::size_t>> expected;
    for (std::size_t done = 16; done < total; done += 16)
        expected.emplace_back(done, total);
    expected.emplace_back(total, total);
    QCOMPARE(calls, expected);
}

void LinkPredictionEvaluatorTest::stopTokenCancels()
{
    LinkPredictionEvaluator evaluator(*model_, *graph_);
    evaluator.setBatchSize(16);
    std::stop_source stop;
    int calls = 0;
    bool cancelled = false;
    try {
        evaluator.evaluate(
            Split::Test,
            [&](std::size_t, std::size_t) {
                ++calls;
                stop.request_stop();
            },
            stop.get_token());
    } catch (const EvaluationCancelled&) {
        cancelled = true;
    }
    QVERIFY(cancelled);
    QCOMPARE(calls, 1);  // stopped before the second batch
}

void LinkPredictionEvaluatorTest::graphOfAnotherSizeIsRefused()
{
    QTemporaryDir scratch;
    const auto bigger = loadFixtureGraph(mygoFixtureDir(), scratch, 41, 6);
    QVERIFY(bigger);
    LinkPredictionEvaluator evaluator(*model_, *bigger);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, evaluator.evaluate(Split::Test));
}

QTEST_APPLESS_MAIN(LinkPredictionEvaluatorTest)
#include "LinkPredictionEvaluatorTest.moc"
