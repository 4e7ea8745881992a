#pragma once

#include "canvas/EntityPalette.h"
#include "graph/Ids.h"
#include "graph/NameIndex.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace tessera {

class KnowledgeGraph;

// Search-as-you-type over a graph's entities (labels, aliases and keys through NameIndex).
// A query lists all matches best first; an empty query lists every entity sorted by label
// (sorted once per graph). Every row is there at once: a row is 12 bytes, a one-letter query
// over 40k entities ranks in a few milliseconds, and a uniform-row-height view scrolls 40k rows
// without effort, so paging would buy nothing but complexity.
class EntitySearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LabelColumn = 0, KeyColumn, MatchColumn, ColumnCount };

    explicit EntitySearchModel(QObject* parent = nullptr);

    void setGraph(std::shared_ptr<const KnowledgeGraph> graph);
    void setQuery(const QString& query);
    const QString& query() const { return query_; }
    // Entities the query matches (all entities for an empty query); one row each.
    std::size_t totalMatches() const { return rows_; }
    EntityId entityAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads translated header texts (call on QEvent::LanguageChange).
    void retranslate();

Q_SIGNALS:
    // The query or the graph changed and the rows were replaced.
    void resultsReset();

private:
    void rebuild();
    void ensureSortedByLabel();

    std::shared_ptr<const KnowledgeGraph> graph_;
    EntityPalette palette_;
    QString query_;
    bool listingAll_ = true;            // empty query: every entity by label
    std::vector<NameIndex::Hit> hits_;  // rows for a query
    std::vector<EntityId> byLabel_;     // every entity, sorted, for an empty query
    std::size_t rows_ = 0;
};

}  // namespace tessera
