// The window's link-prediction engine on a generated chain graph of 20,000 entities (ten encoder
// batches of 2,048): Cancel stops the entity representations between batches and caches nothing,
// so the next request computes them in full; while a job runs only the newest waiting request is
// kept; closing the model drops a result still on its way; an evaluation equals the evaluator's
// and stops on Cancel. On the reference fixture: masked queries rank as the model's ablation.

#include "gui/LinkPredictionSession.h"
#include "../models/FixtureGraph.h"
#include "../views/RandomMygoModel.h"
#include "evaluation/CandidateRanking.h"
#include "evaluation/LinkPredictionEvaluator.h"
#include "graph/GraphIdentity.h"
#include "graph/KnowledgeGraphBuilder.h"
#include "inference/MygoModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

namespace {

constexpr std::size_t kEntities = 20000;

std::shared_ptr<const KnowledgeGraph> chainGraph()
{
    KnowledgeGraphBuilder builder;
    GraphMetadata metadata;
    metadata.name = "chain";
    builder.setMetadata(metadata);
    for (std::size_t i = 0; i < kEntities; ++i) {
        Entity e;
        e.key = "e" + std::to_string(i);
        e.label = e.key;
        builder.addEntity(std::move(e));
    }
    const RelationId next = *builder.addRelation({"next", "next", ""});
    builder.addRelation({"other", "other", ""});
    for (EntityId i = 0; i + 1 < kEntities; ++i)
        builder.addTriple(i % 10 == 9 ? Split::Test : Split::Train, {i, next, i + 1});
    return builder.build();
}

LinkPredictionRequest tailsOf(EntityId entity, std::size_t k)
{
    LinkPredictionRequest r;
    r.entity = entity;
    r.relation = 0;
    r.k = k;
    return r;
}

}  // namespace

Q_DECLARE_METATYPE(tessera::LinkPredictionRequest)
Q_DECLARE_METATYPE(tessera::CandidateRanking)
Q_DECLARE_METATYPE(tessera::LinkPredictionResult)

class LinkPredictionSessionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cancelStopsRepresentationsAndCachesNothing();
    void onlyTheNewestWaitingRequestRuns();
    void closingTheModelDropsAResultOnItsWay();
    void evaluatesAsTheEvaluatorDoes();
    void cancelStopsAnEvaluation();
    void maskedQueriesMatchTheModelsAblation();

private:
    std::shared_ptr<const KnowledgeGraph> graph_;
    QTemporaryDir scratch_;
    QString folder_;
    std::unique_ptr<LinkPredictionSession> session_;
};

void LinkPredictionSessionTest::initTestCase()
{
    graph_ = chainGraph();
    MygoModel model = test::randomMygoModel(*graph_, identityOf(*graph_), 3);
    folder_ = scratch_.filePath(QStringLiteral("model"));
    model.save(folder_.toStdString());
}

void LinkPredictionSessionTest::init()
{
    // A fresh session each time: no representations cached from an earlier test.
    session_ = std::make_unique<LinkPredictionSession>();
    QSignalSpy opened(session_.get(), &LinkPredictionSession::modelOpened);
    session_->openModel(folder_, graph_);
    QVERIFY(opened.wait(30000));
    QVERIFY(session_->hasModel());
    QVERIFY(session_->modelDetails().contains(QStringLiteral("dim 16")));
}

void LinkPredictionSessionTest::cancelStopsRepresentationsAndCachesNothing()
{
    QSignalSpy progressed(session_.get(), &LinkPredictionSession::progressed);
    QSignalSpy predicted(session_.get(), &LinkPredictionSession::predicted);
    QSignalSpy cancelled(session_.get(), &LinkPredictionSession::cancelled);
    session_->predict(tailsOf(5, 3));
    QVERIFY(session_->isBusy());
    session_->cancel();
    QVERIFY(cancelled.wait(30000));
    QVERIFY(!session_->isBusy());
    QCOMPARE(predicted.count(), 0);
    // The stop is seen after the first batch of 2,048 entities.
    QTRY_COMPARE(progressed.count(), 1);
    QCOMPARE(progressed.first().at(0).toInt(), 2048);
    QCOMPARE(progressed.first().at(1).toInt(), static_cast<int>(kEntities));

    // Nothing half-done was kept: the next request encodes all ten batches, then ranks.
    progressed.clear();
    session_->predict(tailsOf(5, 3));
    QVERIFY(predicted.wait(60000));
    QTRY_COMPARE(progressed.count(), 10);
    QCOMPARE(progressed.last().at(0).toInt(), static_cast<int>(kEntities));
    const auto ranking = predicted.first().at(1).value<CandidateRanking>();
    QCOMPARE(ranking.top.size(), std::size_t {3});
    QCOMPARE(ranking.candidates, kEntities);
    QCOMPARE(ranking.knownAnswers, std::size_t {1});  // (e5, next, e6)
}

void LinkPredictionSessionTest::onlyTheNewestWaitingRequestRuns()
{
    QSignalSpy predicted(session_.get(), &LinkPredictionSession::predicted);
    session_->predict(tailsOf(1, 5));
    session_->predict(tailsOf(2, 5));  // waits, then is replaced
    session_->predict(tailsOf(3, 5));
    QTRY_COMPARE_WITH_TIMEOUT(predicted.count(), 2, 60000);
    QVERIFY(!session_->isBusy());
    QCOMPARE(predicted.at(0).at(0).value<LinkPredictionRequest>().entity, EntityId {1});
    QCOMPARE(predicted.at(1).at(0).value<LinkPredictionRequest>().entity, EntityId {3});
    // Each answer is the ranking of its own query: e3's known answer is e4.
    const auto third = predicted.at(1).at(1).value<CandidateRanking>();
    QCOMPARE(third.knownAnswers, std::size_t {1});
    QCOMPARE(third.candidates, kEntities);
    QTest::qWait(100);
    QCOMPARE(predicted.count(), 2);
}

void LinkPredictionSessionTest::closingTheModelDropsAResultOnItsWay()
{
    QSignalSpy predicted(session_.get(), &LinkPredictionSession::predicted);
    QSignalSpy busy(session_.get(), &LinkPredictionSession::busyChanged);
    session_->predict(tailsOf(7, 5));
    session_->closeModel();
    QVERIFY(!session_->hasModel());
    QTRY_VERIFY_WITH_TIMEOUT(!session_->isBusy(), 60000);
    QCOMPARE(predicted.count(), 0);
    // Without a model a request is ignored.
    session_->predict(tailsOf(7, 5));
    QVERIFY(!session_->isBusy());
}

void LinkPredictionSessionTest::evaluatesAsTheEvaluatorDoes()
{
    QSignalSpy evaluated(session_.get(), &LinkPredictionSession::evaluated);
    QSignalSpy progressed(session_.get(), &LinkPredictionSession::progressed);
    session_->evaluate(Split::Test);
    QVERIFY(evaluated.wait(120000));
    const auto result = evaluated.first().at(0).value<LinkPredictionResult>();

    MygoModel model = MygoModel::load(folder_.toStdString());
    model.useDevice("cpu");
    const LinkPredictionResult direct = LinkPredictionEvaluator(model, *graph_).evaluate(Split::Test);
    QCOMPARE(result.ranks.size(), std::size_t {1999});  // every 10th of the 19,999 chain triples
    QCOMPARE(result.both.count, direct.both.count);
    QCOMPARE(result.both.mrr, direct.both.mrr);
    QCOMPARE(result.head.mr, direct.head.mr);
    QCOMPARE(result.tail.hits10, direct.tail.hits10);
    // Progress reached the end: distinct queries, at most two per triple.
    QTRY_VERIFY(!progressed.isEmpty() && progressed.last().at(0).toInt() == progressed.last().at(1).toInt());
}

void LinkPredictionSessionTest::cancelStopsAnEvaluation()
{
    QSignalSpy evaluated(session_.get(), &LinkPredictionSession::evaluated);
    QSignalSpy cancelled(session_.get(), &LinkPredictionSession::cancelled);
    session_->evaluate(Split::Test);
    session_->cancel();
    QVERIFY(cancelled.wait(120000));
    QCOMPARE(evaluated.count(), 0);
    QVERIFY(!session_->isBusy());
}

// The reference fixture (visual and text tokens): "as if it had no image / no text" in the window
// ranks exactly as the model's own ablation does, and differs from the plain ranking.
void LinkPredictionSessionTest::maskedQueriesMatchTheModelsAblation()
{
    if (!QFile::exists(mygoFixtureDir() + QStringLiteral("/weights.safetensors")))
        QSKIP("../shared/fixtures/mygo-small is not present on this machine");
    QTemporaryDir scratch;
    const auto graph = loadFixtureGraph(mygoFixtureDir(), scratch, 40, 6);
    QVERIFY(graph);
    MygoModel reference = MygoModel::importReference(mygoFixtureDir().toStdString());
    reference.setGraphIdentity(identityOf(*graph));
    const QString folder = scratch.filePath(QStringLiteral("fixture-model"));
    reference.save(folder.toStdString());
    reference.useDevice("cpu");

    LinkPredictionSession session;
    QSignalSpy opened(&session, &LinkPredictionSession::modelOpened);
    session.openModel(folder, graph);
    QVERIFY(opened.wait(30000));
    QSignalSpy predicted(&session, &LinkPredictionSession::predicted);
    // Entity 0 has an image and text (the fixture README lists those without).
    for (const auto& [maskVisual, maskText] : {std::pair {false, false}, {true, false}, {false, true}}) {
        LinkPredictionRequest r = tailsOf(0, 40);
        r.maskVisual = maskVisual;
        r.maskText = maskText;
        predicted.clear();
        session.predict(r);
        QVERIFY(predicted.wait(30000));
        const auto shown = predicted.first().at(1).value<CandidateRanking>();
        ModalityAblation ablation;
        ablation.maskVisual = maskVisual;
        ablation.maskText = maskText;
        const LinkQuery query {0, 0, kNoEntity};
        const FloatArray scores = reference.scoreQueries(std::span<const LinkQuery>(&query, 1), ablation);
        const CandidateRanking expected = rankCandidates(scores.values, *graph, 0, 0, true, 40, false);
        QCOMPARE(shown.top.size(), expected.top.size());
        for (std::size_t i = 0; i < expected.top.size(); ++i) {
            QCOMPARE(shown.top[i].entity, expected.top[i].entity);
            QCOMPARE(shown.top[i].score, expected.top[i].score);
        }
        if (maskVisual || maskText) {
            const FloatArray plain = reference.scoreQueries(std::span<const LinkQuery>(&query, 1));
            QVERIFY(plain.values != scores.values);
        }
    }
}

QTEST_GUILESS_MAIN(LinkPredictionSessionTest)
#include "LinkPredictionSessionTest.moc"
