#include "models/RankMetricsModel.h"

#include "models/ModelRoles.h"

#include <QLocale>

namespace tessera {

namespace {

// MRR and Hits to four decimals, as papers print them; MR to one.
constexpr int kRateDecimals = 4;
constexpr int kMeanRankDecimals = 1;

}  // namespace

RankMetricsModel::RankMetricsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RankMetricsModel::setRows(std::vector<std::pair<QString, RankMetrics>> rows)
{
    beginResetModel();
    rows_ = std::move(rows);
    baselines_.clear();
    endResetModel();
}

void RankMetricsModel::setBaselines(std::vector<std::optional<RankMetrics>> baselines)
{
    baselines_ = std::move(baselines);
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, BaselineMrrColumn), index(static_cast<int>(rows_.size()) - 1, LiftColumn));
}

void RankMetricsModel::setNameTitle(const QString& title)
{
    nameTitle_ = title;
    Q_EMIT headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

int RankMetricsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int RankMetricsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankMetricsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& [name, m] = rows_[static_cast<std::size_t>(index.row())];
    const auto row = static_cast<std::size_t>(index.row());
    const std::optional<RankMetrics> baseline = row < baselines_.size() ? baselines_[row] : std::nullopt;
    const bool baselineColumn = index.column() == BaselineMrrColumn || index.column() == LiftColumn;
    const double baselineMrr = baseline.has_value() ? baseline.value().mrr : 0.0;
    const bool hasLift = baseline.has_value() && baseline.value().count > 0 && baselineMrr > 0;
    const auto value = [&]() -> double {
        switch (index.column()) {
        case RanksColumn:
            return static_cast<double>(m.count);
        case MrColumn:
            return m.mr;
        case MrrColumn:
            return m.mrr;
        case Hits1Column:
            return m.hits1;
        case Hits3Column:
            return m.hits3;
        case Hits10Column:
            return m.hits10;
        case BaselineMrrColumn:
            return baselineMrr;
        case LiftColumn:
            return hasLift ? m.mrr / baselineMrr : 0;
        default:
            return 0;
        }
    };
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        if (index.column() == NameColumn)
            return name;
        if (index.column() == RanksColumn)
            return locale.toString(static_cast<qulonglong>(m.count));
        if (baselineColumn && !baseline)
            return QStringLiteral("–");
        if (index.column() == LiftColumn)
            return hasLift ? tr("%1×").arg(locale.toString(value(), 'f', 2)) : QStringLiteral("–");
        return locale.toString(value(), 'f', index.column() == MrColumn ? kMeanRankDecimals : kRateDecimals);
    }
    case SortValueRole:
        return index.column() == NameColumn ? QVariant(name) : QVariant(value());
    case Qt::ToolTipRole:
        if (index.column() == LiftColumn && hasLift)
            return tr("MRR %1 against %2 for ranking answers by how often they answer the relation in train")
                .arg(m.mrr, 0, 'f', 4)
                .arg(baselineMrr, 0, 'f', 4);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RankMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return nameTitle_;
    case RanksColumn:
        return tr("Ranks");
    case MrColumn:
        return tr("MR");
    case MrrColumn:
        return tr("MRR");
    case Hits1Column:
        return tr("Hits@1");
    case Hits3Column:
        return tr("Hits@3");
    case Hits10Column:
        return tr("Hits@10");
    case BaselineMrrColumn:
        return tr("Popularity MRR");
    case LiftColumn:
        return tr("× popularity");
    default:
        return {};
    }
}

void RankMetricsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

}  // namespace tessera
