#include "plots/AttentionView.h"

#include "plots/CsvField.h"
#include "plots/ExportButton.h"
#include "plots/TokensView.h"

#include "plots/QCustomPlotInclude.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera {

namespace {

constexpr int kThresholdSteps = 100;
constexpr int kSmallSide = 72;  // a head of the grid: enough to see its pattern, not its numbers

QCPColorGradient attentionGradient()
{
    // White for no attention, deep blue for all of it: thresholded cells vanish into the page.
    QCPColorGradient gradient;
    gradient.setColorStops({{0.0, QColor(255, 255, 255)}, {0.35, QColor(158, 202, 225)}, {1.0, QColor(8, 48, 107)}});
    return gradient;
}

QCustomPlot* makeMapPlot(QWidget* parent, int minimum)
{
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumSize(minimum, minimum);
    plot->yAxis->setRangeReversed(true);  // query 0 ([CLS]) on top, as a matrix is read
    // Row 0: the title (what the map is), above the axis rect.
    plot->plotLayout()->insertRow(0);
    auto* title = new QCPTextElement(plot, QString());
    QFont small = title->font();
    small.setPointSize(std::max(6, small.pointSize() - 1));
    title->setFont(small);
    plot->plotLayout()->addElement(0, 0, title);
    return plot;
}

// A small map of the grid: no ticks, no labels, no margins; its title says which head it is.
void bareAxes(QCustomPlot* plot)
{
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        axis->setTickLabels(false);
        axis->setTicks(false);
    }
    plot->axisRect()->setAutoMargins(QCP::msNone);
    plot->axisRect()->setMargins(QMargins(2, 2, 2, 2));
}

}  // namespace

AttentionView::AttentionView(QWidget* parent)
    : QWidget(parent)
    , title_(new QLabel(this))
    , modeBox_(new QComboBox(this))
    , inputBox_(new QComboBox(this))
    , thresholdLabel_(new QLabel(this))
    , threshold_(new QSlider(Qt::Horizontal, this))
    , grid_(new QWidget(this))
    , gridLayout_(new QGridLayout(grid_))
    , main_(makeMapPlot(this, 200))
    , beside_(makeMapPlot(this, 200))
    , shares_(new QLabel(this))
    , splitter_(new QSplitter(Qt::Vertical, this))
    , lower_(new QTabWidget(splitter_))
    , table_(new QTableWidget(lower_))
    , inputs_(new TokensView(lower_))
    , export_(new ExportButton(
          this, [this] { return csv(); },
          [this] {
              return QStringLiteral("attention-%1").arg(entityName_.isEmpty() ? QStringLiteral("entity") : entityName_);
          },
          this))
{
    title_->setWordWrap(true);
    shares_->setWordWrap(true);
    threshold_->setRange(0, kThresholdSteps);
    threshold_->setMaximumWidth(120);
    gridLayout_->setContentsMargins(0, 0, 0, 0);
    gridLayout_->setSpacing(2);
    beside_->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setDefaultSectionSize(56);
    table_->setMinimumHeight(80);

    auto* controls = new QHBoxLayout;
    controls->addWidget(modeBox_);
    controls->addWidget(inputBox_);
    controls->addWidget(thresholdLabel_);
    controls->addWidget(threshold_);
    controls->addStretch(1);
    controls->addWidget(export_);
    auto* maps = new QHBoxLayout;
    maps->addWidget(grid_, 0, Qt::AlignTop);
    maps->addWidget(main_, 1);
    maps->addWidget(beside_, 1);
    auto* mapsPane = new QWidget(splitter_);
    auto* mapsColumn = new QVBoxLayout(mapsPane);
    mapsColumn->setContentsMargins(0, 0, 0, 0);
    mapsColumn->addLayout(maps, 1);
    mapsColumn->addWidget(shares_);
    lower_->addTab(table_, QString());
    // Scrolled: the images and text need room the dock may not have, and must not make the
    // window taller than the screen.
    auto* inputsScroll = new QScrollArea(lower_);
    inputsScroll->setWidget(inputs_);
    inputsScroll->setWidgetResizable(true);
    inputsScroll->setFrameShape(QFrame::NoFrame);
    lower_->addTab(inputsScroll, QString());
    splitter_->addWidget(mapsPane);
    splitter_->addWidget(lower_);
    splitter_->setChildrenCollapsible(false);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addLayout(controls);
    layout->addWidget(splitter_, 1);
    connect(inputs_, &TokensView::codeClicked, this, &AttentionView::codeClicked);

    connect(modeBox_, &QComboBox::activated, this, [this](int index) { setMode(static_cast<Mode>(index)); });
    connect(
        inputBox_, &QComboBox::activated, this, [this](int index) { setInput(static_cast<AttentionInput>(index)); });
    connect(threshold_, &QSlider::valueChanged, this,
        [this](int value) { setThreshold(static_cast<double>(value) / kThresholdSteps); });
    retranslate();
    clear();
}

void AttentionView::clear()
{
    maps_ = {};
    names_.clear();
    entityName_.clear();
    rebuildGrid();
    refresh();
}

void AttentionView::setInputs(std::shared_ptr<const KnowledgeGraph> graph, std::shared_ptr<const TokenFolder> tokens,
    std::shared_ptr<const WordPieceTokenizer> wordPieces, int visualSlots, int textSlots)
{
    inputsSet_ = graph != nullptr;
    inputs_->setData(std::move(graph), std::move(tokens), std::move(wordPieces), visualSlots, textSlots);
    inputs_->setEntity(inputsSet_ ? maps_.entity : kNoEntity);
    refresh();
}

void AttentionView::setData(const EntityAttentionMaps& maps, const QStringList& tokenNames, const QString& entityName)
{
    const bool sameShape = hasData() && maps.layers() == maps_.layers() && maps.heads() == maps_.heads();
    maps_ = maps;
    names_ = tokenNames;
    while (names_.size() < maps_.layout.length())
        names_ << QString::number(names_.size());
    entityName_ = entityName;
    if (inputsSet_)
        inputs_->setEntity(maps_.entity);
    if (!sameShape) {
        layer_ = 0;
        head_ = 0;
        rebuildGrid();
    }
    refresh();
}

void AttentionView::setMode(Mode mode)
{
    mode_ = mode;
    modeBox_->setCurrentIndex(static_cast<int>(mode));
    refresh();
}

void AttentionView::setInput(AttentionInput input)
{
    input_ = input;
    inputBox_->setCurrentIndex(static_cast<int>(input));
    refresh();
}

void AttentionView::selectHead(int layer, int head)
{
    if (!hasData() || layer < 0 || head < 0 || layer >= maps_.layers() || head >= maps_.heads())
        return;
    layer_ = layer;
    head_ = head;
    mode_ = Mode::Head;
    modeBox_->setCurrentIndex(static_cast<int>(mode_));
    refresh();
    Q_EMIT headSelected(layer, head);
}

void AttentionView::setThreshold(double threshold)
{
    thresholdValue_ = std::clamp(threshold, 0.0, 1.0);
    const int steps = static_cast<int>(thresholdValue_ * kThresholdSteps + 0.5);
    if (threshold_->value() != steps) {
        const QSignalBlocker block(threshold_);
        threshold_->setValue(steps);
    }
    thresholdLabel_->setText(tr("Hide below %1").arg(thresholdValue_, 0, 'f', 2));
    refresh();
}

FloatArray AttentionView::shownMap(AttentionInput input) const
{
    if (!hasData())
        return {};
    const FloatArray& a = maps_.of(input);
    switch (mode_) {
    case Mode::Head:
        return attentionHead(a, 0, layer_, head_);
    case Mode::RolloutMean:
        return attentionRollout(a, 0, HeadFusion::Mean);
    case Mode::RolloutMax:
        return attentionRollout(a, 0, HeadFusion::Max);
    case Mode::LastLayerMean:
        return fusedHeads(a, 0, maps_.layers() - 1, HeadFusion::Mean);
    }
    return {};
}

void AttentionView::showInputsTab(bool inputs)
{
    lower_->setCurrentIndex(inputs ? 1 : 0);
}

TokenAttentionShading AttentionView::shownShading() const
{
    TokenAttentionShading out;
    if (!hasData())
        return out;
    const FloatArray map = shownMap(input_);
    const std::vector<std::uint8_t>& masked = maps_.maskedOf(input_);
    const EntityTokenLayout& layout = maps_.layout;
    for (std::int64_t i = 0; i < layout.visual && i < static_cast<std::int64_t>(maps_.visualIds.size()); ++i) {
        const std::int64_t key = layout.firstVisual() + i;
        if (masked[static_cast<std::size_t>(key)] == 0)
            out.visual[maps_.visualIds[static_cast<std::size_t>(i)]] = map.at(0, key);
    }
    for (std::int64_t i = 0; i < layout.text && i < static_cast<std::int64_t>(maps_.textIds.size()); ++i) {
        const std::int64_t key = layout.firstText() + i;
        if (masked[static_cast<std::size_t>(key)] == 0)
            out.text[maps_.textIds[static_cast<std::size_t>(i)]] = map.at(0, key);
    }
    out.source = mapTitle(input_);
    return out;
}

ClsAttentionShares AttentionView::shownShares() const
{
    return hasData() ? clsAttentionShares(shownMap(input_), maps_.layout) : ClsAttentionShares {};
}

QString AttentionView::mapTitle(AttentionInput input) const
{
    const QString which = input == AttentionInput::Full ? tr("full input")
        : input == AttentionInput::NoImage              ? tr("as if it had no image")
                                                        : tr("as if it had no text");
    switch (mode_) {
    case Mode::Head:
        return tr("Layer %1, head %2 — %3").arg(layer_ + 1).arg(head_ + 1).arg(which);
    case Mode::RolloutMean:
        return tr("Rollout, heads averaged — %1").arg(which);
    case Mode::RolloutMax:
        return tr("Rollout, heads by their maximum — %1").arg(which);
    case Mode::LastLayerMean:
        return tr("Last layer, heads averaged — %1").arg(which);
    }
    return which;
}

QStringList AttentionView::axisNames(const std::vector<std::uint8_t>& masked) const
{
    QStringList out;
    for (qsizetype i = 0; i < names_.size(); ++i)
        out << (static_cast<std::size_t>(i) < masked.size() && masked[static_cast<std::size_t>(i)] != 0
                ? QStringLiteral("⊘ ") + names_[i]
                : names_[i]);
    return out;
}

void AttentionView::rebuildGrid()
{
    for (QCustomPlot* plot : headPlots_)
        delete plot;
    headPlots_.clear();
    if (!hasData())
        return;
    for (int layer = 0; layer < maps_.layers(); ++layer) {
        for (int head = 0; head < maps_.heads(); ++head) {
            auto* plot = makeMapPlot(grid_, kSmallSide);
            plot->setMaximumSize(kSmallSide + 20, kSmallSide + 20);
            bareAxes(plot);
            plot->setProperty("layer", layer);
            plot->setProperty("head", head);
            plot->installEventFilter(this);
            plot->setCursor(Qt::PointingHandCursor);
            gridLayout_->addWidget(plot, layer, head);
            headPlots_.push_back(plot);
        }
    }
}

bool AttentionView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        if (auto* plot = qobject_cast<QCustomPlot*>(watched); plot && plot->property("layer").isValid()) {
            selectHead(plot->property("layer").toInt(), plot->property("head").toInt());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttentionView::drawMap(QCustomPlot* plot, const FloatArray& map, const std::vector<std::uint8_t>& masked,
    bool labelled, const QString& title)
{
    plot->clearPlottables();
    if (auto* text = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
        text->setText(title);
    const std::int64_t l = map.shape.size() == 2 ? map.shape[0] : 0;  // dim() reads 1 for no axes
    if (l == 0) {
        plot->replot();
        return;
    }
    auto* colours = new QCPColorMap(plot->xAxis, plot->yAxis);
    colours->data()->setSize(static_cast<int>(l), static_cast<int>(l));
    colours->data()->setRange(QCPRange(0, static_cast<double>(l - 1)), QCPRange(0, static_cast<double>(l - 1)));
    double top = 0;
    for (const float v : map.values)
        top = std::max(top, static_cast<double>(v));
    for (std::int64_t q = 0; q < l; ++q) {
        for (std::int64_t k = 0; k < l; ++k) {
            const double v = map.at(q, k);
            colours->data()->setCell(static_cast<int>(k), static_cast<int>(q), v < thresholdValue_ ? 0.0 : v);
        }
    }
    colours->setGradient(attentionGradient());
    colours->setInterpolate(false);
    colours->setDataRange(QCPRange(0, top > 0 ? top : 1));
    plot->xAxis->setRange(-0.5, static_cast<double>(l) - 0.5);
    plot->yAxis->setRange(-0.5, static_cast<double>(l) - 0.5);
    if (labelled) {
        const QStringList keys = axisNames(masked);
        auto xTicks = QSharedPointer<QCPAxisTickerText>::create();
        auto yTicks = QSharedPointer<QCPAxisTickerText>::create();
        for (std::int64_t i = 0; i < l && i < keys.size(); ++i) {
            xTicks->addTick(static_cast<double>(i), keys[static_cast<qsizetype>(i)]);
            yTicks->addTick(static_cast<double>(i), names_.value(static_cast<qsizetype>(i)));
        }
        plot->xAxis->setTicker(xTicks);
        plot->yAxis->setTicker(yTicks);
        plot->xAxis->setTickLabelRotation(60);
        plot->xAxis->setLabel(tr("key (what is read)"));
        plot->yAxis->setLabel(tr("query (who reads)"));
        const QFont small(font().family(), std::max(6, font().pointSize() - 2));
        plot->xAxis->setTickLabelFont(small);
        plot->yAxis->setTickLabelFont(small);
    } else {
        bareAxes(plot);
    }
    plot->replot();
}

void AttentionView::fillTable(const FloatArray& map, const std::vector<std::uint8_t>& masked)
{
    const auto l = static_cast<int>(map.shape.size() == 2 ? map.shape[0] : 0);
    table_->clear();
    table_->setRowCount(l);
    table_->setColumnCount(l);
    table_->setHorizontalHeaderLabels(axisNames(masked));
    table_->setVerticalHeaderLabels(names_.mid(0, l));
    for (int q = 0; q < l; ++q) {
        for (int k = 0; k < l; ++k) {
            auto* item = new QTableWidgetItem(QString::number(map.at(q, k), 'f', 4));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (static_cast<std::size_t>(k) < masked.size() && masked[static_cast<std::size_t>(k)] != 0)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            table_->setItem(q, k, item);
        }
    }
}

void AttentionView::refresh()
{
    export_->setEnabled(hasData());
    if (!hasData()) {
        title_->setText(tr("No attention to show: open a MyGO model (File ▸ Open Model…) and focus an entity."));
        drawMap(main_, {}, {}, true, {});
        beside_->setVisible(false);
        shares_->clear();
        table_->clear();
        table_->setRowCount(0);
        table_->setColumnCount(0);
        inputs_->setShading(std::nullopt);
        inputs_->setEntity(kNoEntity);
        return;
    }
    title_->setText(tr("%1: the cross-modal entity encoder's attention, %2 layer(s) × %3 head(s), %4 tokens")
                        .arg(entityName_)
                        .arg(maps_.layers())
                        .arg(maps_.heads())
                        .arg(maps_.layout.length()));
    for (QCustomPlot* plot : headPlots_) {
        const int layer = plot->property("layer").toInt();
        const int head = plot->property("head").toInt();
        const bool chosen = mode_ == Mode::Head && layer == layer_ && head == head_;
        drawMap(plot, attentionHead(maps_.of(input_), 0, layer, head), maps_.maskedOf(input_), false,
            chosen ? tr("▶ L%1 H%2").arg(layer + 1).arg(head + 1) : tr("L%1 H%2").arg(layer + 1).arg(head + 1));
    }
    drawMap(main_, shownMap(input_), maps_.maskedOf(input_), true, mapTitle(input_));
    beside_->setVisible(input_ != AttentionInput::Full);
    if (input_ != AttentionInput::Full)
        drawMap(beside_, shownMap(AttentionInput::Full), maps_.maskedOf(AttentionInput::Full), true,
            mapTitle(AttentionInput::Full));
    const ClsAttentionShares s = shownShares();
    const ClsAttentionShares m = s.modalitiesOnly();
    shares_->setText(tr("[CLS] reads structure %1 %, image %2 %, text %3 % of what it takes from other tokens "
                        "(itself: %4 % of its attention).")
                         .arg(100 * m.structure, 0, 'f', 1)
                         .arg(100 * m.visual, 0, 'f', 1)
                         .arg(100 * m.text, 0, 'f', 1)
                         .arg(100 * s.self, 0, 'f', 1));
    fillTable(shownMap(input_), maps_.maskedOf(input_));
    // Only a changed shading redraws the images (the threshold, say, changes nothing there).
    if (TokenAttentionShading shading = shownShading(); inputsSet_ && inputs_->shading() != shading)
        inputs_->setShading(std::move(shading));
}

QString AttentionView::csv() const
{
    if (!hasData())
        return {};
    const FloatArray map = shownMap(input_);
    const QStringList keys = axisNames(maps_.maskedOf(input_));
    QString out = QStringLiteral("query");
    for (const QString& k : keys)
        out += QLatin1Char(',') + csvField(k);
    out += QLatin1Char('\n');
    for (std::int64_t q = 0; q < map.dim(0); ++q) {
        out += csvField(names_.value(static_cast<qsizetype>(q)));
        for (std::int64_t k = 0; k < map.dim(1); ++k)
            out += QLatin1Char(',') + QString::number(map.at(q, k), 'g', 7);
        out += QLatin1Char('\n');
    }
    return out;
}

void AttentionView::resizeEvent(QResizeEvent* event)
{
    // Wide (a figure, a maximised dock): the maps keep their square beside the image and text;
    // narrow (the usual side dock): one above the other.
    const QSize size = event->size();
    splitter_->setOrientation(size.width() >= 900 && size.width() >= size.height() ? Qt::Horizontal : Qt::Vertical);
    QWidget::resizeEvent(event);
}

void AttentionView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void AttentionView::retranslate()
{
    const QSignalBlocker blockMode(modeBox_);
    const QSignalBlocker blockInput(inputBox_);
    modeBox_->clear();
    modeBox_->addItems({tr("One head"), tr("Rollout (mean of heads)"), tr("Rollout (max of heads)"),
        tr("Last layer (mean of heads)")});
    modeBox_->setCurrentIndex(static_cast<int>(mode_));
    modeBox_->setToolTip(tr("Rollout (Abnar & Zuidema 2020): each layer's heads fused, 0.5·A + 0.5·I, rows "
                            "renormalised, multiplied over the layers"));
    inputBox_->clear();
    inputBox_->addItems({tr("Full input"), tr("As if it had no image"), tr("As if it had no text")});
    inputBox_->setCurrentIndex(static_cast<int>(input_));
    inputBox_->setToolTip(tr("An ablation is drawn beside the full input"));
    thresholdLabel_->setText(tr("Hide below %1").arg(thresholdValue_, 0, 'f', 2));
    threshold_->setToolTip(tr("Cells with less attention are left blank"));
    lower_->setTabText(0, tr("Numbers"));
    lower_->setTabText(1, tr("On the image and text"));
    lower_->setTabToolTip(1,
        tr("The patches of each kept visual token and each kept word piece, shaded by the "
           "attention [CLS] gives that token in the map shown"));
}

}  // namespace tessera
