#pragma once

#include "canvas/EntityPalette.h"
#include "graph/Ids.h"

#include <QAbstractItemModel>

#include <cstdint>
#include <memory>
#include <vector>

namespace tessera {

class KnowledgeGraph;

// The facts about one entity as a two-level tree: a group per relation and direction
// ("→ capital" for France → Paris, "← borders" for Spain → France), outgoing groups first,
// each sorted by relation label; under it one row per distinct neighbour, sorted by label, with
// the splits its triples come from. Neighbour rows carry EntityIdRole so a view can focus them.
class EntityFactsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn = 0, KeyColumn, SplitColumn, ColumnCount };
    enum class Direction : std::uint8_t { Outgoing, Incoming };

    explicit EntityFactsModel(QObject* parent = nullptr);

    void setGraph(std::shared_ptr<const KnowledgeGraph> graph);
    void setEntity(EntityId entity);
    EntityId entity() const { return entity_; }

    // For tests and callers that want the grouping without walking indices.
    int groupCount() const { return static_cast<int>(groups_.size()); }
    RelationId groupRelation(int group) const { return groups_.at(static_cast<std::size_t>(group)).relation; }
    Direction groupDirection(int group) const { return groups_.at(static_cast<std::size_t>(group)).direction; }
    EntityId neighbourAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    struct Fact {
        EntityId neighbour = kNoEntity;
        std::uint8_t splits = 0;  // bit per Split
    };
    struct Group {
        RelationId relation = kNoRelation;
        Direction direction = Direction::Outgoing;
        std::vector<Fact> facts;
    };

    void rebuild();

    std::shared_ptr<const KnowledgeGraph> graph_;
    EntityPalette palette_;
    EntityId entity_ = kNoEntity;
    std::vector<Group> groups_;
};

}  // namespace tessera
