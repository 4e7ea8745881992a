// The alignment workspace window end to end, offscreen, on the bundled Countries EN ↔ ZH pair and
// its MEAformer model: opened off the UI thread, the test pairs evaluated and cross-checked with
// the evaluation the model was bundled with, the "wrong at rank 1" filter, accept / reject with
// undo and redo, the TSV export, the colouring by dominant modality, the refusal of a
// link-prediction model, Cancel, and the main window's dispatch of a model folder by its kind.

#include "gui/AlignmentWindow.h"
#include "alignment/MetaWeightTable.h"
#include "canvas/EntityNodeItem.h"
#include "canvas/NeighbourhoodView.h"
#include "graph/KnowledgeGraph.h"
#include "gui/AlignmentSession.h"
#include "gui/AlignmentWindowOpener.h"
#include "gui/LinkPredictionSession.h"
#include "gui/MainWindow.h"
#include "models/AlignmentPairsModel.h"
#include "models/ModelRoles.h"
#include "panels/AlignmentGraphPane.h"
#include "plots/AlignmentCandidatesView.h"
#include "plots/AlignmentModalityStyle.h"
#include "plots/EmbeddingMapView.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <map>
#include <set>

using namespace tessera;

namespace {

const QString kWorkspace = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/countries-en-zh");
const QString kModel = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/models/countries-en-zh-meaformer");
constexpr int kWaitMs = 120000;

EntityId keyOf(const KnowledgeGraph& graph, const char* key)
{
    const auto found = graph.findEntity(key);
    return found ? *found : kNoEntity;
}

}  // namespace

class AlignmentWindowTest : public QObject {
    Q_OBJECT

    // Opens the demo and waits for the workspace and the first evaluation.
    static bool openDemo(AlignmentWindow& window)
    {
        QSignalSpy shown(&window, &AlignmentWindow::workspaceShown);
        QSignalSpy evaluated(window.session(), &AlignmentSession::evaluated);
        window.open(kWorkspace, kModel);
        return (!shown.isEmpty() || shown.wait(kWaitMs)) && (!evaluated.isEmpty() || evaluated.wait(kWaitMs));
    }

    // Chooses an entity of A and waits for its candidates.
    static bool chooseAndWait(AlignmentWindow& window, EntityId entity)
    {
        QSignalSpy shown(&window, &AlignmentWindow::candidatesShown);
        window.choose(true, entity);
        return shown.wait(kWaitMs) && window.candidatesView()->result().entity == entity;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("AlignmentWindowTest"));
        QSettings().clear();
    }

    // The test pairs evaluated in the window (the reference protocol) give the figures the model
    // was bundled with (written by `tessera train meaformer` when it was trained), and the filters
    // keep exactly the rows they name.
    void evaluatesLikeTheBundledReportAndFilters()
    {
        QFile report(kModel + QStringLiteral(".evaluation.json"));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QJsonObject csls = QJsonDocument::fromJson(report.readAll()).object()[QStringLiteral("csls")].toObject();
        const QJsonObject l2r = csls[QStringLiteral("l2r")].toObject();
        const int count = l2r[QStringLiteral("count")].toInt();
        const double hits1 = l2r[QStringLiteral("hits@1")].toDouble();

        AlignmentWindow window;
        QVERIFY(openDemo(window));
        const Dataset& dataset = *window.session()->dataset();
        QCOMPARE(dataset.graphs.size(), std::size_t {2});
        AlignmentPairsModel* pairs = window.pairsModel();
        QCOMPARE(pairs->rowCount(), static_cast<int>(dataset.graphs[0]->entityCount()));
        QCOMPARE(static_cast<int>(window.session()->testPairs().size()), count);

        // The default pool is every entity of B: a harder protocol, so no better than the report.
        QCOMPARE(window.session()->candidatePool(), AlignmentSession::CandidatePool::AllEntities);
        QCOMPARE(window.session()->evaluation().candidatesLeftToRight,
            static_cast<std::int64_t>(dataset.graphs[1]->entityCount()));
        QVERIFY(window.session()->evaluation().cslsLeftToRight.hits1 <= hits1 + 1e-12);

        QSignalSpy evaluated(window.session(), &AlignmentSession::evaluated);
        window.poolBox()->setCurrentIndex(1);
        QVERIFY(evaluated.wait(kWaitMs));
        const AlignmentEvaluation& evaluation = window.session()->evaluation();
        QCOMPARE(evaluation.candidatesLeftToRight, static_cast<std::int64_t>(count));
        QCOMPARE(evaluation.cslsLeftToRight.hits1, hits1);
        QCOMPARE(evaluation.cslsLeftToRight.mrr, l2r[QStringLiteral("mrr")].toDouble());
        const int wrong = count - static_cast<int>(std::lround(hits1 * count));
        QCOMPARE(pairs->wrongAtRankOne(), wrong);
        QVERIFY(window.summaryLabel()->text().contains(QStringLiteral("%1 wrong at rank 1").arg(wrong)));

        int seeds = 0;
        for (const AlignedPair& pair : dataset.alignment)
            seeds += pair.train ? 1 : 0;
        const auto rowsOf = [&](AlignmentPairsModel::Filter filter) {
            window.filterBox()->setCurrentIndex(static_cast<int>(filter));
            return pairs->rowCount();
        };
        QCOMPARE(rowsOf(AlignmentPairsModel::Filter::TestPairs), count);
        QCOMPARE(rowsOf(AlignmentPairsModel::Filter::SeedPairs), seeds);
        QCOMPARE(rowsOf(AlignmentPairsModel::Filter::Unpaired),
            static_cast<int>(dataset.graphs[0]->entityCount()) - count - seeds);
        QCOMPARE(rowsOf(AlignmentPairsModel::Filter::WrongAtRankOne), wrong);
        for (int row = 0; row < pairs->rowCount(); ++row) {
            const QVariant rank = pairs->data(pairs->index(row, AlignmentPairsModel::RankColumn), SortValueRole);
            QVERIFY2(
                rank.toLongLong() > 1, qPrintable(QStringLiteral("row %1 ranks %2").arg(row).arg(rank.toLongLong())));
            QCOMPARE(
                pairs->data(pairs->index(row, AlignmentPairsModel::PairColumn)).toString(), QStringLiteral("test"));
        }
        QCOMPARE(rowsOf(AlignmentPairsModel::Filter::Accepted), 0);

        // A wrong test pair's candidates: the true counterpart is not first, and the view says where it is.
        window.filterBox()->setCurrentIndex(static_cast<int>(AlignmentPairsModel::Filter::WrongAtRankOne));
        const EntityId mistaken = pairs->entityAt(0);
        QVERIFY(chooseAndWait(window, mistaken));
        const AlignmentQueryResult& result = window.candidatesView()->result();
        QVERIFY(result.counterpart.has_value());
        QVERIFY(result.counterpartRank > 0);
        QCOMPARE(pairs->data(pairs->index(0, AlignmentPairsModel::RankColumn), SortValueRole).toLongLong(),
            result.counterpartRank + 1);
        QVERIFY(result.candidates.front().entity != *result.counterpart);
    }

    // Accept and reject are undoable steps; accepting keeps the pairs one-to-one; the export
    // writes exactly the accepted pairs, keyed, as a pairs.tsv of seed pairs.
    void acceptsRejectsUndoesAndExports()
    {
        AlignmentWindow window;
        QVERIFY(openDemo(window));
        const auto& graphs = window.session()->dataset()->graphs;
        const EntityId aruba = keyOf(*graphs[0], "country/ABW");
        const EntityId france = keyOf(*graphs[0], "country/FRA");
        QVERIFY(aruba != kNoEntity && france != kNoEntity);

        QVERIFY(chooseAndWait(window, aruba));
        AlignmentCandidatesView* view = window.candidatesView();
        QCOMPARE(view->selectedIndex(), 0);
        const EntityId arubaFirst = view->result().candidates[0].entity;
        const EntityId arubaSecond = view->result().candidates[1].entity;
        window.acceptSelected();
        QCOMPARE(window.decisions().acceptedForA(aruba), std::optional<EntityId>(arubaFirst));
        view->selectIndex(2);
        const EntityId arubaThird = view->result().candidates[2].entity;
        window.rejectSelected();
        QCOMPARE(window.decisions().verdict(aruba, arubaThird), AlignmentDecisions::Verdict::Rejected);

        QVERIFY(chooseAndWait(window, france));
        const EntityId franceFirst = view->result().candidates[0].entity;
        QVERIFY(franceFirst != arubaFirst);
        window.acceptSelected();
        QCOMPARE(window.decisions().accepted().size(), std::size_t {2});
        QCOMPARE(window.decisionStack()->count(), 3);

        window.decisionStack()->undo();
        QCOMPARE(window.decisions().accepted().size(), std::size_t {1});
        QVERIFY(!window.decisions().acceptedForA(france));
        window.decisionStack()->redo();
        QCOMPARE(window.decisions().acceptedForA(france), std::optional<EntityId>(franceFirst));

        // Aruba again: accepting its second candidate replaces the first; undo brings the first back.
        QVERIFY(chooseAndWait(window, aruba));
        view->selectIndex(1);
        window.acceptSelected();
        QCOMPARE(window.decisions().acceptedForA(aruba), std::optional<EntityId>(arubaSecond));
        QVERIFY(!window.decisions().acceptedForB(arubaFirst));
        window.decisionStack()->undo();
        QCOMPARE(window.decisions().acceptedForA(aruba), std::optional<EntityId>(arubaFirst));

        AlignmentPairsModel* pairs = window.pairsModel();
        const QString verdict
            = pairs->data(pairs->index(pairs->rowOf(aruba), AlignmentPairsModel::VerdictColumn)).toString();
        QVERIFY2(verdict.contains(QStringLiteral("1 rejected")), qPrintable(verdict));
        window.filterBox()->setCurrentIndex(static_cast<int>(AlignmentPairsModel::Filter::Accepted));
        QCOMPARE(pairs->rowCount(), 2);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accepted.tsv"));
        QCOMPARE(window.exportAccepted(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::map<EntityId, EntityId> expected {{aruba, arubaFirst}, {france, franceFirst}};
        QString want = QStringLiteral("source\ttarget\tsplit\n");
        for (const auto& [a, b] : expected)
            want += QStringLiteral("%1\t%2\ttrain\n")
                        .arg(QString::fromStdString(graphs[0]->entity(a).key),
                            QString::fromStdString(graphs[1]->entity(b).key));
        QCOMPARE(QString::fromUtf8(file.readAll()), want);
        QVERIFY(window.decisionStack()->isClean());
        QVERIFY(!window.exportAccepted(dir.filePath(QStringLiteral("no/such/folder/x.tsv"))).isEmpty());
    }

    // Both canvases and the embedding maps colour entities by the modality that dominates their
    // meta-weights, read from the model's table.
    void coloursByDominantModality()
    {
        AlignmentWindow window;
        QVERIFY(openDemo(window));
        const MetaWeightTable& table = *window.session()->metaWeights();
        const auto& graphs = window.session()->dataset()->graphs;
        QCOMPARE(table.rows(), static_cast<std::int64_t>(graphs[0]->entityCount() + graphs[1]->entityCount()));
        const auto colourOf = [&](std::int64_t row) {
            return AlignmentModalityStyle::colour(table.modalities[static_cast<std::size_t>(table.dominantSlot(row))]);
        };
        const EntityId a = window.candidatesView()->result().entity;
        EntityNodeItem* node = window.pane(0)->canvas()->nodeItem(a);
        QVERIFY(node != nullptr);
        QCOMPARE(node->colour(), colourOf(static_cast<std::int64_t>(a)));
        const EntityId b = window.pane(1)->canvas()->focusedEntity();
        QVERIFY(b != kNoEntity);
        QCOMPARE(window.pane(1)->canvas()->nodeItem(b)->colour(), colourOf(table.entitiesA + b));

        // The map of B: one group per dominant modality, of the sizes the table gives.
        EmbeddingMapView* map = window.pane(1)->map();
        if (map->isComputing() || map->shownXy().empty()) {
            QSignalSpy shown(map, &EmbeddingMapView::mapShown);
            QVERIFY(shown.wait(kWaitMs));
        }
        std::map<QString, int> want;
        for (std::int64_t row = table.entitiesA; row < table.rows(); ++row)
            ++want[QStringLiteral("%1 dominates")
                       .arg(AlignmentModalityStyle::name(
                           table.modalities[static_cast<std::size_t>(table.dominantSlot(row))]))];
        std::map<QString, int> got;
        for (const int group : map->groups())
            ++got[map->groupNames()[group]];
        QCOMPARE(got, want);
    }

    // A link-prediction model, a missing folder: a clear one-line refusal naming the folder.
    void refusesWhatIsNotAnAlignmentModel()
    {
        AlignmentWindow window;
        QSignalSpy failed(&window, &AlignmentWindow::openFailed);
        const QString mygo = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/models/countries-mygo");
        window.open(kWorkspace, mygo);
        QVERIFY(failed.wait(kWaitMs));
        const QString problem = failed.takeFirst().at(0).toString();
        QVERIFY2(problem.contains(mygo) && problem.contains(QStringLiteral("predicts links in one graph")),
            qPrintable(problem));
        QVERIFY(!window.session()->isOpen());

        const QString missing = QStringLiteral("/nonexistent/alignment-model");
        window.open(kWorkspace, missing);
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY2(failed.takeFirst().at(0).toString().contains(missing), "the message names the folder");
    }

    // Cancel while opening: the open ends as cancelled and nothing is shown.
    void cancelDropsAnOpenInFlight()
    {
        AlignmentWindow window;
        QSignalSpy cancelled(window.session(), &AlignmentSession::cancelled);
        QSignalSpy shown(&window, &AlignmentWindow::workspaceShown);
        window.open(kWorkspace, kModel);
        QVERIFY(window.session()->isBusy());
        window.session()->cancel();
        QVERIFY(cancelled.wait(kWaitMs));
        QVERIFY(!window.session()->isOpen());
        QVERIFY(!shown.wait(500));
    }

    // The main window dispatches a model folder by its kind: an alignment model on the alignment
    // workspace on screen opens an alignment window.
    void mainWindowOpensAlignmentModelsInTheWorkspace()
    {
        MainWindow main;
        QSignalSpy graphShown(&main, &MainWindow::graphShown);
        main.openPath(kWorkspace);
        QVERIFY(graphShown.wait(kWaitMs));
        main.openModel(kModel);
        AlignmentWindow* window = main.alignmentOpener()->lastWindow();
        QVERIFY(window != nullptr);
        QSignalSpy shown(window, &AlignmentWindow::workspaceShown);
        QVERIFY(shown.wait(kWaitMs));
        QCOMPARE(window->session()->workspacePath(), kWorkspace);
        QCOMPARE(window->session()->modelPath(), kModel);
        QVERIFY(!main.predictionSession()->hasModel());
        window->close();
    }
};

QTEST_MAIN(AlignmentWindowTest)
#include "AlignmentWindowTest.moc"
