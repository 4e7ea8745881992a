#pragma once

#include "evaluation/FilteredRanking.h"

#include <QAbstractTableModel>
#include <QString>

#include <utility>
#include <vector>

namespace tessera {

// Rows of filtered-rank metrics (MR, MRR, Hits@1/3/10 and how many ranks they average), one per
// named row: the directions of an evaluation, or its relations. Numbers sort as numbers through
// SortValueRole.
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
        ColumnCount
    };

    explicit RankMetricsModel(QObject* parent = nullptr);

    void setRows(std::vector<std::pair<QString, RankMetrics>> rows);
    // The first column's title ("Relation", or empty for directions).
    void setNameTitle(const QString& title);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    std::vector<std::pair<QString, RankMetrics>> rows_;
    QString nameTitle_;
};

}  // namespace tessera
