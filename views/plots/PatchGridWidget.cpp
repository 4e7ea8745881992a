#include "plots/PatchGridWidget.h"

#include "plots/CodeColours.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace tessera {

PatchGridWidget::PatchGridWidget(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(160, 160);
}

void PatchGridWidget::setPatches(const QImage& image, int grid, std::vector<std::int64_t> codes,
    std::set<std::int64_t> kept, const std::vector<CodeFacts>* facts)
{
    image_ = image;
    grid_ = grid;
    codes_ = std::move(codes);
    kept_ = std::move(kept);
    facts_ = facts;
    update();
}

void PatchGridWidget::setShading(std::map<std::int64_t, double> weights, double top)
{
    shading_ = true;
    weights_ = std::move(weights);
    top_ = top > 0 ? top : 1;
    update();
}

void PatchGridWidget::clearShading()
{
    shading_ = false;
    weights_.clear();
    update();
}

std::optional<double> PatchGridWidget::shadingOfPatch(std::size_t index) const
{
    if (!shading_ || index >= codes_.size())
        return std::nullopt;
    const auto found = weights_.find(codes_[index]);
    if (found == weights_.end())
        return std::nullopt;
    return found->second;
}

QRectF PatchGridWidget::imageRect() const
{
    const double side = std::min(width(), height()) - 4.0;
    return {(width() - side) / 2.0, (height() - side) / 2.0, side, side};
}

std::int64_t PatchGridWidget::codeAt(const QPoint& point) const
{
    const QRectF r = imageRect();
    if (grid_ <= 0 || !r.contains(point))
        return -1;
    const int col = std::clamp(static_cast<int>((point.x() - r.left()) / r.width() * grid_), 0, grid_ - 1);
    const int row = std::clamp(static_cast<int>((point.y() - r.top()) / r.height() * grid_), 0, grid_ - 1);
    const auto index = static_cast<std::size_t>(row * grid_ + col);
    return index < codes_.size() ? codes_[index] : -1;
}

QString PatchGridWidget::describeCode(std::int64_t code) const
{
    if (code < 0)
        return {};
    QString text = tr("code %1").arg(code);
    if (facts_ != nullptr && static_cast<std::size_t>(code) < facts_->size()) {
        const CodeFacts& f = (*facts_)[static_cast<std::size_t>(code)];
        text += tr(": %1 patches in %2 entities").arg(f.count).arg(f.entities);
    }
    if (kept_.contains(code))
        text += tr(" — one of the visual tokens MyGO reads");
    if (const auto found = weights_.find(code); shading_ && found != weights_.end())
        text += tr("; [CLS] attention %1").arg(found->second, 0, 'f', 4);
    return text;
}

void PatchGridWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF r = imageRect();
    // A checkerboard-free white ground: transparent emoji and flags are drawn as the tokenizer saw them.
    painter.fillRect(r, Qt::white);
    if (!image_.isNull())
        painter.drawImage(r, image_);
    if (grid_ <= 0)
        return;
    const double cell = r.width() / grid_;
    for (int row = 0; row < grid_; ++row) {
        for (int col = 0; col < grid_; ++col) {
            const auto index = static_cast<std::size_t>(row * grid_ + col);
            if (index >= codes_.size())
                continue;
            const QRectF patch(r.left() + col * cell, r.top() + row * cell, cell, cell);
            if (shading_) {
                const std::optional<double> weight = shadingOfPatch(index);
                if (!weight) {
                    painter.fillRect(patch, QColor(255, 255, 255, 185));  // not read: faded
                    continue;
                }
                const double share = std::clamp(*weight / top_, 0.0, 1.0);
                painter.fillRect(patch, QColor(255, 96, 0, static_cast<int>(25 + 175 * share)));
                painter.setPen(QPen(QColor(190, 60, 0), 1.5));
                painter.drawRect(patch.adjusted(1, 1, -1, -1));
                continue;
            }
            QColor tint = codeColour(codes_[index]);
            tint.setAlpha(kept_.contains(codes_[index]) ? 110 : 60);
            painter.fillRect(patch, tint);
            if (kept_.contains(codes_[index])) {
                painter.setPen(QPen(QColor(0, 0, 0, 150), 1.0));
                painter.drawRect(patch.adjusted(1, 1, -1, -1));
            }
        }
    }
    painter.setPen(QPen(QColor(255, 255, 255, 140), 0.5));
    for (int i = 0; i <= grid_; ++i) {
        painter.drawLine(QPointF(r.left() + i * cell, r.top()), QPointF(r.left() + i * cell, r.bottom()));
        painter.drawLine(QPointF(r.left(), r.top() + i * cell), QPointF(r.right(), r.top() + i * cell));
    }
}

void PatchGridWidget::mouseMoveEvent(QMouseEvent* event)
{
    const std::int64_t code = codeAt(event->position().toPoint());
    if (code >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), describeCode(code), this);
    else
        QToolTip::hideText();
}

void PatchGridWidget::mousePressEvent(QMouseEvent* event)
{
    const std::int64_t code = codeAt(event->position().toPoint());
    if (code >= 0)
        Q_EMIT codeClicked(code);
}

}  // namespace tessera
