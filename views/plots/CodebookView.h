#pragma once

#include "graph/Ids.h"
#include "io/TokenFolderReader.h"
#include "tokenizers/CodebookStatistics.h"

#include <QImage>
#include <QWidget>

#include <array>

#include <memory>

class QCheckBox;
class QComboBox;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QListWidget;

namespace tessera {

class ExportButton;
class KnowledgeGraph;
class ThumbnailCache;

// How a token folder's codebook is used, per modality: the figures (codes, used, usage, dead,
// perplexity, normalised entropy, top-10 mass, Gini), the usage histogram (codes sorted by count,
// log-y on request), the rank–frequency plot (log–log), used and dead codes of every modality,
// and the tokenizer's training curves (perplexity and usage per epoch) when it has a log. A click
// on a bar or a projected point lists the entities that use that code and crops of the image
// patches that carry it (decoded off the UI thread); activating either focuses the entity.
// Everything shown comes from CodebookStatistics; nothing is recomputed here.
class CodebookView : public QWidget {
    Q_OBJECT
public:
    enum class Modality { Visual, Text };

    explicit CodebookView(QWidget* parent = nullptr);

    void setData(std::shared_ptr<const KnowledgeGraph> graph, std::shared_ptr<const TokenFolder> tokens);
    void setModality(Modality modality);
    void setLogScale(bool on);
    // Lists the entities that use `code` of the current modality (what a click on its bar does).
    void selectCode(std::int64_t code);

    const CodeUsage& usage() const { return usage_; }
    QCustomPlot* histogram() const { return histogram_; }
    QCustomPlot* rankFrequency() const { return rankFrequency_; }
    QCustomPlot* modalities() const { return modalities_; }
    QCustomPlot* curves() const { return curves_; }
    // The used codes in the plane of their vectors' two principal components, in three graphs:
    // codes (nearly) only images use, mixed codes (each modality ≥ 20 % of the code's
    // modality-normalised use, as Uni-Code counts them), codes (nearly) only text uses. Hidden
    // when the folder's code vectors were not read.
    QCustomPlot* projection() const { return projection_; }
    // The codes of the projection's graph `group` (0 image, 1 mixed, 2 text), in point order.
    const std::vector<std::int64_t>& projectedCodes(int group) const
    {
        return projected_[static_cast<std::size_t>(group)];
    }
    // The projection's graph of `group` (nullptr while hidden).
    QCPGraph* projectionGraph(int group) const { return projectionGraphs_[static_cast<std::size_t>(group)]; }
    QListWidget* codeUsers() const { return users_; }
    // Crops of the patches that carry the selected code (up to kShownPatches), each item's
    // Qt::UserRole the entity id; the icon fills in when its image is decoded.
    QListWidget* codePatches() const { return patches_; }
    ThumbnailCache* thumbnails() const { return thumbnails_; }
    // The crop shown for codePatches() row `row` (null while its image is being decoded).
    QImage patchCrop(int row) const;
    ExportButton* exportButton() const { return export_; }
    QString summaryText() const;
    // code,count,document_frequency — one row per code of the current modality.
    QString countsCsv() const;

Q_SIGNALS:
    void codeSelected(qint64 code);
    void entityActivated(tessera::EntityId entity);

protected:
    void changeEvent(QEvent* event) override;

private:
    const TokenModality* modality() const;
    void refresh();
    void refreshProjection();
    void fillPatchCrops(const QString& path);
    void retranslate();

    std::shared_ptr<const KnowledgeGraph> graph_;
    std::shared_ptr<const TokenFolder> tokens_;
    Modality modality_ = Modality::Visual;
    CodeUsage usage_;
    std::vector<std::int64_t> sortedCodes_;  // code ids by count, most used first (histogram x order)
    QComboBox* modalityBox_;
    QCheckBox* logScale_;
    QLabel* summary_;
    QCustomPlot* histogram_;
    QCustomPlot* rankFrequency_;
    QCustomPlot* modalities_;
    QCustomPlot* curves_;
    QCustomPlot* projection_;
    std::array<std::vector<std::int64_t>, 3> projected_;
    std::array<QCPGraph*, 3> projectionGraphs_ {nullptr, nullptr, nullptr};
    QLabel* usersTitle_;
    QListWidget* users_;
    QLabel* patchesTitle_;
    QListWidget* patches_;
    ThumbnailCache* thumbnails_;
    ExportButton* export_;
    std::int64_t selected_ = -1;
};

}  // namespace tessera
