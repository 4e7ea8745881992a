#include "models/AlignmentPairsModel.h"

#include "graph/KnowledgeGraph.h"
#include "models/ModelRoles.h"
#include "plots/AlignmentModalityStyle.h"

#include <QColor>

namespace tessera {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

}  // namespace

AlignmentPairsModel::AlignmentPairsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AlignmentPairsModel::setWorkspace(std::shared_ptr<const KnowledgeGraph> a, std::shared_ptr<const KnowledgeGraph> b,
    std::vector<AlignedPair> pairs, std::shared_ptr<const MetaWeightTable> metaWeights)
{
    graphs_[0] = std::move(a);
    graphs_[1] = std::move(b);
    metaWeights_ = std::move(metaWeights);
    pairOf_.clear();
    test_.clear();
    for (const AlignedPair& pair : pairs) {
        pairOf_[pair.source] = PairInfo {pair.target, pair.train, -1};
        if (!pair.train)
            test_.push_back(pair);
    }
    ranked_ = false;
    rebuild();
}

void AlignmentPairsModel::setTestRanks(std::vector<std::int64_t> ranks)
{
    ranked_ = !ranks.empty() && ranks.size() == test_.size();
    for (std::size_t i = 0; i < test_.size(); ++i)
        pairOf_[test_[i].source].rank = ranked_ ? ranks[i] : -1;
    rebuild();
}

void AlignmentPairsModel::setDecisions(const AlignmentDecisions* decisions)
{
    decisions_ = decisions;
    rebuild();
}

void AlignmentPairsModel::refreshDecisions()
{
    if (filter_ == Filter::Accepted) {
        rebuild();
        return;
    }
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, VerdictColumn), index(rowCount() - 1, VerdictColumn));
}

void AlignmentPairsModel::setFilter(Filter filter)
{
    filter_ = filter;
    rebuild();
}

int AlignmentPairsModel::wrongAtRankOne() const
{
    if (!ranked_)
        return -1;
    int wrong = 0;
    for (const AlignedPair& pair : test_)
        wrong += pairOf_.at(pair.source).rank > 0 ? 1 : 0;
    return wrong;
}

EntityId AlignmentPairsModel::entityAt(int row) const
{
    return row >= 0 && row < rowCount() ? rows_[static_cast<std::size_t>(row)] : kNoEntity;
}

int AlignmentPairsModel::rowOf(EntityId entity) const
{
    return entity < rowOfEntity_.size() ? rowOfEntity_[entity] : -1;
}

bool AlignmentPairsModel::keeps(EntityId entity) const
{
    const auto it = pairOf_.find(entity);
    switch (filter_) {
    case Filter::All:
        return true;
    case Filter::TestPairs:
        return it != pairOf_.end() && !it->second.seed;
    case Filter::SeedPairs:
        return it != pairOf_.end() && it->second.seed;
    case Filter::WrongAtRankOne:
        return it != pairOf_.end() && !it->second.seed && it->second.rank > 0;
    case Filter::Accepted:
        return decisions_ != nullptr && decisions_->acceptedForA(entity).has_value();
    case Filter::Unpaired:
        return it == pairOf_.end();
    }
    return true;
}

void AlignmentPairsModel::rebuild()
{
    beginResetModel();
    rows_.clear();
    const std::size_t count = graphs_[0] ? graphs_[0]->entityCount() : 0;
    rowOfEntity_.assign(count, -1);
    for (EntityId e = 0; e < count; ++e) {
        if (keeps(e)) {
            rowOfEntity_[e] = static_cast<int>(rows_.size());
            rows_.push_back(e);
        }
    }
    endResetModel();
}

int AlignmentPairsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AlignmentPairsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlignmentPairsModel::nameOf(const KnowledgeGraph& graph, EntityId entity) const
{
    const Entity& e = graph.entity(entity);
    return qs(e.label.empty() ? e.key : e.label);
}

QVariant AlignmentPairsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EntityId entity = rows_[static_cast<std::size_t>(index.row())];
    if (role == EntityIdRole)
        return QVariant::fromValue(entity);
    const auto found = pairOf_.find(entity);
    const PairInfo* pair = found == pairOf_.end() ? nullptr : &found->second;
    const std::optional<EntityId> accepted = decisions_ ? decisions_->acceptedForA(entity) : std::nullopt;
    const std::int64_t row = entity;  // A's rows come first in the table
    const bool hasWeights = metaWeights_ && row < metaWeights_->rows();
    switch (index.column()) {
    case EntityColumn:
        if (role == Qt::DisplayRole || role == SortValueRole)
            return nameOf(*graphs_[0], entity);
        if (role == Qt::ToolTipRole)
            return qs(graphs_[0]->entity(entity).key);
        break;
    case PairColumn:
        if (role == Qt::DisplayRole || role == SortValueRole)
            return !pair ? QStringLiteral("–") : (pair->seed ? tr("seed") : tr("test"));
        break;
    case CounterpartColumn:
        if (role == Qt::DisplayRole || role == SortValueRole)
            return pair ? nameOf(*graphs_[1], pair->counterpart) : QString();
        if (role == Qt::ToolTipRole && pair)
            return qs(graphs_[1]->entity(pair->counterpart).key);
        break;
    case RankColumn:
        if (role == SortValueRole)
            return pair && pair->rank >= 0 ? QVariant::fromValue<qlonglong>(pair->rank + 1) : QVariant(1e18);
        if (role == Qt::DisplayRole)
            return pair && pair->rank >= 0 ? QVariant::fromValue<qlonglong>(pair->rank + 1) : QVariant();
        if (role == Qt::ForegroundRole && pair && pair->rank >= 0)
            return pair->rank == 0 ? QColor(0x1A, 0x7F, 0x37) : QColor(0xB3, 0x26, 0x1E);
        if (role == Qt::ToolTipRole && pair && !pair->seed)
            return tr("Where the model ranks the true counterpart among the candidates (CSLS)");
        break;
    case DominantColumn:
        if (!hasWeights)
            break;
        if (role == Qt::DisplayRole || role == SortValueRole) {
            const std::int64_t slot = metaWeights_->dominantSlot(row);
            return AlignmentModalityStyle::name(metaWeights_->modalities[static_cast<std::size_t>(slot)]);
        }
        if (role == Qt::DecorationRole) {
            const std::int64_t slot = metaWeights_->dominantSlot(row);
            return AlignmentModalityStyle::colour(metaWeights_->modalities[static_cast<std::size_t>(slot)]);
        }
        break;
    case VerdictColumn: {
        if (role != Qt::DisplayRole && role != SortValueRole)
            break;
        const std::size_t rejected = decisions_ ? decisions_->rejectedCountOf(entity) : 0;
        QString text;
        if (accepted)
            text = tr("accepted: %1").arg(nameOf(*graphs_[1], *accepted));
        if (rejected > 0)
            text += (text.isEmpty() ? QString() : QStringLiteral(" · "))
                + tr("%n rejected", nullptr, static_cast<int>(rejected));
        return text;
    }
    default:
        break;
    }
    return {};
}

QVariant AlignmentPairsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntityColumn:
        return tr("Entity");
    case PairColumn:
        return tr("Pair");
    case CounterpartColumn:
        return tr("Counterpart");
    case RankColumn:
        return tr("Rank");
    case DominantColumn:
        return tr("Dominant modality");
    case VerdictColumn:
        return tr("Verdict");
    default:
        return {};
    }
}

}  // namespace tessera
