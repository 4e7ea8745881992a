#include "models/RelationListModel.h"

#include "graph/KnowledgeGraph.h"
#include "models/ModelRoles.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace tessera {

namespace {
QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
}  // namespace

RelationListModel::RelationListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RelationListModel::setGraph(std::shared_ptr<const KnowledgeGraph> graph)
{
    beginResetModel();
    graph_ = std::move(graph);
    rows_.resize(graph_ ? graph_->relationCount() : 0);
    std::iota(rows_.begin(), rows_.end(), RelationId {0});
    sortRows();
    endResetModel();
}

RelationId RelationListModel::relationAt(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < rows_.size() ? rows_[static_cast<std::size_t>(row)]
                                                                    : kNoRelation;
}

int RelationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int RelationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !graph_)
        return {};
    const RelationId id = rows_[static_cast<std::size_t>(index.row())];
    const Relation& relation = graph_->relation(id);
    const std::size_t triples = graph_->relationTripleCount(id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return qs(relation.label);
        case KeyColumn:
            return qs(relation.key);
        case TriplesColumn:
            return QLocale().toString(static_cast<qulonglong>(triples));
        default:
            return {};
        }
    case SortValueRole:
        switch (index.column()) {
        case LabelColumn:
            return qs(relation.label);
        case KeyColumn:
            return qs(relation.key);
        case TriplesColumn:
            return static_cast<qulonglong>(triples);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == TriplesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return relation.description.empty() ? qs(relation.label) : qs(relation.description);
    case RelationIdRole:
        return QVariant::fromValue<quint32>(id);
    default:
        return {};
    }
}

QVariant RelationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == TriplesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Relation");
    case KeyColumn:
        return tr("Key");
    case TriplesColumn:
        return tr("Triples");
    default:
        return {};
    }
}

void RelationListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<RelationId> relationOf;
    relationOf.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& index : before)
        relationOf.push_back(rows_[static_cast<std::size_t>(index.row())]);
    sortColumn_ = column;
    sortOrder_ = order;
    sortRows();
    std::vector<int> rowOf(rows_.size());
    for (std::size_t row = 0; row < rows_.size(); ++row)
        rowOf[rows_[row]] = static_cast<int>(row);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf[relationOf[static_cast<std::size_t>(i)]], before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RelationListModel::sortRows()
{
    if (!graph_)
        return;
    const KnowledgeGraph& graph = *graph_;
    // -1, 0 or 1 by the sort column alone.
    const auto compare = [&](RelationId a, RelationId b) {
        const auto threeWay = [](const auto& x, const auto& y) { return x < y ? -1 : y < x ? 1 : 0; };
        switch (sortColumn_) {
        case LabelColumn:
            return threeWay(graph.relation(a).label, graph.relation(b).label);
        case KeyColumn:
            return threeWay(graph.relation(a).key, graph.relation(b).key);
        default:
            return threeWay(graph.relationTripleCount(a), graph.relationTripleCount(b));
        }
    };
    const int sign = sortOrder_ == Qt::AscendingOrder ? 1 : -1;
    // Ties keep id order in both directions, so the order is total and the same on every run.
    std::sort(rows_.begin(), rows_.end(), [&](RelationId a, RelationId b) {
        const int c = compare(a, b) * sign;
        return c != 0 ? c < 0 : a < b;
    });
}

void RelationListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

}  // namespace tessera
