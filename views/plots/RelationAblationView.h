#pragma once

#include "evaluation/RelationAblationStudy.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera {

class ExportButton;
class KnowledgeGraph;

// What image and text are worth to one relation, as a number: every test query of the relation
// ranked as it is and with the known entity's image or text masked (RelationAblationStudy). A
// summary table (MRR, Hits@1/10, MR, mean rank shift, how many queries moved down or up) and
// every query with its three ranks, sortable, so the queries the image mattered most for are one
// click away. The view asks (studyRequested) and shows; the owner runs the study off the UI.
class RelationAblationView : public QWidget {
    Q_OBJECT
public:
    explicit RelationAblationView(QWidget* parent = nullptr);

    void setGraph(std::shared_ptr<const KnowledgeGraph> graph);
    // The relation the button studies (the dock's current relation); kNoRelation disables it.
    void setRelation(RelationId relation, bool hasModel);
    void showResult(const RelationAblationResult& result);
    void clear();

    bool hasResult() const { return result_.relation != kNoRelation; }
    const RelationAblationResult& result() const { return result_; }
    QPushButton* studyButton() const { return study_; }
    QTableWidget* summaryTable() const { return summary_; }
    QTableWidget* queryTable() const { return queries_; }
    QString csv() const;

Q_SIGNALS:
    void studyRequested(tessera::RelationId relation, tessera::Split split);
    void entityActivated(tessera::EntityId entity);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();
    QString entityName(EntityId entity) const;
    QString relationName(RelationId relation) const;

    std::shared_ptr<const KnowledgeGraph> graph_;
    RelationId relation_ = kNoRelation;
    bool hasModel_ = false;
    RelationAblationResult result_;

    QLabel* title_;
    QPushButton* study_;
    ExportButton* export_;
    QTableWidget* summary_;
    QTableWidget* queries_;
};

}  // namespace tessera
