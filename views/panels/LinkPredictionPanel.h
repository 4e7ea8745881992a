#pragma once

#include "evaluation/CandidateRanking.h"
#include "evaluation/LinkPredictionRequest.h"
#include "evaluation/RelationAblationStudy.h"
#include "inference/FloatArray.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace tessera {

class KnowledgeGraph;
class QueryAttentionView;
class RankedCandidatesModel;
class RelationAblationView;

// Interactive link prediction: the query entity follows the window's focus; the user picks the
// side to predict, the relation, how many candidates, whether known answers are left out and
// whether the entity is read as if it had no image / no text. Every change asks for a new
// prediction (predictionRequested); the owner runs it off the UI thread and hands back the
// ranking, then the context encoder's attention for the query (the "Context attention" tab).
// The "Masking" tab measures, for the current relation, how far the answers of all its test
// queries move when image or text is masked. The panel shows data only: it neither owns nor
// runs a model.
class LinkPredictionPanel : public QWidget {
    Q_OBJECT
public:
    explicit LinkPredictionPanel(QWidget* parent = nullptr);

    void setGraph(std::shared_ptr<const KnowledgeGraph> graph);
    // The known entity of the query. Keeps the relation when the entity has known answers for it
    // on the side asked, else picks the first relation (by label) with answers (so does a change
    // of side).
    void setEntity(EntityId entity);
    // The model the predictions come from; an empty name means none (the form is disabled).
    void setModel(const QString& name, const QString& details);
    // Long work (opening a model, computing entity representations): a bar and a Cancel button.
    void setBusy(bool busy, const QString& what = {});
    void setProgress(int done, int total);
    void showRanking(const LinkPredictionRequest& request, const CandidateRanking& ranking, double milliseconds);
    void showProblem(const QString& problem);
    // [layers, 1, heads, 3, 3] for `answered` (dropped when the form asks something else now).
    void showQueryAttention(const LinkPredictionRequest& answered, const FloatArray& attention);
    void showAblation(const RelationAblationResult& result);

    LinkPredictionRequest request() const;
    bool hasModel() const { return hasModel_; }

    QComboBox* directionSelector() const { return direction_; }
    QComboBox* relationSelector() const { return relation_; }
    QSpinBox* countSelector() const { return count_; }
    QCheckBox* filteredCheck() const { return filtered_; }
    QCheckBox* maskVisualCheck() const { return maskVisual_; }
    QCheckBox* maskTextCheck() const { return maskText_; }
    QTreeView* resultView() const { return results_; }
    QPushButton* evaluateButton() const { return evaluate_; }
    RankedCandidatesModel* resultModel() const { return model_; }
    QTabWidget* tabs() const { return tabs_; }
    QueryAttentionView* queryAttentionView() const { return queryAttention_; }
    RelationAblationView* ablationView() const { return ablation_; }
    QString statusText() const;
    QString queryText() const;

Q_SIGNALS:
    void predictionRequested(const tessera::LinkPredictionRequest& request);
    void openModelRequested();
    void evaluateRequested();
    void cancelRequested();
    void ablationRequested(tessera::RelationId relation, tessera::Split split);
    void entityActivated(tessera::EntityId entity);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillRelations();
    void preferRelationWithAnswers();
    void updateQueryText();
    void requestPrediction();
    void showBusy();
    std::size_t knownAnswerCount(RelationId relation) const;

    std::shared_ptr<const KnowledgeGraph> graph_;
    EntityId entity_ = kNoEntity;
    // Known answers per relation for entity_ on the side asked (fillRelations keeps it current).
    std::vector<std::size_t> answerCounts_;
    bool hasModel_ = false;
    bool filling_ = false;
    QString modelName_;
    QString modelDetails_;
    QString status_;
    QString busyText_;
    bool busy_ = false;

    QLabel* modelLabel_;
    QPushButton* openModel_;
    QPushButton* evaluate_;
    QLabel* directionLabel_;
    QComboBox* direction_;
    QLabel* queryLabel_;
    QLabel* query_;
    QLabel* relationLabel_;
    QComboBox* relation_;
    QLabel* countLabel_;
    QSpinBox* count_;
    QCheckBox* filtered_;
    QCheckBox* maskVisual_;
    QCheckBox* maskText_;
    QTreeView* results_;
    QTabWidget* tabs_;
    QueryAttentionView* queryAttention_;
    RelationAblationView* ablation_;
    RankedCandidatesModel* model_;
    QLabel* statusLabel_;
    QProgressBar* progress_;
    QToolButton* cancel_;
    QTimer* busyDelay_;
};

}  // namespace tessera
