#pragma once

#include "alignment/MetaWeightTable.h"
#include "plots/FittedTickLabels.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QListWidget;

namespace tessera {

class ExportButton;
class KnowledgeGraph;

// MEAformer's modality meta-weights: the focused entity's weights as bars, their distribution
// over every entity of both graphs as one box plot per modality (an entity without the modality
// is left out of its box) with the focused entity marked, the entities where a chosen modality
// dominates, and — when evaluation ranks are given — Hits@1 of the test queries grouped by the
// modality that dominates the query entity.
class MetaWeightsView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kListed = 25;

    explicit MetaWeightsView(QWidget* parent = nullptr);

    // The two graphs the table's rows belong to (A's entities, then B's).
    void setGraphs(std::shared_ptr<const KnowledgeGraph> a, std::shared_ptr<const KnowledgeGraph> b);
    void setTable(std::shared_ptr<const MetaWeightTable> table);
    void setAccuracy(std::optional<DominantModalityAccuracy> accuracy);
    void focusRow(std::int64_t row);
    void setListedSlot(std::int64_t slot);

    QListWidget* dominatedList() const { return list_; }
    QLabel* focusLabel() const { return focus_; }
    QCustomPlot* boxPlot() const { return boxes_; }
    QCustomPlot* accuracyPlot() const { return accuracyPlot_; }
    // row,graph,key,label,dominant,<modality weights...> for every entity.
    QString csv() const;

Q_SIGNALS:
    void rowActivated(std::int64_t row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void redraw();
    // Before each replot: the tick labels and value labels of `plot` that fit its current width.
    void fitLabels(QCustomPlot* plot);
    void fillList();
    void retranslate();
    QString rowName(std::int64_t row) const;

    std::shared_ptr<const KnowledgeGraph> graphs_[2];
    std::shared_ptr<const MetaWeightTable> table_;
    std::optional<DominantModalityAccuracy> accuracy_;
    std::int64_t focused_ = -1;
    std::int64_t listedSlot_ = 0;

    QLabel* status_;
    ExportButton* export_;
    QCustomPlot* bars_;
    QCustomPlot* boxes_;
    QCustomPlot* accuracyPlot_;
    QLabel* focus_;
    QComboBox* slotBox_;
    QListWidget* list_;
    FittedTickLabels barTicks_;
    FittedTickLabels boxTicks_;
    FittedTickLabels accuracyTicks_;
    // The percentages printed over bars, with the share each shows, so that they can lose their
    // decimal when the bars are too narrow for it.
    std::vector<std::pair<QCPItemText*, double>> barValues_;
    std::vector<std::pair<QCPItemText*, double>> accuracyValues_;
};

}  // namespace tessera
