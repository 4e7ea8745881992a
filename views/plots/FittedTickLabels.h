#pragma once

#include <QString>
#include <QStringList>

#include <vector>

class QCPAxis;

namespace tessera {

// Category tick labels that stay readable as a plot narrows. Each tick carries variants from the
// fullest ("name characters\n1688 entities") to the tersest ("chars"), and the axis shows the
// fullest level whose widest line fits the room between two ticks. Why: QCustomPlot draws a
// label that is wider than its slot over its neighbours, and silently drops one that would cross
// the widget's edge — at narrow widths the last modality's label simply vanished.
class FittedTickLabels {
public:
    void clear() { ticks_.clear(); }
    // Variants fullest first; a tick with fewer variants than another keeps its last one.
    void add(double position, QStringList variants);
    bool isEmpty() const { return ticks_.empty(); }

    // Whether every label of `level` fits `pixelsPerTick`, in the axis's tick-label font.
    bool fits(const QCPAxis* axis, int level, double pixelsPerTick) const;
    // The fullest level whose labels fit `pixelsPerTick`; the tersest when none does.
    int levelFor(const QCPAxis* axis, double pixelsPerTick) const;
    // Installs a text ticker on `axis` with the level that fits the axis's current width, assuming
    // the ticks are one axis unit apart, and slants the labels when even the tersest do not fit.
    // Returns the level used.
    int apply(QCPAxis* axis) const;
    // The width in pixels one axis unit takes on `axis` now (from the viewport and the margins the
    // last layout gave it, so it is right before the replot that lays the plot out anew).
    static double pixelsPerUnit(const QCPAxis* axis);

private:
    struct Tick {
        double position;
        QStringList variants;
    };
    int levels() const;
    std::vector<Tick> ticks_;
};

}  // namespace tessera
