#pragma once

#include "evaluation/LinkPredictionResult.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tessera {

class KnowledgeGraph;
class RankMetricsModel;

// The filtered evaluation of the open model on a split, as `tessera evaluate` prints it: MR, MRR
// and Hits@1/3/10 for both directions, heads and tails (reference tie rule, with PyKEEN's
// realistic rank beside it), and per relation, sortable, each row beside the popularity baseline
// on the same ranks (PopularityBaseline) and the model's multiple of it. The dialog asks for the run
// (evaluateRequested) and shows progress with Cancel; the owner runs it off the UI thread.
class EvaluationDialog : public QDialog {
    Q_OBJECT
public:
    explicit EvaluationDialog(QWidget* parent = nullptr);

    void setSubject(std::shared_ptr<const KnowledgeGraph> graph, const QString& modelName);
    void setRunning(bool running);
    void setProgress(int done, int total);
    // `baseline`: PopularityBaseline::evaluate of the same split (no baseline columns without it).
    void showResult(const LinkPredictionResult& result, std::optional<LinkPredictionResult> baseline = std::nullopt);
    void showProblem(const QString& problem);
    void clearResult();

    Split split() const;
    bool isRunning() const { return running_; }
    QComboBox* splitSelector() const { return split_; }
    QPushButton* evaluateButton() const { return evaluate_; }
    RankMetricsModel* summaryModel() const { return summary_; }
    RankMetricsModel* relationModel() const { return relations_; }
    QString statusText() const;

Q_SIGNALS:
    void evaluateRequested(tessera::Split split);
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void describe();

    std::shared_ptr<const KnowledgeGraph> graph_;
    QString modelName_;
    std::optional<LinkPredictionResult> result_;
    std::optional<LinkPredictionResult> baseline_;
    QString problem_;
    bool running_ = false;

    QLabel* subject_;
    QLabel* splitLabel_;
    QComboBox* split_;
    QPushButton* evaluate_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QLabel* summaryTitle_;
    RankMetricsModel* summary_;
    QTableView* summaryView_;
    QLabel* relationsTitle_;
    RankMetricsModel* relations_;
    QSortFilterProxyModel* relationOrder_;
    QTableView* relationView_;
    QLabel* status_;
};

}  // namespace tessera
