#include "plots/RelationAblationView.h"

#include "graph/KnowledgeGraph.h"
#include "plots/CsvField.h"
#include "plots/ExportButton.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

enum SummaryColumn { MrrColumn, Hits1Column, Hits10Column, MrColumn, ShiftColumn, WorseColumn, BetterColumn };
constexpr int kSummaryColumns = 7;
enum QueryColumn { QueryTextColumn, FullColumn, NoImageColumn, NoTextColumn };
constexpr int kQueryColumns = 4;

// A table cell; integers are stored as numbers so that the query table sorts by rank.
QTableWidgetItem* numberItem(double value, int decimals)
{
    auto* item = new QTableWidgetItem;
    if (decimals < 0)
        item->setData(Qt::DisplayRole, QVariant(static_cast<qlonglong>(value)));
    else
        item->setText(QString::number(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

RelationAblationView::RelationAblationView(QWidget* parent)
    : QWidget(parent)
    , title_(new QLabel(this))
    , study_(new QPushButton(this))
    , export_(new ExportButton(
          this, [this] { return csv(); }, [] { return QStringLiteral("relation-masking"); }, this))
    , summary_(new QTableWidget(this))
    , queries_(new QTableWidget(this))
{
    title_->setWordWrap(true);
    summary_->setRowCount(kAblationInputs);
    summary_->setColumnCount(kSummaryColumns);
    summary_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    summary_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    summary_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    summary_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    summary_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    queries_->setColumnCount(kQueryColumns);
    queries_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    queries_->setSelectionBehavior(QAbstractItemView::SelectRows);
    queries_->verticalHeader()->setVisible(false);
    queries_->horizontalHeader()->setSectionResizeMode(QueryTextColumn, QHeaderView::Stretch);
    queries_->setMinimumHeight(60);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(study_);
    buttons->addStretch();
    buttons->addWidget(export_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(title_);
    layout->addWidget(summary_);
    layout->addWidget(queries_, 1);
    connect(study_, &QPushButton::clicked, this, [this] {
        if (relation_ != kNoRelation)
            Q_EMIT studyRequested(relation_, Split::Test);
    });
    connect(queries_, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QTableWidgetItem* item = queries_->item(row, QueryTextColumn);
        if (item != nullptr)
            Q_EMIT entityActivated(static_cast<EntityId>(item->data(Qt::UserRole).toULongLong()));
    });
    retranslate();
}

void RelationAblationView::setGraph(std::shared_ptr<const KnowledgeGraph> graph)
{
    graph_ = std::move(graph);
    relation_ = kNoRelation;
    clear();
}

void RelationAblationView::setRelation(RelationId relation, bool hasModel)
{
    relation_ = relation;
    hasModel_ = hasModel;
    retranslate();
}

void RelationAblationView::clear()
{
    result_ = {};
    fill();
    retranslate();
}

void RelationAblationView::showResult(const RelationAblationResult& result)
{
    result_ = result;
    fill();
    retranslate();
}

QString RelationAblationView::entityName(EntityId entity) const
{
    if (!graph_ || entity >= graph_->entityCount())
        return QString::number(entity);
    const Entity& e = graph_->entity(entity);
    return qs(e.label.empty() ? e.key : e.label);
}

QString RelationAblationView::relationName(RelationId relation) const
{
    if (!graph_ || relation >= graph_->relationCount())
        return QString::number(relation);
    const Relation& r = graph_->relation(relation);
    return qs(r.label.empty() ? r.key : r.label);
}

void RelationAblationView::fill()
{
    export_->setEnabled(hasResult());
    for (int input = 0; input < kAblationInputs; ++input) {
        const auto i = static_cast<std::size_t>(input);
        if (!hasResult()) {
            for (int c = 0; c < kSummaryColumns; ++c)
                summary_->setItem(input, c, new QTableWidgetItem);
            continue;
        }
        const RankMetrics& m = result_.metrics[i];
        summary_->setItem(input, MrrColumn, numberItem(m.mrr, 3));
        summary_->setItem(input, Hits1Column, numberItem(m.hits1, 3));
        summary_->setItem(input, Hits10Column, numberItem(m.hits10, 3));
        summary_->setItem(input, MrColumn, numberItem(m.mr, 1));
        summary_->setItem(input, ShiftColumn, numberItem(result_.meanRankShift[i], 2));
        summary_->setItem(input, WorseColumn, numberItem(static_cast<double>(result_.worse[i]), -1));
        summary_->setItem(input, BetterColumn, numberItem(static_cast<double>(result_.better[i]), -1));
    }
    queries_->setSortingEnabled(false);
    queries_->setRowCount(static_cast<int>(result_.queries.size()));
    for (int row = 0; row < queries_->rowCount(); ++row) {
        const AblatedQueryRanks& q = result_.queries[static_cast<std::size_t>(row)];
        const QString known = entityName(q.predictsTail ? q.triple.head : q.triple.tail);
        const QString answer = entityName(q.predictsTail ? q.triple.tail : q.triple.head);
        const QString text = q.predictsTail
            ? tr("(%1, %2, ?) → %3").arg(known, relationName(q.triple.relation), answer)
            : tr("(?, %1, %2) → %3").arg(relationName(q.triple.relation), known, answer);
        auto* item = new QTableWidgetItem(text);
        item->setData(Qt::UserRole, static_cast<qulonglong>(q.predictsTail ? q.triple.head : q.triple.tail));
        queries_->setItem(row, QueryTextColumn, item);
        queries_->setItem(row, FullColumn, numberItem(static_cast<double>(q.rank[0]), -1));
        queries_->setItem(row, NoImageColumn, numberItem(static_cast<double>(q.rank[1]), -1));
        queries_->setItem(row, NoTextColumn, numberItem(static_cast<double>(q.rank[2]), -1));
    }
    queries_->setSortingEnabled(true);
}

QString RelationAblationView::csv() const
{
    QString out = QStringLiteral("query,known,answer,predicts,rank_full,rank_no_image,rank_no_text\n");
    for (const AblatedQueryRanks& q : result_.queries) {
        const EntityId known = q.predictsTail ? q.triple.head : q.triple.tail;
        const EntityId answer = q.predictsTail ? q.triple.tail : q.triple.head;
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(csvField(relationName(q.triple.relation)), csvField(entityName(known)),
                       csvField(entityName(answer)), q.predictsTail ? QStringLiteral("tail") : QStringLiteral("head"))
                   .arg(q.rank[0])
                   .arg(q.rank[1])
                   .arg(q.rank[2]);
    }
    return out;
}

void RelationAblationView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RelationAblationView::retranslate()
{
    study_->setText(tr("Rank this relation's test queries with and without image and text"));
    study_->setEnabled(hasModel_ && relation_ != kNoRelation);
    summary_->setHorizontalHeaderLabels({tr("MRR"), tr("Hits@1"), tr("Hits@10"), tr("MR"), tr("mean rank shift"),
        tr("queries ranked lower"), tr("ranked higher")});
    summary_->setVerticalHeaderLabels({tr("as it is"), tr("no image"), tr("no text")});
    queries_->setHorizontalHeaderLabels({tr("query → known answer"), tr("rank"), tr("no image"), tr("no text")});
    if (!hasResult()) {
        title_->setText(hasModel_ ? tr("How far do the known answers move when the query entity's image or text is "
                                       "masked? Ranks every test triple of the relation, both directions.")
                                  : tr("Open a MyGO model to measure what image and text are worth to a relation."));
        return;
    }
    title_->setText(tr("%1 · %n test queries (head and tail prediction) · filtered ranks · rank shift = rank masked "
                       "− rank as it is (positive: the answer fell)",
        nullptr, static_cast<int>(result_.queries.size()))
                        .arg(relationName(result_.relation)));
}

}  // namespace tessera
