#include "models/RankedCandidatesModel.h"

#include "graph/KnowledgeGraph.h"
#include "models/ModelRoles.h"

#include <QFont>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace tessera {

namespace {

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Four decimals tell apart the scores of neighbouring ranks without pretending more precision
// than a float score has after a 256-term product.
constexpr int kScoreDecimals = 4;
// A hub's thousands of answers would bury the list; the command line lists them all (--json).
constexpr std::size_t kMostAnswerRows = 100;

}  // namespace

RankedCandidatesModel::RankedCandidatesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RankedCandidatesModel::setGraph(std::shared_ptr<const KnowledgeGraph> graph)
{
    beginResetModel();
    graph_ = std::move(graph);
    ranking_ = {};
    rows_.clear();
    endResetModel();
}

void RankedCandidatesModel::setRanking(const CandidateRanking& ranking)
{
    beginResetModel();
    ranking_ = ranking;
    rows_ = ranking.top;
    std::size_t added = 0;
    for (const RankedCandidate& answer : ranking.answers) {
        const bool listed = std::any_of(ranking.top.begin(), ranking.top.end(),
            [&](const RankedCandidate& c) { return c.entity == answer.entity; });
        if (!listed && added++ < kMostAnswerRows)
            rows_.push_back(answer);
    }
    endResetModel();
}

void RankedCandidatesModel::clear()
{
    setRanking({});
}

EntityId RankedCandidatesModel::entityAt(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < rows_.size() ? rows_[static_cast<std::size_t>(row)].entity
                                                                    : kNoEntity;
}

int RankedCandidatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !graph_ ? 0 : static_cast<int>(rows_.size());
}

int RankedCandidatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RankedCandidatesModel::knownText(const RankedCandidate& candidate) const
{
    static const char* const names[] = {
        QT_TR_NOOP("train"),
        QT_TR_NOOP("valid"),
        QT_TR_NOOP("test"),
    };
    QStringList in;
    for (std::size_t s = 0; s < candidate.knownIn.size(); ++s) {
        if (candidate.knownIn[s])
            in << tr(names[s]);
    }
    return in.join(QStringLiteral(", "));
}

QVariant RankedCandidatesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !graph_)
        return {};
    const RankedCandidate& candidate = rows_[static_cast<std::size_t>(index.row())];
    const bool beyondTop = index.row() >= topRowCount();
    const Entity& entity = graph_->entity(candidate.entity);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return QLocale().toString(static_cast<qulonglong>(candidate.rank));
        case EntityColumn:
            return qs(entity.label.empty() ? entity.key : entity.label);
        case ScoreColumn:
            return QLocale().toString(static_cast<double>(candidate.score), 'f', kScoreDecimals);
        case KnownColumn:
            return knownText(candidate);
        default:
            return {};
        }
    case SortValueRole:
        switch (index.column()) {
        case RankColumn:
            return static_cast<qulonglong>(candidate.rank);
        case ScoreColumn:
            return static_cast<double>(candidate.score);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn || index.column() == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (candidate.isKnownAnswer()) {
            QFont font;
            font.setBold(true);
            font.setItalic(beyondTop);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = qs(entity.key);
        if (!entity.description.empty())
            tip += QLatin1Char('\n') + qs(entity.description);
        if (candidate.isKnownAnswer())
            tip += QLatin1Char('\n') + tr("Known answer (%1)").arg(knownText(candidate));
        if (beyondTop && ranking_.candidates < graph_->entityCount())
            tip += QLatin1Char('\n') + tr("Filtered rank: only entities that are not known answers count ahead of it.");
        return tip;
    }
    case EntityIdRole:
        return QVariant::fromValue<quint32>(candidate.entity);
    default:
        return {};
    }
}

QVariant RankedCandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == RankColumn || section == ScoreColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case EntityColumn:
        return tr("Entity");
    case ScoreColumn:
        return tr("Score");
    case KnownColumn:
        return tr("Known in");
    default:
        return {};
    }
}

void RankedCandidatesModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, KnownColumn), index(rowCount() - 1, KnownColumn));
}

}  // namespace tessera
