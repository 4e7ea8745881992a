#include "gui/AlignmentWindow.h"

#include "canvas/NeighbourhoodView.h"
#include "commands/AlignmentDecisionCommand.h"
#include "dialogs/OpenAlignmentDialog.h"
#include "graph/KnowledgeGraph.h"
#include "gui/AlignmentSession.h"
#include "io/AtomicFileWriter.h"
#include "io/InputError.h"
#include "models/AlignmentPairsModel.h"
#include "models/ModelRoles.h"
#include "panels/AlignmentGraphPane.h"
#include "panels/EntityBrowserPanel.h"
#include "plots/AlignmentCandidatesView.h"
#include "plots/AlignmentModalityStyle.h"
#include "plots/EmbeddingMapView.h"
#include "plots/MetaWeightsView.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace tessera {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString nameOf(const KnowledgeGraph& graph, EntityId entity)
{
    const Entity& e = graph.entity(entity);
    return qs(e.label.empty() ? e.key : e.label);
}

}  // namespace

AlignmentWindow::AlignmentWindow(QWidget* parent)
    : QMainWindow(parent)
    , session_(new AlignmentSession(this))
    , undo_(new QUndoStack(this))
    , panes_ {new AlignmentGraphPane(this), new AlignmentGraphPane(this)}
    , candidates_(new AlignmentCandidatesView(this))
    , pairs_(new AlignmentPairsModel(this))
    , pairsProxy_(new QSortFilterProxyModel(this))
    , table_(new QTableView(this))
    , metaWeights_(new MetaWeightsView(this))
{
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(panes_[0]);
    split->addWidget(panes_[1]);
    setCentralWidget(split);
    candidates_->setDecisions(&decisions_);
    pairs_->setDecisions(&decisions_);
    pairsProxy_->setSourceModel(pairs_);
    pairsProxy_->setSortRole(SortValueRole);
    pairsProxy_->setFilterKeyColumn(-1);
    pairsProxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    createActions();
    createDocks();

    summary_ = new QLabel(this);
    // The summary is long; it must not set the window's minimum width (the tooltip has it whole).
    summary_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    busyLabel_ = new QLabel(this);
    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(160);
    cancelButton_ = new QToolButton(this);
    statusBar()->addWidget(summary_, 1);
    statusBar()->addPermanentWidget(busyLabel_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancelButton_);
    setBusy(false, {});
    exportAction_->setEnabled(false);
    exportButton_->setEnabled(false);
    acceptButton_->setEnabled(false);
    rejectButton_->setEnabled(false);

    connect(session_, &AlignmentSession::opened, this, &AlignmentWindow::onOpened);
    connect(session_, &AlignmentSession::evaluated, this, &AlignmentWindow::onEvaluated);
    connect(session_, &AlignmentSession::aligned, this, &AlignmentWindow::onAligned);
    connect(session_, &AlignmentSession::openFailed, this, [this](const QString& problem) {
        Q_EMIT openFailed(problem);
        if (isVisible())
            QMessageBox::warning(this, tr("Cannot open the alignment"), problem);
    });
    connect(session_, &AlignmentSession::alignFailed, candidatesStatus_, &QLabel::setText);
    connect(session_, &AlignmentSession::busyChanged, this, &AlignmentWindow::setBusy);
    connect(session_, &AlignmentSession::progressed, this, [this](int done, int total) {
        progress_->setRange(0, total);
        progress_->setValue(done);
    });
    connect(cancelButton_, &QToolButton::clicked, this, [this] {
        session_->cancel();
        panes_[0]->map()->cancel();
        panes_[1]->map()->cancel();
    });
    for (int side = 0; side < 2; ++side) {
        connect(panes_[side], &AlignmentGraphPane::entityChosen, this, [this, side](EntityId entity, bool onCanvas) {
            if (!steering_)
                choose(side == 0, entity, onCanvas);
        });
    }
    connect(candidates_, &AlignmentCandidatesView::candidateSelected, this, [this](EntityId entity) {
        AlignmentGraphPane* other = panes_[currentFromA_ ? 1 : 0];
        steering_ = true;
        if (other->canvas()->nodeItem(entity) != nullptr)
            other->canvas()->selectEntity(entity);
        else
            other->canvas()->focusEntity(entity);
        steering_ = false;
    });
    connect(candidates_, &AlignmentCandidatesView::candidateActivated, this,
        [this](EntityId entity) { choose(!currentFromA_, entity); });
    connect(
        table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            const QVariant entity = pairsProxy_->data(pairsProxy_->index(current.row(), 0), EntityIdRole);
            if (!steering_ && entity.isValid())
                choose(true, entity.value<EntityId>());
        });
    connect(metaWeights_, &MetaWeightsView::rowActivated, this, [this](std::int64_t row) {
        const auto table = session_->metaWeights();
        if (!table)
            return;
        if (row < table->entitiesA)
            choose(true, static_cast<EntityId>(row));
        else
            choose(false, static_cast<EntityId>(row - table->entitiesA));
    });
    connect(undo_, &QUndoStack::cleanChanged, this, [this] { setWindowModified(!undo_->isClean()); });
    retranslate();
    resize(1500, 950);
}

AlignmentWindow::~AlignmentWindow() = default;

void AlignmentWindow::createActions()
{
    openAction_ = new QAction(this);
    openAction_->setShortcut(QKeySequence::Open);
    connect(openAction_, &QAction::triggered, this, &AlignmentWindow::openDialog);
    exportAction_ = new QAction(this);
    exportAction_->setShortcut(QKeySequence::Save);
    connect(exportAction_, &QAction::triggered, this, &AlignmentWindow::exportDialog);
    closeAction_ = new QAction(this);
    closeAction_->setShortcut(QKeySequence::Close);
    connect(closeAction_, &QAction::triggered, this, &QWidget::close);
    undoAction_ = undo_->createUndoAction(this);
    undoAction_->setShortcut(QKeySequence::Undo);
    redoAction_ = undo_->createRedoAction(this);
    redoAction_->setShortcut(QKeySequence::Redo);
    acceptAction_ = new QAction(this);
    acceptAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(acceptAction_, &QAction::triggered, this, &AlignmentWindow::acceptSelected);
    rejectAction_ = new QAction(this);
    rejectAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    connect(rejectAction_, &QAction::triggered, this, &AlignmentWindow::rejectSelected);

    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(openAction_);
    fileMenu_->addAction(exportAction_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(closeAction_);
    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->addAction(undoAction_);
    editMenu_->addAction(redoAction_);
    alignMenu_ = menuBar()->addMenu(QString());
    alignMenu_->addAction(acceptAction_);
    alignMenu_->addAction(rejectAction_);
    viewMenu_ = menuBar()->addMenu(QString());
}

void AlignmentWindow::createDocks()
{
    // Candidates: the pool, the verdict buttons, the ranked list.
    auto* candidatesPage = new QWidget(this);
    poolLabel_ = new QLabel(candidatesPage);
    poolBox_ = new QComboBox(candidatesPage);
    poolBox_->addItems({QString(), QString()});
    acceptButton_ = new QPushButton(candidatesPage);
    rejectButton_ = new QPushButton(candidatesPage);
    candidatesStatus_ = new QLabel(candidatesPage);
    candidatesStatus_->setWordWrap(true);
    auto* scroll = new QScrollArea(candidatesPage);
    // The list's columns (name, scores, one bar per modality) need this much; narrower scrolls.
    constexpr int kCandidatesMinimumWidth = 700;
    candidates_->setMinimumWidth(kCandidatesMinimumWidth);
    scroll->setWidget(candidates_);
    scroll->setWidgetResizable(true);
    auto* controls = new QHBoxLayout;
    controls->addWidget(poolLabel_);
    controls->addWidget(poolBox_, 1);
    controls->addWidget(acceptButton_);
    controls->addWidget(rejectButton_);
    auto* candidatesLayout = new QVBoxLayout(candidatesPage);
    candidatesLayout->addLayout(controls);
    candidatesLayout->addWidget(scroll, 1);
    candidatesLayout->addWidget(candidatesStatus_);
    connect(acceptButton_, &QPushButton::clicked, this, &AlignmentWindow::acceptSelected);
    connect(rejectButton_, &QPushButton::clicked, this, &AlignmentWindow::rejectSelected);
    connect(poolBox_, &QComboBox::currentIndexChanged, this, [this](int index) {
        session_->setCandidatePool(static_cast<AlignmentSession::CandidatePool>(index));
        if (current_ != kNoEntity)
            session_->align(currentFromA_, current_);
    });
    candidatesDock_ = new QDockWidget(this);
    candidatesDock_->setObjectName(QStringLiteral("alignmentCandidatesDock"));
    candidatesDock_->setWidget(candidatesPage);
    addDockWidget(Qt::RightDockWidgetArea, candidatesDock_);

    // Pairs: filter, search, export, the table.
    auto* pairsPage = new QWidget(this);
    filterLabel_ = new QLabel(pairsPage);
    filterBox_ = new QComboBox(pairsPage);
    for (int i = 0; i <= static_cast<int>(AlignmentPairsModel::Filter::Unpaired); ++i)
        filterBox_->addItem(QString());
    pairsSearch_ = new QLineEdit(pairsPage);
    pairsSearch_->setClearButtonEnabled(true);
    exportButton_ = new QPushButton(pairsPage);
    table_->setModel(pairsProxy_);
    table_->setSortingEnabled(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    auto* pairControls = new QHBoxLayout;
    pairControls->addWidget(filterLabel_);
    pairControls->addWidget(filterBox_);
    pairControls->addWidget(pairsSearch_, 1);
    pairControls->addWidget(exportButton_);
    auto* pairsLayout = new QVBoxLayout(pairsPage);
    pairsLayout->addLayout(pairControls);
    pairsLayout->addWidget(table_, 1);
    connect(filterBox_, &QComboBox::currentIndexChanged, this, [this](int index) {
        pairs_->setFilter(static_cast<AlignmentPairsModel::Filter>(index));
        updateSummary();
    });
    connect(pairsSearch_, &QLineEdit::textChanged, pairsProxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(exportButton_, &QPushButton::clicked, this, &AlignmentWindow::exportDialog);
    pairsDock_ = new QDockWidget(this);
    pairsDock_->setObjectName(QStringLiteral("alignmentPairsDock"));
    pairsDock_->setWidget(pairsPage);
    addDockWidget(Qt::BottomDockWidgetArea, pairsDock_);

    metaDock_ = new QDockWidget(this);
    metaDock_->setObjectName(QStringLiteral("alignmentMetaWeightsDock"));
    // In a scroll area: its three plots would otherwise set the window's minimum height.
    auto* metaScroll = new QScrollArea(this);
    metaScroll->setWidget(metaWeights_);
    metaScroll->setWidgetResizable(true);
    metaDock_->setWidget(metaScroll);
    addDockWidget(Qt::BottomDockWidgetArea, metaDock_);
    tabifyDockWidget(pairsDock_, metaDock_);
    pairsDock_->raise();

    for (QDockWidget* dock : {candidatesDock_, pairsDock_, metaDock_})
        viewMenu_->addAction(dock->toggleViewAction());
}

void AlignmentWindow::open(const QString& workspace, const QString& model)
{
    undo_->clear();
    decisions_ = AlignmentDecisions();
    current_ = kNoEntity;
    candidates_->clear();
    summary_->setText(tr("Opening %1 with %2…").arg(QDir(workspace).dirName(), QDir(model).dirName()));
    session_->open(workspace, model);
}

void AlignmentWindow::openDialog()
{
    OpenAlignmentDialog dialog(this);
    dialog.setPaths(session_->workspacePath(), session_->modelPath());
    if (dialog.exec() == QDialog::Accepted)
        open(dialog.workspacePath(), dialog.modelPath());
}

void AlignmentWindow::onOpened()
{
    const auto& dataset = session_->dataset();
    const auto& a = dataset->graphs[0];
    const auto& b = dataset->graphs[1];
    panes_[0]->setGraph(a, tr("A · %1").arg(qs(a->metadata().name)));
    panes_[1]->setGraph(b, tr("B · %1").arg(qs(b->metadata().name)));
    candidates_->setGraphs(a, b);
    candidates_->setModalities(session_->modalities());
    candidates_->setPairs(session_->pairs());
    pairs_->setWorkspace(a, b, dataset->alignment, session_->metaWeights());
    table_->sortByColumn(-1, Qt::AscendingOrder);
    table_->resizeColumnsToContents();
    metaWeights_->setGraphs(a, b);
    metaWeights_->setTable(session_->metaWeights());
    metaWeights_->setAccuracy(std::nullopt);
    for (int side = 0; side < 2; ++side) {
        EmbeddingMapView* map = panes_[side]->map();
        map->setMetaWeights(session_->metaWeights(), side == 0 ? 0 : session_->metaWeights()->entitiesA);
        map->setColouring(EmbeddingMapView::Colouring::DominantModality);
        map->setData(panes_[side]->graph(), session_->jointVectors(side), session_->jointDim(),
            QStringLiteral("%1#%2").arg(session_->modelPath()).arg(side));
    }
    colourByDominantModality();
    // The candidate list's columns and the pairs table want this much room (docks only take a
    // size once the window is laid out, hence here rather than in the constructor).
    constexpr int kCandidatesDockWidth = 760;
    constexpr int kBottomDockHeight = 300;
    resizeDocks({candidatesDock_}, {kCandidatesDockWidth}, Qt::Horizontal);
    resizeDocks({pairsDock_}, {kBottomDockHeight}, Qt::Vertical);
    setWindowTitle(tr("%1 ↔ %2 — Tessera alignment").arg(qs(a->metadata().name), qs(b->metadata().name)));
    updateSummary();
    for (const QString& warning : session_->warnings())
        candidatesStatus_->setText(warning);
    // Start where the work is: the first test pair, else the first entity of A.
    const auto& test = session_->testPairs();
    if (a->entityCount() > 0)
        choose(true, test.empty() ? EntityId {0} : test.front().source);
    Q_EMIT workspaceShown();
}

void AlignmentWindow::colourByDominantModality()
{
    const auto table = session_->metaWeights();
    QStringList titles;
    QList<QColor> legend;
    std::set<std::int64_t> used;
    for (std::int64_t row = 0; row < table->rows(); ++row)
        used.insert(table->dominantSlot(row));
    for (const std::int64_t slot : used) {
        const AlignmentModality modality = table->modalities[static_cast<std::size_t>(slot)];
        titles << tr("%1 dominates").arg(AlignmentModalityStyle::name(modality));
        legend << AlignmentModalityStyle::colour(modality);
    }
    for (int side = 0; side < 2; ++side) {
        const std::int64_t offset = side == 0 ? 0 : table->entitiesA;
        std::vector<QColor> colours(panes_[side]->graph()->entityCount());
        for (std::size_t e = 0; e < colours.size(); ++e) {
            const std::int64_t slot = table->dominantSlot(offset + static_cast<std::int64_t>(e));
            colours[e] = AlignmentModalityStyle::colour(table->modalities[static_cast<std::size_t>(slot)]);
        }
        panes_[side]->canvas()->setEntityColours(std::move(colours), titles, legend);
    }
}

void AlignmentWindow::onEvaluated()
{
    const AlignmentEvaluation& evaluation = session_->evaluation();
    pairs_->setTestRanks(evaluation.cslsRanksLeftToRight);
    std::vector<std::int64_t> rows;
    for (const AlignedPair& pair : session_->testPairs())
        rows.push_back(static_cast<std::int64_t>(pair.source));
    metaWeights_->setAccuracy(
        DominantModalityAccuracy::of(*session_->metaWeights(), rows, evaluation.cslsRanksLeftToRight));
    updateSummary();
}

void AlignmentWindow::updateSummary()
{
    if (!session_->isOpen())
        return;
    QString text = session_->details();
    if (session_->hasEvaluation()) {
        const AlignmentEvaluation& e = session_->evaluation();
        const QString against = session_->candidatePool() == AlignmentSession::CandidatePool::AllEntities
            ? tr("against every entity of B")
            : tr("against the test pairs' entities");
        text = tr("CSLS A → B, %n test pairs %1: Hits@1 %2 · Hits@10 %3 · MRR %4 · %5 wrong at rank 1 — ", nullptr,
                   static_cast<int>(e.cslsLeftToRight.count))
                   .arg(against)
                   .arg(e.cslsLeftToRight.hits1, 0, 'f', 3)
                   .arg(e.cslsLeftToRight.hits10, 0, 'f', 3)
                   .arg(e.cslsLeftToRight.mrr, 0, 'f', 3)
                   .arg(pairs_->wrongAtRankOne())
            + text;
    }
    text += tr(" · %n accepted", nullptr, static_cast<int>(decisions_.accepted().size()));
    summary_->setText(text);
    summary_->setToolTip(text);
}

void AlignmentWindow::choose(bool fromA, EntityId entity, bool keepCanvas)
{
    const auto& dataset = session_->dataset();
    if (!dataset || entity >= dataset->graphs[fromA ? 0 : 1]->entityCount())
        return;
    currentFromA_ = fromA;
    current_ = entity;
    steering_ = true;
    NeighbourhoodView* canvas = panes_[fromA ? 0 : 1]->canvas();
    if (!keepCanvas || canvas->nodeItem(entity) == nullptr)
        canvas->focusEntity(entity);
    if (fromA) {
        const int row = pairs_->rowOf(entity);
        const QModelIndex index = pairsProxy_->mapFromSource(pairs_->index(row, 0));
        if (index.isValid()) {
            table_->setCurrentIndex(index);
            table_->scrollTo(index);
        }
    }
    steering_ = false;
    const auto table = session_->metaWeights();
    metaWeights_->focusRow(
        fromA ? static_cast<std::int64_t>(entity) : table->entitiesA + static_cast<std::int64_t>(entity));
    candidatesStatus_->setText(
        tr("Ranking the counterparts of %1…").arg(nameOf(*dataset->graphs[fromA ? 0 : 1], entity)));
    session_->align(fromA, entity);
}

void AlignmentWindow::onAligned(const AlignmentQueryResult& result, double milliseconds)
{
    if (result.fromA != currentFromA_ || result.entity != current_)
        return;  // an answer to an earlier choice
    candidates_->setResult(result);
    candidatesStatus_->setText(tr("Ranked %n candidates in %1 ms. Click a candidate, then Accept or Reject; "
                                  "double-click it to rank its own counterparts.",
        nullptr, static_cast<int>(result.candidateCount))
                                   .arg(milliseconds, 0, 'f', 1));
    acceptButton_->setEnabled(!result.candidates.empty());
    rejectButton_->setEnabled(!result.candidates.empty());
    if (!result.candidates.empty()) {
        AlignmentGraphPane* other = panes_[result.fromA ? 1 : 0];
        steering_ = true;
        other->canvas()->focusEntity(result.candidates.front().entity);
        steering_ = false;
    }
    Q_EMIT candidatesShown();
}

void AlignmentWindow::acceptSelected()
{
    decide(true);
}

void AlignmentWindow::rejectSelected()
{
    decide(false);
}

void AlignmentWindow::decide(bool accept)
{
    const EntityId candidate = candidates_->selectedCandidate();
    if (candidate == kNoEntity || current_ == kNoEntity || !session_->dataset())
        return;
    const EntityId a = currentFromA_ ? current_ : candidate;
    const EntityId b = currentFromA_ ? candidate : current_;
    const auto& graphs = session_->dataset()->graphs;
    const QString pair = tr("%1 ↔ %2").arg(nameOf(*graphs[0], a), nameOf(*graphs[1], b));
    const bool undoing = (accept && decisions_.verdict(a, b) == AlignmentDecisions::Verdict::Accepted)
        || (!accept && decisions_.verdict(a, b) == AlignmentDecisions::Verdict::Rejected);
    // Accepting an accepted pair (or rejecting a rejected one) takes the verdict back.
    const auto kind = undoing ? AlignmentDecisionCommand::Kind::Forget
        : accept              ? AlignmentDecisionCommand::Kind::Accept
                              : AlignmentDecisionCommand::Kind::Reject;
    const QString text
        = undoing ? tr("Forget %1").arg(pair) : (accept ? tr("Accept %1").arg(pair) : tr("Reject %1").arg(pair));
    undo_->push(new AlignmentDecisionCommand(&decisions_, kind, a, b, text, [this] { decisionsChanged(); }));
}

void AlignmentWindow::decisionsChanged()
{
    candidates_->update();
    pairs_->refreshDecisions();
    exportAction_->setEnabled(!decisions_.accepted().empty());
    exportButton_->setEnabled(!decisions_.accepted().empty());
    updateSummary();
}

QString AlignmentWindow::exportAccepted(const QString& path)
{
    const auto& dataset = session_->dataset();
    if (!dataset)
        return tr("no alignment is open");
    try {
        writeFileAtomically(
            QFile::encodeName(path).toStdString(), decisions_.acceptedTsv(*dataset->graphs[0], *dataset->graphs[1]));
    } catch (const InputError& error) {
        return QString::fromStdString(error.what());
    }
    undo_->setClean();
    return {};
}

void AlignmentWindow::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Accepted Pairs"),
        QDir::home().filePath(QStringLiteral("accepted-pairs.tsv")), tr("Pairs (*.tsv)"));
    if (path.isEmpty())
        return;
    const QString problem = exportAccepted(path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Cannot export the pairs"), problem);
    else
        statusBar()->showMessage(
            tr("Wrote %n accepted pairs to %1", nullptr, static_cast<int>(decisions_.accepted().size())).arg(path),
            8000);
}

void AlignmentWindow::setBusy(bool busy, const QString& what)
{
    busyLabel_->setText(busy ? what : QString());
    busyLabel_->setVisible(busy);
    progress_->setVisible(busy);
    progress_->setRange(0, 0);
    cancelButton_->setVisible(busy);
}

void AlignmentWindow::closeEvent(QCloseEvent* event)
{
    if (!undo_->isClean() && !decisions_.accepted().empty()) {
        const auto answer = QMessageBox::question(this, tr("Accepted pairs not exported"),
            tr("%n accepted pairs were not exported. Close the workspace anyway?", nullptr,
                static_cast<int>(decisions_.accepted().size())));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    session_->cancel();
    event->accept();
}

void AlignmentWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void AlignmentWindow::retranslate()
{
    if (!session_->isOpen())
        setWindowTitle(tr("Tessera alignment"));
    fileMenu_->setTitle(tr("&File"));
    editMenu_->setTitle(tr("&Edit"));
    alignMenu_->setTitle(tr("&Alignment"));
    viewMenu_->setTitle(tr("&View"));
    openAction_->setText(tr("&Open Alignment…"));
    exportAction_->setText(tr("&Export Accepted Pairs…"));
    closeAction_->setText(tr("&Close"));
    acceptAction_->setText(tr("&Accept Candidate"));
    rejectAction_->setText(tr("&Reject Candidate"));
    acceptButton_->setText(tr("Accept"));
    acceptButton_->setToolTip(tr("Accept the selected candidate as this entity's counterpart (undoable)"));
    rejectButton_->setText(tr("Reject"));
    rejectButton_->setToolTip(tr("Mark the selected candidate as not this entity's counterpart (undoable)"));
    exportButton_->setText(tr("Export Accepted…"));
    poolLabel_->setText(tr("Candidates:"));
    poolBox_->setItemText(0, tr("every entity of the other graph"));
    poolBox_->setItemText(1, tr("the test pairs' entities (the reference protocol)"));
    filterLabel_->setText(tr("Show:"));
    filterBox_->setItemText(0, tr("all entities of A"));
    filterBox_->setItemText(1, tr("test pairs"));
    filterBox_->setItemText(2, tr("seed pairs"));
    filterBox_->setItemText(3, tr("test pairs wrong at rank 1"));
    filterBox_->setItemText(4, tr("accepted"));
    filterBox_->setItemText(5, tr("in no pair"));
    pairsSearch_->setPlaceholderText(tr("Search names and keys"));
    candidatesDock_->setWindowTitle(tr("Candidates"));
    pairsDock_->setWindowTitle(tr("Pairs"));
    metaDock_->setWindowTitle(tr("Meta-weights"));
    cancelButton_->setText(tr("Cancel"));
    updateSummary();
}

}  // namespace tessera
