// The evaluation dialog on the golden bundle with a hand-made result: the four summary rows and
// one row per relation present in the split (numbers as printed, sorted as numbers), the split
// it asks for, and its running state.

#include "GoldenGraph.h"

#include "dialogs/EvaluationDialog.h"
#include "models/RankMetricsModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace tessera;

namespace {

RankMetrics metrics(std::size_t count, double mr, double mrr, double h1, double h3, double h10)
{
    RankMetrics m;
    m.count = count;
    m.mr = mr;
    m.mrr = mrr;
    m.hits1 = h1;
    m.hits3 = h3;
    m.hits10 = h10;
    return m;
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

}  // namespace

class EvaluationDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsSummaryAndRelations();
    void asksForTheChosenSplit();
};

void EvaluationDialogTest::showsSummaryAndRelations()
{
    const auto golden = test::loadGolden();
    EvaluationDialog dialog;
    QAbstractItemModelTester summaryTester(
        dialog.summaryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester relationTester(
        dialog.relationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.setSubject(golden, QStringLiteral("random"));
    QCOMPARE(dialog.summaryModel()->rowCount(), 0);

    LinkPredictionResult result;
    result.ranks.resize(2);  // the golden test split: 2 triples, 4 ranks
    result.both = metrics(4, 2.5, 0.625, 0.5, 0.75, 1.0);
    result.head = metrics(2, 3.0, 0.5, 0.5, 0.5, 1.0);
    result.tail = metrics(2, 2.0, 0.75, 0.5, 1.0, 1.0);
    result.realisticBoth = metrics(4, 2.75, 0.6, 0.5, 0.75, 1.0);
    result.perRelation.resize(golden->relationCount());
    result.perRelation[*golden->findRelation("borders")] = metrics(2, 1.5, 0.75, 0.5, 1.0, 1.0);
    result.perRelation[*golden->findRelation("currency")] = metrics(2, 3.5, 0.5, 0.5, 0.5, 1.0);
    result.seconds = 0.125;
    dialog.showResult(result);

    const RankMetricsModel* summary = dialog.summaryModel();
    QCOMPARE(summary->rowCount(), 4);
    QCOMPARE(cell(summary, 0, RankMetricsModel::NameColumn), QStringLiteral("both"));
    QCOMPARE(cell(summary, 0, RankMetricsModel::RanksColumn), QStringLiteral("4"));
    QCOMPARE(cell(summary, 0, RankMetricsModel::MrColumn), QStringLiteral("2.5"));
    QCOMPARE(cell(summary, 0, RankMetricsModel::MrrColumn), QStringLiteral("0.6250"));
    QCOMPARE(cell(summary, 1, RankMetricsModel::MrrColumn), QStringLiteral("0.5000"));
    QCOMPARE(cell(summary, 2, RankMetricsModel::Hits3Column), QStringLiteral("1.0000"));
    QCOMPARE(cell(summary, 3, RankMetricsModel::MrColumn), QStringLiteral("2.8"));  // 2.75, one decimal

    // Only the relations of the split, most ranks first; then sorted by MRR on request.
    const QAbstractItemModel* shown = dialog.findChildren<QTableView*>().at(1)->model();
    QCOMPARE(shown->rowCount(), 2);
    dialog.findChildren<QTableView*>().at(1)->sortByColumn(RankMetricsModel::MrrColumn, Qt::DescendingOrder);
    QCOMPARE(cell(shown, 0, RankMetricsModel::NameColumn), QStringLiteral("borders"));
    QCOMPARE(cell(shown, 1, RankMetricsModel::NameColumn), QStringLiteral("currency"));
    dialog.findChildren<QTableView*>().at(1)->sortByColumn(RankMetricsModel::MrColumn, Qt::DescendingOrder);
    QCOMPARE(cell(shown, 0, RankMetricsModel::NameColumn), QStringLiteral("currency"));
    QVERIFY(dialog.statusText().startsWith(QStringLiteral("2 triples, 4 ranks in 0.13 s")));

    // Another split clears what belonged to this one.
    dialog.splitSelector()->setCurrentIndex(1);
    QCOMPARE(summary->rowCount(), 0);
}

void EvaluationDialogTest::asksForTheChosenSplit()
{
    EvaluationDialog dialog;
    dialog.setSubject(test::loadGolden(), QStringLiteral("random"));
    QSignalSpy asked(&dialog, &EvaluationDialog::evaluateRequested);
    dialog.evaluateButton()->click();
    dialog.splitSelector()->setCurrentIndex(1);
    dialog.evaluateButton()->click();
    QCOMPARE(asked.count(), 2);
    QCOMPARE(asked.at(0).at(0).value<Split>(), Split::Test);
    QCOMPARE(asked.at(1).at(0).value<Split>(), Split::Valid);
    dialog.setRunning(true);
    QVERIFY(!dialog.evaluateButton()->isEnabled());
    QVERIFY(!dialog.splitSelector()->isEnabled());
    dialog.setRunning(false);
    QVERIFY(dialog.evaluateButton()->isEnabled());
}

QTEST_MAIN(EvaluationDialogTest)
#include "EvaluationDialogTest.moc"
