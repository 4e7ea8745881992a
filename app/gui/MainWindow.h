#pragma once

#include "graph/Dataset.h"
#include "graph/Ids.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolBar;
class QToolButton;

namespace tessera {

class DatasetLoadWorker;
class TokenFolderLoadWorker;
class EvaluationDialog;
class EntityBrowserPanel;
class EntityPagePanel;
class LinkPredictionPanel;
class LinkPredictionSession;
class LanguageMenu;
class NeighbourhoodView;
class RecentFilesMenu;
class WarningsDialog;
class TokensView;
class CodebookView;
class AttentionView;
class AttentionController;
class EmbeddingMapView;
class ModalitySharesView;
class ModelMapsController;
class DebugOverlayController;
class EvaluationController;
class AlignmentWindowOpener;
struct TokenFolder;

// The window: wires the entity browser (left dock), the entity page and link prediction (right
// docks) and the neighbourhood view (centre) to one graph, loads graphs off the UI thread with a working
// Cancel, and keeps geometry, dock layout, recent files and language in QSettings. Wiring only:
// the behaviour lives in the panels, the view and the loader.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a graph folder or file (a manifest.json means its folder) off the UI thread.
    void openPath(const QString& chosen);
    void cancelLoading();
    bool isLoading() const;
    // Opens a MyGO model folder for the graph on screen, off the UI thread (the link-prediction
    // dock); an alignment model (kind meaformer) opens an alignment window on the workspace on screen.
    void openModel(const QString& folder);
    AlignmentWindowOpener* alignmentOpener() const { return alignment_; }
    // Reads a token folder (tessera tokenize --out) for the graph on screen off the UI thread and
    // shows it in the Tokens and Codebook docks, raised to the front unless `raiseDock` is false
    // (the demo's tokens open quietly behind the entity page).
    void openTokens(const QString& folder, bool raiseDock = true);
    TokensView* tokensView() const { return tokensView_; }
    AttentionView* attentionView() const { return attentionView_; }
    EmbeddingMapView* embeddingView() const { return embeddingView_; }
    ModalitySharesView* sharesView() const { return sharesView_; }
    QDockWidget* sharesDock() const { return sharesDock_; }
    DebugOverlayController* debugOverlay() const { return debugOverlay_; }
    QAction* debugOverlayAction() const { return debugOverlayAction_; }
    CodebookView* codebookView() const { return codebookView_; }

    const std::shared_ptr<const Dataset>& dataset() const { return dataset_; }
    std::shared_ptr<const KnowledgeGraph> currentGraph() const;
    EntityBrowserPanel* browserPanel() const { return browser_; }
    EntityPagePanel* pagePanel() const { return page_; }
    NeighbourhoodView* neighbourhoodView() const { return view_; }
    LinkPredictionPanel* predictionPanel() const { return predictionPanel_; }
    LinkPredictionSession* predictionSession() const { return prediction_; }
    // The evaluation dialog once it was asked for (the dock's Evaluate… button), else null.
    EvaluationDialog* evaluationDialog() const;
    QComboBox* graphSelector() const { return graphCombo_; }
    const QStringList& warnings() const { return warnings_; }

Q_SIGNALS:
    // A graph was loaded and is on screen (tests wait for it).
    void graphShown();
    // A load ended in an error (shown in a message box too).
    void loadFailed(const QString& problem);
    // A token folder was read and is in the Tokens and Codebook docks (or failed: tokensFailed).
    void tokensShown();
    void tokensFailed(const QString& problem);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void retranslate();
    void onLoaded(const QString& path, std::shared_ptr<const Dataset> dataset);
    void onFailed(const QString& path, const QString& problem);
    void setLoading(bool loading, const QString& path = {});
    void showGraph(int index);
    void updateSummary();
    void addWarning(const QString& warning);
    void showWarnings();
    void openFolderDialog();
    void openFileDialog();
    void openModelDialog();
    void openTokensDialog();
    void connectPrediction();
    void connectTokens();
    void connectAttention();

    std::shared_ptr<const Dataset> dataset_;
    int graphIndex_ = 0;
    QString datasetPath_;
    QStringList warnings_;

    DatasetLoadWorker* loader_;
    EntityBrowserPanel* browser_;
    EntityPagePanel* page_;
    NeighbourhoodView* view_;
    LinkPredictionSession* prediction_;
    LinkPredictionPanel* predictionPanel_;
    QDockWidget* browserDock_ = nullptr;
    QDockWidget* pageDock_ = nullptr;
    QDockWidget* predictionDock_ = nullptr;
    TokensView* tokensView_ = nullptr;
    CodebookView* codebookView_ = nullptr;
    QDockWidget* tokensDock_ = nullptr;
    QDockWidget* codebookDock_ = nullptr;
    AttentionView* attentionView_ = nullptr;
    QDockWidget* attentionDock_ = nullptr;
    AttentionController* attention_ = nullptr;
    EmbeddingMapView* embeddingView_ = nullptr;
    QDockWidget* embeddingDock_ = nullptr;
    ModalitySharesView* sharesView_ = nullptr;
    QDockWidget* sharesDock_ = nullptr;
    ModelMapsController* maps_ = nullptr;
    DebugOverlayController* debugOverlay_ = nullptr;
    QAction* debugOverlayAction_ = nullptr;
    TokenFolderLoadWorker* tokensLoader_ = nullptr;
    bool raiseTokensDock_ = true;  // of the read in flight
    QToolBar* toolBar_ = nullptr;
    QComboBox* graphCombo_ = nullptr;
    QAction* graphComboAction_ = nullptr;
    QLabel* graphComboLabel_ = nullptr;
    QAction* graphComboLabelAction_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* loadingLabel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QToolButton* cancelButton_ = nullptr;
    QToolButton* warningsButton_ = nullptr;
    WarningsDialog* warningsDialog_ = nullptr;
    EvaluationController* evaluation_ = nullptr;
    AlignmentWindowOpener* alignment_ = nullptr;

    QMenu* fileMenu_ = nullptr;
    QMenu* goMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    RecentFilesMenu* recentMenu_ = nullptr;
    LanguageMenu* languageMenu_ = nullptr;
    QAction* openFolderAction_ = nullptr;
    QAction* openFileAction_ = nullptr;
    QAction* openModelAction_ = nullptr;
    QAction* openTokensAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* backAction_ = nullptr;
    QAction* forwardAction_ = nullptr;
    QAction* fitAction_ = nullptr;
    QAction* warningsAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
};

}  // namespace tessera
