#pragma once

#include "evaluation/CandidateRanking.h"

#include <QAbstractTableModel>

#include <memory>

namespace tessera {

class KnowledgeGraph;

// The ranked candidates of one link-prediction query: rank, entity, raw score and the splits in
// which the candidate is already a known answer. Known answers are drawn bold so a researcher
// sees at a glance whether the model ranks the facts it was shown (train) or held out (test);
// the known answers that did not make the list follow it in italics, at their rank (filtered
// rank when known answers are left out: the rank the evaluation gives them).
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
    // Rows after the top k: known answers outside it.
    int topRowCount() const { return static_cast<int>(ranking_.top.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QString knownText(const RankedCandidate& candidate) const;

    std::shared_ptr<const KnowledgeGraph> graph_;
    CandidateRanking ranking_;
    // The top k, then the known answers outside it (at most kMostAnswerRows of them).
    std::vector<RankedCandidate> rows_;
};

}  // namespace tessera
