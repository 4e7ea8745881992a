// The window end to end, offscreen, on the golden bundle: load off the UI thread, search, focus
// a result, expand a node with a double click, walk Back/Forward, cancel a load, report a bad
// path; open a MyGO model for the graph and rank candidates in the link-prediction dock, and
// refuse a model of another graph.

#include "GoldenGraph.h"
#include "RandomMygoModel.h"

#include "canvas/EntityNodeItem.h"
#include "canvas/NeighbourhoodView.h"
#include "dialogs/EvaluationDialog.h"
#include "evaluation/CandidateRanking.h"
#include "evaluation/LinkPredictionEvaluator.h"
#include "evaluation/PopularityBaseline.h"
#include "evaluation/RelationAblationStudy.h"
#include "graph/GraphIdentity.h"
#include "gui/DebugOverlayController.h"
#include "gui/LanguageMenu.h"
#include "gui/LinkPredictionSession.h"
#include "gui/MainWindow.h"
#include "inference/ModalityShareReader.h"
#include "inference/MygoModel.h"
#include "models/EntitySearchModel.h"
#include "models/RankMetricsModel.h"
#include "models/RankedCandidatesModel.h"
#include "overlay/DebugOverlayWidget.h"
#include "overlay/DebugSnapshot.h"
#include "panels/EntityBrowserPanel.h"
#include "panels/EntityPagePanel.h"
#include "panels/LinkPredictionPanel.h"
#include "plots/CodebookView.h"
#include "plots/ModalitySharesView.h"
#include "plots/QueryAttentionView.h"
#include "plots/RelationAblationView.h"
#include "plots/TokensView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace tessera;

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    EntityId id(const MainWindow& window, const char* key) const { return test::idOf(*window.currentGraph(), key); }

    // Shows the window on the golden bundle and opens the model folder for it; false on a timeout.
    static bool openGoldenAndModel(MainWindow& window, const QString& modelFolder)
    {
        window.show();
        QSignalSpy shown(&window, &MainWindow::graphShown);
        window.openPath(test::goldenPath());
        if (!shown.wait(10000))
            return false;
        QSignalSpy opened(window.predictionSession(), &LinkPredictionSession::modelOpened);
        window.openModel(modelFolder);
        return opened.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings go to a throw-away location, not the developer's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("MainWindowTest"));
        QSettings().clear();
    }

    // File ▸ Open Tokens: read off the UI thread, shown in the Tokens and Codebook docks for the
    // focused entity; a folder of another graph is refused with the reason.
    void opensTokensIntoTheTokensAndCodebookDocks()
    {
        QTemporaryDir dir;
        const auto write = [&](const char* name, const char* text) {
            QFile file(dir.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write("tokens.json", R"({"format": "tessera-tokens", "version": 1, "graph": {"entities": 9},
            "visual": {"codes": 4, "tokens": "visual-tokens.json", "patches": "visual-patches.json"}})");
        write("visual-tokens.json", R"({"FRA": [0, 0, 1, 2], "DEU": [3, 3, 3, 1]})");
        write("visual-patches.json", R"({"grid": 2, "images": [{"entity": "FRA", "image": "images/fra.png",
            "codes": [0, 0, 1, 2]}, {"entity": "DEU", "image": "images/deu.png", "codes": [3, 3, 3, 1]}]})");
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::graphShown);
        window.openPath(test::goldenPath());
        QVERIFY(shown.wait(10000));
        QSignalSpy tokens(&window, &MainWindow::tokensShown);
        window.openTokens(dir.path());
        QVERIFY(tokens.wait(10000));
        // France is in focus: one 2 x 2 grid, its codes as written.
        QCOMPARE(window.tokensView()->grids().size(), std::size_t {1});
        QCOMPARE(window.tokensView()->grids().front()->codes(), (std::vector<std::int64_t> {0, 0, 1, 2}));
        QCOMPARE(window.codebookView()->usage().counts, (std::vector<std::int64_t> {2, 2, 1, 3}));
        window.neighbourhoodView()->focusEntity(id(window, "DEU"));
        QCOMPARE(window.tokensView()->grids().front()->codes(), (std::vector<std::int64_t> {3, 3, 3, 1}));
        // A token folder of another graph (Countries has 844 entities).
        write("tokens.json", R"({"format": "tessera-tokens", "version": 1, "graph": {"entities": 844},
            "visual": {"codes": 4}})");
        QSignalSpy failed(&window, &MainWindow::tokensFailed);
        window.openTokens(dir.path());
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("another graph")));
    }

    void opensSearchesFocusesAndExpands()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::graphShown);
        window.openPath(test::goldenPath());
        QVERIFY(window.isLoading());
        QVERIFY(shown.wait(10000));
        QVERIFY(!window.isLoading());
        QCOMPARE(window.currentGraph()->entityCount(), std::size_t {9});
        QCOMPARE(window.windowTitle(), QStringLiteral("Golden — Tessera"));

        // First picture: the best-connected entity with an image, France, with its 7 neighbours.
        NeighbourhoodView* view = window.neighbourhoodView();
        QCOMPARE(view->focusedEntity(), id(window, "FRA"));
        QCOMPARE(view->visibleEntityCount(), 8);
        QCOMPARE(window.pagePanel()->titleText(), QStringLiteral("France"));
        QVERIFY(!view->undoStack()->canUndo());  // the first picture is not a step

        // Search as you type, then Enter focuses the highlighted result.
        QLineEdit* search = window.browserPanel()->searchEdit();
        QTest::keyClicks(search, QStringLiteral("germ"));
        QTreeView* results = window.browserPanel()->resultView();
        QCOMPARE(results->model()->rowCount(), 1);
        QCOMPARE(results->model()->index(0, 0).data().toString(), QStringLiteral("Germany"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(view->focusedEntity(), id(window, "DEU"));
        // Germany: France, Berlin, Europe, Euro.
        QCOMPARE(view->visibleEntityCount(), 5);
        QCOMPARE(window.pagePanel()->titleText(), QStringLiteral("Germany"));

        // Double-click France in the picture: its neighbours Italy, Spain, Paris and French join.
        EntityNodeItem* france = view->nodeItem(id(window, "FRA"));
        QVERIFY(france != nullptr);
        QVERIFY(!france->isExpanded());
        const QPoint at = view->mapFromScene(france->scenePos());
        // A click selects France and the page shows it; QTest's double click on a widget sends
        // only the double-click event, so the click that precedes it in real life comes first.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(view->selectedEntity(), id(window, "FRA"));
        QCOMPARE(window.pagePanel()->titleText(), QStringLiteral("France"));
        QCOMPARE(view->visibleEntityCount(), 5);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(view->visibleEntityCount(), 9);
        QVERIFY(view->nodeItem(id(window, "FRA"))->isExpanded());
        QCOMPARE(view->selectedEntity(), id(window, "FRA"));  // the selection survives the step

        // Back (Alt+Left) undoes the expansion, then the focus; Forward (Alt+Right) redoes.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(view->visibleEntityCount(), 5);
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(view->focusedEntity(), id(window, "FRA"));
        QCOMPARE(view->visibleEntityCount(), 8);
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(view->focusedEntity(), id(window, "DEU"));
        QCOMPARE(view->visibleEntityCount(), 9);

        // C collapses the selected node (France, expanded above) from the keyboard.
        view->setFocus();
        view->selectEntity(id(window, "FRA"));
        QTest::keyClick(view, Qt::Key_C);
        QCOMPARE(view->visibleEntityCount(), 5);
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(view->visibleEntityCount(), 9);

        // Activating a row of the result list focuses it too.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("spa"));
        QCOMPARE(results->model()->index(0, 0).data().toString(), QStringLiteral("Spain"));
        Q_EMIT results->activated(results->model()->index(0, 0));
        QCOMPARE(view->focusedEntity(), id(window, "ESP"));
        // Spain: France, Europe, Euro.
        QCOMPARE(view->visibleEntityCount(), 4);
    }

    void badPathShowsTheOneLineError()
    {
        MainWindow window;
        window.show();
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        const QString path = QStringLiteral("/nonexistent/tessera-graph");
        window.openPath(path);
        QVERIFY(failed.wait(10000));
        const QString problem = failed.at(0).at(0).toString();
        QVERIFY2(problem.startsWith(path), qPrintable(problem));
        QVERIFY(!problem.contains(QLatin1Char('\n')));
        auto* box = window.findChild<QMessageBox*>();
        QVERIFY(box != nullptr);
        QCOMPARE(box->text(), problem);
        box->close();
        QVERIFY(!window.dataset());
    }

    void cancelStopsTheLoad()
    {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::graphShown);
        // Hold every thread of the global pool so that the load is still queued when Cancel is
        // pressed; the reader then sees the stop before its first table.
        QThreadPool* pool = QThreadPool::globalInstance();
        QSemaphore gate;
        const int threads = pool->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            pool->start([&gate] { gate.acquire(); });
        window.openPath(test::goldenPath());
        QVERIFY(window.isLoading());
        window.cancelLoading();
        gate.release(threads);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 10000);
        QCOMPARE(shown.count(), 0);
        QVERIFY(!window.dataset());
    }

    void droppingAFolderOpensIt()
    {
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::graphShown);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(test::goldenPath() + QStringLiteral("/manifest.json"))});
        const QPoint centre = window.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        // A dropped manifest.json opens its bundle folder.
        QVERIFY(shown.wait(10000));
        QCOMPARE(QString::fromStdString(window.currentGraph()->metadata().name), QStringLiteral("Golden"));
    }

    void alignmentDataSetsOfferBothGraphs()
    {
        const QString path = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/countries-en-zh");
        if (!QFileInfo::exists(path + QStringLiteral("/manifest.json")))
            QSKIP("the bundled Countries EN–ZH demo is not in this checkout");
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::graphShown);
        window.openPath(path);
        QVERIFY(shown.wait(20000));
        QComboBox* selector = window.graphSelector();
        QTRY_VERIFY(selector->isVisible());  // the tool bar shows it on its next layout
        QCOMPARE(selector->count(), 2);
        const std::string first = window.currentGraph()->metadata().name;
        Q_EMIT selector->activated(1);
        QCOMPARE(window.currentGraph(), window.dataset()->graphs.at(1));
        QVERIFY(window.currentGraph()->metadata().name != first);
        QCOMPARE(window.browserPanel()->searchModel()->totalMatches(), window.currentGraph()->entityCount());
        QVERIFY(window.neighbourhoodView()->graph() == window.currentGraph().get());
    }

    void languageChoiceIsRemembered()
    {
        MainWindow window;
        QAction* chinese = nullptr;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("简体中文"))
                chinese = action;
        }
        QVERIFY(chinese != nullptr);
        chinese->trigger();
        QCOMPARE(LanguageMenu::currentLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        LanguageMenu::installLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void switchesLanguageAtRuntime()
    {
        QTranslator probe;
        if (!probe.load(QStringLiteral(":/i18n/tessera_zh_CN.qm"))
            || probe.translate("tessera::MainWindow", "&File").isEmpty())
            QSKIP("the Chinese translation does not cover the window yet (translations/*.ts not updated)");
        MainWindow window;
        QVERIFY(LanguageMenu::installLanguage(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();  // LanguageChange is posted
        QVERIFY(window.menuBar()->actions().first()->text() != QStringLiteral("&File"));
        LanguageMenu::installLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void savesGeometryAndDockLayout()
    {
        {
            MainWindow window;
            window.show();
            window.close();
        }
        QSettings settings;
        QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
        QVERIFY(!settings.value(QStringLiteral("window/state")).toByteArray().isEmpty());
    }

    void ranksCandidatesWithAModelOfTheGraph()
    {
        const auto golden = test::loadGolden();
        QTemporaryDir scratch;
        const QString folder = scratch.filePath(QStringLiteral("model"));
        test::randomMygoModel(*golden, identityOf(*golden)).save(folder.toStdString());

        MainWindow window;
        LinkPredictionPanel* panel = window.predictionPanel();
        QVERIFY(!panel->hasModel());
        QVERIFY(openGoldenAndModel(window, folder));
        QVERIFY(panel->hasModel());
        // The first picture is France: the dock asks (France, borders, ?) at once.
        QTRY_COMPARE_WITH_TIMEOUT(panel->resultModel()->ranking().candidates, std::size_t {9}, 20000);
        QCOMPARE(panel->request().entity, id(window, "FRA"));

        // Heads of Euro, known answers left out: the rows are the model's own ranking.
        window.neighbourhoodView()->focusEntity(id(window, "currency/EUR"));
        panel->directionSelector()->setCurrentIndex(1);
        panel->filteredCheck()->setChecked(true);
        QCOMPARE(panel->relationSelector()->currentText(), QStringLiteral("currency · 4 known"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.predictionSession()->isBusy() && panel->resultModel()->ranking().candidates == 5, 20000);

        MygoModel reference = MygoModel::load(folder.toStdString());
        reference.useDevice("cpu");
        const LinkQuery query {kNoEntity, *golden->findRelation("currency"), id(window, "currency/EUR")};
        const FloatArray scores = reference.scoreQueries(std::span<const LinkQuery>(&query, 1));
        const CandidateRanking expected
            = rankCandidates(scores.values, *golden, query.tail, query.relation, false, 10, true);
        const CandidateRanking& shownRanking = panel->resultModel()->ranking();
        QCOMPARE(shownRanking.knownAnswers, std::size_t {4});
        QCOMPARE(shownRanking.top.size(), std::size_t {5});  // 9 entities less 4 known answers
        for (std::size_t i = 0; i < expected.top.size(); ++i) {
            QCOMPARE(shownRanking.top[i].entity, expected.top[i].entity);
            QCOMPARE(shownRanking.top[i].score, expected.top[i].score);
            QVERIFY(!shownRanking.top[i].isKnownAnswer());
        }

        // Activating a row focuses that entity in the canvas.
        const EntityId first = shownRanking.top[0].entity;
        Q_EMIT panel->resultView()->activated(panel->resultView()->model()->index(0, 0));
        QCOMPARE(window.neighbourhoodView()->focusedEntity(), first);
    }

    // The dock's "why" tabs and the Modality Shares dock run on the model's worker and show what
    // the model computes for the same query, relation and entities.
    void explainsTheQueryTheRelationAndTheShares()
    {
        const auto golden = test::loadGolden();
        QTemporaryDir scratch;
        const QString folder = scratch.filePath(QStringLiteral("model"));
        test::randomMygoModel(*golden, identityOf(*golden)).save(folder.toStdString());
        MygoModel reference = MygoModel::load(folder.toStdString());
        reference.useDevice("cpu");

        MainWindow window;
        LinkPredictionPanel* panel = window.predictionPanel();
        QVERIFY(openGoldenAndModel(window, folder));
        QTRY_VERIFY_WITH_TIMEOUT(panel->queryAttentionView()->hasData(), 20000);
        const LinkPredictionRequest asked = panel->request();
        const FloatArray expected = reference.queryAttention({asked.entity, asked.relation, kNoEntity});
        const QueryAttentionView* attention = panel->queryAttentionView();
        QCOMPARE(attention->layers() * attention->heads() * 9, static_cast<int>(expected.values.size()));
        QCOMPARE(attention->weight(0, 0, 2, 0), static_cast<double>(expected.values[6]));

        QSignalSpy studied(window.predictionSession(), &LinkPredictionSession::ablationStudied);
        panel->ablationView()->studyButton()->click();
        QVERIFY(studied.wait(20000));
        const RelationAblationResult direct
            = studyRelationAblation(reference, *window.currentGraph(), asked.relation, Split::Test);
        const RelationAblationResult& shownStudy = panel->ablationView()->result();
        QCOMPARE(shownStudy.queries.size(), direct.queries.size());
        for (std::size_t i = 0; i < direct.queries.size(); ++i)
            QCOMPARE(shownStudy.queries[i].rank, direct.queries[i].rank);

        // Shown, the Modality Shares dock measures the open model once.
        QSignalSpy measured(window.predictionSession(), &LinkPredictionSession::sharesMeasured);
        window.sharesDock()->show();
        window.sharesDock()->raise();
        QVERIFY(measured.wait(20000));
        QVERIFY(window.sharesView()->hasShares());
        const ModalityShareTable shares = readModalityShares(reference);
        const auto& shown = window.sharesView()->shares()->lastLayer;
        QCOMPARE(shown.size(), shares.size());
        for (std::size_t e = 0; e < shares.size(); ++e)
            QCOMPARE(shown[e].visual, shares.lastLayer[e].visual);
        QCOMPARE(measured.count(), 1);
    }

    // F12 on a display without OpenGL (the offscreen platform): the window says why and goes
    // on; until then nothing of the overlay exists. Its snapshot carries the worker's jobs.
    void debugOverlayCostsNothingAndSaysWhyItIsMissing()
    {
        const auto golden = test::loadGolden();
        QTemporaryDir scratch;
        const QString folder = scratch.filePath(QStringLiteral("model"));
        test::randomMygoModel(*golden, identityOf(*golden)).save(folder.toStdString());
        MainWindow window;
        QVERIFY(openGoldenAndModel(window, folder));
        DebugOverlayController* overlay = window.debugOverlay();
        QVERIFY(!overlay->isCreated());
        QVERIFY(!overlay->isMonitoring());
        QCOMPARE(window.debugOverlayAction()->shortcut(), QKeySequence(Qt::Key_F12));
        QSignalSpy unavailable(overlay, &DebugOverlayController::unavailable);
        window.debugOverlayAction()->trigger();
        if (DebugOverlayWidget::isAvailable()) {
            // An offscreen platform built with GLX on a machine with a display: the real overlay.
            QVERIFY(overlay->isShown() && overlay->isMonitoring());
            window.debugOverlayAction()->trigger();
            QVERIFY(!overlay->isShown() && !overlay->isMonitoring());
        } else {
            QCOMPARE(unavailable.count(), 1);
            QVERIFY(unavailable.first().at(0).toString().contains(QStringLiteral("OpenGL")));
            QVERIFY(!overlay->isCreated() && !overlay->isShown() && !overlay->isMonitoring());
        }
        // The window goes on working.
        window.neighbourhoodView()->focusEntity(id(window, "currency/EUR"));
        QCOMPARE(window.neighbourhoodView()->focusedEntity(), id(window, "currency/EUR"));

        QTRY_VERIFY_WITH_TIMEOUT(!window.predictionSession()->isBusy(), 20000);
        const DebugSnapshot snapshot = overlay->snapshot();
        QCOMPARE(QString::fromStdString(snapshot.device), window.predictionSession()->modelDetails());
        QVERIFY(snapshot.runningJobs.empty());
        std::vector<std::string> kinds;
        for (const auto& [key, ms] : snapshot.lastJobMs) {
            kinds.push_back(key);
            QVERIFY(ms >= 0);
        }
        QVERIFY(std::find(kinds.begin(), kinds.end(), "open") != kinds.end());
        QVERIFY(std::find(kinds.begin(), kinds.end(), "predict") != kinds.end());
        QVERIFY(snapshot.residentBytes > 0);
        // The model is on the CPU here: no CUDA memory is asked for or shown.
        QVERIFY(!snapshot.cudaUsedBytes && !snapshot.cudaTotalBytes);
    }

    void evaluatesTheModelInADialog()
    {
        const auto golden = test::loadGolden();
        QTemporaryDir scratch;
        const QString folder = scratch.filePath(QStringLiteral("model"));
        test::randomMygoModel(*golden, identityOf(*golden)).save(folder.toStdString());

        MainWindow window;
        LinkPredictionPanel* panel = window.predictionPanel();
        QVERIFY(!panel->evaluateButton()->isEnabled());
        QVERIFY(openGoldenAndModel(window, folder));
        QVERIFY(panel->evaluateButton()->isEnabled());
        panel->evaluateButton()->click();
        EvaluationDialog* dialog = window.evaluationDialog();
        QVERIFY(dialog != nullptr && dialog->isVisible());

        QSignalSpy evaluated(window.predictionSession(), &LinkPredictionSession::evaluated);
        dialog->evaluateButton()->click();
        QVERIFY(evaluated.wait(20000));
        QVERIFY(!dialog->isRunning());
        MygoModel reference = MygoModel::load(folder.toStdString());
        reference.useDevice("cpu");
        const LinkPredictionResult direct = LinkPredictionEvaluator(reference, *golden).evaluate(Split::Test);
        // The golden test split: 2 triples, 4 ranks; the dialog prints the evaluator's numbers.
        QCOMPARE(dialog->summaryModel()->rowCount(), 4);
        QCOMPARE(
            dialog->summaryModel()->index(0, RankMetricsModel::RanksColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(dialog->summaryModel()->index(0, RankMetricsModel::MrrColumn).data().toString(),
            QLocale().toString(direct.both.mrr, 'f', 4));
        QCOMPARE(dialog->relationModel()->rowCount(), 2);  // borders and currency
        // Beside each row: the popularity baseline on the same split and the model's multiple of it.
        const LinkPredictionResult popularity = PopularityBaseline(*golden).evaluate(Split::Test);
        QCOMPARE(dialog->summaryModel()->index(0, RankMetricsModel::BaselineMrrColumn).data().toString(),
            QLocale().toString(popularity.both.mrr, 'f', 4));
        QCOMPARE(dialog->summaryModel()->index(0, RankMetricsModel::LiftColumn).data().toString(),
            QStringLiteral("%1×").arg(QLocale().toString(direct.both.mrr / popularity.both.mrr, 'f', 2)));
        QCOMPARE(dialog->summaryModel()->index(3, RankMetricsModel::LiftColumn).data().toString(), QStringLiteral("–"));
        RelationId first = 0;  // the rows are the relations of the split, in id order
        while (direct.perRelation[first].count == 0)
            ++first;
        QCOMPARE(dialog->relationModel()->index(0, RankMetricsModel::BaselineMrrColumn).data().toString(),
            QLocale().toString(popularity.perRelation[first].mrr, 'f', 4));
    }

    void refusesABadModel_data()
    {
        QTest::addColumn<bool>("otherGraph");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<QString>("named");
        // Same sizes, other keys: an id-format graph with 9 entities and 6 relations.
        QTest::newRow("model of another graph") << true << false << QStringLiteral("trained on another graph");
        QTest::newRow("truncated weights") << false << true << QStringLiteral("weights.safetensors");
    }

    void refusesABadModel()
    {
        QFETCH(bool, otherGraph);
        QFETCH(bool, truncated);
        QFETCH(QString, named);
        const auto golden = test::loadGolden();
        QTemporaryDir scratch;
        const QString folder = scratch.filePath(QStringLiteral("model"));
        test::randomMygoModel(*golden, otherGraph ? identityOfIdGraph(9, 6) : identityOf(*golden))
            .save(folder.toStdString());
        if (truncated) {
            QFile weights(folder + QStringLiteral("/weights.safetensors"));
            QVERIFY(weights.resize(weights.size() / 2));
        }

        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::graphShown);
        window.openPath(test::goldenPath());
        QVERIFY(shown.wait(10000));
        QSignalSpy failed(window.predictionSession(), &LinkPredictionSession::modelFailed);
        window.openModel(folder);
        QVERIFY(failed.wait(20000));
        const QString problem = failed.first().at(0).toString();
        QVERIFY2(problem.contains(folder) && problem.contains(named), qPrintable(problem));
        QVERIFY(!window.predictionPanel()->hasModel());
        QVERIFY(!window.predictionSession()->hasModel());
        QCOMPARE(window.predictionPanel()->statusText(), problem);
        const auto boxes = window.findChildren<QMessageBox*>();
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(boxes.first()->text(), problem);
    }

    void remembersRecentPaths()
    {
        {
            MainWindow window;
            QSignalSpy shown(&window, &MainWindow::graphShown);
            window.openPath(test::goldenPath());
            QVERIFY(shown.wait(10000));
        }
        const QStringList recent = QSettings().value(QStringLiteral("recent/paths")).toStringList();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first(), QFileInfo(test::goldenPath()).absoluteFilePath());
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
