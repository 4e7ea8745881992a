#include "plots/MetaWeightsView.h"

#include "graph/KnowledgeGraph.h"
#include "plots/AlignmentModalityStyle.h"
#include "plots/CsvField.h"
#include "plots/ExportButton.h"
#include "plots/QCustomPlotInclude.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

constexpr int kRowRole = Qt::UserRole + 1;

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString percent(double share, int decimals = 1)
{
    return QStringLiteral("%1 %").arg(100.0 * share, 0, 'f', decimals);
}

// "name characters" as "name\ncharacters": a label one word wide where two words do not fit.
QString wrapped(const QString& name)
{
    QString out = name;
    return out.replace(QLatin1Char(' '), QLatin1Char('\n'));
}

void styleAxes(QCustomPlot* plot)
{
    plot->setMinimumSize(200, 140);
    plot->yAxis->setRange(0, 1);
}

}  // namespace

MetaWeightsView::MetaWeightsView(QWidget* parent)
    : QWidget(parent)
    , status_(new QLabel(this))
    , export_(new ExportButton(
          this, [this] { return csv(); }, [] { return QStringLiteral("meta-weights"); }, this))
    , bars_(new QCustomPlot(this))
    , boxes_(new QCustomPlot(this))
    , accuracyPlot_(new QCustomPlot(this))
    , focus_(new QLabel(this))
    , slotBox_(new QComboBox(this))
    , list_(new QListWidget(this))
{
    status_->setWordWrap(true);
    focus_->setWordWrap(true);
    for (QCustomPlot* plot : {bars_, boxes_, accuracyPlot_}) {
        styleAxes(plot);
        connect(plot, &QCustomPlot::beforeReplot, this, [this, plot] { fitLabels(plot); });
    }
    list_->setMinimumWidth(170);
    auto* top = new QHBoxLayout;
    top->addWidget(status_, 1);
    top->addWidget(export_);
    auto* plots = new QVBoxLayout;
    auto* upper = new QHBoxLayout;
    upper->addWidget(bars_, 2);
    upper->addWidget(boxes_, 3);
    plots->addLayout(upper, 3);
    plots->addWidget(accuracyPlot_, 2);
    auto* side = new QVBoxLayout;
    side->addWidget(slotBox_);
    side->addWidget(list_, 1);
    auto* body = new QHBoxLayout;
    body->addLayout(plots, 3);
    body->addLayout(side, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    layout->addWidget(focus_);
    connect(slotBox_, &QComboBox::activated, this, [this](int index) { setListedSlot(index); });
    connect(list_, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT rowActivated(item->data(kRowRole).toLongLong()); });
    retranslate();
}

void MetaWeightsView::setGraphs(std::shared_ptr<const KnowledgeGraph> a, std::shared_ptr<const KnowledgeGraph> b)
{
    graphs_[0] = std::move(a);
    graphs_[1] = std::move(b);
    table_.reset();
    accuracy_.reset();
    focused_ = -1;
    retranslate();
}

void MetaWeightsView::setTable(std::shared_ptr<const MetaWeightTable> table)
{
    // A table of another workspace's size would mislabel every entity.
    if (table && graphs_[0] && graphs_[1]
        && table->rows() != static_cast<std::int64_t>(graphs_[0]->entityCount() + graphs_[1]->entityCount()))
        table.reset();
    table_ = std::move(table);
    listedSlot_ = table_ ? std::min<std::int64_t>(listedSlot_, table_->slots() - 1) : 0;
    retranslate();
}

void MetaWeightsView::setAccuracy(std::optional<DominantModalityAccuracy> accuracy)
{
    accuracy_ = std::move(accuracy);
    redraw();
}

void MetaWeightsView::focusRow(std::int64_t row)
{
    focused_ = table_ && row >= 0 && row < table_->rows() ? row : -1;
    redraw();
}

void MetaWeightsView::setListedSlot(std::int64_t slot)
{
    listedSlot_ = slot;
    slotBox_->setCurrentIndex(static_cast<int>(slot));
    fillList();
}

QString MetaWeightsView::rowName(std::int64_t row) const
{
    if (!table_)
        return QString::number(row);
    const bool a = row < table_->entitiesA;
    const auto& graph = graphs_[a ? 0 : 1];
    const std::int64_t id = a ? row : row - table_->entitiesA;
    if (!graph || id >= static_cast<std::int64_t>(graph->entityCount()))
        return QString::number(row);
    const Entity& e = graph->entity(static_cast<EntityId>(id));
    return tr("%1 (%2)").arg(qs(e.label.empty() ? e.key : e.label), a ? tr("A") : tr("B"));
}

void MetaWeightsView::redraw()
{
    for (QCustomPlot* plot : {bars_, boxes_, accuracyPlot_}) {
        plot->clearPlottables();
        plot->clearItems();
    }
    const std::int64_t m = table_ ? table_->slots() : 0;
    barTicks_.clear();
    boxTicks_.clear();
    accuracyTicks_.clear();
    barValues_.clear();
    accuracyValues_.clear();
    for (std::int64_t s = 0; s < m; ++s) {
        const AlignmentModality modality = table_->modalities[static_cast<std::size_t>(s)];
        const QColor colour = AlignmentModalityStyle::colour(modality);
        const QString name = AlignmentModalityStyle::name(modality);
        const QString shortName = AlignmentModalityStyle::shortName(modality);
        const auto x = static_cast<double>(s + 1);
        const BoxSummary box = table_->box(s);
        const QString entities = tr("%n entities", nullptr, static_cast<int>(box.count));
        const QString count = tr("n = %1").arg(box.count);
        boxTicks_.add(x,
            {name + QLatin1Char('\n') + entities, wrapped(name) + QLatin1Char('\n') + entities,
                shortName + QLatin1Char('\n') + count, shortName});
        barTicks_.add(x, {name, wrapped(name), shortName});
        if (box.count > 0) {
            auto* plotted = new QCPStatisticalBox(boxes_->xAxis, boxes_->yAxis);
            plotted->addData(x, box.minimum, box.lowerQuartile, box.median, box.upperQuartile, box.maximum);
            QColor fill = colour;
            fill.setAlpha(90);
            plotted->setBrush(fill);
            plotted->setPen(QPen(colour.darker(130)));
            plotted->setMedianPen(QPen(colour.darker(170), 2));
            plotted->setWidth(0.55);
        }
        if (focused_ >= 0) {
            auto* bar = new QCPBars(bars_->xAxis, bars_->yAxis);
            bar->setBrush(colour);
            bar->setPen(QPen(colour.darker(140)));
            bar->setWidth(0.6);
            if (table_->has(focused_, s))
                bar->addData(x, table_->weight(focused_, s));
            auto* label = new QCPItemText(bars_);
            label->position->setCoords(x, table_->has(focused_, s) ? table_->weight(focused_, s) + 0.04 : 0.04);
            if (table_->has(focused_, s))
                barValues_.emplace_back(label, table_->weight(focused_, s));
            else
                label->setText(tr("absent"));
        }
        if (accuracy_ && static_cast<std::size_t>(s) < accuracy_->queries.size()) {
            const std::int64_t queries = accuracy_->queries[static_cast<std::size_t>(s)];
            const QString counted = tr("%n queries", nullptr, static_cast<int>(queries));
            accuracyTicks_.add(x,
                {name + QLatin1Char('\n') + counted, wrapped(name) + QLatin1Char('\n') + counted,
                    shortName + QLatin1Char('\n') + tr("n = %1").arg(queries), shortName});
            if (queries > 0) {
                const double hits
                    = static_cast<double>(accuracy_->hits1[static_cast<std::size_t>(s)]) / static_cast<double>(queries);
                auto* bar = new QCPBars(accuracyPlot_->xAxis, accuracyPlot_->yAxis);
                bar->setBrush(colour);
                bar->setPen(QPen(colour.darker(140)));
                bar->setWidth(0.6);
                bar->addData(x, hits);
                auto* label = new QCPItemText(accuracyPlot_);
                label->position->setCoords(x, hits + 0.06);
                accuracyValues_.emplace_back(label, hits);
            }
        }
    }
    if (focused_ >= 0 && m > 0) {
        auto* marks = new QCPGraph(boxes_->xAxis, boxes_->yAxis);
        marks->setLineStyle(QCPGraph::lsNone);
        marks->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::black), QColor(220, 30, 30), 9));
        for (std::int64_t s = 0; s < m; ++s) {
            if (table_->has(focused_, s))
                marks->addData(static_cast<double>(s + 1), table_->weight(focused_, s));
        }
    }
    const double right = static_cast<double>(std::max<std::int64_t>(m, 1)) + 0.6;
    for (QCustomPlot* plot : {bars_, boxes_, accuracyPlot_}) {
        plot->xAxis->setRange(0.4, right);
        plot->yAxis->setRange(0, 1.08);
    }
    // Room above a 100 % bar for its label.
    accuracyPlot_->yAxis->setRange(0, 1.16);
    bars_->yAxis->setLabel(focused_ >= 0 ? tr("meta-weight of %1").arg(rowName(focused_)) : tr("focus an entity"));
    boxes_->yAxis->setLabel(tr("meta-weight, all entities"));
    accuracyPlot_->yAxis->setLabel(accuracy_ ? tr("test Hits@1 (A → B, CSLS)") : tr("no evaluation"));
    accuracyPlot_->xAxis->setLabel(tr("dominant modality of the query entity"));
    // Twice: the labels that fit depend on the margins, which the first layout of new labels sets.
    for (QCustomPlot* plot : {bars_, boxes_, accuracyPlot_}) {
        plot->replot();
        plot->replot();
    }

    if (!table_ || focused_ < 0) {
        focus_->setText(table_ ? tr("Focus an entity to see its weights and mark it on the boxes.") : QString());
        return;
    }
    QStringList parts;
    for (std::int64_t s = 0; s < m; ++s) {
        const AlignmentModality modality = table_->modalities[static_cast<std::size_t>(s)];
        parts << tr("%1 %2").arg(AlignmentModalityStyle::name(modality),
            table_->has(focused_, s) ? percent(table_->weight(focused_, s)) : tr("absent"));
    }
    focus_->setText(tr("<b>%1</b> (red diamonds): %2 — %3 counts most.")
                        .arg(rowName(focused_).toHtmlEscaped(), parts.join(QStringLiteral(", ")),
                            AlignmentModalityStyle::name(
                                table_->modalities[static_cast<std::size_t>(table_->dominantSlot(focused_))])));
}

void MetaWeightsView::fitLabels(QCustomPlot* plot)
{
    const FittedTickLabels& ticks = plot == bars_ ? barTicks_ : plot == boxes_ ? boxTicks_ : accuracyTicks_;
    ticks.apply(plot->xAxis);
    const double room = FittedTickLabels::pixelsPerUnit(plot->xAxis);
    const QFontMetrics fm(plot->font());
    const int decimals = fm.horizontalAdvance(percent(1.0, 1)) + 4 <= room ? 1 : 0;
    if (plot == boxes_)
        return;
    for (const auto& [label, share] : plot == bars_ ? barValues_ : accuracyValues_)
        label->setText(percent(share, decimals));
}

void MetaWeightsView::fillList()
{
    list_->clear();
    if (!table_ || table_->slots() == 0)
        return;
    std::size_t count = 0;
    for (const std::int64_t row : table_->dominatedBy(listedSlot_, kListed, &count)) {
        auto* item
            = new QListWidgetItem(tr("%1 · %2").arg(percent(table_->weight(row, listedSlot_)), rowName(row)), list_);
        item->setData(kRowRole, static_cast<qlonglong>(row));
    }
    slotBox_->setToolTip(tr("%n entities have this modality dominant", nullptr, static_cast<int>(count)));
}

QString MetaWeightsView::csv() const
{
    QString out = QStringLiteral("row,graph,key,label,dominant");
    if (!table_)
        return out + QLatin1Char('\n');
    for (const AlignmentModality modality : table_->modalities)
        out += QLatin1Char(',') + QString::fromLatin1(alignmentModalityKey(modality).data());
    out += QLatin1Char('\n');
    for (std::int64_t row = 0; row < table_->rows(); ++row) {
        const bool a = row < table_->entitiesA;
        const auto& graph = graphs_[a ? 0 : 1];
        const auto id = static_cast<EntityId>(a ? row : row - table_->entitiesA);
        const Entity* e = graph && id < graph->entityCount() ? &graph->entity(id) : nullptr;
        out += QStringLiteral("%1,%2,%3,%4,%5")
                   .arg(row)
                   .arg(a ? QStringLiteral("A") : QStringLiteral("B"))
                   .arg(csvField(e ? qs(e->key) : QString()), csvField(e ? qs(e->label) : QString()))
                   .arg(QString::fromLatin1(
                       alignmentModalityKey(table_->modalities[static_cast<std::size_t>(table_->dominantSlot(row))])
                           .data()));
        for (std::int64_t s = 0; s < table_->slots(); ++s)
            out += table_->has(row, s) ? QStringLiteral(",%1").arg(table_->weight(row, s), 0, 'g', 8)
                                       : QStringLiteral(",");
        out += QLatin1Char('\n');
    }
    return out;
}

void MetaWeightsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MetaWeightsView::retranslate()
{
    const QSignalBlocker block(slotBox_);
    slotBox_->clear();
    if (table_) {
        for (const AlignmentModality modality : table_->modalities)
            slotBox_->addItem(tr("Where %1 dominates").arg(AlignmentModalityStyle::name(modality)));
        slotBox_->setCurrentIndex(static_cast<int>(listedSlot_));
    }
    export_->setEnabled(table_ != nullptr);
    status_->setText(table_
            ? tr("Modality meta-weights of %n entities (both graphs): per entity, the fusion Transformer's "
                 "last-layer attention each modality receives, softmax-normalised — how much it counts in the "
                 "fused embedding. Boxes: quartiles and median; whiskers: smallest and largest weight.",
                nullptr, static_cast<int>(table_->rows()))
            : tr("Open an alignment model to see its modality meta-weights."));
    redraw();
    fillList();
}

}  // namespace tessera
