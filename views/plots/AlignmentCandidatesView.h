#pragma once

#include "alignment/AlignmentCandidates.h"
#include "alignment/AlignmentDecisions.h"
#include "alignment/AlignmentPairIndex.h"
#include "models/meaformer/AlignmentModality.h"

#include <QWidget>

#include <memory>

namespace tessera {

class KnowledgeGraph;
class ThumbnailCache;

// One entity's ranked counterparts in the other graph, as an analyst reads them: the entity
// (image, name, key, its meta-weights as a stacked bar) above a row per candidate with its rank,
// image, name and key, CSLS score and plain similarity, and one bar per modality for how alike the
// two are in it (cosine; "–" where either lacks the modality). The true counterpart is marked,
// and candidates already in a seed or test pair say so; when the true counterpart is not listed,
// its rank is said below the list.
class AlignmentCandidatesView : public QWidget {
    Q_OBJECT
public:
    explicit AlignmentCandidatesView(QWidget* parent = nullptr);

    void setGraphs(std::shared_ptr<const KnowledgeGraph> a, std::shared_ptr<const KnowledgeGraph> b);
    void setModalities(std::vector<AlignmentModality> modalities);
    // The workspace's seed and test pairs, so candidates can say which pair they are in (null: none).
    void setPairs(std::shared_ptr<const AlignmentPairIndex> pairs);
    void setResult(AlignmentQueryResult result);
    void clear();
    // The analyst's verdicts, shown on the candidates (null: none). The view does not own them;
    // call update() after they change.
    void setDecisions(const AlignmentDecisions* decisions);
    // The candidate a click or the arrow keys chose (index into result().candidates, -1: none).
    int selectedIndex() const { return selected_; }
    EntityId selectedCandidate() const;
    void selectIndex(int index);
    // Blocks until the thumbnails shown are decoded (headless rendering).
    void waitForImages();

    const AlignmentQueryResult& result() const { return result_; }
    // rank,key,label,csls,similarity,<modality similarities...>,pair,true_counterpart
    QString csv() const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void candidateActivated(tessera::EntityId entity);
    void candidateSelected(tessera::EntityId entity);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    const KnowledgeGraph* queryGraph() const;
    const KnowledgeGraph* candidateGraph() const;
    QImage imageOf(const KnowledgeGraph* graph, EntityId entity);
    int rowAt(int y) const;
    AlignmentDecisions::Verdict verdictOf(EntityId candidate) const;
    AlignmentPairIndex::Role roleOf(bool inA, EntityId entity) const;

    std::shared_ptr<const KnowledgeGraph> graphs_[2];
    std::vector<AlignmentModality> modalities_;
    AlignmentQueryResult result_;
    bool hasResult_ = false;
    std::shared_ptr<const AlignmentPairIndex> pairs_;
    const AlignmentDecisions* decisions_ = nullptr;
    int selected_ = -1;
    ThumbnailCache* thumbnails_;
};

}  // namespace tessera
