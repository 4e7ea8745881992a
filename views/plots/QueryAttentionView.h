#pragma once

#include "inference/FloatArray.h"

#include <QStringList>
#include <QWidget>

namespace tessera {

// MyGO's context (triple) encoder for the query in the Link Prediction dock: a layers × heads
// grid of 3 × 3 attention maps over the query's slots [head, relation, tail], the unknown side
// being the mask token whose output TuckER turns into the scores. Each cell shows its weight;
// rows are the slot that reads, columns the slot read. Above the grid one sentence says where
// the mask slot's last layer (heads averaged) looks: what the prediction was built from.
class QueryAttentionView : public QWidget {
    Q_OBJECT
public:
    explicit QueryAttentionView(QWidget* parent = nullptr);

    // `attention`: [layers, 1, heads, 3, 3] (MygoModel::queryAttention); `slotNames`: the three
    // slots as shown ("France", "capital", "?"); `maskSlot`: 0 (head predicted) or 2 (tail);
    // `input`: what the known entity was read as ("full input", "as if it had no image", …).
    void setData(const FloatArray& attention, const QStringList& slotNames, int maskSlot, const QString& input);
    void clear();

    bool hasData() const { return layers_ > 0; }
    int layers() const { return layers_; }
    int heads() const { return heads_; }
    int maskSlot() const { return maskSlot_; }
    double weight(int layer, int head, int query, int key) const;
    // The mask slot's row in the last layer, heads averaged: what the summary sentence reads.
    std::array<double, 3> maskRow() const;
    QString summary() const;
    // layer,head,query,key,weight for every cell, slots named.
    QString csv() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    FloatArray attention_;
    QStringList names_;
    QString input_;
    int maskSlot_ = 2;
    int layers_ = 0;
    int heads_ = 0;
};

}  // namespace tessera
