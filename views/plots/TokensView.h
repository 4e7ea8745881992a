#pragma once

#include "graph/Ids.h"
#include "io/TokenFolderReader.h"
#include "plots/PatchGridWidget.h"
#include "plots/TokenAttentionShading.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QGridLayout;
class QHBoxLayout;
class QLabel;

namespace tessera {

class ExportButton;
class KnowledgeGraph;
class WordPieceTokenizer;

// What MyGO reads of one entity: each image with its patch grid coloured by code id (the kept
// visual tokens outlined; hover for the code's counts, click to show it in the Codebook view),
// the description with its BERT word pieces marked (stop words and punctuation greyed), and the
// V visual and T text token ids in the order MyGO reads them (the most frequent, in ascending id
// order), each kept visual token with a crop of a patch that carries it. Given the attention [CLS]
// gives each token (the Attention view's map), it shades the patches of the kept codes and the
// kept word pieces by it instead. Shows a token folder; computes nothing but the entity's selection.
class TokensView : public QWidget {
    Q_OBJECT
public:
    explicit TokensView(QWidget* parent = nullptr);

    // `wordPieces` may be null (no description marking).
    void setData(std::shared_ptr<const KnowledgeGraph> graph, std::shared_ptr<const TokenFolder> tokens,
        std::shared_ptr<const WordPieceTokenizer> wordPieces, int visualSlots = 8, int textSlots = 8);
    void setEntity(EntityId entity);
    // Shade by attention (std::nullopt: back to the codes' colours).
    void setShading(std::optional<TokenAttentionShading> shading);
    const std::optional<TokenAttentionShading>& shading() const { return shading_; }

    const std::vector<PatchGridWidget*>& grids() const { return grids_; }
    const std::vector<std::int64_t>& keptVisual() const { return keptVisual_; }
    const std::vector<std::int64_t>& keptText() const { return keptText_; }
    // One crop per kept visual token, in keptVisual() order: the first patch of the entity's
    // images that carries the code (null when no patch grid shows it).
    const std::vector<QImage>& keptCrops() const { return crops_; }
    // The text MyGO's text tokens were read from (label and/or description, as the folder says),
    // its word pieces marked: the kept T bold, stop words and punctuation grey; each piece's
    // tooltip names its BERT id and, for a learned text codebook, its code.
    QString descriptionHtml() const;
    // What the view shows, as one table: a row per image patch (modality "visual": image, row,
    // column, token) and per word piece (modality "text": piece, its BERT id, token) with
    // whether the token is one MyGO keeps.
    QString tokensCsv() const;
    ExportButton* exportButton() const { return export_; }

Q_SIGNALS:
    void codeClicked(qint64 code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    std::string readText() const;
    // The text token of each countable piece of readText(), -1 where the folder does not say.
    std::vector<std::int64_t> pieceTokens(std::size_t countable) const;
    void fillCrops(const std::vector<std::pair<QImage, const ImagePatchCodes*>>& images);
    QString shadingNote() const;

    std::shared_ptr<const KnowledgeGraph> graph_;
    std::shared_ptr<const TokenFolder> tokens_;
    std::shared_ptr<const WordPieceTokenizer> wordPieces_;
    int visualSlots_ = 8;
    int textSlots_ = 8;
    EntityId entity_ = kNoEntity;
    std::vector<PatchGridWidget::CodeFacts> facts_;
    std::vector<std::int64_t> keptVisual_;
    std::vector<std::int64_t> keptText_;
    QLabel* title_;
    ExportButton* export_;
    QWidget* gridBox_;
    QGridLayout* gridLayout_;
    std::vector<PatchGridWidget*> grids_;
    std::optional<TokenAttentionShading> shading_;
    std::vector<QImage> crops_;
    QWidget* cropBox_;
    QHBoxLayout* cropLayout_;
    QLabel* visualIds_;
    QLabel* description_;
    QLabel* legend_;
    QLabel* textIds_;
};

}  // namespace tessera
