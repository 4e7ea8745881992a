#pragma once

#include "alignment/AlignmentDecisions.h"
#include "alignment/MetaWeightTable.h"
#include "graph/Dataset.h"

#include <QAbstractTableModel>

#include <memory>
#include <unordered_map>
#include <vector>

namespace tessera {

class KnowledgeGraph;

// The entities of graph A as an alignment analyst works through them: whether each is in a seed or
// a test pair and with whom, where the model ranks that counterpart (CSLS, test pairs), the
// modality that dominates the entity's meta-weights, and the analyst's verdict. A filter keeps the
// rows one works on — the test pairs the model gets wrong at rank 1, the accepted ones, the ones
// no pair covers — so a reviewer walks the mistakes instead of scrolling 15,000 entities.
class AlignmentPairsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { EntityColumn, PairColumn, CounterpartColumn, RankColumn, DominantColumn, VerdictColumn, ColumnCount };
    enum class Filter { All = 0, TestPairs, SeedPairs, WrongAtRankOne, Accepted, Unpaired };

    explicit AlignmentPairsModel(QObject* parent = nullptr);

    // `pairs`: the workspace's seed and test pairs; `metaWeights` may be null.
    void setWorkspace(std::shared_ptr<const KnowledgeGraph> a, std::shared_ptr<const KnowledgeGraph> b,
        std::vector<AlignedPair> pairs, std::shared_ptr<const MetaWeightTable> metaWeights);
    // 0-based CSLS ranks of the test pairs' counterparts, in the order of testPairs(); empty
    // until an evaluation ran.
    void setTestRanks(std::vector<std::int64_t> ranks);
    void setDecisions(const AlignmentDecisions* decisions);
    // The decisions changed: verdict column and the Accepted filter.
    void refreshDecisions();
    void setFilter(Filter filter);
    Filter filter() const { return filter_; }

    // The test pairs in workspace order (the order setTestRanks expects).
    const std::vector<AlignedPair>& testPairs() const { return test_; }
    // How many rows the filter keeps / how many test pairs are wrong at rank 1 (-1 before ranks).
    int wrongAtRankOne() const;
    EntityId entityAt(int row) const;
    int rowOf(EntityId entity) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct PairInfo {
        EntityId counterpart = kNoEntity;
        bool seed = false;
        std::int64_t rank = -1;  // CSLS, 0-based; -1 unknown
    };
    void rebuild();
    bool keeps(EntityId entity) const;
    QString nameOf(const KnowledgeGraph& graph, EntityId entity) const;

    std::shared_ptr<const KnowledgeGraph> graphs_[2];
    std::shared_ptr<const MetaWeightTable> metaWeights_;
    std::vector<AlignedPair> test_;
    std::unordered_map<EntityId, PairInfo> pairOf_;
    const AlignmentDecisions* decisions_ = nullptr;
    bool ranked_ = false;
    Filter filter_ = Filter::All;
    std::vector<EntityId> rows_;
    std::vector<int> rowOfEntity_;  // per entity of A, -1 when filtered out
};

}  // namespace tessera
