#include "plots/ModalitySharesView.h"

#include "graph/KnowledgeGraph.h"
#include "plots/CsvField.h"
#include "plots/ExportButton.h"
#include "plots/QCustomPlotInclude.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

namespace {

constexpr int kEntityRole = Qt::UserRole + 1;
// The boxes left to right: the three modalities, then what [CLS] keeps for itself.
constexpr AttentionSlot kBoxes[]
    = {AttentionSlot::Structure, AttentionSlot::Visual, AttentionSlot::Text, AttentionSlot::Self};

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QColor slotColour(AttentionSlot slot)
{
    switch (slot) {
    case AttentionSlot::Structure:
        return {90, 110, 140};
    case AttentionSlot::Visual:
        return {230, 120, 20};
    case AttentionSlot::Text:
        return {40, 150, 90};
    case AttentionSlot::Self:
        return {150, 150, 150};
    }
    return Qt::gray;
}

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(100.0 * share, 0, 'f', 1);
}

}  // namespace

ModalitySharesView::ModalitySharesView(QWidget* parent)
    : QWidget(parent)
    , mapBox_(new QComboBox(this))
    , measure_(new QPushButton(this))
    , export_(new ExportButton(
          this, [this] { return csv(); }, [] { return QStringLiteral("modality-shares"); }, this))
    , status_(new QLabel(this))
    , plot_(new QCustomPlot(this))
    , focus_(new QLabel(this))
    , slotBox_(new QComboBox(this))
    , ranked_(new QListWidget(this))
{
    status_->setWordWrap(true);
    focus_->setWordWrap(true);
    plot_->setMinimumSize(200, 160);
    plot_->yAxis->setRange(0, 1);
    plot_->xAxis->setRange(0.4, 4.6);
    ranked_->setMinimumWidth(150);
    auto* controls = new QHBoxLayout;
    controls->addWidget(mapBox_);
    controls->addWidget(measure_);
    controls->addStretch(1);
    controls->addWidget(export_);
    auto* lists = new QVBoxLayout;
    lists->addWidget(slotBox_);
    lists->addWidget(ranked_, 1);
    auto* body = new QHBoxLayout;
    body->addWidget(plot_, 3);
    body->addLayout(lists, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(status_);
    layout->addLayout(body, 1);
    layout->addWidget(focus_);
    connect(mapBox_, &QComboBox::activated, this, [this](int index) { setUseRollout(index == 1); });
    connect(slotBox_, &QComboBox::activated, this,
        [this](int index) { setRankedSlot(kBoxes[std::clamp(index, 0, kAttentionSlots - 1)]); });
    connect(measure_, &QPushButton::clicked, this, &ModalitySharesView::measureRequested);
    connect(ranked_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT entityActivated(static_cast<EntityId>(item->data(kEntityRole).toULongLong()));
    });
    retranslate();
}

void ModalitySharesView::setGraph(std::shared_ptr<const KnowledgeGraph> graph)
{
    graph_ = std::move(graph);
    focused_ = kNoEntity;
    clear();
}

void ModalitySharesView::setModelOpen(bool open)
{
    modelOpen_ = open;
    if (!open)
        shares_.reset();
    retranslate();
}

void ModalitySharesView::setShares(std::shared_ptr<const ModalityShareTable> shares)
{
    // A table of another graph's size would mislabel every entity.
    if (shares && graph_ && shares->size() != graph_->entityCount())
        shares.reset();
    shares_ = std::move(shares);
    retranslate();
}

void ModalitySharesView::clear()
{
    shares_.reset();
    retranslate();
}

void ModalitySharesView::focusEntity(EntityId entity)
{
    focused_ = entity;
    redraw();
    describeFocus();
}

void ModalitySharesView::setUseRollout(bool rollout)
{
    rollout_ = rollout;
    mapBox_->setCurrentIndex(rollout ? 1 : 0);
    redraw();
    fillRanked();
    describeFocus();
}

void ModalitySharesView::setRankedSlot(AttentionSlot slot)
{
    rankedSlot_ = slot;
    slotBox_->setCurrentIndex(static_cast<int>(slot));
    fillRanked();
}

BoxSummary ModalitySharesView::shownBox(AttentionSlot slot) const
{
    if (!shares_)
        return {};
    const std::vector<double> values = sharesOf(*shares_, rollout_, slot);
    return boxSummary(values);
}

QString ModalitySharesView::slotName(AttentionSlot slot) const
{
    switch (slot) {
    case AttentionSlot::Structure:
        return tr("structure");
    case AttentionSlot::Visual:
        return tr("image");
    case AttentionSlot::Text:
        return tr("text");
    case AttentionSlot::Self:
        return tr("[CLS] itself");
    }
    return {};
}

QString ModalitySharesView::entityName(EntityId entity) const
{
    if (!graph_ || entity >= graph_->entityCount())
        return QString::number(entity);
    const Entity& e = graph_->entity(entity);
    return qs(e.label.empty() ? e.key : e.label);
}

void ModalitySharesView::redraw()
{
    plot_->clearPlottables();
    plot_->clearItems();
    auto ticks = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < kAttentionSlots; ++i) {
        const AttentionSlot slot = kBoxes[i];
        const BoxSummary box = shownBox(slot);
        ticks->addTick(i + 1,
            shares_ ? tr("%1\n%n entities", nullptr, static_cast<int>(box.count)).arg(slotName(slot)) : slotName(slot));
        if (box.count == 0)
            continue;
        auto* plotted = new QCPStatisticalBox(plot_->xAxis, plot_->yAxis);
        plotted->addData(i + 1, box.minimum, box.lowerQuartile, box.median, box.upperQuartile, box.maximum);
        QColor fill = slotColour(slot);
        fill.setAlpha(90);
        plotted->setBrush(fill);
        plotted->setPen(QPen(slotColour(slot).darker(130)));
        plotted->setMedianPen(QPen(slotColour(slot).darker(170), 2));
        plotted->setWidth(0.55);
    }
    if (shares_ && focused_ < shares_->size()) {
        // The focused entity on every box it belongs to: where it stands among all.
        auto* marks = new QCPGraph(plot_->xAxis, plot_->yAxis);
        marks->setLineStyle(QCPGraph::lsNone);
        marks->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::black), QColor(220, 30, 30), 9));
        const ClsAttentionShares& s = shares_->of(rollout_)[focused_];
        for (int i = 0; i < kAttentionSlots; ++i) {
            const AttentionSlot slot = kBoxes[i];
            const bool present = (slot != AttentionSlot::Visual || shares_->hasVisual[focused_] != 0)
                && (slot != AttentionSlot::Text || shares_->hasText[focused_] != 0);
            if (present)
                marks->addData(i + 1, shareOf(s, slot));
        }
        marks->setName(entityName(focused_));
    }
    plot_->xAxis->setTicker(ticks);
    plot_->yAxis->setLabel(rollout_ ? tr("share of [CLS]'s rollout row") : tr("share of [CLS]'s attention"));
    plot_->yAxis->setRange(0, 1);
    plot_->replot();
}

void ModalitySharesView::fillRanked()
{
    ranked_->clear();
    if (!shares_)
        return;
    const QLocale locale;
    for (const EntityId e : entitiesWithLargestShare(*shares_, rollout_, rankedSlot_, kListed)) {
        const double share = shareOf(shares_->of(rollout_)[e], rankedSlot_);
        auto* item = new QListWidgetItem(tr("%1 · %2").arg(percent(share), entityName(e)), ranked_);
        item->setData(kEntityRole, static_cast<qulonglong>(e));
        item->setToolTip(graph_ ? qs(graph_->entity(e).key) : QString());
    }
}

void ModalitySharesView::describeFocus()
{
    if (!shares_ || focused_ >= shares_->size()) {
        focus_->setText(shares_ ? tr("Focus an entity to mark it on the boxes.") : QString());
        return;
    }
    const ClsAttentionShares& s = shares_->of(rollout_)[focused_];
    QString text = tr("<b>%1</b> (red diamonds): structure %2, image %3, text %4, [CLS] itself %5 — most to %6.")
                       .arg(entityName(focused_).toHtmlEscaped(), percent(s.structure),
                           shares_->hasVisual[focused_] != 0 ? percent(s.visual) : tr("no image"),
                           shares_->hasText[focused_] != 0 ? percent(s.text) : tr("no text"), percent(s.self),
                           slotName(dominantModality(s)));
    focus_->setText(text);
}

QString ModalitySharesView::csv() const
{
    QString out = QStringLiteral("key,label,has_image,has_text,self,structure,visual,text\n");
    if (!shares_ || !graph_)
        return out;
    const auto& rows = shares_->of(rollout_);
    for (EntityId e = 0; e < rows.size(); ++e) {
        const Entity& entity = graph_->entity(e);
        const ClsAttentionShares& s = rows[e];
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                   .arg(csvField(qs(entity.key)), csvField(qs(entity.label)))
                   .arg(shares_->hasVisual[e])
                   .arg(shares_->hasText[e])
                   .arg(s.self, 0, 'g', 8)
                   .arg(s.structure, 0, 'g', 8)
                   .arg(s.visual, 0, 'g', 8)
                   .arg(s.text, 0, 'g', 8);
    }
    return out;
}

void ModalitySharesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ModalitySharesView::retranslate()
{
    const QSignalBlocker blockMap(mapBox_);
    const QSignalBlocker blockSlot(slotBox_);
    mapBox_->clear();
    mapBox_->addItems({tr("Last layer, heads averaged"), tr("Attention rollout")});
    mapBox_->setCurrentIndex(rollout_ ? 1 : 0);
    slotBox_->clear();
    for (const AttentionSlot slot : kBoxes)
        slotBox_->addItem(tr("Where %1 gets the most").arg(slotName(slot)));
    slotBox_->setCurrentIndex(static_cast<int>(rankedSlot_));
    const int entities = graph_ ? static_cast<int>(graph_->entityCount()) : 0;
    measure_->setText(shares_ ? tr("Measure again") : tr("Measure over all %n entities", nullptr, entities));
    measure_->setEnabled(modelOpen_ && graph_ != nullptr);
    export_->setEnabled(shares_ != nullptr);
    if (!modelOpen_) {
        status_->setText(tr("Open a MyGO model to see how much structure, image and text count for its entities."));
    } else if (!shares_) {
        status_->setText(tr("Where [CLS] looks in MyGO's entity encoder, for every entity: one encoder pass over the "
                            "graph. Press Measure."));
    } else {
        status_->setText(tr(
            "[CLS]'s attention shares over %n entities; entities without an image (text) are left "
            "out of the image (text) box: %1 without an image, %2 without text. Boxes: quartiles and median; whiskers: "
            "smallest and largest share.",
            nullptr, static_cast<int>(shares_->size()))
                             .arg(std::count(shares_->hasVisual.begin(), shares_->hasVisual.end(), std::uint8_t {0}))
                             .arg(std::count(shares_->hasText.begin(), shares_->hasText.end(), std::uint8_t {0})));
    }
    redraw();
    fillRanked();
    describeFocus();
}

}  // namespace tessera
