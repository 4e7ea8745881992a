#pragma once

#include "attention/AttentionRollout.h"
#include "attention/EntityAttentionMaps.h"
#include "attention/EntityTokenLayout.h"
#include "plots/TokenAttentionShading.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QCustomPlot;
class QGridLayout;
class QLabel;
class QSlider;
class QSplitter;
class QTableWidget;
class QTabWidget;

namespace tessera {

class ExportButton;
class KnowledgeGraph;
class TokensView;
class WordPieceTokenizer;
struct TokenFolder;

// MyGO's cross-modal entity encoder, for the entity in focus: a layers × heads grid of token ×
// token attention maps (rows: the query token, columns: the key it reads), one of them enlarged
// with the tokens named on both axes — or the attention rollout over the layers (heads fused by
// mean or max) — with the numbers in a table, a threshold below which cells are left blank, keys
// attention ignores marked "⊘", and where [CLS] looks as shares of structure, image and text.
// Choosing "as if it had no image / no text" draws that input beside the full one. Below the
// maps, beside the numbers: the entity's images and text with the patches of each kept visual
// token and each kept word piece shaded by the attention [CLS] gives that token in the map shown.
class AttentionView : public QWidget {
    Q_OBJECT
public:
    // LastLayerMean: the raw attention of the last layer, its heads averaged.
    enum class Mode { Head = 0, RolloutMean = 1, RolloutMax = 2, LastLayerMean = 3 };

    explicit AttentionView(QWidget* parent = nullptr);

    // `tokenNames`: one per token of the layout, in order ([CLS], structure, visual…, text…).
    void setData(const EntityAttentionMaps& maps, const QStringList& tokenNames, const QString& entityName);
    void clear();
    // What the image-and-text tab reads: the graph, a token folder (patch grids, word pieces) and
    // the model's slot counts. Without them the tab says why it is empty.
    void setInputs(std::shared_ptr<const KnowledgeGraph> graph, std::shared_ptr<const TokenFolder> tokens,
        std::shared_ptr<const WordPieceTokenizer> wordPieces, int visualSlots, int textSlots);
    bool hasData() const { return maps_.entity != kNoEntity; }
    EntityId shownEntity() const { return maps_.entity; }

    void setMode(Mode mode);
    void setInput(AttentionInput input);
    void selectHead(int layer, int head);
    void setThreshold(double threshold);  // 0..1

    Mode mode() const { return mode_; }
    AttentionInput input() const { return input_; }
    int selectedLayer() const { return layer_; }
    int selectedHead() const { return head_; }
    // The enlarged map under `input` ([L, L]: the selected head, or the rollout), before the
    // threshold (which only changes what is drawn).
    FloatArray shownMap(AttentionInput input) const;
    // Where [CLS] looks in the enlarged map of the chosen input.
    ClsAttentionShares shownShares() const;
    const QStringList& tokenNames() const { return names_; }
    // The attention [CLS] gives each unmasked visual and text slot in the enlarged map of the
    // chosen input, keyed by the slot's table id: what the image-and-text tab is shaded by.
    TokenAttentionShading shownShading() const;
    TokensView* inputsView() const { return inputs_; }
    // Which tab is in front below the maps: the numbers, or the image and text.
    void showInputsTab(bool inputs);
    // The enlarged map's numbers: a header of key tokens, a row per query token.
    QString csv() const;
    // The layers × heads small maps (for tests: one per head, in row-major order).
    const std::vector<QCustomPlot*>& headPlots() const { return headPlots_; }

Q_SIGNALS:
    void headSelected(int layer, int head);
    void codeClicked(qint64 code);  // a visual token's crop on the image-and-text tab

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildGrid();
    void refresh();
    void drawMap(QCustomPlot* plot, const FloatArray& map, const std::vector<std::uint8_t>& masked, bool labelled,
        const QString& title);
    void fillTable(const FloatArray& map, const std::vector<std::uint8_t>& masked);
    QString mapTitle(AttentionInput input) const;
    QStringList axisNames(const std::vector<std::uint8_t>& masked) const;
    void retranslate();

    QLabel* title_;
    QComboBox* modeBox_;
    QComboBox* inputBox_;
    QLabel* thresholdLabel_;
    QSlider* threshold_;
    QWidget* grid_;
    QGridLayout* gridLayout_;
    QCustomPlot* main_;
    QCustomPlot* beside_;
    QLabel* shares_;
    QSplitter* splitter_;
    QTabWidget* lower_;
    QTableWidget* table_;
    TokensView* inputs_;
    bool inputsSet_ = false;
    ExportButton* export_;
    std::vector<QCustomPlot*> headPlots_;

    EntityAttentionMaps maps_;
    QStringList names_;
    QString entityName_;
    Mode mode_ = Mode::Head;
    AttentionInput input_ = AttentionInput::Full;
    int layer_ = 0;
    int head_ = 0;
    double thresholdValue_ = 0;
};

}  // namespace tessera
