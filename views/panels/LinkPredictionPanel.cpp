#include "panels/LinkPredictionPanel.h"

#include "graph/KnowledgeGraph.h"
#include "models/RankedCandidatesModel.h"
#include "plots/ExportButton.h"
#include "plots/QueryAttentionView.h"
#include "plots/RelationAblationView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace tessera {

namespace {

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// The default and the most candidates one request lists: a researcher reads the top of the list;
// the command line (`tessera predict --k`) serves longer lists.
constexpr int kDefaultCount = 10;
constexpr int kMostCount = 1000;
// Longer than a query on DB15K (~5 ms), shorter than a user notices a missing "working" sign.
constexpr int kBusyDelayMs = 150;
enum DirectionIndex { PredictTails = 0, PredictHeads = 1 };

}  // namespace

LinkPredictionPanel::LinkPredictionPanel(QWidget* parent)
    : QWidget(parent)
    , modelLabel_(new QLabel(this))
    , openModel_(new QPushButton(this))
    , evaluate_(new QPushButton(this))
    , directionLabel_(new QLabel(this))
    , direction_(new QComboBox(this))
    , queryLabel_(new QLabel(this))
    , query_(new QLabel(this))
    , relationLabel_(new QLabel(this))
    , relation_(new QComboBox(this))
    , countLabel_(new QLabel(this))
    , count_(new QSpinBox(this))
    , filtered_(new QCheckBox(this))
    , maskVisual_(new QCheckBox(this))
    , maskText_(new QCheckBox(this))
    , results_(new QTreeView(this))
    , tabs_(new QTabWidget(this))
    , queryAttention_(new QueryAttentionView(this))
    , ablation_(new RelationAblationView(this))
    , model_(new RankedCandidatesModel(this))
    , statusLabel_(new QLabel(this))
    , progress_(new QProgressBar(this))
    , cancel_(new QToolButton(this))
    , busyDelay_(new QTimer(this))
{
    qRegisterMetaType<tessera::EntityId>("tessera::EntityId");
    modelLabel_->setWordWrap(true);
    modelLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    direction_->addItem(QString());
    direction_->addItem(QString());
    query_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    query_->setWordWrap(true);
    relation_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    relation_->setMinimumContentsLength(16);
    count_->setRange(1, kMostCount);
    count_->setValue(kDefaultCount);

    results_->setModel(model_);
    results_->setRootIsDecorated(false);
    results_->setUniformRowHeights(true);
    results_->setAlternatingRowColors(true);
    results_->setSelectionBehavior(QAbstractItemView::SelectRows);
    results_->header()->setStretchLastSection(false);
    results_->header()->setSectionResizeMode(RankedCandidatesModel::RankColumn, QHeaderView::ResizeToContents);
    results_->header()->setSectionResizeMode(RankedCandidatesModel::EntityColumn, QHeaderView::Stretch);
    results_->header()->setSectionResizeMode(RankedCandidatesModel::ScoreColumn, QHeaderView::ResizeToContents);
    results_->header()->setSectionResizeMode(RankedCandidatesModel::KnownColumn, QHeaderView::ResizeToContents);

    statusLabel_->setObjectName(QStringLiteral("predictionStatus"));
    statusLabel_->setWordWrap(true);
    progress_->setMaximumHeight(14);
    progress_->setVisible(false);
    cancel_->setVisible(false);
    busyDelay_->setSingleShot(true);
    busyDelay_->setInterval(kBusyDelayMs);
    connect(busyDelay_, &QTimer::timeout, this, &LinkPredictionPanel::showBusy);

    auto* modelButtons = new QVBoxLayout;
    modelButtons->addWidget(openModel_);
    modelButtons->addWidget(evaluate_);
    modelButtons->addStretch();
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(modelLabel_, 1);
    modelRow->addLayout(modelButtons);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(directionLabel_, direction_);
    form->addRow(queryLabel_, query_);
    form->addRow(relationLabel_, relation_);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(count_);
    countRow->addWidget(filtered_, 1);
    form->addRow(countLabel_, countRow);
    auto* maskRow = new QHBoxLayout;
    maskRow->addWidget(maskVisual_);
    maskRow->addWidget(maskText_, 1);
    form->addRow(QString(), maskRow);
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(progress_, 1);
    busyRow->addWidget(cancel_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(modelRow);
    layout->addLayout(form);
    auto* attentionScroll = new QScrollArea(this);
    attentionScroll->setWidget(queryAttention_);
    attentionScroll->setWidgetResizable(true);
    attentionScroll->setFrameShape(QFrame::NoFrame);
    auto* attentionTab = new QWidget(this);
    auto* attentionExport = new ExportButton(
        queryAttention_, [this] { return queryAttention_->csv(); }, [] { return QStringLiteral("context-attention"); },
        attentionTab);
    auto* attentionTools = new QHBoxLayout;
    attentionTools->addStretch();
    attentionTools->addWidget(attentionExport);
    auto* attentionLayout = new QVBoxLayout(attentionTab);
    attentionLayout->setContentsMargins(0, 4, 0, 0);
    attentionLayout->addLayout(attentionTools);
    attentionLayout->addWidget(attentionScroll, 1);
    tabs_->addTab(results_, QString());
    tabs_->addTab(attentionTab, QString());
    tabs_->addTab(ablation_, QString());
    tabs_->setDocumentMode(true);
    layout->addWidget(tabs_, 1);
    layout->addWidget(statusLabel_);
    layout->addLayout(busyRow);

    connect(openModel_, &QPushButton::clicked, this, &LinkPredictionPanel::openModelRequested);
    connect(evaluate_, &QPushButton::clicked, this, &LinkPredictionPanel::evaluateRequested);
    connect(cancel_, &QToolButton::clicked, this, &LinkPredictionPanel::cancelRequested);
    connect(direction_, &QComboBox::currentIndexChanged, this, [this] {
        fillRelations();
        preferRelationWithAnswers();
        updateQueryText();
        requestPrediction();
    });
    connect(ablation_, &RelationAblationView::studyRequested, this, &LinkPredictionPanel::ablationRequested);
    connect(ablation_, &RelationAblationView::entityActivated, this, &LinkPredictionPanel::entityActivated);
    connect(relation_, &QComboBox::currentIndexChanged, this, [this] {
        const RelationId relation = request().relation;
        if (!ablation_->hasResult() || ablation_->result().relation != relation)
            ablation_->clear();
        ablation_->setRelation(relation, hasModel_);
        updateQueryText();
        requestPrediction();
    });
    connect(count_, &QSpinBox::valueChanged, this, [this] { requestPrediction(); });
    for (QCheckBox* box : {filtered_, maskVisual_, maskText_})
        connect(box, &QCheckBox::toggled, this, [this] { requestPrediction(); });
    connect(results_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const EntityId entity = model_->entityAt(index.row());
        if (entity != kNoEntity)
            Q_EMIT entityActivated(entity);
    });
    retranslate();
}

void LinkPredictionPanel::setGraph(std::shared_ptr<const KnowledgeGraph> graph)
{
    graph_ = std::move(graph);
    entity_ = kNoEntity;
    model_->setGraph(graph_);
    ablation_->setGraph(graph_);
    queryAttention_->clear();
    status_.clear();
    fillRelations();
    updateQueryText();
    retranslate();
}

void LinkPredictionPanel::setEntity(EntityId entity)
{
    if (!graph_ || entity >= graph_->entityCount() || entity == entity_)
        return;
    entity_ = entity;
    fillRelations();
    preferRelationWithAnswers();
    updateQueryText();
    requestPrediction();
}

void LinkPredictionPanel::preferRelationWithAnswers()
{
    // A relation without known answers for this entity and side is rarely what the user meant.
    const auto current = relation_->currentData();
    if (current.isValid() && knownAnswerCount(current.value<quint32>()) > 0)
        return;
    for (int i = 0; i < relation_->count(); ++i) {
        if (knownAnswerCount(relation_->itemData(i).value<quint32>()) > 0) {
            filling_ = true;
            relation_->setCurrentIndex(i);
            filling_ = false;
            return;
        }
    }
}

void LinkPredictionPanel::setModel(const QString& name, const QString& details)
{
    hasModel_ = !name.isEmpty();
    modelName_ = name;
    modelDetails_ = details;
    if (!hasModel_) {
        model_->clear();
        status_.clear();
    }
    queryAttention_->clear();
    ablation_->clear();
    ablation_->setRelation(request().relation, hasModel_);
    retranslate();
    requestPrediction();
}

void LinkPredictionPanel::setBusy(bool busy, const QString& what)
{
    busy_ = busy;
    if (!busy) {
        busyDelay_->stop();
        progress_->setVisible(false);
        cancel_->setVisible(false);
        statusLabel_->setText(status_);
        return;
    }
    busyText_ = what;
    progress_->setRange(0, 0);
    // A query answers in milliseconds; the bar and Cancel appear only for work that lasts, so
    // browsing does not make the panel flicker.
    busyDelay_->start();
}

void LinkPredictionPanel::showBusy()
{
    if (!busy_)
        return;
    progress_->setVisible(true);
    cancel_->setVisible(true);
    statusLabel_->setText(busyText_);
}

void LinkPredictionPanel::setProgress(int done, int total)
{
    progress_->setRange(0, total);
    progress_->setValue(done);
}

void LinkPredictionPanel::showQueryAttention(const LinkPredictionRequest& answered, const FloatArray& attention)
{
    if (!(answered == request()) || !graph_ || answered.entity >= graph_->entityCount()
        || answered.relation >= graph_->relationCount())
        return;
    const Entity& e = graph_->entity(answered.entity);
    const Relation& r = graph_->relation(answered.relation);
    const QString known = qs(e.label.empty() ? e.key : e.label);
    const QString relation = qs(r.label.empty() ? r.key : r.label);
    const QString unknown = QStringLiteral("?");
    QString input = tr("full input");
    if (answered.maskVisual && answered.maskText)
        input = tr("as if it had no image and no text");
    else if (answered.maskVisual)
        input = tr("as if it had no image");
    else if (answered.maskText)
        input = tr("as if it had no text");
    queryAttention_->setData(attention,
        answered.predictTail ? QStringList {known, relation, unknown} : QStringList {unknown, relation, known},
        answered.predictTail ? 2 : 0, input);
}

void LinkPredictionPanel::showAblation(const RelationAblationResult& result)
{
    if (result.relation != request().relation)
        return;
    ablation_->showResult(result);
}

void LinkPredictionPanel::showRanking(
    const LinkPredictionRequest& answered, const CandidateRanking& ranking, double milliseconds)
{
    // An answer to a question no longer on screen would label the wrong query.
    if (!(answered == request()))
        return;
    model_->setRanking(ranking);
    const QLocale locale;
    status_
        = tr("%1 candidates · %n known answer(s) · scored in %2 ms", nullptr, static_cast<int>(ranking.knownAnswers))
              .arg(locale.toString(static_cast<qulonglong>(ranking.candidates)), locale.toString(milliseconds, 'f', 1));
    if (answered.filtered)
        status_ += tr(" · known answers left out");
    if (!ranking.answers.empty()) {
        // What a researcher asks of a query first: where the model puts the true answers.
        const RankedCandidate& best = ranking.answers.front();
        const Entity& e = graph_->entity(best.entity);
        status_ += QLatin1Char('\n')
            + (answered.filtered ? tr("Best known answer: %1, filtered rank %2") : tr("Best known answer: %1, rank %2"))
                  .arg(qs(e.label.empty() ? e.key : e.label), locale.toString(static_cast<qulonglong>(best.rank)));
        if (model_->rowCount() > model_->topRowCount())
            status_ += answered.filtered ? tr(" · known answers follow the list at their filtered rank")
                                         : tr(" · answers outside the top %1 follow the list").arg(answered.k);
    }
    statusLabel_->setText(status_);
}

void LinkPredictionPanel::showProblem(const QString& problem)
{
    model_->clear();
    status_ = problem;
    statusLabel_->setText(status_);
}

LinkPredictionRequest LinkPredictionPanel::request() const
{
    LinkPredictionRequest r;
    r.entity = entity_;
    const QVariant relation = relation_->currentData();
    r.relation = relation.isValid() ? relation.value<quint32>() : kNoRelation;
    r.predictTail = direction_->currentIndex() != PredictHeads;
    r.k = static_cast<std::size_t>(count_->value());
    r.filtered = filtered_->isChecked();
    r.maskVisual = maskVisual_->isChecked();
    r.maskText = maskText_->isChecked();
    return r;
}

QString LinkPredictionPanel::statusText() const
{
    return statusLabel_->text();
}

QString LinkPredictionPanel::queryText() const
{
    return query_->text();
}

std::size_t LinkPredictionPanel::knownAnswerCount(RelationId relation) const
{
    return relation < answerCounts_.size() ? answerCounts_[relation] : 0;
}

void LinkPredictionPanel::fillRelations()
{
    filling_ = true;
    // Counted once per entity and side, not once per relation: a hub has thousands of facts.
    answerCounts_ = graph_ && entity_ != kNoEntity
        ? knownAnswerCounts(*graph_, entity_, direction_->currentIndex() != PredictHeads)
        : std::vector<std::size_t> {};
    const QVariant keep = relation_->currentData();
    relation_->clear();
    if (graph_) {
        std::vector<RelationId> order(graph_->relationCount());
        std::iota(order.begin(), order.end(), RelationId {0});
        std::stable_sort(order.begin(), order.end(), [&](RelationId a, RelationId b) {
            return QString::localeAwareCompare(qs(graph_->relation(a).label), qs(graph_->relation(b).label)) < 0;
        });
        for (const RelationId r : order) {
            const std::size_t known = knownAnswerCount(r);
            const QString label = qs(graph_->relation(r).label);
            relation_->addItem(known == 0 ? label : tr("%1 · %n known", nullptr, static_cast<int>(known)).arg(label),
                QVariant::fromValue<quint32>(r));
        }
        const int index = keep.isValid() ? relation_->findData(keep) : -1;
        relation_->setCurrentIndex(index >= 0 ? index : 0);
    }
    filling_ = false;
}

void LinkPredictionPanel::updateQueryText()
{
    if (!graph_ || entity_ == kNoEntity || relation_->currentIndex() < 0) {
        query_->setText(tr("Select an entity in the graph."));
        return;
    }
    const Entity& e = graph_->entity(entity_);
    const QString entity = qs(e.label.empty() ? e.key : e.label);
    const QString relation = qs(graph_->relation(relation_->currentData().value<quint32>()).label);
    query_->setText(direction_->currentIndex() == PredictHeads ? tr("(?, %1, %2)").arg(relation, entity)
                                                               : tr("(%1, %2, ?)").arg(entity, relation));
    query_->setToolTip(qs(e.key));
}

void LinkPredictionPanel::requestPrediction()
{
    if (filling_ || !hasModel_ || !graph_)
        return;
    const LinkPredictionRequest r = request();
    if (r.isComplete())
        Q_EMIT predictionRequested(r);
}

void LinkPredictionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LinkPredictionPanel::retranslate()
{
    modelLabel_->setText(hasModel_
            ? tr("<b>Model:</b> %1<br>%2").arg(modelName_.toHtmlEscaped(), modelDetails_.toHtmlEscaped())
            : tr("No model open. Open a MyGO model trained on this graph to rank candidates."));
    openModel_->setText(tr("Open Model…"));
    openModel_->setEnabled(graph_ != nullptr);
    evaluate_->setText(tr("Evaluate…"));
    evaluate_->setToolTip(tr("Filtered MR, MRR and Hits@k of this model on the test or valid split"));
    evaluate_->setEnabled(hasModel_ && graph_ != nullptr);
    directionLabel_->setText(tr("Predict:"));
    direction_->setItemText(PredictTails, tr("Tails (entity, relation, ?)"));
    direction_->setItemText(PredictHeads, tr("Heads (?, relation, entity)"));
    queryLabel_->setText(tr("Query:"));
    relationLabel_->setText(tr("Relation:"));
    countLabel_->setText(tr("Show:"));
    count_->setSuffix(tr(" candidates"));
    filtered_->setText(tr("Leave out known answers"));
    filtered_->setToolTip(tr("The filtered protocol: answers already in train, valid or test are not ranked."));
    maskVisual_->setText(tr("As if it had no image"));
    maskVisual_->setToolTip(
        tr("Re-rank with the query entity's visual tokens masked, as for an entity without images."));
    maskText_->setText(tr("As if it had no text"));
    maskText_->setToolTip(tr("Re-rank with the query entity's text tokens masked, as for an entity without text."));
    cancel_->setText(tr("Cancel"));
    tabs_->setTabText(0, tr("Candidates"));
    tabs_->setTabText(1, tr("Context attention"));
    tabs_->setTabToolTip(1,
        tr("Where MyGO's triple encoder looks for this query: head, relation and the slot to "
           "predict, per layer and head"));
    tabs_->setTabText(2, tr("Masking"));
    tabs_->setTabToolTip(2,
        tr("What image and text are worth to this relation: its test queries ranked with and "
           "without them"));
    for (QWidget* w :
        std::initializer_list<QWidget*> {direction_, relation_, count_, filtered_, maskVisual_, maskText_})
        w->setEnabled(hasModel_ && graph_ != nullptr);
    model_->retranslate();
    if (graph_) {
        filling_ = true;
        fillRelations();
        filling_ = false;
    }
    updateQueryText();
    statusLabel_->setText(busy_ && progress_->isVisible() ? busyText_ : status_);
}

}  // namespace tessera
