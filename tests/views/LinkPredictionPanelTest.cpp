// The link-prediction dock on the golden bundle: which request each change of the form asks
// for, the relation it picks for a new entity, stale answers ignored, the ranked rows (under
// QAbstractItemModelTester) and activation of a row. No model runs here: the window's test
// drives a real one.

#include "GoldenGraph.h"

#include "models/RankedCandidatesModel.h"
#include "panels/LinkPredictionPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

using namespace tessera;

Q_DECLARE_METATYPE(tessera::LinkPredictionRequest)

class LinkPredictionPanelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void asksNothingWithoutAModel();
    void everyChangeAsksForTheQueryOnScreen();
    void picksARelationWithKnownAnswers();
    void showsTheRankingOfTheCurrentQueryOnly();

private:
    EntityId id(const char* key) const { return test::idOf(*graph_, key); }
    static LinkPredictionRequest last(const QSignalSpy& spy) { return spy.last().at(0).value<LinkPredictionRequest>(); }

    std::shared_ptr<const KnowledgeGraph> graph_;
};

void LinkPredictionPanelTest::initTestCase()
{
    qRegisterMetaType<tessera::LinkPredictionRequest>("tessera::LinkPredictionRequest");
    graph_ = test::loadGolden();
}

void LinkPredictionPanelTest::asksNothingWithoutAModel()
{
    LinkPredictionPanel panel;
    QSignalSpy asked(&panel, &LinkPredictionPanel::predictionRequested);
    panel.setGraph(graph_);
    panel.setEntity(id("FRA"));
    panel.filteredCheck()->setChecked(true);
    QCOMPARE(asked.count(), 0);
    QVERIFY(!panel.relationSelector()->isEnabled());
    // The relations are listed anyway, by label, with FRA's known answers counted.
    QCOMPARE(panel.relationSelector()->count(), 6);
    QCOMPARE(panel.relationSelector()->itemText(0), QStringLiteral("borders · 3 known"));
    QCOMPARE(panel.relationSelector()->itemText(1), QStringLiteral("capital · 1 known"));
    QCOMPARE(panel.relationSelector()->itemText(2), QStringLiteral("capital of"));
}

void LinkPredictionPanelTest::everyChangeAsksForTheQueryOnScreen()
{
    LinkPredictionPanel panel;
    QSignalSpy asked(&panel, &LinkPredictionPanel::predictionRequested);
    panel.setGraph(graph_);
    panel.setModel(QStringLiteral("random"), QStringLiteral("MyGO"));
    QCOMPARE(asked.count(), 0);  // no entity yet
    panel.setEntity(id("FRA"));
    QCOMPARE(asked.count(), 1);
    LinkPredictionRequest r = last(asked);
    QCOMPARE(r.entity, id("FRA"));
    QCOMPARE(r.relation, *graph_->findRelation("borders"));
    QVERIFY(r.predictTail);
    QCOMPARE(r.k, std::size_t {10});
    QVERIFY(!r.filtered && !r.maskVisual && !r.maskText);
    QCOMPARE(panel.queryText(), QStringLiteral("(France, borders, ?)"));

    panel.directionSelector()->setCurrentIndex(1);
    QCOMPARE(asked.count(), 2);
    QVERIFY(!last(asked).predictTail);
    QCOMPARE(panel.queryText(), QStringLiteral("(?, borders, France)"));
    panel.countSelector()->setValue(3);
    QCOMPARE(last(asked).k, std::size_t {3});
    panel.filteredCheck()->setChecked(true);
    QVERIFY(last(asked).filtered);
    panel.maskVisualCheck()->setChecked(true);
    QVERIFY(last(asked).maskVisual);
    panel.maskTextCheck()->setChecked(true);
    QVERIFY(last(asked).maskText);
    panel.relationSelector()->setCurrentIndex(
        panel.relationSelector()->findText(QStringLiteral("capital of · 1 known")));
    QCOMPARE(last(asked).relation, *graph_->findRelation("capital_of"));
    QCOMPARE(asked.count(), 7);
    // The same entity again asks nothing new.
    panel.setEntity(id("FRA"));
    QCOMPARE(asked.count(), 7);
}

void LinkPredictionPanelTest::picksARelationWithKnownAnswers()
{
    LinkPredictionPanel panel;
    QSignalSpy asked(&panel, &LinkPredictionPanel::predictionRequested);
    panel.setGraph(graph_);
    panel.setModel(QStringLiteral("random"), QStringLiteral("MyGO"));
    panel.directionSelector()->setCurrentIndex(1);
    // Heads of Euro: only "currency" has answers (FRA, DEU, ITA in train; ESP in test).
    panel.setEntity(id("currency/EUR"));
    QCOMPARE(last(asked).relation, *graph_->findRelation("currency"));
    QCOMPARE(panel.relationSelector()->currentText(), QStringLiteral("currency · 4 known"));
    // A relation without answers for the new entity gives way to the first (by label) with some.
    panel.setEntity(id("language/fra"));
    QCOMPARE(last(asked).relation, *graph_->findRelation("official_language"));
    panel.setEntity(id("city/DEU/Berlin"));
    QCOMPARE(last(asked).relation, *graph_->findRelation("capital"));
}

void LinkPredictionPanelTest::showsTheRankingOfTheCurrentQueryOnly()
{
    LinkPredictionPanel panel;
    QAbstractItemModelTester tester(panel.resultModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setGraph(graph_);
    panel.setModel(QStringLiteral("random"), QStringLiteral("MyGO"));
    panel.setEntity(id("FRA"));
    const LinkPredictionRequest asked = panel.request();

    CandidateRanking ranking;
    ranking.candidates = 9;
    ranking.knownAnswers = 3;
    ranking.top.push_back({id("DEU"), 2.5F, 1, {true, false, true}});
    ranking.top.push_back({id("region/Europe"), 1.25F, 2, {}});
    ranking.answers.push_back({id("DEU"), 2.5F, 1, {true, false, true}});
    ranking.answers.push_back({id("ITA"), -0.5F, 7, {true, false, false}});
    LinkPredictionRequest stale = asked;
    stale.k = 20;
    panel.showRanking(stale, ranking, 1.0);
    QCOMPARE(panel.resultModel()->rowCount(), 0);

    panel.showRanking(asked, ranking, 4.26);
    QAbstractItemModel* rows = panel.resultView()->model();
    QCOMPARE(rows->rowCount(), 3);  // the top 2, then ITA: a known answer outside them
    QCOMPARE(rows->index(0, RankedCandidatesModel::RankColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(rows->index(0, RankedCandidatesModel::EntityColumn).data().toString(), QStringLiteral("Germany"));
    QCOMPARE(rows->index(0, RankedCandidatesModel::ScoreColumn).data().toString(), QStringLiteral("2.5000"));
    QCOMPARE(rows->index(0, RankedCandidatesModel::KnownColumn).data().toString(), QStringLiteral("train, test"));
    QVERIFY(rows->index(0, RankedCandidatesModel::EntityColumn).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(rows->index(1, RankedCandidatesModel::EntityColumn).data().toString(), QStringLiteral("Europe"));
    QCOMPARE(rows->index(1, RankedCandidatesModel::KnownColumn).data().toString(), QString());
    QCOMPARE(rows->index(2, RankedCandidatesModel::RankColumn).data().toString(), QStringLiteral("7"));
    QCOMPARE(rows->index(2, RankedCandidatesModel::EntityColumn).data().toString(), QStringLiteral("Italy"));
    QCOMPARE(rows->index(2, RankedCandidatesModel::KnownColumn).data().toString(), QStringLiteral("train"));
    QVERIFY(rows->index(2, RankedCandidatesModel::EntityColumn).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!rows->index(0, RankedCandidatesModel::EntityColumn).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(panel.statusText(),
        QStringLiteral("9 candidates · 3 known answer(s) · scored in 4.3 ms\nBest known answer: Germany, rank 1 · "
                       "answers outside the top 10 follow the list"));

    QSignalSpy activated(&panel, &LinkPredictionPanel::entityActivated);
    Q_EMIT panel.resultView()->activated(rows->index(1, 0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).value<EntityId>(), id("region/Europe"));

    // Without a model the rows go.
    panel.setModel({}, {});
    QCOMPARE(rows->rowCount(), 0);
}

QTEST_MAIN(LinkPredictionPanelTest)
#include "LinkPredictionPanelTest.moc"
