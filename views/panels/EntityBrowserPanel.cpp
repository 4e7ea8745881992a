#include "panels/EntityBrowserPanel.h"

#include "graph/KnowledgeGraph.h"
#include "models/EntitySearchModel.h"
#include "models/RelationListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace tessera {

EntityBrowserPanel::EntityBrowserPanel(QWidget* parent)
    : QWidget(parent)
    , search_(new QLineEdit(this))
    , count_(new QLabel(this))
    , results_(new QTreeView(this))
    , relationsTitle_(new QLabel(this))
    , relations_(new QTreeView(this))
    , searchModel_(new EntitySearchModel(this))
    , relationModel_(new RelationListModel(this))
{
    qRegisterMetaType<tessera::EntityId>("tessera::EntityId");
    search_->setClearButtonEnabled(true);
    search_->installEventFilter(this);
    count_->setObjectName(QStringLiteral("searchCount"));
    count_->setForegroundRole(QPalette::PlaceholderText);

    results_->setModel(searchModel_);
    results_->setRootIsDecorated(false);
    results_->setUniformRowHeights(true);  // constant-time scrolling over 40k rows
    results_->setAlternatingRowColors(true);
    results_->setSelectionBehavior(QAbstractItemView::SelectRows);
    results_->header()->setStretchLastSection(true);
    results_->header()->setSectionResizeMode(EntitySearchModel::LabelColumn, QHeaderView::Interactive);
    results_->header()->resizeSection(EntitySearchModel::LabelColumn, 180);
    results_->header()->resizeSection(EntitySearchModel::KeyColumn, 110);

    relations_->setModel(relationModel_);
    relations_->setRootIsDecorated(false);
    relations_->setUniformRowHeights(true);
    relations_->setSortingEnabled(true);
    relations_->sortByColumn(RelationListModel::TriplesColumn, Qt::DescendingOrder);
    relations_->header()->setStretchLastSection(false);
    relations_->header()->setSectionResizeMode(RelationListModel::LabelColumn, QHeaderView::Stretch);
    relations_->header()->setSectionResizeMode(RelationListModel::TriplesColumn, QHeaderView::ResizeToContents);
    relations_->header()->resizeSection(RelationListModel::KeyColumn, 100);

    QFont titleFont = relationsTitle_->font();
    titleFont.setBold(true);
    relationsTitle_->setFont(titleFont);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(4);
    topLayout->addWidget(search_);
    topLayout->addWidget(count_);
    topLayout->addWidget(results_, 1);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->setSpacing(4);
    bottomLayout->addWidget(relationsTitle_);
    bottomLayout->addWidget(relations_, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(search_, &QLineEdit::textChanged, searchModel_, &EntitySearchModel::setQuery);
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = results_->currentIndex();
        activateRow(current.isValid() ? current.row() : 0);
    });
    connect(searchModel_, &EntitySearchModel::resultsReset, this, [this] {
        updateCount();
        if (searchModel_->rowCount() > 0)
            results_->setCurrentIndex(searchModel_->index(0, 0));
    });
    connect(results_, &QTreeView::activated, this, [this](const QModelIndex& index) { activateRow(index.row()); });
    retranslate();
}

void EntityBrowserPanel::setGraph(std::shared_ptr<const KnowledgeGraph> graph)
{
    graph_ = graph;
    searchModel_->setGraph(graph);
    relationModel_->setGraph(graph);
    relationModel_->sort(relations_->header()->sortIndicatorSection(), relations_->header()->sortIndicatorOrder());
    updateCount();
}

void EntityBrowserPanel::activateRow(int row)
{
    const EntityId entity = searchModel_->entityAt(row);
    if (entity != kNoEntity)
        Q_EMIT entityActivated(entity);
}

void EntityBrowserPanel::updateCount()
{
    if (!graph_) {
        count_->setText(tr("No graph open"));
        return;
    }
    const QLocale locale;
    const auto total = static_cast<qulonglong>(searchModel_->totalMatches());
    if (searchModel_->query().trimmed().isEmpty())
        count_->setText(tr("All %1 entities, by name").arg(locale.toString(total)));
    else if (total == 0)
        count_->setText(tr("No entity matches “%1”").arg(searchModel_->query().trimmed()));
    else
        count_->setText(tr("%n match(es)", nullptr, static_cast<int>(total)));
}

bool EntityBrowserPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Arrow keys in the search box move through the results, so the hands stay on the keyboard.
    if (watched == search_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int rows = searchModel_->rowCount();
            if (rows > 0) {
                const int current = results_->currentIndex().isValid() ? results_->currentIndex().row() : -1;
                const int next = std::clamp(current + (key->key() == Qt::Key_Down ? 1 : -1), 0, rows - 1);
                results_->setCurrentIndex(searchModel_->index(next, 0));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntityBrowserPanel::retranslate()
{
    search_->setPlaceholderText(tr("Search entities by name, alias or key…"));
    search_->setToolTip(tr("Type to search; Enter focuses the highlighted entity."));
    relationsTitle_->setText(tr("Relations"));
    searchModel_->retranslate();
    relationModel_->retranslate();
    updateCount();
}

void EntityBrowserPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace tessera
