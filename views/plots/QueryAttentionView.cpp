#include "plots/QueryAttentionView.h"

#include "plots/CsvField.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace tessera {

namespace {

constexpr int kSlots = 3;
constexpr int kCell = 34;         // one matrix cell, px: room for "0.42"
constexpr int kLabelWidth = 130;  // row labels left of the first head's matrix
constexpr int kHeaderHeight = 58;
constexpr int kGap = 14;

// White for no attention, deep blue for all of it (the Attention view's scale).
QColor attentionColour(double w)
{
    const QColor stops[] = {QColor(255, 255, 255), QColor(158, 202, 225), QColor(8, 48, 107)};
    const double positions[] = {0.0, 0.35, 1.0};
    w = std::clamp(w, 0.0, 1.0);
    const int i = w <= positions[1] ? 0 : 1;
    const double t = (w - positions[i]) / (positions[i + 1] - positions[i]);
    const auto mix = [t](int a, int b) { return static_cast<int>(a + t * (b - a) + 0.5); };
    return {mix(stops[i].red(), stops[i + 1].red()), mix(stops[i].green(), stops[i + 1].green()),
        mix(stops[i].blue(), stops[i + 1].blue())};
}

}  // namespace

QueryAttentionView::QueryAttentionView(QWidget* parent)
    : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void QueryAttentionView::setData(
    const FloatArray& attention, const QStringList& slotNames, int maskSlot, const QString& input)
{
    const bool shaped = attention.shape.size() == 5 && attention.shape[1] == 1 && attention.shape[3] == kSlots
        && attention.shape[4] == kSlots;
    if (!shaped || slotNames.size() != kSlots) {
        clear();
        return;
    }
    attention_ = attention;
    names_ = slotNames;
    maskSlot_ = maskSlot;
    input_ = input;
    layers_ = static_cast<int>(attention.shape[0]);
    heads_ = static_cast<int>(attention.shape[2]);
    updateGeometry();
    update();
}

void QueryAttentionView::clear()
{
    attention_ = {};
    names_.clear();
    layers_ = 0;
    heads_ = 0;
    updateGeometry();
    update();
}

double QueryAttentionView::weight(int layer, int head, int query, int key) const
{
    if (!hasData() || layer < 0 || layer >= layers_ || head < 0 || head >= heads_ || query < 0 || query >= kSlots
        || key < 0 || key >= kSlots)
        return 0;
    const auto index
        = ((static_cast<std::size_t>(layer) * static_cast<std::size_t>(heads_) + head) * kSlots + query) * kSlots + key;
    return attention_.values[index];
}

std::array<double, 3> QueryAttentionView::maskRow() const
{
    std::array<double, 3> row {};
    if (!hasData())
        return row;
    for (int key = 0; key < kSlots; ++key) {
        for (int head = 0; head < heads_; ++head)
            row[static_cast<std::size_t>(key)] += weight(layers_ - 1, head, maskSlot_, key);
        row[static_cast<std::size_t>(key)] /= heads_;
    }
    return row;
}

QString QueryAttentionView::summary() const
{
    if (!hasData())
        return tr("No query attention yet: open a MyGO model and ask a query.");
    const auto row = maskRow();
    const int known = maskSlot_ == 0 ? 2 : 0;
    const auto percent = [](double v) { return QString::number(100.0 * v, 'f', 0); };
    return tr("Last layer, heads averaged (%1): the slot to predict reads %2 % from %3, %4 % from the relation "
              "%5 and %6 % from itself. The framed row of each map is that slot: TuckER scores its output.")
        .arg(input_, percent(row[static_cast<std::size_t>(known)]), names_[known], percent(row[1]), names_[1],
            percent(row[static_cast<std::size_t>(maskSlot_)]));
}

QString QueryAttentionView::csv() const
{
    QString out = QStringLiteral("layer,head,query,key,weight\n");
    for (int layer = 0; layer < layers_; ++layer) {
        for (int head = 0; head < heads_; ++head) {
            for (int q = 0; q < kSlots; ++q) {
                for (int k = 0; k < kSlots; ++k) {
                    out += QStringLiteral("%1,%2,%3,%4,%5\n")
                               .arg(layer + 1)
                               .arg(head + 1)
                               .arg(csvField(names_[q]), csvField(names_[k]))
                               .arg(weight(layer, head, q, k), 0, 'g', 8);
                }
            }
        }
    }
    return out;
}

QSize QueryAttentionView::sizeHint() const
{
    const int heads = std::max(1, heads_);
    const int layers = std::max(1, layers_);
    return {kLabelWidth + heads * (kSlots * kCell + kGap) + kGap,
        kHeaderHeight + layers * (kSlots * kCell + 2 * kGap + fontMetrics().height()) + kGap};
}

QSize QueryAttentionView::minimumSizeHint() const
{
    return {160, 80};
}

void QueryAttentionView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

void QueryAttentionView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics metrics = fontMetrics();
    const QRect header(kGap / 2, 4, width() - kGap, kHeaderHeight - 8);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(header, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, summary());
    if (!hasData())
        return;
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() - 1.5));
    const auto slotLabel = [&](int slot) {
        const QString role = slot == 0 ? tr("head") : (slot == 1 ? tr("relation") : tr("tail"));
        if (slot == maskSlot_)
            return tr("%1: ? (to predict)").arg(role);
        return metrics.elidedText(QStringLiteral("%1: %2").arg(role, names_[slot]), Qt::ElideRight, kLabelWidth - 6);
    };
    const int block = kSlots * kCell;
    const int rowHeight = block + 2 * kGap + metrics.height();
    for (int layer = 0; layer < layers_; ++layer) {
        const int top = kHeaderHeight + layer * rowHeight;
        for (int head = 0; head < heads_; ++head) {
            const int left = kLabelWidth + head * (block + kGap);
            painter.setFont(font());
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRect(left, top, block, metrics.height()), Qt::AlignCenter,
                tr("layer %1 · head %2").arg(layer + 1).arg(head + 1));
            const int gridTop = top + metrics.height() + 2;
            painter.setFont(small);
            for (int q = 0; q < kSlots; ++q) {
                for (int k = 0; k < kSlots; ++k) {
                    const double w = weight(layer, head, q, k);
                    const QRect cell(left + k * kCell, gridTop + q * kCell, kCell, kCell);
                    painter.fillRect(cell, attentionColour(w));
                    painter.setPen(w > 0.55 ? Qt::white : Qt::black);
                    painter.drawText(cell, Qt::AlignCenter, QString::number(w, 'f', 2));
                }
            }
            // The mask slot's row is what TuckER reads: framed.
            painter.setPen(QPen(QColor(230, 120, 20), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRect(left, gridTop + maskSlot_ * kCell, block, kCell).adjusted(1, 1, -1, -1));
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawRect(QRect(left, gridTop, block, block).adjusted(0, 0, -1, -1));
            if (head == 0) {
                painter.setPen(palette().color(QPalette::Text));
                for (int q = 0; q < kSlots; ++q)
                    painter.drawText(QRect(2, gridTop + q * kCell, kLabelWidth - 6, kCell),
                        Qt::AlignRight | Qt::AlignVCenter, slotLabel(q));
            }
            painter.setPen(palette().color(QPalette::PlaceholderText));
            for (int k = 0; k < kSlots; ++k) {
                const QString role = k == 0 ? tr("H") : (k == 1 ? tr("R") : tr("T"));
                painter.drawText(QRect(left + k * kCell, gridTop + block, kCell, kGap + 4), Qt::AlignCenter, role);
            }
        }
    }
}

}  // namespace tessera
