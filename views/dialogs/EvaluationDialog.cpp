#include "dialogs/EvaluationDialog.h"

#include "graph/KnowledgeGraph.h"
#include "models/ModelRoles.h"
#include "models/RankMetricsModel.h"

#include <QComboBox>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tessera {

namespace {

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// The split selector's rows: test first, as papers report it.
constexpr Split kSplits[] = {Split::Test, Split::Valid};

void setUpTable(QTableView* view)
{
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(RankMetricsModel::NameColumn, QHeaderView::Stretch);
}

}  // namespace

EvaluationDialog::EvaluationDialog(QWidget* parent)
    : QDialog(parent)
    , subject_(new QLabel(this))
    , splitLabel_(new QLabel(this))
    , split_(new QComboBox(this))
    , evaluate_(new QPushButton(this))
    , progress_(new QProgressBar(this))
    , cancel_(new QPushButton(this))
    , summaryTitle_(new QLabel(this))
    , summary_(new RankMetricsModel(this))
    , summaryView_(new QTableView(this))
    , relationsTitle_(new QLabel(this))
    , relations_(new RankMetricsModel(this))
    , relationOrder_(new QSortFilterProxyModel(this))
    , relationView_(new QTableView(this))
    , status_(new QLabel(this))
{
    setObjectName(QStringLiteral("evaluationDialog"));
    subject_->setWordWrap(true);
    for (std::size_t i = 0; i < std::size(kSplits); ++i)
        split_->addItem(QString());
    progress_->setVisible(false);
    cancel_->setVisible(false);
    summaryView_->setModel(summary_);
    setUpTable(summaryView_);
    // Four rows: as tall as they are, the rest goes to the relations.
    summaryView_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    summaryView_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    summaryView_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    relationOrder_->setSourceModel(relations_);
    relationOrder_->setSortRole(SortValueRole);
    relationView_->setModel(relationOrder_);
    relationView_->setSortingEnabled(true);
    relationView_->sortByColumn(RankMetricsModel::RanksColumn, Qt::DescendingOrder);
    setUpTable(relationView_);
    status_->setWordWrap(true);
    QFont bold = summaryTitle_->font();
    bold.setBold(true);
    summaryTitle_->setFont(bold);
    relationsTitle_->setFont(bold);

    auto* runRow = new QHBoxLayout;
    runRow->addWidget(splitLabel_);
    runRow->addWidget(split_);
    runRow->addWidget(evaluate_);
    runRow->addWidget(progress_, 1);
    runRow->addWidget(cancel_);
    runRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(subject_);
    layout->addLayout(runRow);
    layout->addWidget(summaryTitle_);
    layout->addWidget(summaryView_);
    layout->addWidget(relationsTitle_);
    layout->addWidget(relationView_, 1);
    layout->addWidget(status_);
    resize(640, 560);

    connect(evaluate_, &QPushButton::clicked, this, [this] { Q_EMIT evaluateRequested(split()); });
    connect(cancel_, &QPushButton::clicked, this, &EvaluationDialog::cancelRequested);
    connect(split_, &QComboBox::currentIndexChanged, this, [this] { clearResult(); });
    retranslate();
}

void EvaluationDialog::setSubject(std::shared_ptr<const KnowledgeGraph> graph, const QString& modelName)
{
    graph_ = std::move(graph);
    modelName_ = modelName;
    clearResult();
}

void EvaluationDialog::setRunning(bool running)
{
    running_ = running;
    progress_->setVisible(running);
    cancel_->setVisible(running);
    evaluate_->setEnabled(!running);
    split_->setEnabled(!running);
    progress_->setRange(0, 0);
    if (running) {
        problem_.clear();
        status_->setText(tr("Scoring every query of the split…"));
    }
}

void EvaluationDialog::setProgress(int done, int total)
{
    progress_->setRange(0, total);
    progress_->setValue(done);
}

void EvaluationDialog::showResult(const LinkPredictionResult& result, std::optional<LinkPredictionResult> baseline)
{
    result_ = result;
    baseline_ = std::move(baseline);
    problem_.clear();
    describe();
}

void EvaluationDialog::showProblem(const QString& problem)
{
    problem_ = problem;
    status_->setText(problem);
}

void EvaluationDialog::clearResult()
{
    result_.reset();
    baseline_.reset();
    problem_.clear();
    describe();
}

Split EvaluationDialog::split() const
{
    const int index = split_->currentIndex();
    return index >= 0 && static_cast<std::size_t>(index) < std::size(kSplits) ? kSplits[index] : Split::Test;
}

QString EvaluationDialog::statusText() const
{
    return status_->text();
}

void EvaluationDialog::describe()
{
    subject_->setText(graph_
            ? tr("<b>%1</b> on <b>%2</b>: filtered ranks, both directions of every triple of the split")
                  .arg(modelName_.toHtmlEscaped(), qs(graph_->metadata().name).toHtmlEscaped())
            : QString());
    if (!result_) {
        summary_->setRows({});
        relations_->setRows({});
        status_->setText(problem_.isEmpty() ? tr("Choose a split and press Evaluate.") : problem_);
        return;
    }
    const LinkPredictionResult& r = *result_;
    summary_->setRows({{tr("both"), r.both}, {tr("heads (?, r, t)"), r.head}, {tr("tails (h, r, ?)"), r.tail},
        {tr("both, realistic rank"), r.realisticBoth}});
    if (baseline_)
        summary_->setBaselines({baseline_->both, baseline_->head, baseline_->tail, std::nullopt});
    std::vector<std::pair<QString, RankMetrics>> rows;
    std::vector<std::optional<RankMetrics>> baselines;
    for (RelationId id = 0; graph_ && id < r.perRelation.size() && id < graph_->relationCount(); ++id) {
        if (r.perRelation[id].count > 0) {
            rows.emplace_back(qs(graph_->relation(id).label), r.perRelation[id]);
            baselines.push_back(baseline_ && id < baseline_->perRelation.size()
                    ? std::optional<RankMetrics>(baseline_->perRelation[id])
                    : std::nullopt);
        }
    }
    relations_->setRows(std::move(rows));
    relations_->setBaselines(std::move(baselines));
    const QLocale locale;
    status_->setText(
        tr("%1 triples, %2 ranks in %3 s. Reference tie rule (zjukg/MyGO: ties split in half); the "
           "realistic rank is PyKEEN's mean of the optimistic and pessimistic rank.")
            .arg(locale.toString(static_cast<qulonglong>(r.ranks.size())),
                locale.toString(static_cast<qulonglong>(r.both.count)), locale.toString(r.seconds, 'f', 2)));
}

void EvaluationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EvaluationDialog::retranslate()
{
    setWindowTitle(tr("Evaluate Link Prediction"));
    splitLabel_->setText(tr("Split:"));
    split_->setItemText(0, tr("test"));
    split_->setItemText(1, tr("valid"));
    evaluate_->setText(tr("Evaluate"));
    cancel_->setText(tr("Cancel"));
    summaryTitle_->setText(tr("Filtered metrics"));
    relationsTitle_->setText(tr("Per relation (both directions)"));
    summary_->retranslate();
    relations_->setNameTitle(tr("Relation"));
    relations_->retranslate();
    if (!running_)
        describe();
}

}  // namespace tessera
