#pragma once

#include "graph/Ids.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTreeView;

namespace tessera {

class EntitySearchModel;
class KnowledgeGraph;
class RelationListModel;

// The left dock: search-as-you-type over the graph's entities (every keystroke re-queries
// NameIndex, which is fast enough that no debounce is needed) and the relations with their
// triple counts. Enter in the search box or activating a row asks to focus that entity.
class EntityBrowserPanel : public QWidget {
    Q_OBJECT
public:
    explicit EntityBrowserPanel(QWidget* parent = nullptr);

    void setGraph(std::shared_ptr<const KnowledgeGraph> graph);

    QLineEdit* searchEdit() const { return search_; }
    QTreeView* resultView() const { return results_; }
    QTreeView* relationView() const { return relations_; }
    EntitySearchModel* searchModel() const { return searchModel_; }
    RelationListModel* relationModel() const { return relationModel_; }

Q_SIGNALS:
    void entityActivated(tessera::EntityId entity);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateCount();
    void activateRow(int row);

    std::shared_ptr<const KnowledgeGraph> graph_;
    QLineEdit* search_;
    QLabel* count_;
    QTreeView* results_;
    QLabel* relationsTitle_;
    QTreeView* relations_;
    EntitySearchModel* searchModel_;
    RelationListModel* relationModel_;
};

}  // namespace tessera
