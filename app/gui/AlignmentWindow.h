#pragma once

#include "alignment/AlignmentCandidates.h"
#include "alignment/AlignmentDecisions.h"
#include "graph/Ids.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QUndoStack;

namespace tessera {

class AlignmentCandidatesView;
class AlignmentGraphPane;
class AlignmentPairsModel;
class AlignmentSession;
class MetaWeightsView;

// The alignment workspace: two graphs side by side (each browsable, its canvas and embedding map
// coloured by the modality that dominates each entity's meta-weights), the chosen entity's ranked
// counterparts in the other graph with accept and reject (undoable), the table of A's entities
// with their pairs, ranks and verdicts and a filter for the model's mistakes, the meta-weights
// view, and export of the accepted pairs. Wiring only: the engine is AlignmentSession, the
// pieces are views.
class AlignmentWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit AlignmentWindow(QWidget* parent = nullptr);
    ~AlignmentWindow() override;

    // Opens a workspace and an alignment model off the UI thread.
    void open(const QString& workspace, const QString& model);
    // Chooses an entity of graph A (fromA) or B: its counterparts are ranked, both panes follow
    // (its own canvas focuses it unless `keepCanvas`: the user picked it on that canvas).
    void choose(bool fromA, EntityId entity, bool keepCanvas = false);
    void acceptSelected();
    void rejectSelected();
    // Writes the accepted pairs as a pairs.tsv (atomically); the empty string or the problem.
    QString exportAccepted(const QString& path);

    AlignmentSession* session() const { return session_; }
    AlignmentGraphPane* pane(int side) const { return panes_[side]; }
    AlignmentCandidatesView* candidatesView() const { return candidates_; }
    AlignmentPairsModel* pairsModel() const { return pairs_; }
    QTableView* pairsTable() const { return table_; }
    QComboBox* filterBox() const { return filterBox_; }
    QComboBox* poolBox() const { return poolBox_; }
    MetaWeightsView* metaWeightsView() const { return metaWeights_; }
    QUndoStack* decisionStack() const { return undo_; }
    const AlignmentDecisions& decisions() const { return decisions_; }
    QLabel* summaryLabel() const { return summary_; }

Q_SIGNALS:
    void workspaceShown();
    void openFailed(const QString& problem);
    void candidatesShown();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    void retranslate();
    void onOpened();
    void onEvaluated();
    void onAligned(const AlignmentQueryResult& result, double milliseconds);
    void decide(bool accept);
    void decisionsChanged();
    void exportDialog();
    void openDialog();
    void colourByDominantModality();
    void updateSummary();
    void setBusy(bool busy, const QString& what);

    AlignmentSession* session_;
    AlignmentDecisions decisions_;
    QUndoStack* undo_;
    AlignmentGraphPane* panes_[2];
    AlignmentCandidatesView* candidates_;
    AlignmentPairsModel* pairs_;
    QSortFilterProxyModel* pairsProxy_;
    QTableView* table_;
    MetaWeightsView* metaWeights_;
    QComboBox* filterBox_ = nullptr;
    QComboBox* poolBox_ = nullptr;
    QLineEdit* pairsSearch_ = nullptr;
    QLabel* filterLabel_ = nullptr;
    QLabel* poolLabel_ = nullptr;
    QLabel* candidatesStatus_ = nullptr;
    QPushButton* acceptButton_ = nullptr;
    QPushButton* rejectButton_ = nullptr;
    QPushButton* exportButton_ = nullptr;
    QDockWidget* candidatesDock_ = nullptr;
    QDockWidget* pairsDock_ = nullptr;
    QDockWidget* metaDock_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* busyLabel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QToolButton* cancelButton_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* alignMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* exportAction_ = nullptr;
    QAction* closeAction_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QAction* acceptAction_ = nullptr;
    QAction* rejectAction_ = nullptr;
    // The entity whose counterparts are shown, and whether a pane is being steered by the window
    // (so its selection signals are not taken for the user's).
    bool currentFromA_ = true;
    EntityId current_ = kNoEntity;
    bool steering_ = false;
};

}  // namespace tessera
