#pragma once

#include "graph/Ids.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace tessera {

class KnowledgeGraph;

// The relations of a graph with how many triples (all splits) use each; sortable by any
// column, most used first by default, because that is what a newcomer to a graph asks first.
class RelationListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LabelColumn = 0, KeyColumn, TriplesColumn, ColumnCount };

    explicit RelationListModel(QObject* parent = nullptr);

    void setGraph(std::shared_ptr<const KnowledgeGraph> graph);
    RelationId relationAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return sortColumn_; }
    Qt::SortOrder sortOrder() const { return sortOrder_; }
    void retranslate();

private:
    void sortRows();

    std::shared_ptr<const KnowledgeGraph> graph_;
    std::vector<RelationId> rows_;
    int sortColumn_ = TriplesColumn;
    Qt::SortOrder sortOrder_ = Qt::DescendingOrder;
};

}  // namespace tessera
