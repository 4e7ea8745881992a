#include "models/EntityFactsModel.h"

#include "graph/KnowledgeGraph.h"
#include "models/ModelRoles.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <algorithm>
#include <map>

namespace tessera {

namespace {

// internalId of top-level (group) rows; a neighbour row stores its group's index + 1.
constexpr quintptr kGroupRow = 0;

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

EntityFactsModel::EntityFactsModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void EntityFactsModel::setGraph(std::shared_ptr<const KnowledgeGraph> graph)
{
    graph_ = std::move(graph);
    palette_ = graph_ ? EntityPalette(*graph_) : EntityPalette();
    entity_ = kNoEntity;
    rebuild();
}

void EntityFactsModel::setEntity(EntityId entity)
{
    entity_ = graph_ && entity < graph_->entityCount() ? entity : kNoEntity;
    rebuild();
}

void EntityFactsModel::rebuild()
{
    beginResetModel();
    groups_.clear();
    if (graph_ && entity_ != kNoEntity) {
        const KnowledgeGraph& graph = *graph_;
        for (const Direction direction : {Direction::Outgoing, Direction::Incoming}) {
            const CsrAdjacency& adjacency = direction == Direction::Outgoing ? graph.outgoing() : graph.incoming();
            // Duplicate triples (some benchmarks repeat lines) and the same fact in several splits
            // become one row that lists its splits.
            std::map<RelationId, std::map<EntityId, std::uint8_t>> byRelation;
            for (const CsrAdjacency::Edge& edge : adjacency.edges(entity_))
                byRelation[edge.relation][edge.neighbour]
                    |= static_cast<std::uint8_t>(1U << static_cast<unsigned>(edge.split));
            std::vector<Group> groups;
            for (const auto& [relation, neighbours] : byRelation) {
                Group group {relation, direction, {}};
                group.facts.reserve(neighbours.size());
                for (const auto& [neighbour, splits] : neighbours)
                    group.facts.push_back({neighbour, splits});
                std::sort(group.facts.begin(), group.facts.end(), [&](const Fact& a, const Fact& b) {
                    const std::string& la = graph.entity(a.neighbour).label;
                    const std::string& lb = graph.entity(b.neighbour).label;
                    return la != lb ? la < lb : a.neighbour < b.neighbour;
                });
                groups.push_back(std::move(group));
            }
            std::sort(groups.begin(), groups.end(), [&](const Group& a, const Group& b) {
                const std::string& la = graph.relation(a.relation).label;
                const std::string& lb = graph.relation(b.relation).label;
                return la != lb ? la < lb : a.relation < b.relation;
            });
            for (Group& group : groups)
                groups_.push_back(std::move(group));
        }
    }
    endResetModel();
}

EntityId EntityFactsModel::neighbourAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return kNoEntity;
    const Group& group = groups_[index.internalId() - 1];
    return group.facts[static_cast<std::size_t>(index.row())].neighbour;
}

QModelIndex EntityFactsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return static_cast<std::size_t>(row) < groups_.size() ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return {};
    const auto group = static_cast<std::size_t>(parent.row());
    if (group >= groups_.size() || static_cast<std::size_t>(row) >= groups_[group].facts.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(group + 1));
}

QModelIndex EntityFactsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupRow);
}

int EntityFactsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(groups_.size());
    if (parent.internalId() == kGroupRow && parent.column() == 0)
        return static_cast<int>(groups_[static_cast<std::size_t>(parent.row())].facts.size());
    return 0;
}

int EntityFactsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant EntityFactsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !graph_)
        return {};
    const KnowledgeGraph& graph = *graph_;
    if (index.internalId() == kGroupRow) {
        const Group& group = groups_[static_cast<std::size_t>(index.row())];
        const QString relation = qs(graph.relation(group.relation).label);
        const bool outgoing = group.direction == Direction::Outgoing;
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return outgoing ? tr("→ %1 (%2)").arg(relation).arg(group.facts.size())
                                : tr("← %1 (%2)").arg(relation).arg(group.facts.size());
            return {};
        case Qt::ToolTipRole:
            return outgoing ? tr("%1 %2 …").arg(qs(graph.entity(entity_).label), relation)
                            : tr("… %1 %2").arg(relation, qs(graph.entity(entity_).label));
        case Qt::FontRole: {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        case RelationIdRole:
            return QVariant::fromValue<quint32>(group.relation);
        default:
            return {};
        }
    }
    const Group& group = groups_[index.internalId() - 1];
    const Fact& fact = group.facts[static_cast<std::size_t>(index.row())];
    const Entity& neighbour = graph.entity(fact.neighbour);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return qs(neighbour.label);
        case KeyColumn:
            return qs(neighbour.key);
        case SplitColumn: {
            QStringList splits;
            for (const Split split : kAllSplits) {
                if ((fact.splits & (1U << static_cast<unsigned>(split))) != 0)
                    splits << QString::fromLatin1(
                        splitName(split).data(), static_cast<qsizetype>(splitName(split).size()));
            }
            return splits.join(QStringLiteral(", "));
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(EntityPalette::swatch(palette_.colour(fact.neighbour)))
                                            : QVariant();
    case Qt::ForegroundRole:
        // Neighbours read as links: a click focuses them.
        return index.column() == NameColumn ? QVariant(QApplication::palette().link()) : QVariant();
    case Qt::FontRole:
        if (index.column() == NameColumn) {
            QFont font = QApplication::font();
            font.setUnderline(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return neighbour.description.empty() ? qs(neighbour.label) : qs(neighbour.description);
    case EntityIdRole:
        return QVariant::fromValue<quint32>(fact.neighbour);
    case RelationIdRole:
        return QVariant::fromValue<quint32>(group.relation);
    default:
        return {};
    }
}

QVariant EntityFactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Fact");
    case KeyColumn:
        return tr("Key");
    case SplitColumn:
        return tr("Split");
    default:
        return {};
    }
}

void EntityFactsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!groups_.empty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(groups_.size()) - 1, ColumnCount - 1));
}

}  // namespace tessera
