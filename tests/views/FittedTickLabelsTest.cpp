// Tick labels that fit their plot: the level FittedTickLabels picks against widths measured with
// the axis's own font, and the Meta-weights view's three plots at a narrow and a wide size, where
// no label may be wider than the room between two ticks (QCustomPlot overlaps such labels, and
// drops the last one when it crosses the widget's edge).

#include "plots/FittedTickLabels.h"
#include "plots/MetaWeightsView.h"
#include "plots/QCustomPlotInclude.h"

#include <QtTest>

using namespace tessera;

namespace {

int widestLine(const QFontMetrics& fm, const QString& text)
{
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

QStringList labelsOf(const QCPAxis* axis)
{
    const auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>();
    return ticker ? QStringList(ticker->ticks().values()) : QStringList();
}

// Four modalities, three entities (two of A, one of B); entity 0 has no image.
std::shared_ptr<MetaWeightTable> table()
{
    auto t = std::make_shared<MetaWeightTable>();
    t->modalities = {
        AlignmentModality::Visual, AlignmentModality::Relation, AlignmentModality::Graph, AlignmentModality::Character};
    t->entitiesA = 2;
    t->weights = {0.0F, 0.3F, 0.3F, 0.4F, 0.25F, 0.25F, 0.25F, 0.25F, 0.1F, 0.2F, 0.3F, 0.4F};
    t->present = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    return t;
}

}  // namespace

class FittedTickLabelsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The fullest level whose widest line, plus a 6-pixel gap, fits; the last level when none does.
    void picksTheFullestLevelThatFits()
    {
        QCustomPlot plot;
        FittedTickLabels ticks;
        ticks.add(1,
            {QStringLiteral("name characters\n12 entities"), QStringLiteral("name\ncharacters"),
                QStringLiteral("chars")});
        ticks.add(2, {QStringLiteral("image"), QStringLiteral("image"), QStringLiteral("img")});
        const QFontMetrics fm(plot.xAxis->tickLabelFont());
        const int full = fm.horizontalAdvance(QStringLiteral("name characters"));
        const int wrapped = fm.horizontalAdvance(QStringLiteral("characters"));
        QVERIFY(wrapped < full);
        QCOMPARE(ticks.levelFor(plot.xAxis, full + 6), 0);
        QCOMPARE(ticks.levelFor(plot.xAxis, full + 5), 1);
        QCOMPARE(ticks.levelFor(plot.xAxis, wrapped + 6), 1);
        QCOMPARE(ticks.levelFor(plot.xAxis, wrapped + 5), 2);
        QCOMPARE(ticks.levelFor(plot.xAxis, 1), 2);

        // apply() installs that level's labels; one axis unit here is the plot's inner width / 2.
        plot.resize(2 * (full + 6) + 200, 200);
        plot.xAxis->setRange(0.5, 2.5);
        plot.replot();
        const double perUnit = FittedTickLabels::pixelsPerUnit(plot.xAxis);
        QCOMPARE(perUnit, plot.axisRect()->width() / 2.0);
        const int level = ticks.apply(plot.xAxis);
        QCOMPARE(level, ticks.levelFor(plot.xAxis, perUnit));
        QCOMPARE(labelsOf(plot.xAxis).size(), 2);
    }

    // The Meta-weights view narrow and wide: every plot's labels fit their slot, the wide view
    // shows the full names with their counts, the narrow one the short names.
    void metaWeightPlotsKeepEveryLabelInItsSlot()
    {
        for (const int width : {640, 1600}) {
            MetaWeightsView view;
            view.setTable(table());
            view.focusRow(0);
            view.resize(width, 640);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            for (QCustomPlot* plot : view.findChildren<QCustomPlot*>()) {
                plot->replot();
                const QStringList labels = labelsOf(plot->xAxis);
                if (plot == view.accuracyPlot()) {
                    QVERIFY(labels.isEmpty());  // no evaluation given
                    continue;
                }
                QCOMPARE(labels.size(), 4);
                const QFontMetrics fm(plot->xAxis->tickLabelFont());
                const double room = plot->axisRect()->width() / plot->xAxis->range().size();
                // Slanted only when even the short names do not all fit upright; upright, each fits.
                const bool slanted = plot->xAxis->tickLabelRotation() != 0;
                int widest = 0;
                for (const QString& label : labels) {
                    widest = std::max(widest, widestLine(fm, label));
                    QVERIFY2(!slanted || !label.contains(QLatin1Char('\n')), qPrintable(label));
                }
                QVERIFY2(slanted == (widest + 6 > room),
                    qPrintable(QStringLiteral("%1 px: widest label %2 px in %3 px, slanted %4")
                                   .arg(width)
                                   .arg(widest)
                                   .arg(room)
                                   .arg(slanted)));
            }
            const QStringList boxLabels = labelsOf(view.boxPlot()->xAxis);
            if (width == 1600) {
                // The image box counts only the two entities that have an image.
                QVERIFY2(boxLabels.contains(QStringLiteral("image\n2 entities")), qPrintable(boxLabels.join('|')));
                QVERIFY2(
                    boxLabels.contains(QStringLiteral("name characters\n3 entities")), qPrintable(boxLabels.join('|')));
            } else {
                QVERIFY2(
                    boxLabels.contains(QStringLiteral("chars")) || boxLabels.contains(QStringLiteral("chars\nn = 3")),
                    qPrintable(boxLabels.join('|')));
            }
        }
    }
};

QTEST_MAIN(FittedTickLabelsTest)
#include "FittedTickLabelsTest.moc"
