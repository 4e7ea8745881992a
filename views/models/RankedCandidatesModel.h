#pragma once

#include "evaluation/CandidateRanking.h"

#include <QAbstractTableModel>

#include <memory>

namespace tessera {

class KnowledgeGraph;

// The ranked candidates of one link-prediction query: rank, entity, raw score and the splits in
// which the candidate is already a known answer. Known answers are drawn bold so a researcher
// sees at a glance whether the model ranks the facts it was shown (train) or held out (test).
class RankedCandidatesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn = 0, EntityColumn, ScoreColumn, KnownColumn, ColumnCount };

    explicit RankedCandidatesModel(QObject* parent = nullptr);

    void setGraph(std::shared_ptr<const KnowledgeGraph> graph);
    void setRanking(const CandidateRanking& ranking);
    void clear();
    const CandidateRanking& ranking() const { return ranking_; }
    EntityId entityAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QString knownText(const RankedCandidate& candidate) const;

    std::shared_ptr<const KnowledgeGraph> graph_;
    CandidateRanking ranking_;
};

}  // namespace tessera
