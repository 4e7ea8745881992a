#include "panels/AlignmentGraphPane.h"

#include "canvas/NeighbourhoodView.h"
#include "panels/EntityBrowserPanel.h"
#include "plots/EmbeddingMapView.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tessera {

AlignmentGraphPane::AlignmentGraphPane(QWidget* parent)
    : QWidget(parent)
    , title_(new QLabel(this))
    , browser_(new EntityBrowserPanel(this))
    , tabs_(new QTabWidget(this))
    , canvas_(new NeighbourhoodView(this))
    , map_(new EmbeddingMapView(this))
{
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    tabs_->addTab(canvas_, QString());
    // The map's controls are wide; scrolled, they do not set the window's minimum width (two
    // panes side by side must fit a laptop screen).
    auto* mapScroll = new QScrollArea(this);
    mapScroll->setWidget(map_);
    mapScroll->setWidgetResizable(true);
    mapScroll->setFrameShape(QFrame::NoFrame);
    tabs_->addTab(mapScroll, QString());
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(browser_);
    split->addWidget(tabs_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title_);
    layout->addWidget(split, 1);

    connect(
        browser_, &EntityBrowserPanel::entityActivated, this, [this](EntityId e) { Q_EMIT entityChosen(e, false); });
    connect(canvas_, &NeighbourhoodView::entitySelected, this, [this](EntityId e) { Q_EMIT entityChosen(e, true); });
    connect(map_, &EmbeddingMapView::entityActivated, this, [this](EntityId e) { Q_EMIT entityChosen(e, false); });
    retranslate();
}

void AlignmentGraphPane::setGraph(std::shared_ptr<const KnowledgeGraph> graph, const QString& title)
{
    graph_ = std::move(graph);
    title_->setText(title);
    browser_->setGraph(graph_);
    canvas_->setGraph(graph_);
    map_->clear();
}

void AlignmentGraphPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AlignmentGraphPane::retranslate()
{
    tabs_->setTabText(0, tr("Neighbourhood"));
    tabs_->setTabText(1, tr("Embedding map"));
}

}  // namespace tessera
