#pragma once

#include "attention/ModalityShareTable.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class QPushButton;

namespace tessera {

class ExportButton;
class KnowledgeGraph;

// How much structure, image and text count in MyGO's entity encoder, over the whole graph: the
// distribution of [CLS]'s attention shares (last layer with heads averaged, or the rollout) as
// one box plot per slot — an entity without an image is left out of the image box, not counted
// as 0 — with the focused entity marked on each box, and the entities where a chosen slot gets
// the most. The view asks for the measurement (measureRequested); the owner runs it off the UI.
class ModalitySharesView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kListed = 25;

    explicit ModalitySharesView(QWidget* parent = nullptr);

    void setGraph(std::shared_ptr<const KnowledgeGraph> graph);
    void setModelOpen(bool open);
    void setShares(std::shared_ptr<const ModalityShareTable> shares);
    void clear();
    void focusEntity(EntityId entity);
    void setUseRollout(bool rollout);
    void setRankedSlot(AttentionSlot slot);

    bool hasShares() const { return shares_ != nullptr; }
    const std::shared_ptr<const ModalityShareTable>& shares() const { return shares_; }
    bool usesRollout() const { return rollout_; }
    // The box drawn for `slot` (what the plot shows, for tests).
    BoxSummary shownBox(AttentionSlot slot) const;
    QListWidget* rankedList() const { return ranked_; }
    QPushButton* measureButton() const { return measure_; }
    QLabel* focusLabel() const { return focus_; }
    QCustomPlot* plot() const { return plot_; }
    // key,label,has_image,has_text,self,structure,visual,text for every entity, of the map shown.
    QString csv() const;

Q_SIGNALS:
    void measureRequested();
    void entityActivated(tessera::EntityId entity);

protected:
    void changeEvent(QEvent* event) override;

private:
    void redraw();
    void fillRanked();
    void describeFocus();
    void retranslate();
    QString slotName(AttentionSlot slot) const;
    QString entityName(EntityId entity) const;

    std::shared_ptr<const KnowledgeGraph> graph_;
    std::shared_ptr<const ModalityShareTable> shares_;
    bool modelOpen_ = false;
    bool rollout_ = false;
    AttentionSlot rankedSlot_ = AttentionSlot::Visual;
    EntityId focused_ = kNoEntity;

    QComboBox* mapBox_;
    QPushButton* measure_;
    ExportButton* export_;
    QLabel* status_;
    QCustomPlot* plot_;
    QLabel* focus_;
    QComboBox* slotBox_;
    QListWidget* ranked_;
};

}  // namespace tessera
