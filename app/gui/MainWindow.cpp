#include "gui/MainWindow.h"

#include "canvas/NeighbourhoodView.h"
#include "dialogs/WarningsDialog.h"
#include "graph/KnowledgeGraph.h"
#include "gui/AlignmentWindowOpener.h"
#include "gui/AttentionController.h"
#include "gui/DatasetLoadWorker.h"
#include "gui/DebugOverlayController.h"
#include "gui/EvaluationController.h"
#include "gui/LanguageMenu.h"
#include "gui/LinkPredictionSession.h"
#include "gui/ModelMapsController.h"
#include "gui/RecentFilesMenu.h"
#include "gui/TokenFolderLoadWorker.h"
#include "io/InputError.h"
#include "io/TokenFolderReader.h"
#include "panels/EntityBrowserPanel.h"
#include "panels/EntityPagePanel.h"
#include "panels/LinkPredictionPanel.h"
#include "plots/AttentionView.h"
#include "plots/CodebookView.h"
#include "plots/EmbeddingMapView.h"
#include "plots/ModalitySharesView.h"
#include "plots/TokensView.h"
#include "text/WordPieceTokenizer.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace tessera {

namespace {

// First-run size: room for both docks and a useful canvas on a 1366×768 laptop.
constexpr int kDefaultWidth = 1360;
constexpr int kDefaultHeight = 820;
// Bumped when the dock layout changes shape, so an old saved layout is not restored into it.
constexpr int kStateVersion = 2;

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// The entity shown first: the best-connected entity with an image (a country with its flag in
// the demo), else the best-connected one. Lowest id on ties, so the first picture is stable.
EntityId initialFocus(const KnowledgeGraph& graph)
{
    EntityId best = kNoEntity;
    std::size_t bestDegree = 0;
    bool bestHasImage = false;
    for (EntityId id = 0; id < graph.entityCount(); ++id) {
        const bool hasImage = graph.entity(id).hasImage();
        const std::size_t degree = graph.outgoing().degree(id) + graph.incoming().degree(id);
        if (best == kNoEntity || (hasImage && !bestHasImage) || (hasImage == bestHasImage && degree > bestDegree)) {
            best = id;
            bestDegree = degree;
            bestHasImage = hasImage;
        }
    }
    return best;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , loader_(new DatasetLoadWorker(this))
    , tokensLoader_(new TokenFolderLoadWorker(this))
    , browser_(new EntityBrowserPanel(this))
    , page_(new EntityPagePanel(this))
    , view_(new NeighbourhoodView(this))
    , prediction_(new LinkPredictionSession(this))
    , predictionPanel_(new LinkPredictionPanel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setCentralWidget(view_);
    createActions();
    createMenus();
    createDocks();
    createStatusBar();

    connect(loader_, &DatasetLoadWorker::loaded, this, &MainWindow::onLoaded);
    connect(loader_, &DatasetLoadWorker::failed, this, &MainWindow::onFailed);
    connect(loader_, &DatasetLoadWorker::cancelled, this, [this] {
        setLoading(false);
        statusBar()->showMessage(tr("Loading cancelled."), 5000);
    });
    connect(browser_, &EntityBrowserPanel::entityActivated, view_, &NeighbourhoodView::focusEntity);
    connect(page_, &EntityPagePanel::entityActivated, view_, &NeighbourhoodView::focusEntity);
    connect(view_, &NeighbourhoodView::focusChanged, page_, &EntityPagePanel::setEntity);
    connect(view_, &NeighbourhoodView::entitySelected, page_, &EntityPagePanel::setEntity);
    connect(view_, &NeighbourhoodView::imageProblem, this, &MainWindow::addWarning);
    connect(page_, &EntityPagePanel::imageProblem, this, &MainWindow::addWarning);
    connectPrediction();
    connectTokens();
    connect(view_, &NeighbourhoodView::focusChanged, tokensView_, &TokensView::setEntity);
    connect(view_, &NeighbourhoodView::entitySelected, tokensView_, &TokensView::setEntity);
    connect(tokensView_, &TokensView::codeClicked, this, [this](qint64 code) {
        codebookView_->selectCode(code);
        codebookDock_->show();
        codebookDock_->raise();
    });
    connect(codebookView_, &CodebookView::entityActivated, view_, &NeighbourhoodView::focusEntity);
    connectAttention();
    debugOverlay_ = new DebugOverlayController(view_, prediction_, this);
    connect(debugOverlayAction_, &QAction::triggered, debugOverlay_, &DebugOverlayController::toggle);
    connect(debugOverlay_, &DebugOverlayController::unavailable, this,
        [this](const QString& reason) { statusBar()->showMessage(reason, 8000); });

    resize(kDefaultWidth, kDefaultHeight);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kStateVersion);
    retranslate();
}

MainWindow::~MainWindow()
{
    // Children outlive this class's members while QWidget deletes them; the undo stack announces
    // its clearing then, and nothing of ours must answer.
    disconnect(view_->undoStack(), nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    openFolderAction_ = new QAction(QIcon::fromTheme(QStringLiteral("folder-open")), QString(), this);
    openFolderAction_->setShortcut(QKeySequence::Open);
    connect(openFolderAction_, &QAction::triggered, this, &MainWindow::openFolderDialog);
    openFileAction_ = new QAction(this);
    openFileAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openFileAction_, &QAction::triggered, this, &MainWindow::openFileDialog);
    openTokensAction_ = new QAction(this);
    openTokensAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    openTokensAction_->setEnabled(false);
    connect(openTokensAction_, &QAction::triggered, this, &MainWindow::openTokensDialog);
    alignment_ = new AlignmentWindowOpener(this);
    openModelAction_ = new QAction(this);
    openModelAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    openModelAction_->setEnabled(false);
    connect(openModelAction_, &QAction::triggered, this, &MainWindow::openModelDialog);
    quitAction_ = new QAction(this);
    quitAction_->setShortcut(QKeySequence::Quit);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    // Back/Forward walk the exploration: they are the view's undo stack under browser names.
    QUndoStack* stack = view_->undoStack();
    backAction_ = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this);
    backAction_->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Undo});
    backAction_->setEnabled(false);
    connect(backAction_, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, backAction_, &QAction::setEnabled);
    forwardAction_ = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), QString(), this);
    forwardAction_->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Redo});
    forwardAction_->setEnabled(false);
    connect(forwardAction_, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, forwardAction_, &QAction::setEnabled);
    connect(stack, &QUndoStack::indexChanged, this, [this] { retranslate(); });

    fitAction_ = new QAction(this);
    fitAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fitAction_, &QAction::triggered, view_, &NeighbourhoodView::zoomToFit);
    warningsAction_ = new QAction(this);
    connect(warningsAction_, &QAction::triggered, this, &MainWindow::showWarnings);
    aboutAction_ = new QAction(this);
    connect(aboutAction_, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Tessera"),
            tr("<b>Tessera %1</b><p>An explorer for multi-modal knowledge graphs and the models "
               "trained on them.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(openFolderAction_);
    fileMenu_->addAction(openFileAction_);
    recentMenu_ = new RecentFilesMenu(this);
    connect(recentMenu_, &RecentFilesMenu::pathChosen, this, &MainWindow::openPath);
    fileMenu_->addMenu(recentMenu_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(openModelAction_);
    fileMenu_->addAction(openTokensAction_);
    fileMenu_->addAction(alignment_->action());
    fileMenu_->addSeparator();
    fileMenu_->addAction(quitAction_);

    goMenu_ = menuBar()->addMenu(QString());
    goMenu_->addAction(backAction_);
    goMenu_->addAction(forwardAction_);

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(fitAction_);
    viewMenu_->addAction(warningsAction_);
    debugOverlayAction_ = new QAction(this);
    debugOverlayAction_->setShortcut(QKeySequence(Qt::Key_F12));
    debugOverlayAction_->setShortcutContext(Qt::ApplicationShortcut);
    viewMenu_->addAction(debugOverlayAction_);
    viewMenu_->addSeparator();
    languageMenu_ = new LanguageMenu(this);
    viewMenu_->addMenu(languageMenu_);

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(aboutAction_);

    toolBar_ = addToolBar(QString());
    toolBar_->setObjectName(QStringLiteral("mainToolBar"));
    toolBar_->setMovable(false);
    toolBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar_->addAction(backAction_);
    toolBar_->addAction(forwardAction_);
    toolBar_->addSeparator();
    toolBar_->addAction(fitAction_);
    toolBar_->addSeparator();
    graphComboLabel_ = new QLabel(this);
    graphComboLabel_->setContentsMargins(6, 0, 6, 0);
    // Widgets in a tool bar are shown and hidden through their actions.
    graphComboLabelAction_ = toolBar_->addWidget(graphComboLabel_);
    graphCombo_ = new QComboBox(this);
    graphCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    graphComboAction_ = toolBar_->addWidget(graphCombo_);
    graphComboLabelAction_->setVisible(false);
    graphComboAction_->setVisible(false);
    connect(graphCombo_, &QComboBox::activated, this, &MainWindow::showGraph);
}

void MainWindow::createDocks()
{
    browserDock_ = new QDockWidget(this);
    browserDock_->setObjectName(QStringLiteral("entityBrowserDock"));
    browserDock_->setWidget(browser_);
    browserDock_->setMinimumWidth(260);
    addDockWidget(Qt::LeftDockWidgetArea, browserDock_);
    pageDock_ = new QDockWidget(this);
    pageDock_->setObjectName(QStringLiteral("entityPageDock"));
    pageDock_->setWidget(page_);
    pageDock_->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, pageDock_);
    predictionDock_ = new QDockWidget(this);
    predictionDock_->setObjectName(QStringLiteral("linkPredictionDock"));
    predictionDock_->setWidget(predictionPanel_);
    predictionDock_->setMinimumWidth(300);
    // Below the entity page: the query entity is the one the page shows.
    splitDockWidget(pageDock_, predictionDock_, Qt::Vertical);
    resizeDocks({browserDock_, pageDock_}, {330, 400}, Qt::Horizontal);
    resizeDocks({pageDock_, predictionDock_}, {370, 450}, Qt::Vertical);
    viewMenu_->insertAction(viewMenu_->actions().value(0), browserDock_->toggleViewAction());
    viewMenu_->insertAction(viewMenu_->actions().value(1), pageDock_->toggleViewAction());
    viewMenu_->insertAction(viewMenu_->actions().value(2), predictionDock_->toggleViewAction());
    // Tokens beside the entity page (the same entity, as the model reads it); the codebook as a
    // tab beside link prediction.
    tokensView_ = new TokensView(this);
    tokensDock_ = new QDockWidget(this);
    tokensDock_->setObjectName(QStringLiteral("tokensDock"));
    tokensDock_->setWidget(tokensView_);
    tabifyDockWidget(pageDock_, tokensDock_);
    pageDock_->raise();
    codebookView_ = new CodebookView(this);
    codebookDock_ = new QDockWidget(this);
    codebookDock_->setObjectName(QStringLiteral("codebookDock"));
    codebookDock_->setWidget(codebookView_);
    tabifyDockWidget(predictionDock_, codebookDock_);
    predictionDock_->raise();
    viewMenu_->insertAction(viewMenu_->actions().value(3), tokensDock_->toggleViewAction());
    viewMenu_->insertAction(viewMenu_->actions().value(4), codebookDock_->toggleViewAction());
    // The entity encoder's attention, a tab beside link prediction: what the model makes of the
    // entity whose answers are ranked there.
    attentionView_ = new AttentionView(this);
    attentionDock_ = new QDockWidget(this);
    attentionDock_->setObjectName(QStringLiteral("attentionDock"));
    attentionDock_->setWidget(attentionView_);
    tabifyDockWidget(predictionDock_, attentionDock_);
    predictionDock_->raise();
    viewMenu_->insertAction(viewMenu_->actions().value(5), attentionDock_->toggleViewAction());
    // The model's entity representations in 2-D, a tab beside attention.
    embeddingView_ = new EmbeddingMapView(this);
    embeddingDock_ = new QDockWidget(this);
    embeddingDock_->setObjectName(QStringLiteral("embeddingDock"));
    embeddingDock_->setWidget(embeddingView_);
    tabifyDockWidget(predictionDock_, embeddingDock_);
    predictionDock_->raise();
    viewMenu_->insertAction(viewMenu_->actions().value(6), embeddingDock_->toggleViewAction());
    // How much structure, image and text count over the whole graph, beside attention.
    sharesView_ = new ModalitySharesView(this);
    sharesDock_ = new QDockWidget(this);
    sharesDock_->setObjectName(QStringLiteral("modalitySharesDock"));
    sharesDock_->setWidget(sharesView_);
    tabifyDockWidget(predictionDock_, sharesDock_);
    predictionDock_->raise();
    viewMenu_->insertAction(viewMenu_->actions().value(7), sharesDock_->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    summary_ = new QLabel(this);
    loadingLabel_ = new QLabel(this);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 0);  // readers report no fraction; a busy bar says "working"
    progress_->setMaximumWidth(160);
    progress_->setMaximumHeight(16);
    cancelButton_ = new QToolButton(this);
    connect(cancelButton_, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    warningsButton_ = new QToolButton(this);
    warningsButton_->setAutoRaise(true);
    warningsButton_->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    warningsButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(warningsButton_, &QToolButton::clicked, this, &MainWindow::showWarnings);
    statusBar()->addWidget(summary_, 1);
    statusBar()->addPermanentWidget(loadingLabel_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancelButton_);
    statusBar()->addPermanentWidget(warningsButton_);
    setLoading(false);
}

void MainWindow::retranslate()
{
    fileMenu_->setTitle(tr("&File"));
    goMenu_->setTitle(tr("&Go"));
    viewMenu_->setTitle(tr("&View"));
    helpMenu_->setTitle(tr("&Help"));
    toolBar_->setWindowTitle(tr("Main Toolbar"));
    openFolderAction_->setText(tr("&Open Folder…"));
    openFolderAction_->setToolTip(tr("Open a graph folder (bundle, MyGO or alignment format)"));
    openFileAction_->setText(tr("Open &File…"));
    alignment_->retranslate();
    openModelAction_->setText(tr("Open &Model…"));
    openModelAction_->setToolTip(tr("Open a MyGO model trained on this graph, for link prediction"));
    quitAction_->setText(tr("&Quit"));
    debugOverlayAction_->setText(tr("&Debug Overlay"));
    debugOverlayAction_->setToolTip(tr("Frame times, event-loop stalls, background jobs, inference timings, device and "
                                       "memory, drawn over the window (F12)"));
    const QUndoStack* stack = view_->undoStack();
    backAction_->setText(tr("&Back"));
    backAction_->setToolTip(
        stack->canUndo() ? tr("Back: undo “%1” (Alt+Left)").arg(stack->undoText()) : tr("Back (Alt+Left)"));
    forwardAction_->setText(tr("&Forward"));
    forwardAction_->setToolTip(
        stack->canRedo() ? tr("Forward: redo “%1” (Alt+Right)").arg(stack->redoText()) : tr("Forward (Alt+Right)"));
    fitAction_->setText(tr("Zoom to &Fit"));
    warningsAction_->setText(tr("&Warnings…"));
    aboutAction_->setText(tr("&About Tessera"));
    browserDock_->setWindowTitle(tr("Entities"));
    pageDock_->setWindowTitle(tr("Entity"));
    predictionDock_->setWindowTitle(tr("Link Prediction"));
    tokensDock_->setWindowTitle(tr("Tokens"));
    codebookDock_->setWindowTitle(tr("Codebook"));
    attentionDock_->setWindowTitle(tr("Attention"));
    embeddingDock_->setWindowTitle(tr("Embedding Map"));
    sharesDock_->setWindowTitle(tr("Modality Shares"));
    openTokensAction_->setText(tr("Open &Tokens…"));
    openTokensAction_->setToolTip(tr("Open a token folder of this graph (tessera tokenize --out) for the Tokens and "
                                     "Codebook views"));
    graphComboLabel_->setText(tr("Graph:"));
    cancelButton_->setText(tr("Cancel"));
    if (dataset_ && dataset_->isAlignment()) {
        for (int i = 0; i < graphCombo_->count(); ++i)
            graphCombo_->setItemText(
                i, tr("%1: %2").arg(i + 1).arg(qs(dataset_->graphs[static_cast<std::size_t>(i)]->metadata().name)));
    }
    updateSummary();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::openPath(const QString& chosen)
{
    if (chosen.isEmpty())
        return;
    // A bundle's manifest.json (picked in the file dialog or dropped) stands for its folder.
    const QFileInfo info(chosen);
    const QString path = info.fileName() == QLatin1String("manifest.json") ? info.absolutePath() : chosen;
    setLoading(true, path);
    loader_->start(path);
}

void MainWindow::cancelLoading()
{
    loader_->cancel();
    tokensLoader_->cancel();
}

bool MainWindow::isLoading() const
{
    return loader_->isRunning();
}

void MainWindow::setLoading(bool loading, const QString& path)
{
    loadingLabel_->setText(loading ? tr("Loading %1…").arg(QFileInfo(path).fileName()) : QString());
    loadingLabel_->setVisible(loading);
    progress_->setVisible(loading);
    cancelButton_->setVisible(loading);
}

void MainWindow::onLoaded(const QString& path, std::shared_ptr<const Dataset> dataset)
{
    setLoading(false);
    recentMenu_->addPath(path);
    dataset_ = std::move(dataset);
    datasetPath_ = path;
    alignment_->setWorkspaceHint(dataset_->isAlignment() ? path : QString());
    warnings_.clear();
    for (const auto& graph : dataset_->graphs) {
        for (const std::string& warning : graph->warnings())
            warnings_ << qs(warning);
    }
    graphCombo_->clear();
    for (std::size_t i = 0; i < dataset_->graphs.size(); ++i)
        graphCombo_->addItem(QString());
    graphComboAction_->setVisible(dataset_->isAlignment());
    graphComboLabelAction_->setVisible(dataset_->isAlignment());
    retranslate();
    showGraph(0);
    Q_EMIT graphShown();
}

void MainWindow::onFailed(const QString&, const QString& problem)
{
    setLoading(false);
    Q_EMIT loadFailed(problem);
    // Window-modal and non-blocking: the event loop (and a test driving it) keeps running.
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Cannot open graph"), problem, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showGraph(int index)
{
    if (!dataset_ || index < 0 || static_cast<std::size_t>(index) >= dataset_->graphs.size())
        return;
    const std::shared_ptr<const KnowledgeGraph> previous = currentGraph();
    graphIndex_ = index;
    graphCombo_->setCurrentIndex(index);
    const std::shared_ptr<const KnowledgeGraph> graph = currentGraph();
    if (graph != previous || !prediction_->hasModel()) {
        // A model belongs to one graph: it goes when its graph does.
        prediction_->closeModel();
        evaluation_->close();
        predictionPanel_->setGraph(graph);
        predictionPanel_->setModel({}, {});
        maps_->reset(graph);
    }
    openModelAction_->setEnabled(true);
    openTokensAction_->setEnabled(true);
    if (graph != previous) {
        // Tokens belong to one graph too.
        tokensLoader_->cancel();
        tokensView_->setData(graph, {}, {});
        codebookView_->setData(graph, {});
        embeddingView_->setTokens(nullptr);
        attention_->reset();
    }
    browser_->setGraph(graph);
    page_->setGraph(graph);
    view_->setGraph(graph);
    const EntityId first = initialFocus(*graph);
    if (first != kNoEntity) {
        view_->focusEntity(first);
        // The first picture is where history starts, not a step to go back from.
        view_->undoStack()->clear();
        page_->setEntity(first);
        predictionPanel_->setEntity(first);
    }
    setWindowTitle(tr("%1 — Tessera").arg(qs(graph->metadata().name)));
    updateSummary();
}

std::shared_ptr<const KnowledgeGraph> MainWindow::currentGraph() const
{
    if (!dataset_ || dataset_->graphs.empty())
        return {};
    return dataset_->graphs[static_cast<std::size_t>(graphIndex_)];
}

void MainWindow::updateSummary()
{
    warningsButton_->setVisible(!warnings_.isEmpty());
    warningsButton_->setText(tr("%n warning(s)", nullptr, static_cast<int>(warnings_.size())));
    const auto graph = currentGraph();
    if (!graph) {
        summary_->setText(tr("No graph open — File ▸ Open Folder…, or drop a graph folder on the window"));
        return;
    }
    const QLocale locale;
    const auto number = [&](std::size_t n) { return locale.toString(static_cast<qulonglong>(n)); };
    summary_->setText(tr("%1 · %2 entities · %3 relations · %4 triples · %5 images")
                          .arg(qs(graph->metadata().name), number(graph->entityCount()), number(graph->relationCount()),
                              number(graph->tripleCount()), number(graph->imageCount())));
}

void MainWindow::addWarning(const QString& warning)
{
    if (warnings_.contains(warning))
        return;
    warnings_ << warning;
    if (warningsDialog_ != nullptr)
        warningsDialog_->setWarnings(warnings_);
    updateSummary();
}

void MainWindow::showWarnings()
{
    if (warningsDialog_ == nullptr)
        warningsDialog_ = new WarningsDialog(this);
    warningsDialog_->setWarnings(warnings_);
    warningsDialog_->show();
    warningsDialog_->raise();
}

void MainWindow::openFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open Graph Folder"), recentMenu_->paths().value(0, QDir::homePath()));
    openPath(folder);
}

void MainWindow::openFileDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Graph File"),
        recentMenu_->paths().value(0, QDir::homePath()), tr("Graph files (manifest.json *.tsv *.txt);;All files (*)"));
    openPath(file);
}

void MainWindow::openModelDialog()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Model Folder"),
        settings.value(QStringLiteral("models/lastFolder"), QDir::homePath()).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("models/lastFolder"), QFileInfo(folder).absolutePath());
    openModel(folder);
}

void MainWindow::openTokensDialog()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Token Folder"),
        settings.value(QStringLiteral("tokens/lastFolder"), QDir::homePath()).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("tokens/lastFolder"), QFileInfo(folder).absolutePath());
    openTokens(folder);
}

void MainWindow::openTokens(const QString& folder, bool raiseDock)
{
    const auto graph = currentGraph();
    if (!graph || folder.isEmpty())
        return;
    raiseTokensDock_ = raiseDock;
    // The status bar's busy bar and Cancel, as for a graph: a large graph's patch grids take seconds.
    loadingLabel_->setText(tr("Reading tokens from %1…").arg(QFileInfo(folder).fileName()));
    loadingLabel_->setVisible(true);
    progress_->setVisible(true);
    cancelButton_->setVisible(true);
    tokensLoader_->start(folder, graph);
}

void MainWindow::connectTokens()
{
    const auto done = [this] {
        if (!loader_->isRunning())
            setLoading(false);
    };
    connect(tokensLoader_, &TokenFolderLoadWorker::loaded, this,
        [this, done](const QString& folder, std::shared_ptr<const KnowledgeGraph> graph,
            std::shared_ptr<const TokenFolder> tokens, std::shared_ptr<const WordPieceTokenizer> wordPieces) {
            done();
            if (graph != currentGraph())
                return;  // another graph took over
            tokensView_->setData(graph, tokens, wordPieces);
            attention_->setTokens(tokens, wordPieces);
            tokensView_->setEntity(page_->entity());
            codebookView_->setData(graph, tokens);
            embeddingView_->setTokens(tokens);
            tokensDock_->show();
            if (raiseTokensDock_)
                tokensDock_->raise();
            statusBar()->showMessage(tr("Tokens from %1").arg(folder), 5000);
            Q_EMIT tokensShown();
        });
    connect(tokensLoader_, &TokenFolderLoadWorker::failed, this, [this, done](const QString&, const QString& problem) {
        done();
        // Shown without blocking: the window goes on while the reason is read.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open tokens"), problem, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT tokensFailed(problem);
    });
    connect(tokensLoader_, &TokenFolderLoadWorker::cancelled, this, [this, done] {
        done();
        statusBar()->showMessage(tr("Reading tokens cancelled."), 5000);
        Q_EMIT tokensFailed(tr("Reading tokens cancelled."));
    });
}

void MainWindow::connectAttention()
{
    attention_ = new AttentionController(
        prediction_, attentionDock_, attentionView_, [this] { return currentGraph(); }, this);
    const auto request = [this](EntityId entity) { attention_->request(entity); };
    connect(view_, &NeighbourhoodView::focusChanged, attention_, request);
    connect(view_, &NeighbourhoodView::entitySelected, attention_, request);
    connect(
        prediction_, &LinkPredictionSession::modelOpened, attention_, [this] { attention_->request(page_->entity()); });
    connect(attention_, &AttentionController::problem, this,
        [this](const QString& problem) { statusBar()->showMessage(problem, 8000); });
    maps_ = new ModelMapsController(
        prediction_, embeddingView_, sharesView_, sharesDock_, [this] { return currentGraph(); },
        [this] { return page_->entity(); }, this);
    connect(view_, &NeighbourhoodView::focusChanged, maps_, &ModelMapsController::focus);
    connect(maps_, &ModelMapsController::entityActivated, view_, &NeighbourhoodView::focusEntity);
    connect(maps_, &ModelMapsController::problem, this,
        [this](const QString& problem) { statusBar()->showMessage(problem, 8000); });
    // A crop on the image-and-text tab shows its code in the Codebook view, as the Tokens view does.
    connect(attentionView_, &AttentionView::codeClicked, tokensView_, &TokensView::codeClicked);
}

void MainWindow::openModel(const QString& folder)
{
    if (!folder.isEmpty() && AlignmentWindowOpener::isAlignmentModel(folder)) {
        if (dataset_ && dataset_->isAlignment())
            alignment_->open(datasetPath_, folder);
        else
            QMessageBox::information(this, tr("An alignment model"),
                tr("%1 aligns two graphs. Open it with File ▸ Open Alignment…, with the workspace it was trained "
                   "on.")
                    .arg(folder));
        return;
    }
    const auto graph = currentGraph();
    if (!graph || folder.isEmpty())
        return;
    predictionDock_->show();
    predictionDock_->raise();
    prediction_->openModel(folder, graph);
}

void MainWindow::connectPrediction()
{
    connect(view_, &NeighbourhoodView::focusChanged, predictionPanel_, &LinkPredictionPanel::setEntity);
    connect(view_, &NeighbourhoodView::entitySelected, predictionPanel_, &LinkPredictionPanel::setEntity);
    connect(predictionPanel_, &LinkPredictionPanel::entityActivated, view_, &NeighbourhoodView::focusEntity);
    connect(predictionPanel_, &LinkPredictionPanel::openModelRequested, this, &MainWindow::openModelDialog);
    connect(predictionPanel_, &LinkPredictionPanel::predictionRequested, prediction_, &LinkPredictionSession::predict);
    connect(predictionPanel_, &LinkPredictionPanel::cancelRequested, prediction_, &LinkPredictionSession::cancel);
    connect(prediction_, &LinkPredictionSession::busyChanged, predictionPanel_, &LinkPredictionPanel::setBusy);
    connect(prediction_, &LinkPredictionSession::progressed, predictionPanel_, &LinkPredictionPanel::setProgress);
    connect(prediction_, &LinkPredictionSession::predicted, predictionPanel_, &LinkPredictionPanel::showRanking);
    connect(prediction_, &LinkPredictionSession::predictionFailed, predictionPanel_, &LinkPredictionPanel::showProblem);
    connect(
        prediction_, &LinkPredictionSession::queryAttended, predictionPanel_, &LinkPredictionPanel::showQueryAttention);
    connect(
        predictionPanel_, &LinkPredictionPanel::ablationRequested, prediction_, &LinkPredictionSession::studyAblation);
    connect(prediction_, &LinkPredictionSession::ablationStudied, predictionPanel_, &LinkPredictionPanel::showAblation);
    connect(prediction_, &LinkPredictionSession::jobFailed, predictionPanel_, &LinkPredictionPanel::showProblem);
    connect(prediction_, &LinkPredictionSession::cancelled, predictionPanel_, [this] {
        // A cancelled evaluation is the dialog's to report; the dock keeps its ranking.
        if (!evaluation_->isRunning())
            predictionPanel_->showProblem(tr("Cancelled."));
    });
    evaluation_ = new EvaluationController(
        prediction_, this, [this] { return currentGraph(); }, this);
    connect(predictionPanel_, &LinkPredictionPanel::evaluateRequested, evaluation_, &EvaluationController::show);
    connect(prediction_, &LinkPredictionSession::modelOpened, this, [this](const QString& folder) {
        predictionPanel_->setModel(QDir(folder).dirName(), prediction_->modelDetails());
        statusBar()->showMessage(tr("Model %1 opened.").arg(QDir::toNativeSeparators(folder)), 5000);
    });
    connect(prediction_, &LinkPredictionSession::modelFailed, this, [this](const QString& problem) {
        predictionPanel_->showProblem(problem);
        auto* box = new QMessageBox(QMessageBox::Critical, tr("Cannot open model"), problem, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

EvaluationDialog* MainWindow::evaluationDialog() const
{
    return evaluation_->dialog();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openPath(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
    loader_->cancel();
    tokensLoader_->cancel();
    prediction_->cancel();
    QMainWindow::closeEvent(event);
}

}  // namespace tessera
