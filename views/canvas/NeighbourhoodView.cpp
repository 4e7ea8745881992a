#include "canvas/NeighbourhoodView.h"

#include "canvas/EntityNodeItem.h"
#include "canvas/MoreNodeItem.h"
#include "canvas/NodeLabelPainter.h"
#include "canvas/RelationEdgeItem.h"
#include "commands/CollapseEntityCommand.h"
#include "commands/ExpandEntityCommand.h"
#include "commands/FocusEntityCommand.h"
#include "commands/ShowMoreCommand.h"
#include "graph/KnowledgeGraph.h"
#include "imagery/ThumbnailCache.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGraphicsScene>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

// Thumbnails on nodes: nodes are at most ~70 px wide at 2× zoom; 96 px keeps them sharp.
constexpr int kNodeThumbnailSide = 96;
// Decoded node thumbnails kept (96 px × 96 px × 4 B ≈ 37 kB each, ~1,700 of them).
constexpr qsizetype kNodeThumbnailBytes = 64 * 1024 * 1024;
// Node radius grows with the log of the degree, within these bounds (scene pixels).
constexpr qreal kMinRadius = 14.0;
constexpr qreal kMaxRadius = 28.0;
constexpr qreal kFocusExtra = 6.0;
// Zoom limits: far enough out to see 2,000 nodes, close enough to read a flag.
constexpr qreal kMinScale = 0.02;
constexpr qreal kMaxScale = 6.0;
// Fitting a small picture never blows it up beyond this.
constexpr qreal kMaxFitScale = 1.4;
// Mouse travel (pixels) under which a press and release count as a click, not a pan.
constexpr int kClickSlop = 4;
// Description characters in a node tooltip.
constexpr qsizetype kTooltipChars = 300;
const QColor kBackground(0xF7, 0xF8, 0xFA);

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

NeighbourhoodView::NeighbourhoodView(QWidget* parent)
    : QGraphicsView(parent)
    , scene_(new QGraphicsScene(this))
    , undoStack_(new QUndoStack(this))
    , thumbnails_(new ThumbnailCache(kNodeThumbnailSide, kNodeThumbnailBytes, this))
{
    qRegisterMetaType<tessera::EntityId>("tessera::EntityId");
    setScene(scene_);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundBrush(kBackground);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing);
    // Dragging pans and the wheel zooms; scroll bars would only take room from the picture.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    context_.thumbnails = thumbnails_;
    context_.labelFont = QApplication::font();
    context_.labelFont.setPixelSize(12);
    context_.edgeFont = QApplication::font();
    context_.edgeFont.setPixelSize(10);
    context_.moreFont = QApplication::font();
    context_.moreFont.setPixelSize(11);
    context_.moreFont.setBold(true);

    connect(scene_, &QGraphicsScene::selectionChanged, this, &NeighbourhoodView::onSelectionChanged);
    connect(thumbnails_, &ThumbnailCache::thumbnailReady, this, &NeighbourhoodView::onThumbnailReady);
    connect(thumbnails_, &ThumbnailCache::loadFailed, this,
        [this](const QString&, const QString& problem) { Q_EMIT imageProblem(problem); });
    createActions();
}

NeighbourhoodView::~NeighbourhoodView()
{
    // Items hold a pointer to context_; delete them while it is alive.
    scene_->clear();
}

void NeighbourhoodView::createActions()
{
    const auto make = [this](const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    // Keys act on the selected node, or on the focus when nothing is selected.
    const auto target = [this] { return selectedEntity() != kNoEntity ? selectedEntity() : state_.focus; };
    expandAction_ = make(QKeySequence(Qt::Key_E), [this, target] { expandEntity(target()); });
    collapseAction_ = make(QKeySequence(Qt::Key_C), [this, target] { collapseEntity(target()); });
    focusAction_ = make(QKeySequence(Qt::Key_F), [this] { focusEntity(selectedEntity()); });
    fitAction_ = make(QKeySequence(Qt::Key_0), [this] { zoomToFit(); });
    zoomInAction_ = make(QKeySequence(Qt::Key_Plus), [this] { zoomBy(1.25); });
    zoomOutAction_ = make(QKeySequence(Qt::Key_Minus), [this] { zoomBy(0.8); });
    retranslate();
}

void NeighbourhoodView::retranslate()
{
    expandAction_->setText(tr("&Expand"));
    collapseAction_->setText(tr("&Collapse"));
    focusAction_->setText(tr("&Focus here"));
    fitAction_->setText(tr("Zoom to &fit"));
    zoomInAction_->setText(tr("Zoom &in"));
    zoomOutAction_->setText(tr("Zoom &out"));
    for (auto& [hub, item] : moreNodes_)
        item->retranslate();
    viewport()->update();
}

void NeighbourhoodView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGraphicsView::changeEvent(event);
}

void NeighbourhoodView::setEntityColours(
    std::vector<QColor> colours, QStringList legendTitles, QList<QColor> legendColours)
{
    colourOverride_ = std::move(colours);
    overrideTitles_ = std::move(legendTitles);
    overrideColours_ = std::move(legendColours);
    rebuildScene();
}

void NeighbourhoodView::setGraph(std::shared_ptr<const KnowledgeGraph> graph)
{
    graph_ = std::move(graph);
    planner_ = ExplorationPlanner(graph_);
    palette_ = graph_ ? EntityPalette(*graph_) : EntityPalette();
    colourOverride_.clear();
    undoStack_->clear();
    state_ = ExplorationState();
    rebuildScene();
    Q_EMIT explorationChanged();
}

void NeighbourhoodView::focusEntity(EntityId entity)
{
    if (!graph_ || entity >= graph_->entityCount())
        return;
    if (entity == state_.focus) {
        selectEntity(entity);
        return;
    }
    undoStack_->push(new FocusEntityCommand(this, entity));
}

void NeighbourhoodView::expandEntity(EntityId entity)
{
    if (!graph_ || entity >= graph_->entityCount())
        return;
    auto command = std::make_unique<ExpandEntityCommand>(this, entity);
    if (command->changesState())
        undoStack_->push(command.release());
}

void NeighbourhoodView::collapseEntity(EntityId entity)
{
    if (!graph_ || entity >= graph_->entityCount())
        return;
    auto command = std::make_unique<CollapseEntityCommand>(this, entity);
    if (command->changesState())
        undoStack_->push(command.release());
}

void NeighbourhoodView::showMore(EntityId hub)
{
    if (!graph_ || hub >= graph_->entityCount())
        return;
    auto command = std::make_unique<ShowMoreCommand>(this, hub);
    if (command->changesState())
        undoStack_->push(command.release());
}

void NeighbourhoodView::applyExplorationState(const ExplorationState& state)
{
    const EntityId previousFocus = state_.focus;
    const EntityId selected = selectedEntity();
    const QRectF visibleBefore = mapToScene(viewport()->rect()).boundingRect();
    state_ = state;
    rebuildScene();
    if (state_.focus != previousFocus || !visibleBefore.contains(scene_->itemsBoundingRect()))
        zoomToFit();
    // The focus has its own ring; a selection is the user's and survives a step when it can.
    if (nodes_.contains(selected))
        selectEntity(selected);
    if (state_.focus != previousFocus)
        Q_EMIT focusChanged(state_.focus);
    Q_EMIT explorationChanged();
}

QString NeighbourhoodView::relationLabel(RelationId relation) const
{
    const Relation& r = graph_->relation(relation);
    return qs(r.label.empty() ? r.key : r.label);
}

QString NeighbourhoodView::nodeToolTip(EntityId entity) const
{
    const Entity& e = graph_->entity(entity);
    QString description = qs(e.description);
    if (description.size() > kTooltipChars)
        description = description.left(kTooltipChars) + QChar(0x2026);
    QString tip = QStringLiteral("<b>%1</b><br/><span style='color:#6a737d'>%2</span>")
                      .arg(qs(e.label).toHtmlEscaped(), qs(e.key).toHtmlEscaped());
    if (!description.isEmpty())
        tip += QStringLiteral("<p style='max-width:360px'>%1</p>").arg(description.toHtmlEscaped());
    const std::size_t degree = graph_->outgoing().degree(entity) + graph_->incoming().degree(entity);
    tip += tr("<i>%n fact(s). Double-click to expand or collapse.</i>", nullptr, static_cast<int>(degree));
    return tip;
}

void NeighbourhoodView::rebuildScene()
{
    const QSignalBlocker blocker(scene_);
    scene_->clear();
    nodes_.clear();
    moreNodes_.clear();
    edges_.clear();
    nodesByImage_.clear();
    context_.selected = kNoEntity;
    if (!graph_ || state_.focus == kNoEntity) {
        scene_->setSceneRect(QRectF(-200, -150, 400, 300));
        viewport()->update();
        return;
    }
    const VisibleGraph visible = planner_.visibleGraph(state_);
    context_.selected = kNoEntity;
    // Crowding raises the zoom at which "+N more" texts appear (node labels thin themselves out,
    // see NodeLabelPainter).
    const std::size_t n = visible.entities.size();
    context_.labelLevel = n <= 80 ? 0.35 : n <= 300 ? 0.55 : n <= 1000 ? 0.8 : 1.0;
    // Edge labels crowd sooner: forty "official language" labels on a star say nothing that one
    // does not; zooming in (or selecting a node) shows them.
    const std::size_t links = visible.links.size();
    context_.edgeLabelLevel = links <= 60 ? 0.5 : links <= 150 ? 0.9 : links <= 400 ? 1.3 : 1.8;

    for (const EntityId entity : visible.entities) {
        const Entity& e = graph_->entity(entity);
        EntityNodeItem::Look look;
        look.label = qs(e.label.empty() ? e.key : e.label);
        look.toolTip = nodeToolTip(entity);
        look.imagePath = e.imagePaths.empty() ? QString() : qs(e.imagePaths.front());
        look.colour = entity < colourOverride_.size() ? colourOverride_[entity] : palette_.colour(entity);
        const double degree
            = static_cast<double>(graph_->outgoing().degree(entity) + graph_->incoming().degree(entity));
        look.radius = std::clamp(kMinRadius + 3.2 * std::log2(1.0 + degree), kMinRadius, kMaxRadius);
        look.focus = entity == state_.focus;
        look.expanded = state_.isExpanded(entity);
        if (look.focus)
            look.radius += kFocusExtra;
        auto* item = new EntityNodeItem(&context_, entity, std::move(look));
        const auto at = state_.positions.find(entity);
        item->setPos(at != state_.positions.end() ? at->second : QPointF());
        scene_->addItem(item);
        nodes_[entity] = item;
        if (!item->imagePath().isEmpty())
            nodesByImage_.insert(item->imagePath(), item);
    }
    for (const VisibleGraph::More& more : visible.more) {
        const QString hubLabel = qs(graph_->entity(more.hub).label);
        auto* item = new MoreNodeItem(&context_, more.hub, more.hidden,
            tr("Show up to %1 more neighbours of %2").arg(planner_.cap()).arg(hubLabel.toHtmlEscaped()));
        const auto at = state_.morePositions.find(more.hub);
        item->setPos(at != state_.morePositions.end() ? at->second : QPointF());
        scene_->addItem(item);
        moreNodes_[more.hub] = item;
        const EntityNodeItem* hub = nodes_.at(more.hub);
        RelationEdgeItem::Ends ends {more.hub, kNoEntity, hub->pos(), item->pos(), hub->radius(), 8.0};
        auto* edge = new RelationEdgeItem(&context_, ends, {}, {});
        scene_->addItem(edge);
    }
    for (const VisibleGraph::Link& link : visible.links) {
        const EntityNodeItem* a = nodes_.at(link.a);
        const EntityNodeItem* b = nodes_.at(link.b);
        QStringList forward;
        QStringList backward;
        for (const RelationId relation : link.forward)
            forward << relationLabel(relation);
        for (const RelationId relation : link.backward)
            backward << relationLabel(relation);
        RelationEdgeItem::Ends ends {link.a, link.b, a->pos(), b->pos(), a->radius(), b->radius()};
        auto* edge = new RelationEdgeItem(&context_, ends, forward, backward);
        scene_->addItem(edge);
        edges_.push_back(edge);
    }
    // Room to pan past the edges of the picture.
    const QRectF bounds = scene_->itemsBoundingRect();
    const qreal margin = std::max(bounds.width(), bounds.height()) * 0.5 + 200.0;
    scene_->setSceneRect(bounds.adjusted(-margin, -margin, margin, margin));
}

EntityId NeighbourhoodView::selectedEntity() const
{
    for (QGraphicsItem* item : scene_->selectedItems()) {
        if (item->type() == EntityNodeItem::Type)
            return static_cast<EntityNodeItem*>(item)->entity();
    }
    return kNoEntity;
}

void NeighbourhoodView::selectEntity(EntityId entity)
{
    EntityNodeItem* item = nodeItem(entity);
    if (item == nullptr || item->isSelected())
        return;
    scene_->clearSelection();
    item->setSelected(true);
}

EntityNodeItem* NeighbourhoodView::nodeItem(EntityId entity) const
{
    const auto it = nodes_.find(entity);
    return it == nodes_.end() ? nullptr : it->second;
}

MoreNodeItem* NeighbourhoodView::moreItem(EntityId hub) const
{
    const auto it = moreNodes_.find(hub);
    return it == moreNodes_.end() ? nullptr : it->second;
}

void NeighbourhoodView::onSelectionChanged()
{
    const EntityId selected = selectedEntity();
    context_.selected = selected;
    for (RelationEdgeItem* edge : edges_)
        edge->setHighlighted(selected != kNoEntity && edge->touches(selected));
    if (selected != kNoEntity)
        Q_EMIT entitySelected(selected);
}

void NeighbourhoodView::onThumbnailReady(const QString& path)
{
    const auto items = nodesByImage_.values(path);
    for (EntityNodeItem* item : items)
        item->update();
}

void NeighbourhoodView::zoomToFit()
{
    if (scene_->items().isEmpty())
        return;
    const QRectF bounds = scene_->itemsBoundingRect().adjusted(-30, -30, 30, 30);
    fitInView(bounds, Qt::KeepAspectRatio);
    if (transform().m11() > kMaxFitScale) {
        setTransform(QTransform::fromScale(kMaxFitScale, kMaxFitScale));
        centerOn(bounds.center());
    }
}

void NeighbourhoodView::zoomBy(qreal factor)
{
    const qreal current = transform().m11();
    const qreal target = std::clamp(current * factor, kMinScale, kMaxScale);
    scale(target / current, target / current);
}

void NeighbourhoodView::wheelEvent(QWheelEvent* event)
{
    // 120 units per notch; 1.0015^120 ≈ 1.2 per notch, smooth on touchpads too.
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta));
    event->accept();
}

void NeighbourhoodView::mousePressEvent(QMouseEvent* event)
{
    pressPosition_ = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void NeighbourhoodView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton
        || (event->position().toPoint() - pressPosition_).manhattanLength() > kClickSlop)
        return;
    if (QGraphicsItem* item = itemAt(event->position().toPoint());
        item != nullptr && item->type() == MoreNodeItem::Type)
        showMore(static_cast<MoreNodeItem*>(item)->hub());
}

void NeighbourhoodView::mouseDoubleClickEvent(QMouseEvent* event)
{
    QGraphicsItem* item = itemAt(event->position().toPoint());
    if (item == nullptr || item->type() != EntityNodeItem::Type) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    const auto* node = static_cast<EntityNodeItem*>(item);
    if (node->isExpanded())
        collapseEntity(node->entity());
    else
        expandEntity(node->entity());
    event->accept();
}

void NeighbourhoodView::contextMenuEvent(QContextMenuEvent* event)
{
    QGraphicsItem* item = itemAt(event->pos());
    QMenu menu(this);
    if (item != nullptr && item->type() == EntityNodeItem::Type) {
        auto* node = static_cast<EntityNodeItem*>(item);
        const EntityId entity = node->entity();
        selectEntity(entity);
        menu.addAction(tr("Focus on %1").arg(node->label()), this, [this, entity] { focusEntity(entity); })
            ->setEnabled(entity != state_.focus);
        if (node->isExpanded())
            menu.addAction(tr("Collapse"), this, [this, entity] { collapseEntity(entity); });
        else
            menu.addAction(tr("Expand"), this, [this, entity] { expandEntity(entity); });
        menu.addSeparator();
        const QString key = qs(graph_->entity(entity).key);
        menu.addAction(tr("Copy key"), this, [key] { QApplication::clipboard()->setText(key); });
    } else if (item != nullptr && item->type() == MoreNodeItem::Type) {
        const EntityId hub = static_cast<MoreNodeItem*>(item)->hub();
        menu.addAction(tr("Show more neighbours"), this, [this, hub] { showMore(hub); });
    } else {
        menu.addAction(fitAction_);
        menu.addAction(zoomInAction_);
        menu.addAction(zoomOutAction_);
    }
    menu.exec(event->globalPos());
}

void NeighbourhoodView::drawBackground(QPainter* painter, const QRectF& rect)
{
    painter->fillRect(rect, kBackground);
}

void NeighbourhoodView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    painter->save();
    // Back to viewport coordinates: the painter maps scene → viewport → device (the device may be
    // an image or SVG in render()), so undo only the scene → viewport part.
    painter->setWorldTransform(viewportTransform().inverted() * painter->worldTransform());
    std::vector<const EntityNodeItem*> nodes;
    nodes.reserve(nodes_.size());
    for (const auto& [entity, item] : nodes_)
        nodes.push_back(item);
    NodeLabelPainter::paint(painter, *this, nodes, context_);
    drawOverlay(painter);
    painter->restore();
}

void NeighbourhoodView::drawOverlay(QPainter* painter)
{
    QFont font = QApplication::font();
    font.setPixelSize(12);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QRect area = viewport()->rect();
    if (!graph_ || state_.focus == kNoEntity) {
        painter->setPen(QColor(0x6A, 0x73, 0x7D));
        const QString hint = graph_ ? tr("Search for an entity and press Enter to explore its neighbourhood.")
                                    : tr("Open a graph to explore it (File ▸ Open, or drop a folder here).");
        painter->drawText(area.adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, hint);
        return;
    }
    // Summary, top left.
    const QString summary
        = tr("%1 — %n entities shown", nullptr, visibleEntityCount()).arg(qs(graph_->entity(state_.focus).label));
    painter->setPen(QColor(0x57, 0x60, 0x6A));
    painter->drawText(QRect(12, 8, area.width() - 24, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, summary);

    // Legend, bottom left: kinds by colour, or the degree scale.
    QStringList titles;
    QList<QColor> colours;
    if (!colourOverride_.empty()) {
        titles = overrideTitles_;
        colours = overrideColours_;
    } else if (palette_.byKind()) {
        for (const QString& kind : palette_.kinds()) {
            titles << EntityPalette::kindTitle(kind);
            colours << palette_.kindColour(kind);
        }
    } else {
        titles << tr("few facts") << tr("many facts");
        colours << QColor(0x9E, 0xCA, 0xE9) << QColor(0x1F, 0x4E, 0x8C);
    }
    const int line = metrics.height() + 4;
    int width = 0;
    for (const QString& title : titles)
        width = std::max(width, metrics.horizontalAdvance(title));
    const QRect box(10, area.height() - 10 - line * static_cast<int>(titles.size()) - 10, width + 44,
        line * static_cast<int>(titles.size()) + 10);
    painter->setPen(QColor(0xD0, 0xD4, 0xD9));
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(box, 5, 5);
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const int y = box.top() + 5 + static_cast<int>(i) * line;
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours[i]);
        painter->drawEllipse(QRect(box.left() + 10, y + (line - 12) / 2, 12, 12));
        painter->setPen(QColor(0x1F, 0x23, 0x28));
        painter->drawText(QRect(box.left() + 30, y, width + 10, line), Qt::AlignLeft | Qt::AlignVCenter, titles[i]);
    }
}

}  // namespace tessera
