#include "plots/FittedTickLabels.h"

#include "plots/QCustomPlotInclude.h"

#include <QFontMetrics>

#include <algorithm>

namespace tessera {

namespace {

// Gap kept between neighbouring labels so that two that just fit do not touch.
constexpr int kLabelGap = 6;
constexpr double kSlant = -45;  // degrees; QCustomPlot hangs a slanted label below its tick

int widestLine(const QFontMetrics& fm, const QString& text)
{
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

}  // namespace

void FittedTickLabels::add(double position, QStringList variants)
{
    if (variants.isEmpty())
        variants << QString();
    ticks_.push_back({position, std::move(variants)});
}

int FittedTickLabels::levels() const
{
    int n = 1;
    for (const Tick& t : ticks_)
        n = std::max(n, static_cast<int>(t.variants.size()));
    return n;
}

bool FittedTickLabels::fits(const QCPAxis* axis, int level, double pixelsPerTick) const
{
    const QFontMetrics fm(axis->tickLabelFont());
    int widest = 0;
    for (const Tick& t : ticks_) {
        const int variant = std::min(level, static_cast<int>(t.variants.size()) - 1);
        widest = std::max(widest, widestLine(fm, t.variants[variant]));
    }
    return widest + kLabelGap <= pixelsPerTick;
}

int FittedTickLabels::levelFor(const QCPAxis* axis, double pixelsPerTick) const
{
    const int count = levels();
    for (int level = 0; level < count; ++level) {
        if (fits(axis, level, pixelsPerTick))
            return level;
    }
    return count - 1;
}

double FittedTickLabels::pixelsPerUnit(const QCPAxis* axis)
{
    const QCPAxisRect* rect = axis->axisRect();
    const QCustomPlot* plot = axis->parentPlot();
    const QMargins margins = rect->margins();
    const double width = std::max(1, plot->viewport().width() - margins.left() - margins.right());
    const double units = axis->range().size();
    return units > 0 ? width / units : width;
}

int FittedTickLabels::apply(QCPAxis* axis) const
{
    const double room = pixelsPerUnit(axis);
    const int level = levelFor(axis, room);
    // Even the tersest labels too wide: slanted, they need only about a line's height each.
    axis->setTickLabelRotation(fits(axis, level, room) ? 0 : kSlant);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (const Tick& t : ticks_)
        ticker->addTick(t.position, t.variants[std::min(level, static_cast<int>(t.variants.size()) - 1)]);
    axis->setTicker(ticker);
    return level;
}

}  // namespace tessera
