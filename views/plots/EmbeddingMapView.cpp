#include "plots/EmbeddingMapView.h"

#include "plots/EmbeddingColouring.h"

#include "plots/TsneDiskCache.h"

#include "embedding/Tsne.h"
#include "graph/KnowledgeGraph.h"
#include "io/TokenFolderReader.h"
#include "plots/CsvField.h"
#include "plots/ExportButton.h"
#include "tokenizers/CodebookProjection.h"

#include "plots/QCustomPlotInclude.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

constexpr double kHoverPixels = 8.0;  // how near the pointer must be to a point to name it
constexpr int kEntityRole = Qt::UserRole + 1;

// Tableau 10: told apart by most readers, including most with a colour-vision deficiency.
const QColor kGroupColours[] = {QColor(78, 121, 167), QColor(242, 142, 43), QColor(89, 161, 79), QColor(225, 87, 89),
    QColor(118, 183, 178), QColor(237, 201, 72), QColor(176, 122, 161), QColor(255, 157, 167), QColor(156, 117, 95),
    QColor(186, 176, 172)};

QString entityName(const Entity& entity)
{
    return QString::fromStdString(entity.label.empty() ? entity.key : entity.label);
}

}  // namespace

EmbeddingMapView::EmbeddingMapView(QWidget* parent)
    : QWidget(parent)
    , status_(new QLabel(this))
    , subjectBox_(new QComboBox(this))
    , methodBox_(new QComboBox(this))
    , colourBox_(new QComboBox(this))
    , progress_(new QProgressBar(this))
    , cancel_(new QPushButton(this))
    , export_(new ExportButton(
          this, [this] { return csv(); }, [] { return QStringLiteral("embedding-map"); }, this))
    , plot_(new QCustomPlot(this))
    , neighbourTitle_(new QLabel(this))
    , neighbourList_(new QListWidget(this))
    , areaTitle_(new QLabel(this))
    , areaList_(new QListWidget(this))
{
    status_->setWordWrap(true);
    progress_->setMaximumWidth(140);
    progress_->setVisible(false);
    cancel_->setVisible(false);
    plot_->setMinimumSize(220, 220);
    plot_->setInteraction(QCP::iRangeZoom, true);
    plot_->setSelectionRectMode(QCP::srmCustom);  // a dragged rectangle lists what it holds
    plot_->installEventFilter(this);
    plot_->setMouseTracking(true);
    plot_->legend->setVisible(true);
    QFont small = plot_->legend->font();
    small.setPointSize(std::max(6, small.pointSize() - 1));
    plot_->legend->setFont(small);
    neighbourList_->setMinimumWidth(150);
    areaList_->setMinimumWidth(150);

    auto* controls = new QHBoxLayout;
    controls->addWidget(subjectBox_);
    controls->addWidget(methodBox_);
    controls->addWidget(colourBox_);
    controls->addWidget(progress_);
    controls->addWidget(cancel_);
    controls->addStretch(1);
    controls->addWidget(export_);
    auto* lists = new QVBoxLayout;
    lists->addWidget(neighbourTitle_);
    lists->addWidget(neighbourList_, 1);
    lists->addWidget(areaTitle_);
    lists->addWidget(areaList_, 1);
    auto* body = new QHBoxLayout;
    body->addWidget(plot_, 3);
    body->addLayout(lists, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(status_);
    layout->addLayout(body, 1);

    connect(methodBox_, &QComboBox::activated, this, [this](int index) { setMethod(static_cast<Method>(index)); });
    connect(subjectBox_, &QComboBox::activated, this, [this](int index) { setSubject(static_cast<Subject>(index)); });
    connect(
        colourBox_, &QComboBox::activated, this, [this](int index) { setColouring(static_cast<Colouring>(index)); });
    connect(cancel_, &QPushButton::clicked, this, &EmbeddingMapView::cancel);
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &EmbeddingMapView::onComputed);
    connect(plot_->selectionRect(), &QCPSelectionRect::accepted, this, [this](const QRect& rect, QMouseEvent*) {
        const QRectF area(QPointF(plot_->xAxis->pixelToCoord(rect.left()), plot_->yAxis->pixelToCoord(rect.top())),
            QPointF(plot_->xAxis->pixelToCoord(rect.right()), plot_->yAxis->pixelToCoord(rect.bottom())));
        selectArea(area.normalized());
    });
    for (QListWidget* list : {neighbourList_, areaList_}) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            const auto point = static_cast<EntityId>(item->data(kEntityRole).toUInt());
            if (subject_ == Subject::Relations) {
                focused_ = point;
                listNeighbours();
                redraw();
                return;
            }
            focusEntity(point);
            Q_EMIT entityActivated(point);
        });
    }
    retranslate();
    clear();
}

EmbeddingMapView::~EmbeddingMapView()
{
    stop_.request_stop();
    watcher_.waitForFinished();
}

void EmbeddingMapView::clear()
{
    cancel();
    graph_.reset();
    vectors_.reset();
    dim_ = 0;
    relationVectors_.reset();
    relationDim_ = 0;
    cacheKey_.clear();
    cache_.clear();
    xy_.clear();
    groups_.clear();
    groupNames_.clear();
    focused_ = kNoEntity;
    shares_.reset();
    neighbours_.clear();
    area_.clear();
    neighbourList_->clear();
    areaList_->clear();
    redraw();
}

void EmbeddingMapView::setData(std::shared_ptr<const KnowledgeGraph> graph,
    std::shared_ptr<const std::vector<float>> vectors, std::int64_t dim, const QString& cacheKey)
{
    cancel();
    if (!graph || !vectors) {
        clear();
        return;
    }
    if (cacheKey != cacheKey_)
        cache_.clear();
    graph_ = std::move(graph);
    vectors_ = std::move(vectors);
    dim_ = dim;
    cacheKey_ = cacheKey;
    focused_ = kNoEntity;
    neighbours_.clear();
    area_.clear();
    neighbourList_->clear();
    areaList_->clear();
    recolour();
    compute();
}

void EmbeddingMapView::setMethod(Method method)
{
    method_ = method;
    methodBox_->setCurrentIndex(static_cast<int>(method));
    if (hasData())
        compute();
}

void EmbeddingMapView::setColouring(Colouring colouring)
{
    colouring_ = colouring;
    colourBox_->setCurrentIndex(static_cast<int>(colouring));
    if (colouring == Colouring::DominantModality && !shares_ && !metaWeights_)
        Q_EMIT sharesWanted();
    recolour();
    redraw();
}

void EmbeddingMapView::setTokens(std::shared_ptr<const TokenFolder> tokens)
{
    tokens_ = std::move(tokens);
    if (colouring_ == Colouring::VisualCode) {
        recolour();
        redraw();
    }
}

void EmbeddingMapView::setRelationVectors(std::shared_ptr<const std::vector<float>> vectors, std::int64_t dim)
{
    relationVectors_ = std::move(vectors);
    relationDim_ = dim;
    if (subject_ == Subject::Relations && hasData())
        compute();
}

void EmbeddingMapView::setSubject(Subject subject)
{
    if (subject == subject_)
        return;
    cancel();
    subject_ = subject;
    subjectBox_->setCurrentIndex(static_cast<int>(subject));
    focused_ = kNoEntity;
    neighbours_.clear();
    area_.clear();
    neighbourList_->clear();
    areaList_->clear();
    retranslate();
    if (hasData()) {
        recolour();
        compute();
    }
}

QString EmbeddingMapView::subjectCacheKey() const
{
    return subject_ == Subject::Relations ? cacheKey_ + QStringLiteral("#relations") : cacheKey_;
}

std::size_t EmbeddingMapView::pointCount() const
{
    if (!graph_)
        return 0;
    return subject_ == Subject::Relations ? graph_->relationCount() : graph_->entityCount();
}

QString EmbeddingMapView::pointName(std::size_t point) const
{
    if (subject_ == Subject::Relations) {
        const Relation& r = graph_->relation(static_cast<RelationId>(point));
        return QString::fromStdString(r.label.empty() ? r.key : r.label);
    }
    return entityName(graph_->entity(static_cast<EntityId>(point)));
}

QString EmbeddingMapView::pointKey(std::size_t point) const
{
    return QString::fromStdString(subject_ == Subject::Relations ? graph_->relation(static_cast<RelationId>(point)).key
                                                                 : graph_->entity(static_cast<EntityId>(point)).key);
}

const std::shared_ptr<const std::vector<float>>& EmbeddingMapView::shownVectors() const
{
    return subject_ == Subject::Relations ? relationVectors_ : vectors_;
}

std::int64_t EmbeddingMapView::shownDim() const
{
    return subject_ == Subject::Relations ? relationDim_ : dim_;
}

void EmbeddingMapView::setTsneCacheFolder(const QString& folder)
{
    tsneCacheFolder_ = folder;
}

void EmbeddingMapView::setModalityShares(std::shared_ptr<const ModalityShareTable> shares)
{
    shares_ = std::move(shares);
    if (colouring_ == Colouring::DominantModality) {
        recolour();
        redraw();
    }
}

void EmbeddingMapView::setMetaWeights(std::shared_ptr<const MetaWeightTable> table, std::int64_t rowOffset)
{
    metaWeights_ = std::move(table);
    metaWeightRowOffset_ = rowOffset;
    if (colouring_ == Colouring::DominantModality) {
        recolour();
        redraw();
    }
}

void EmbeddingMapView::cancel()
{
    stop_.request_stop();
    ++generation_;  // whatever the running job returns is dropped
    progress_->setVisible(false);
    cancel_->setVisible(false);
    if (hasData() && xy_.empty())
        status_->setText(tr("Cancelled. Choose a method to compute the map again."));
}

void EmbeddingMapView::compute()
{
    stop_.request_stop();
    stop_ = std::stop_source();
    const int generation = ++generation_;
    xy_.clear();
    if (const auto cached = cache_.find({subjectCacheKey(), static_cast<int>(method_)}); cached != cache_.end()) {
        xy_ = cached->second.first;
        note_ = cached->second.second;
        redraw();
        Q_EMIT mapShown();
        return;
    }
    const auto n = static_cast<std::int64_t>(pointCount());
    const std::shared_ptr<const std::vector<float>>& shown = shownVectors();
    const std::int64_t shownWidth = shownDim();
    if (!shown) {
        status_->setText(tr("This model gave no relation representations."));
        redraw();
        return;
    }
    if (static_cast<std::int64_t>(shown->size()) != n * shownWidth || shownWidth < 1 || n < 4) {
        status_->setText(tr("The representations do not fit the graph (%1 values for %2 points of dimension %3).")
                             .arg(shown->size())
                             .arg(n)
                             .arg(shownWidth));
        redraw();
        return;
    }
    const bool tsne = method_ == Method::Tsne;
    progress_->setRange(0, tsne ? 1000 : 0);
    progress_->setValue(0);
    progress_->setVisible(true);
    cancel_->setVisible(true);
    status_->setText(tsne ? tr("Computing t-SNE of %1 points in the background…").arg(n)
                          : tr("Computing the principal components of %1 points…").arg(n));
    redraw();
    computing_ = generation;
    const std::stop_token stop = stop_.get_token();
    QPointer<EmbeddingMapView> self(this);
    const auto report = [self, generation](int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, done, total] {
                if (self && self->generation_ == generation) {
                    self->progress_->setRange(0, total);
                    self->progress_->setValue(done);
                }
            },
            Qt::QueuedConnection);
    };
    watcher_.setFuture(QtConcurrent::run([vectors = shown, dim = shownWidth, n, tsne, stop, report,
                                             cacheFolder = tsneCacheFolder_]() -> Outcome {
        Outcome out;
        try {
            if (!tsne) {
                const CodebookProjection pca = CodebookProjection::compute(*vectors, dim);
                out.xy.resize(static_cast<std::size_t>(2 * n));
                for (std::int64_t i = 0; i < n; ++i) {
                    out.xy[static_cast<std::size_t>(2 * i)] = static_cast<float>(pca.x[static_cast<std::size_t>(i)]);
                    out.xy[static_cast<std::size_t>(2 * i + 1)]
                        = static_cast<float>(pca.y[static_cast<std::size_t>(i)]);
                }
                out.note = EmbeddingMapView::tr("PCA: the axes hold %1 % and %2 % of the variance.")
                               .arg(100 * pca.explained[0], 0, 'f', 1)
                               .arg(100 * pca.explained[1], 0, 'f', 1);
                return out;
            }
            // A map of these very vectors from an earlier session is read back instead.
            const TsneDiskCache disk(cacheFolder);
            const QString key = TsneDiskCache::keyOf(*vectors, dim);
            if (const auto kept = disk.load(key, n)) {
                out.xy = kept->xy;
                out.note = kept->note;
                return out;
            }
            TsneOptions options;
            options.threads = std::max(1, QThread::idealThreadCount());
            const TsneResult result = barnesHutTsne(*vectors, n, dim, options, stop, [&](const TsneProgress& p) {
                report(p.iteration, std::max(1, p.iterations));
                return true;
            });
            out.xy = result.xy;
            out.note = EmbeddingMapView::tr("t-SNE: perplexity %1, %2 neighbours, KL divergence %3. Distances "
                                            "between clusters mean little; neighbourhoods do.")
                           .arg(result.perplexity, 0, 'f', 1)
                           .arg(result.neighbours)
                           .arg(result.klDivergence, 0, 'f', 3);
            disk.store(key, {out.xy, out.note});
        } catch (const std::exception& error) {
            if (stop.stop_requested())
                out.stopped = true;
            else
                out.problem = QString::fromUtf8(error.what());
        }
        return out;
    }));
}

void EmbeddingMapView::onComputed()
{
    const Outcome out = watcher_.result();
    if (computing_ != generation_ || out.stopped)
        return;  // cancelled, or another map was asked for since
    progress_->setVisible(false);
    cancel_->setVisible(false);
    if (!out.problem.isEmpty()) {
        status_->setText(tr("Cannot compute the map: %1").arg(out.problem));
        redraw();
        Q_EMIT mapShown();
        return;
    }
    xy_ = out.xy;
    note_ = out.note;
    cache_[{subjectCacheKey(), static_cast<int>(method_)}] = {xy_, note_};
    redraw();
    Q_EMIT mapShown();
}

void EmbeddingMapView::recolour()
{
    groups_.clear();
    groupNames_.clear();
    if (!graph_)
        return;
    EmbeddingColouring::Inputs inputs;
    inputs.graph = graph_.get();
    inputs.relations = subject_ == Subject::Relations;
    inputs.shares = shares_.get();
    inputs.tokens = tokens_.get();
    inputs.metaWeights = metaWeights_.get();
    inputs.metaWeightRowOffset = metaWeightRowOffset_;
    EmbeddingColouring::Groups g = EmbeddingColouring::groups(colouring_, inputs);
    groups_ = std::move(g.groupOf);
    groupNames_ = std::move(g.names);
}

void EmbeddingMapView::redraw()
{
    plot_->clearGraphs();
    export_->setEnabled(!xy_.empty());
    if (!hasData()) {
        status_->setText(tr("No map: open a model (File ▸ Open Model…) to see its entity representations in 2-D."));
        plot_->replot();
        return;
    }
    if (!xy_.empty()) {
        status_->setText(note_);
        std::vector<QVector<double>> xs(static_cast<std::size_t>(groupNames_.size()));
        std::vector<QVector<double>> ys(xs.size());
        for (std::size_t e = 0; e < groups_.size(); ++e) {
            xs[static_cast<std::size_t>(groups_[e])] << xy_[2 * e];
            ys[static_cast<std::size_t>(groups_[e])] << xy_[2 * e + 1];
        }
        for (std::size_t g = 0; g < xs.size(); ++g) {
            QCPGraph* graph = plot_->addGraph();
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kGroupColours[g % 10], 5));
            graph->setData(xs[g], ys[g], true);
            graph->setName(QStringLiteral("%1 (%2)").arg(groupNames_[static_cast<qsizetype>(g)]).arg(xs[g].size()));
            graph->setSelectable(QCP::stNone);
        }
        // The focused entity ringed in black, its neighbours in grey rings.
        const auto ring = [this](const std::vector<std::int64_t>& points, const QColor& colour, double size,
                              const QString& name) {
            QVector<double> x;
            QVector<double> y;
            for (const std::int64_t p : points) {
                x << xy_[static_cast<std::size_t>(2 * p)];
                y << xy_[static_cast<std::size_t>(2 * p + 1)];
            }
            QCPGraph* graph = plot_->addGraph();
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 2), Qt::NoBrush, size));
            graph->setData(x, y);
            graph->setName(name);
        };
        if (focused_ != kNoEntity) {
            std::vector<std::int64_t> near;
            for (const CosineNeighbour& n : neighbours_)
                near.push_back(n.index);
            ring(near, QColor(90, 90, 90), 9, tr("nearest by cosine"));
            ring({static_cast<std::int64_t>(focused_)}, Qt::black, 13, pointName(focused_));
        }
        plot_->rescaleAxes();
        plot_->xAxis->scaleRange(1.05);
        plot_->yAxis->scaleRange(1.05);
    }
    plot_->xAxis->setLabel(method_ == Method::Pca ? tr("first principal component") : tr("t-SNE 1"));
    plot_->yAxis->setLabel(method_ == Method::Pca ? tr("second principal component") : tr("t-SNE 2"));
    plot_->replot();
}

void EmbeddingMapView::focusEntity(EntityId entity)
{
    // The window's focus is an entity: a map of relations keeps its own.
    if (!hasData() || subject_ != Subject::Entities || entity >= graph_->entityCount())
        return;
    focused_ = entity;
    listNeighbours();
    redraw();
}

void EmbeddingMapView::listNeighbours()
{
    neighbourList_->clear();
    neighbours_.clear();
    if (focused_ == kNoEntity)
        return;
    const auto n = static_cast<std::int64_t>(pointCount());
    const std::shared_ptr<const std::vector<float>>& shown = shownVectors();
    if (!shown || static_cast<std::int64_t>(shown->size()) != n * shownDim() || focused_ >= static_cast<EntityId>(n))
        return;
    neighbours_ = nearestByCosine(*shown, n, shownDim(), focused_, kNeighbours);
    neighbourTitle_->setText(tr("Nearest to %1 (cosine, model space)").arg(pointName(focused_)));
    for (const CosineNeighbour& near : neighbours_) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(near.cosine, 0, 'f', 3).arg(pointName(static_cast<std::size_t>(near.index))));
        item->setData(kEntityRole, static_cast<uint>(near.index));
        neighbourList_->addItem(item);
    }
}

std::vector<EntityId> EmbeddingMapView::selectArea(const QRectF& area)
{
    area_.clear();
    areaList_->clear();
    for (std::size_t e = 0; 2 * e + 1 < xy_.size(); ++e) {
        if (area.contains(QPointF(xy_[2 * e], xy_[2 * e + 1])))
            area_.push_back(static_cast<EntityId>(e));
    }
    areaTitle_->setText(subject_ == Subject::Relations
            ? tr("%n relations in the dragged area", nullptr, static_cast<int>(area_.size()))
            : tr("%n entities in the dragged area", nullptr, static_cast<int>(area_.size())));
    for (const EntityId e : area_) {
        auto* item = new QListWidgetItem(pointName(e));
        item->setData(kEntityRole, static_cast<uint>(e));
        areaList_->addItem(item);
    }
    return area_;
}

std::int64_t EmbeddingMapView::pointAt(const QPointF& pixel) const
{
    std::int64_t best = -1;
    double bestDistance = kHoverPixels * kHoverPixels;
    for (std::size_t e = 0; 2 * e + 1 < xy_.size(); ++e) {
        const double dx = plot_->xAxis->coordToPixel(xy_[2 * e]) - pixel.x();
        const double dy = plot_->yAxis->coordToPixel(xy_[2 * e + 1]) - pixel.y();
        if (dx * dx + dy * dy <= bestDistance) {
            bestDistance = dx * dx + dy * dy;
            best = static_cast<std::int64_t>(e);
        }
    }
    return best;
}

void EmbeddingMapView::showHover(QMouseEvent* event)
{
    const std::int64_t point = pointAt(event->position());
    if (point < 0) {
        QToolTip::hideText();
        return;
    }
    const auto index = static_cast<std::size_t>(point);
    QString html = QStringLiteral("<b>%1</b><br>%2<br>%3")
                       .arg(pointName(index).toHtmlEscaped(), pointKey(index).toHtmlEscaped(),
                           groupNames_.value(groups_[index]).toHtmlEscaped());
    if (subject_ == Subject::Relations) {
        html += QStringLiteral("<br>")
            + tr("%n triples", nullptr, static_cast<int>(graph_->relationTripleCount(static_cast<RelationId>(point))));
        QToolTip::showText(event->globalPosition().toPoint(), html, plot_);
        return;
    }
    const Entity& entity = graph_->entity(static_cast<EntityId>(point));
    if (entity.hasImage())
        html += QStringLiteral("<br><img src=\"%1\" width=\"72\">")
                    .arg(QUrl::fromLocalFile(QString::fromStdString(entity.imagePaths.front())).toString());
    QToolTip::showText(event->globalPosition().toPoint(), html, plot_);
}

bool EmbeddingMapView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot_ && hasData() && !xy_.empty()) {
        if (event->type() == QEvent::MouseMove)
            showHover(static_cast<QMouseEvent*>(event));
        if (event->type() == QEvent::MouseButtonRelease) {
            auto* mouse = static_cast<QMouseEvent*>(event);
            if (const std::int64_t point = pointAt(mouse->position()); point >= 0) {
                if (subject_ == Subject::Relations) {
                    focused_ = static_cast<EntityId>(point);
                    listNeighbours();
                    redraw();
                } else {
                    focusEntity(static_cast<EntityId>(point));
                    Q_EMIT entityActivated(static_cast<EntityId>(point));
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString EmbeddingMapView::csv() const
{
    QString out = QStringLiteral("key,label,x,y,group\n");
    if (!graph_)
        return out;
    for (std::size_t e = 0; 2 * e + 1 < xy_.size() && e < pointCount(); ++e) {
        const std::string& label = subject_ == Subject::Relations ? graph_->relation(static_cast<RelationId>(e)).label
                                                                  : graph_->entity(static_cast<EntityId>(e)).label;
        out += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(csvField(pointKey(e)), csvField(QString::fromStdString(label)))
                   .arg(xy_[2 * e], 0, 'g', 7)
                   .arg(xy_[2 * e + 1], 0, 'g', 7)
                   .arg(csvField(groupNames_.value(groups_[e])));
    }
    return out;
}

void EmbeddingMapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        recolour();
        redraw();
    }
    QWidget::changeEvent(event);
}

void EmbeddingMapView::retranslate()
{
    const QSignalBlocker blockSubject(subjectBox_);
    subjectBox_->clear();
    subjectBox_->addItems({tr("Entities"), tr("Relations")});
    subjectBox_->setCurrentIndex(static_cast<int>(subject_));
    const QSignalBlocker blockMethod(methodBox_);
    const QSignalBlocker blockColour(colourBox_);
    methodBox_->clear();
    methodBox_->addItems({tr("PCA"), tr("t-SNE (Barnes–Hut)")});
    methodBox_->setCurrentIndex(static_cast<int>(method_));
    colourBox_->clear();
    colourBox_->addItems({tr("Colour by key prefix"), tr("Colour by has image"), tr("Colour by triples"),
        tr("Colour by dominant modality"), tr("Colour by commonest visual code")});
    colourBox_->setCurrentIndex(static_cast<int>(colouring_));
    cancel_->setText(tr("Cancel"));
    neighbourTitle_->setText(tr("Nearest by cosine: click a point"));
    areaTitle_->setText(tr("Drag a rectangle to list an area"));
}

}  // namespace tessera
