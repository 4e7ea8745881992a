#pragma once

#include "evaluation/FilteredRanking.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace tessera {

// Rows of filtered-rank metrics (MR, MRR, Hits@1/3/10 and how many ranks they average), one per
// named row: the directions of an evaluation, or its relations. Numbers sort as numbers through
// SortValueRole. Beside each row, when given, the popularity baseline's MRR on the same ranks
// and how many times the model's MRR is above it: a model that learnt only frequencies shows ≈ 1×.
class RankMetricsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn = 0,
        RanksColumn,
        MrColumn,
        MrrColumn,
        Hits1Column,
        Hits3Column,
        Hits10Column,
        BaselineMrrColumn,
        LiftColumn,
        ColumnCount
    };

    explicit RankMetricsModel(QObject* parent = nullptr);

    void setRows(std::vector<std::pair<QString, RankMetrics>> rows);
    // One per row (same order), std::nullopt where there is no baseline; cleared by setRows.
    void setBaselines(std::vector<std::optional<RankMetrics>> baselines);
    // The first column's title ("Relation", or empty for directions).
    void setNameTitle(const QString& title);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    std::vector<std::pair<QString, RankMetrics>> rows_;
    std::vector<std::optional<RankMetrics>> baselines_;
    QString nameTitle_;
};

}  // namespace tessera
