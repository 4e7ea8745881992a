#include "plots/CodebookView.h"

#include "graph/KnowledgeGraph.h"
#include "imagery/PatchCrop.h"
#include "imagery/PatchImagePath.h"
#include "imagery/ThumbnailCache.h"
#include "plots/CodeColours.h"
#include "plots/ExportButton.h"
#include "tokenizers/CodebookProjection.h"

#include "plots/QCustomPlotInclude.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>
#include <optional>

namespace tessera {

namespace {

constexpr std::int64_t kTopCodes = 10;
constexpr int kShownUsers = 200;   // entities listed for a code; the title gives the total
constexpr int kShownPatches = 60;  // patch crops for a code: enough to see what it stands for
constexpr int kCropSide = 40;      // icon side of a crop
// Thumbnails at the tokenizer's own resolution: a 224-px image of 16-px patches loses nothing.
constexpr int kThumbnailSide = 224;
constexpr qsizetype kThumbnailBytes = 64LL << 20;
constexpr int kPatchIndexRole = Qt::UserRole + 1;
constexpr int kPatchPathRole = Qt::UserRole + 2;

QCustomPlot* makePlot(QWidget* parent)
{
    auto* plot = new QCustomPlot(parent);
    // Small minimums: the dock shares the window with the graph, and three columns of plots must
    // fit where two did.
    plot->setMinimumSize(160, 160);
    plot->setInteractions(QCP::iSelectPlottables);
    return plot;
}

}  // namespace

CodebookView::CodebookView(QWidget* parent)
    : QWidget(parent)
    , modalityBox_(new QComboBox(this))
    , logScale_(new QCheckBox(this))
    , summary_(new QLabel(this))
    , histogram_(makePlot(this))
    , rankFrequency_(makePlot(this))
    , modalities_(makePlot(this))
    , curves_(makePlot(this))
    , projection_(makePlot(this))
    , usersTitle_(new QLabel(this))
    , users_(new QListWidget(this))
    , patchesTitle_(new QLabel(this))
    , patches_(new QListWidget(this))
    , thumbnails_(new ThumbnailCache(kThumbnailSide, kThumbnailBytes, this))
    , export_(new ExportButton(
          this, [this] { return countsCsv(); },
          [this] {
              return QStringLiteral("codebook-%1")
                  .arg(modality_ == Modality::Text ? QStringLiteral("text") : QStringLiteral("visual"));
          },
          this))
{
    usersTitle_->setWordWrap(true);
    patchesTitle_->setWordWrap(true);
    patches_->setViewMode(QListView::IconMode);
    patches_->setIconSize(QSize(kCropSide, kCropSide));
    patches_->setResizeMode(QListView::Adjust);
    patches_->setMovement(QListView::Static);
    patches_->setSpacing(2);
    auto* top = new QHBoxLayout;
    top->addWidget(modalityBox_);
    top->addWidget(logScale_);
    top->addStretch();
    top->addWidget(export_);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* plots = new QGridLayout;
    plots->addWidget(histogram_, 0, 0);
    plots->addWidget(rankFrequency_, 0, 1);
    plots->addWidget(modalities_, 1, 0);
    plots->addWidget(curves_, 1, 1);
    plots->addWidget(projection_, 0, 2, 2, 1);
    auto* side = new QVBoxLayout;
    side->addWidget(usersTitle_);
    side->addWidget(users_, 2);
    side->addWidget(patchesTitle_);
    side->addWidget(patches_, 1);
    auto* body = new QHBoxLayout;
    body->addLayout(plots, 4);
    body->addLayout(side, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(summary_);
    layout->addLayout(body, 1);

    connect(modalityBox_, &QComboBox::activated, this,
        [this](int index) { setModality(index == 1 ? Modality::Text : Modality::Visual); });
    connect(logScale_, &QCheckBox::toggled, this, &CodebookView::setLogScale);
    connect(histogram_, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable*, int index, QMouseEvent*) {
        if (index >= 0 && static_cast<std::size_t>(index) < sortedCodes_.size())
            selectCode(sortedCodes_[static_cast<std::size_t>(index)]);
    });
    connect(projection_, &QCustomPlot::plottableClick, this,
        [this](QCPAbstractPlottable* plottable, int index, QMouseEvent*) {
            for (int group = 0; group < 3; ++group) {
                if (projectionGraphs_[static_cast<std::size_t>(group)] == plottable && index >= 0
                    && static_cast<std::size_t>(index) < projected_[static_cast<std::size_t>(group)].size()) {
                    // The code's usage lists are the modality's; a text-only code is shown as text.
                    if (group == 2 && modality_ != Modality::Text && tokens_ && tokens_->text)
                        setModality(Modality::Text);
                    selectCode(projected_[static_cast<std::size_t>(group)][static_cast<std::size_t>(index)]);
                }
            }
        });
    const auto activate = [this](QListWidgetItem* item) {
        if (item != nullptr && item->data(Qt::UserRole).isValid())
            Q_EMIT entityActivated(item->data(Qt::UserRole).value<EntityId>());
    };
    connect(users_, &QListWidget::itemActivated, this, activate);
    connect(patches_, &QListWidget::itemActivated, this, activate);
    connect(thumbnails_, &ThumbnailCache::thumbnailReady, this, &CodebookView::fillPatchCrops);
    retranslate();
}

void CodebookView::setData(std::shared_ptr<const KnowledgeGraph> graph, std::shared_ptr<const TokenFolder> tokens)
{
    graph_ = std::move(graph);
    tokens_ = std::move(tokens);
    if (tokens_ && !tokens_->visual && tokens_->text)
        modality_ = Modality::Text;
    refresh();
}

void CodebookView::setModality(Modality modality)
{
    modality_ = modality;
    refresh();
}

void CodebookView::setLogScale(bool on)
{
    logScale_->setChecked(on);
    histogram_->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        histogram_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        histogram_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    histogram_->yAxis->setRange(on ? 0.8 : 0.0,
        std::max<double>(1.0,
            usage_.counts.empty()
                ? 1.0
                : static_cast<double>(*std::max_element(usage_.counts.begin(), usage_.counts.end())) * 1.1));
    histogram_->replot();
}

const TokenModality* CodebookView::modality() const
{
    if (!tokens_)
        return nullptr;
    const auto& m = modality_ == Modality::Visual ? tokens_->visual : tokens_->text;
    return m ? &*m : nullptr;
}

QString CodebookView::summaryText() const
{
    const TokenModality* m = modality();
    if (m == nullptr)
        return tr("No tokens for this modality.");
    const CodeUsage& u = usage_;
    return tr("%1 — %2: %3 codes, %4 used (%5 %), %6 dead; perplexity %7 (normalised entropy %8); the top %9 codes "
              "hold %10 % of %11 occurrences; Gini %12; %13 entities have tokens.")
        .arg(modality_ == Modality::Visual ? tr("Visual codebook") : tr("Text codebook"),
            QString::fromStdString(m->tokenizer))
        .arg(u.codes)
        .arg(u.used)
        .arg(100.0 * u.usage, 0, 'f', 1)
        .arg(u.dead)
        .arg(u.perplexity, 0, 'f', 2)
        .arg(u.normalisedEntropy, 0, 'f', 3)
        .arg(u.top)
        .arg(100.0 * u.topMass, 0, 'f', 1)
        .arg(u.total)
        .arg(u.gini, 0, 'f', 3)
        .arg(m->tokens.entries);
}

QString CodebookView::countsCsv() const
{
    QString csv = QStringLiteral("code,count,document_frequency\n");
    for (std::size_t c = 0; c < usage_.counts.size(); ++c)
        csv += QStringLiteral("%1,%2,%3\n").arg(c).arg(usage_.counts[c]).arg(usage_.documentFrequency[c]);
    return csv;
}

void CodebookView::selectCode(std::int64_t code)
{
    users_->clear();
    patches_->clear();
    selected_ = -1;
    const TokenModality* m = modality();
    if (m == nullptr || !graph_ || code < 0 || code >= m->codes)
        return;
    selected_ = code;
    const auto users = CodebookStatistics::entitiesUsing(code, m->tokens.tokens);
    usersTitle_->setText(tr("Code %1: %2 occurrences in %3 entities")
                             .arg(code)
                             .arg(usage_.counts[static_cast<std::size_t>(code)])
                             .arg(users.size()));
    for (std::size_t i = 0; i < users.size() && static_cast<int>(i) < kShownUsers; ++i) {
        const auto entity = static_cast<EntityId>(users[i].first);
        const Entity& e = graph_->entity(entity);
        auto* item = new QListWidgetItem(
            tr("%1 × %2").arg(users[i].second).arg(QString::fromStdString(e.label.empty() ? e.key : e.label)));
        item->setData(Qt::UserRole, QVariant::fromValue(entity));
        users_->addItem(item);
    }
    // Patch grids hold visual codes; in a shared codebook a text code is the same vector, so its
    // image patches show what it stands for in pictures too.
    const bool visualCodes = modality_ == Modality::Visual || tokens_->sharedCodebook;
    int patchCount = 0;
    if (visualCodes && tokens_->grid > 0) {
        for (const ImagePatchCodes& grid : tokens_->patches) {
            const QString path = patchImagePath(*graph_, grid);
            for (std::size_t p = 0; p < grid.codes.size(); ++p) {
                if (grid.codes[p] != code)
                    continue;
                ++patchCount;
                if (patches_->count() >= kShownPatches || path.isEmpty())
                    continue;
                const Entity& e = graph_->entity(grid.entity);
                auto* item = new QListWidgetItem;
                item->setToolTip(tr("%1 — %2, patch row %3, column %4")
                                     .arg(QString::fromStdString(e.label.empty() ? e.key : e.label),
                                         QString::fromStdString(grid.image))
                                     .arg(static_cast<int>(p) / tokens_->grid + 1)
                                     .arg(static_cast<int>(p) % tokens_->grid + 1));
                item->setData(Qt::UserRole, QVariant::fromValue(grid.entity));
                item->setData(kPatchIndexRole, static_cast<int>(p));
                item->setData(kPatchPathRole, path);
                patches_->addItem(item);
            }
        }
    }
    patchesTitle_->setText(!visualCodes ? tr("Text codes of a separate codebook have no image patches.")
            : patchCount == 0
            ? tr("No image patch carries code %1.").arg(code)
            : tr("%1 image patches carry code %2 (%3 shown):").arg(patchCount).arg(code).arg(patches_->count()));
    QSet<QString> asked;
    for (int i = 0; i < patches_->count(); ++i) {
        const QString path = patches_->item(i)->data(kPatchPathRole).toString();
        if (!asked.contains(path) && !thumbnails_->thumbnail(path).isNull())
            fillPatchCrops(path);
        asked.insert(path);
    }
    Q_EMIT codeSelected(code);
}

QImage CodebookView::patchCrop(int row) const
{
    QListWidgetItem* item = patches_->item(row);
    if (item == nullptr)
        return {};
    return item->data(Qt::DecorationRole).value<QIcon>().pixmap(kCropSide, kCropSide).toImage();
}

void CodebookView::fillPatchCrops(const QString& path)
{
    const QImage image = thumbnails_->thumbnail(path);
    if (image.isNull() || tokens_ == nullptr || tokens_->grid < 1)
        return;
    const int grid = tokens_->grid;
    for (int i = 0; i < patches_->count(); ++i) {
        QListWidgetItem* item = patches_->item(i);
        if (item->data(kPatchPathRole).toString() != path)
            continue;
        const QImage crop = tessera::patchCrop(image, grid, item->data(kPatchIndexRole).toInt(), kCropSide);
        item->setIcon(QIcon(QPixmap::fromImage(crop)));
    }
}

void CodebookView::refresh()
{
    const TokenModality* m = modality();
    usage_ = m != nullptr ? CodebookStatistics::usage(m->codes, m->tokens.tokens, kTopCodes) : CodeUsage {};
    summary_->setText(summaryText());
    users_->clear();
    patches_->clear();
    patchesTitle_->clear();
    selected_ = -1;
    usersTitle_->setText(tr("Click a bar (or a point of the code plane) to list the entities and image patches "
                            "that use its code."));
    modalityBox_->setCurrentIndex(modality_ == Modality::Text ? 1 : 0);

    sortedCodes_.resize(usage_.counts.size());
    std::iota(sortedCodes_.begin(), sortedCodes_.end(), std::int64_t {0});
    std::stable_sort(sortedCodes_.begin(), sortedCodes_.end(), [&](std::int64_t a, std::int64_t b) {
        return usage_.counts[static_cast<std::size_t>(a)] > usage_.counts[static_cast<std::size_t>(b)];
    });

    histogram_->clearPlottables();
    auto* bars = new QCPBars(histogram_->xAxis, histogram_->yAxis);
    QVector<double> x;
    QVector<double> y;
    for (std::size_t i = 0; i < sortedCodes_.size(); ++i) {
        x << static_cast<double>(i);
        y << static_cast<double>(usage_.counts[static_cast<std::size_t>(sortedCodes_[i])]);
    }
    bars->setData(x, y, true);
    bars->setWidth(0.9);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(70, 110, 180));
    histogram_->xAxis->setRange(-0.5, std::max<double>(1.0, static_cast<double>(x.size()) - 0.5));
    setLogScale(logScale_->isChecked());

    rankFrequency_->clearGraphs();
    rankFrequency_->addGraph();
    QVector<double> rank;
    QVector<double> frequency;
    for (std::size_t i = 0; i < sortedCodes_.size(); ++i) {
        const auto count = usage_.counts[static_cast<std::size_t>(sortedCodes_[i])];
        if (count == 0)
            break;
        rank << static_cast<double>(i + 1);
        frequency << static_cast<double>(count) / static_cast<double>(std::max<std::int64_t>(1, usage_.total));
    }
    rankFrequency_->graph(0)->setData(rank, frequency, true);
    rankFrequency_->graph(0)->setPen(QPen(QColor(180, 80, 50), 2));
    for (QCPAxis* axis : {rankFrequency_->xAxis, rankFrequency_->yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    }
    if (!rank.isEmpty()) {
        rankFrequency_->xAxis->setRange(0.8, rank.back() * 1.25);
        rankFrequency_->yAxis->setRange(frequency.back() * 0.8, frequency.front() * 1.25);
    }
    rankFrequency_->replot();

    // Used and dead codes of each modality the folder has.
    modalities_->clearPlottables();
    auto* used = new QCPBars(modalities_->xAxis, modalities_->yAxis);
    auto* dead = new QCPBars(modalities_->xAxis, modalities_->yAxis);
    dead->moveAbove(used);
    used->setBrush(QColor(70, 150, 90));
    dead->setBrush(QColor(200, 200, 200));
    used->setName(tr("used"));
    dead->setName(tr("dead"));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double maxCodes = 1;
    int position = 1;
    for (const auto& [which, label] : {std::pair {tokens_ ? &tokens_->visual : nullptr, tr("visual")},
             std::pair {tokens_ ? &tokens_->text : nullptr, tr("text")}}) {
        if (which == nullptr || !*which)
            continue;
        const CodeUsage u = CodebookStatistics::usage((*which)->codes, (*which)->tokens.tokens);
        used->addData(position, static_cast<double>(u.used));
        dead->addData(position, static_cast<double>(u.dead));
        ticker->addTick(position, label);
        maxCodes = std::max(maxCodes, static_cast<double>(u.codes));
        ++position;
    }
    modalities_->xAxis->setTicker(ticker);
    modalities_->xAxis->setRange(0.3, position - 0.3);
    modalities_->yAxis->setRange(0, maxCodes * 1.1);
    modalities_->legend->setVisible(true);
    modalities_->replot();

    curves_->clearGraphs();
    if (tokens_ && !tokens_->log.empty() && modality_ == Modality::Visual) {
        curves_->addGraph(curves_->xAxis, curves_->yAxis);
        curves_->addGraph(curves_->xAxis, curves_->yAxis2);
        QVector<double> epochs;
        QVector<double> perplexity;
        QVector<double> usagePercent;
        for (const TokenizerEpoch& e : tokens_->log) {
            epochs << e.epoch;
            perplexity << e.perplexity;
            usagePercent << 100.0 * e.usage;
        }
        curves_->graph(0)->setData(epochs, perplexity, true);
        curves_->graph(0)->setName(tr("perplexity"));
        curves_->graph(0)->setPen(QPen(QColor(70, 110, 180), 2));
        curves_->graph(1)->setData(epochs, usagePercent, true);
        curves_->graph(1)->setName(tr("usage %"));
        curves_->graph(1)->setPen(QPen(QColor(70, 150, 90), 2));
        curves_->yAxis2->setVisible(true);
        curves_->xAxis->setRange(epochs.front() - 0.5, epochs.back() + 0.5);
        double highest = *std::max_element(perplexity.begin(), perplexity.end());
        // A tokenizer of images and text logs the text codes' perplexity too.
        if (std::any_of(tokens_->log.begin(), tokens_->log.end(),
                [](const TokenizerEpoch& e) { return e.textPerplexity > 0; })) {
            QVector<double> textPerplexity;
            for (const TokenizerEpoch& e : tokens_->log)
                textPerplexity << e.textPerplexity;
            QCPGraph* text = curves_->addGraph(curves_->xAxis, curves_->yAxis);
            text->setData(epochs, textPerplexity, true);
            text->setName(tr("text perplexity"));
            text->setPen(QPen(QColor(200, 70, 50), 2));
            curves_->graph(0)->setName(tr("image perplexity"));
            curves_->graph(1)->setName(tr("image usage %"));
            highest = std::max(highest, *std::max_element(textPerplexity.begin(), textPerplexity.end()));
        }
        curves_->yAxis->setRange(0, highest * 1.1 + 1);
        curves_->yAxis2->setRange(0, 100);
        curves_->legend->setVisible(true);
    }
    curves_->replot();
    refreshProjection();
    retranslate();
}

void CodebookView::refreshProjection()
{
    projection_->clearGraphs();
    projectionGraphs_ = {nullptr, nullptr, nullptr};
    for (auto& codes : projected_)
        codes.clear();
    const bool available = tokens_ && tokens_->visual && tokens_->codeWidth > 0
        && tokens_->codeVectors.size() == static_cast<std::size_t>(tokens_->visual->codes * tokens_->codeWidth);
    projection_->setVisible(available);
    if (!available)
        return;
    const CodeUsage visual = CodebookStatistics::usage(tokens_->visual->codes, tokens_->visual->tokens.tokens);
    std::optional<CodeUsage> text;
    if (tokens_->sharedCodebook && tokens_->text && tokens_->text->codes == tokens_->visual->codes)
        text = CodebookStatistics::usage(tokens_->text->codes, tokens_->text->tokens.tokens);
    std::vector<std::int64_t> used;
    std::vector<int> group;
    const double visualTotal = static_cast<double>(std::max<std::int64_t>(1, visual.total));
    const double textTotal = text ? static_cast<double>(std::max<std::int64_t>(1, text->total)) : 1.0;
    for (std::int64_t c = 0; c < tokens_->visual->codes; ++c) {
        const double v = static_cast<double>(visual.counts[static_cast<std::size_t>(c)]) / visualTotal;
        const double t = text ? static_cast<double>(text->counts[static_cast<std::size_t>(c)]) / textTotal : 0.0;
        if (v + t <= 0)
            continue;
        const double textShare = t / (v + t);
        used.push_back(c);
        group.push_back(textShare < 0.2 ? 0 : textShare > 0.8 ? 2 : 1);
    }
    if (used.empty())
        return;
    const CodebookProjection plane = CodebookProjection::compute(tokens_->codeVectors, tokens_->codeWidth, used);
    const QColor colours[3] = {QColor(50, 100, 190), QColor(140, 70, 160), QColor(200, 70, 50)};
    const QString names[3] = {tr("image codes"), tr("mixed codes"), tr("text codes")};
    // QCPGraph keeps its points sorted by key; sorting here keeps a click's index → code.
    std::vector<std::size_t> order(used.size());
    std::iota(order.begin(), order.end(), std::size_t {0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return plane.x[a] < plane.x[b]; });
    std::array<QVector<double>, 3> xs;
    std::array<QVector<double>, 3> ys;
    for (const std::size_t i : order) {
        const auto g = static_cast<std::size_t>(group[i]);
        xs[g] << plane.x[i];
        ys[g] << plane.y[i];
        projected_[g].push_back(used[i]);
    }
    // Text codes drawn first: a codebook's few image codes would vanish under its many text codes.
    for (const std::size_t g : {std::size_t {2}, std::size_t {1}, std::size_t {0}}) {
        QCPGraph* graph = projection_->addGraph();
        projectionGraphs_[g] = graph;
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colours[g], colours[g], 5));
        graph->setData(xs[g], ys[g], true);
        graph->setName(QStringLiteral("%1 (%2)").arg(names[g]).arg(xs[g].size()));
        if (!text && g > 0)
            graph->removeFromLegend();
    }
    projection_->rescaleAxes();
    projection_->xAxis->scaleRange(1.1);
    projection_->yAxis->scaleRange(1.1);
    projection_->xAxis->setLabel(tr("PC 1 (%1 % of variance)").arg(100.0 * plane.explained[0], 0, 'f', 0));
    projection_->yAxis->setLabel(tr("PC 2 (%1 % of variance)").arg(100.0 * plane.explained[1], 0, 'f', 0));
    projection_->legend->setVisible(true);
    projection_->legend->setBrush(QColor(255, 255, 255, 200));
    projection_->replot();
}

void CodebookView::retranslate()
{
    modalityBox_->clear();
    modalityBox_->addItems({tr("Visual codes"), tr("Text codes")});
    modalityBox_->setCurrentIndex(modality_ == Modality::Text ? 1 : 0);
    logScale_->setText(tr("Log scale"));
    histogram_->xAxis->setLabel(tr("codes, most used first"));
    histogram_->yAxis->setLabel(tr("occurrences"));
    rankFrequency_->xAxis->setLabel(tr("rank"));
    rankFrequency_->yAxis->setLabel(tr("share of occurrences"));
    modalities_->yAxis->setLabel(tr("codes"));
    curves_->xAxis->setLabel(tr("tokenizer epoch"));
    curves_->yAxis->setLabel(tr("perplexity"));
    curves_->yAxis2->setLabel(tr("usage %"));
    summary_->setText(summaryText());
    for (QCustomPlot* plot : {histogram_, rankFrequency_, modalities_, curves_, projection_})
        plot->replot();
}

void CodebookView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace tessera
