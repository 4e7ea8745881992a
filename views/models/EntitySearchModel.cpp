#include "models/EntitySearchModel.h"

#include "graph/KnowledgeGraph.h"
#include "models/ModelRoles.h"
#include "text/SearchFolding.h"

#include <algorithm>
#include <numeric>

namespace tessera {

namespace {

// Tooltips show the start of a description, not a wall of text.
constexpr qsizetype kTooltipChars = 400;

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

EntitySearchModel::EntitySearchModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EntitySearchModel::setGraph(std::shared_ptr<const KnowledgeGraph> graph)
{
    graph_ = std::move(graph);
    palette_ = graph_ ? EntityPalette(*graph_) : EntityPalette();
    byLabel_.clear();
    rebuild();
}

void EntitySearchModel::setQuery(const QString& query)
{
    if (query == query_)
        return;
    query_ = query;
    rebuild();
}

void EntitySearchModel::ensureSortedByLabel()
{
    if (!graph_ || byLabel_.size() == graph_->entityCount())
        return;
    const auto& entities = graph_->entities();
    std::vector<std::string> folded(entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i)
        folded[i] = foldForSearch(entities[i].label);
    byLabel_.resize(entities.size());
    std::iota(byLabel_.begin(), byLabel_.end(), EntityId {0});
    // Folded first so that "Åland" sits by "Aland" and case does not split the list; then the
    // raw label and the id, so the order is total and the same on every run.
    std::sort(byLabel_.begin(), byLabel_.end(), [&](EntityId a, EntityId b) {
        if (folded[a] != folded[b])
            return folded[a] < folded[b];
        if (entities[a].label != entities[b].label)
            return entities[a].label < entities[b].label;
        return a < b;
    });
}

void EntitySearchModel::rebuild()
{
    beginResetModel();
    hits_.clear();
    rows_ = 0;
    const QString trimmed = query_.trimmed();
    listingAll_ = trimmed.isEmpty();
    if (graph_) {
        if (listingAll_) {
            ensureSortedByLabel();
            rows_ = byLabel_.size();
        } else {
            NameIndex::Result result = graph_->names().search(trimmed.toStdString(), graph_->entityCount());
            hits_ = std::move(result.hits);
            rows_ = hits_.size();
        }
    }
    endResetModel();
    Q_EMIT resultsReset();
}

EntityId EntitySearchModel::entityAt(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= rows_)
        return kNoEntity;
    return listingAll_ ? byLabel_[static_cast<std::size_t>(row)] : hits_[static_cast<std::size_t>(row)].entity;
}

int EntitySearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_);
}

int EntitySearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntitySearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !graph_)
        return {};
    const EntityId id = entityAt(index.row());
    const Entity& entity = graph_->entity(id);
    const bool hasHit = !listingAll_;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return qs(entity.label);
        case KeyColumn:
            return qs(entity.key);
        case MatchColumn: {
            if (!hasHit)
                return QString();
            const NameIndex::Hit& hit = hits_[static_cast<std::size_t>(index.row())];
            if (hit.field == NameIndex::Field::Alias && hit.aliasIndex < entity.aliases.size()) {
                const Alias& alias = entity.aliases[hit.aliasIndex];
                return alias.language.empty() ? qs(alias.text) : tr("%1 (%2)").arg(qs(alias.text), qs(alias.language));
            }
            if (hit.field == NameIndex::Field::Key)
                return tr("key");
            return QString();
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == LabelColumn)
            return EntityPalette::swatch(palette_.colour(id));
        return {};
    case Qt::ToolTipRole: {
        QString tip = qs(entity.label);
        if (!entity.description.empty()) {
            QString description = qs(entity.description);
            if (description.size() > kTooltipChars)
                description = description.left(kTooltipChars) + QChar(0x2026);
            tip += QStringLiteral("\n") + description;
        }
        return tip;
    }
    case EntityIdRole:
        return QVariant::fromValue<quint32>(id);
    default:
        return {};
    }
}

QVariant EntitySearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Name");
    case KeyColumn:
        return tr("Key");
    case MatchColumn:
        return tr("Matched");
    default:
        return {};
    }
}

void EntitySearchModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rows_ > 0)
        Q_EMIT dataChanged(index(0, MatchColumn), index(static_cast<int>(rows_) - 1, MatchColumn), {Qt::DisplayRole});
}

}  // namespace tessera
