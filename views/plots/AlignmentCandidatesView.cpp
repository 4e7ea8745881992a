#include "plots/AlignmentCandidatesView.h"

#include "graph/KnowledgeGraph.h"
#include "imagery/ThumbnailCache.h"
#include "plots/AlignmentModalityStyle.h"
#include "plots/CsvField.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace tessera {

namespace {

constexpr int kThumb = 40;
constexpr int kRowHeight = 48;
constexpr int kHeaderHeight = 106;  // room for two-line modality heads
constexpr int kMargin = 8;
constexpr int kBarWidth = 54;  // one modality's similarity bar
constexpr qsizetype kThumbnailBytes = 16 << 20;

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString nameOf(const Entity& e)
{
    return qs(e.label.empty() ? e.key : e.label);
}

}  // namespace

AlignmentCandidatesView::AlignmentCandidatesView(QWidget* parent)
    : QWidget(parent)
    , thumbnails_(new ThumbnailCache(kThumb * 2, kThumbnailBytes, this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    connect(thumbnails_, &ThumbnailCache::thumbnailReady, this, [this] { update(); });
}

void AlignmentCandidatesView::setGraphs(
    std::shared_ptr<const KnowledgeGraph> a, std::shared_ptr<const KnowledgeGraph> b)
{
    graphs_[0] = std::move(a);
    graphs_[1] = std::move(b);
    clear();
}

void AlignmentCandidatesView::setModalities(std::vector<AlignmentModality> modalities)
{
    modalities_ = std::move(modalities);
    update();
}

void AlignmentCandidatesView::setPairs(std::shared_ptr<const AlignmentPairIndex> pairs)
{
    pairs_ = std::move(pairs);
    update();
}

void AlignmentCandidatesView::setResult(AlignmentQueryResult result)
{
    result_ = std::move(result);
    hasResult_ = true;
    selected_ = result_.candidates.empty() ? -1 : 0;
    updateGeometry();
    update();
}

void AlignmentCandidatesView::clear()
{
    result_ = {};
    hasResult_ = false;
    selected_ = -1;
    update();
}

void AlignmentCandidatesView::setDecisions(const AlignmentDecisions* decisions)
{
    decisions_ = decisions;
    update();
}

EntityId AlignmentCandidatesView::selectedCandidate() const
{
    return hasResult_ && selected_ >= 0 && selected_ < static_cast<int>(result_.candidates.size())
        ? result_.candidates[static_cast<std::size_t>(selected_)].entity
        : kNoEntity;
}

void AlignmentCandidatesView::selectIndex(int index)
{
    if (!hasResult_ || index < 0 || index >= static_cast<int>(result_.candidates.size()) || index == selected_)
        return;
    selected_ = index;
    update();
    Q_EMIT candidateSelected(selectedCandidate());
}

AlignmentDecisions::Verdict AlignmentCandidatesView::verdictOf(EntityId candidate) const
{
    if (decisions_ == nullptr)
        return AlignmentDecisions::Verdict::None;
    return result_.fromA ? decisions_->verdict(result_.entity, candidate)
                         : decisions_->verdict(candidate, result_.entity);
}

AlignmentPairIndex::Role AlignmentCandidatesView::roleOf(bool inA, EntityId entity) const
{
    return pairs_ ? pairs_->role(inA, entity) : AlignmentPairIndex::Role::None;
}

void AlignmentCandidatesView::waitForImages()
{
    const auto request = [&](const KnowledgeGraph* graph, EntityId e) { (void)imageOf(graph, e); };
    if (hasResult_) {
        request(queryGraph(), result_.entity);
        for (const AlignmentCandidate& c : result_.candidates)
            request(candidateGraph(), c.entity);
    }
    thumbnails_->waitForPending();
}

const KnowledgeGraph* AlignmentCandidatesView::queryGraph() const
{
    return graphs_[result_.fromA ? 0 : 1].get();
}

const KnowledgeGraph* AlignmentCandidatesView::candidateGraph() const
{
    return graphs_[result_.fromA ? 1 : 0].get();
}

QImage AlignmentCandidatesView::imageOf(const KnowledgeGraph* graph, EntityId entity)
{
    if (graph == nullptr || entity >= graph->entityCount() || !graph->entity(entity).hasImage())
        return {};
    return thumbnails_->thumbnail(qs(graph->entity(entity).imagePaths.front()));
}

QSize AlignmentCandidatesView::sizeHint() const
{
    const int rows = static_cast<int>(result_.candidates.size());
    return {760, kHeaderHeight + rows * kRowHeight + 3 * kMargin + 24};
}

void AlignmentCandidatesView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    if (!hasResult_ || queryGraph() == nullptr || candidateGraph() == nullptr) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Select an entity of either graph to see its ranked counterparts in the other."));
        return;
    }
    const KnowledgeGraph& own = *queryGraph();
    const KnowledgeGraph& other = *candidateGraph();
    const Entity& query = own.entity(result_.entity);

    // Header: the entity, its graph, its meta-weights.
    int y = kMargin;
    const QRect thumb(kMargin, y, kThumb * 2, kThumb * 2);
    const QImage image = imageOf(&own, result_.entity);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(thumb.adjusted(0, 0, -1, -1));
    if (!image.isNull()) {
        const QSize fit = image.size().scaled(thumb.size(), Qt::KeepAspectRatio);
        p.drawImage(QRect(thumb.center() - QPoint(fit.width() / 2, fit.height() / 2), fit), image);
    }
    const int textLeft = thumb.right() + kMargin * 2;
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 1.25);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(textLeft, y + QFontMetrics(bold).ascent(),
        QFontMetrics(bold).elidedText(nameOf(query), Qt::ElideRight, width() - textLeft - kMargin));
    p.setFont(font());
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QString where = tr(
        "%1 in %2 — counterparts in %3, CSLS over %n candidates", nullptr, static_cast<int>(result_.candidateCount))
                              .arg(qs(query.key), qs(own.metadata().name), qs(other.metadata().name));
    // Long keys (DBpedia URLs) would run past the edge: elided, the candidate count stays readable
    // in the window's status line.
    p.drawText(textLeft, y + QFontMetrics(bold).height() + fm.ascent(),
        fm.elidedText(where, Qt::ElideMiddle, width() - textLeft - kMargin));
    // Meta-weights as one stacked bar with the modality names.
    const int barTop = y + QFontMetrics(bold).height() + fm.height() + 6;
    const int barWidth = std::max(200, width() - textLeft - kMargin);
    double x = textLeft;
    for (std::size_t s = 0; s < modalities_.size() && s < result_.metaWeights.size(); ++s) {
        const double w = result_.metaWeights[s] * barWidth;
        const QRectF part(x, barTop, w, 16);
        p.fillRect(part, AlignmentModalityStyle::colour(modalities_[s]));
        p.setPen(Qt::white);
        const QString label = QStringLiteral("%1 %2 %")
                                  .arg(AlignmentModalityStyle::name(modalities_[s]))
                                  .arg(100.0 * result_.metaWeights[s], 0, 'f', 0);
        if (fm.horizontalAdvance(label) < w - 4)
            p.drawText(part, Qt::AlignCenter, label);
        x += w;
    }
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(
        textLeft, barTop + 16 + fm.ascent() + 2, tr("meta-weights: how much each modality counts for this entity"));

    // Column heads.
    y = kHeaderHeight + kMargin;
    const int nameLeft = kMargin + 34 + kThumb + kMargin;
    const int barsLeft = width() - kMargin - static_cast<int>(modalities_.size()) * (kBarWidth + 6);
    const int scoreLeft = barsLeft - 130;
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(kMargin, y, tr("rank"));
    p.drawText(nameLeft, y, tr("candidate"));
    p.drawText(scoreLeft, y, tr("CSLS"));
    p.drawText(scoreLeft + 64, y, tr("sim."));
    // A modality's name can be wider than its bar ("name characters"): it wraps onto a second line
    // above the first, in a smaller font if one word is still wider than the bar's slot.
    const int slot = kBarWidth + 6;
    int widestWord = 0;
    for (const AlignmentModality modality : modalities_)
        for (const QString& word : AlignmentModalityStyle::name(modality).split(QLatin1Char(' ')))
            widestWord = std::max(widestWord, fm.horizontalAdvance(word));
    QFont headFont = font();
    if (widestWord > slot - 2)
        headFont.setPointSizeF(font().pointSizeF() * std::max(0.75, (slot - 2.0) / widestWord));
    p.setFont(headFont);
    const QFontMetrics headMetrics(headFont);
    for (std::size_t s = 0; s < modalities_.size(); ++s)
        p.drawText(QRect(barsLeft + static_cast<int>(s) * slot - 3, y + fm.descent() - 2 * headMetrics.height(), slot,
                       2 * headMetrics.height()),
            Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, AlignmentModalityStyle::name(modalities_[s]));
    p.setFont(font());
    y += 6;

    for (std::size_t i = 0; i < result_.candidates.size(); ++i) {
        const AlignmentCandidate& c = result_.candidates[i];
        const Entity& e = other.entity(c.entity);
        const QRect row(0, y, width(), kRowHeight);
        const bool truth = result_.counterpart && *result_.counterpart == c.entity;
        if (truth)
            p.fillRect(row, QColor(40, 160, 80, 40));
        else if (i % 2 == 1)
            p.fillRect(row, palette().color(QPalette::AlternateBase));
        if (static_cast<int>(i) == selected_) {
            QColor highlight = palette().color(QPalette::Highlight);
            p.setPen(QPen(highlight, 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(row.adjusted(1, 1, -2, -2));
        }
        const AlignmentDecisions::Verdict verdict = verdictOf(c.entity);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(kMargin, y, 30, kRowHeight), Qt::AlignVCenter | Qt::AlignRight, QString::number(i + 1));
        const QRect cell(kMargin + 34, y + (kRowHeight - kThumb) / 2, kThumb, kThumb);
        const QImage candidateImage = imageOf(&other, c.entity);
        if (!candidateImage.isNull()) {
            const QSize fit = candidateImage.size().scaled(cell.size(), Qt::KeepAspectRatio);
            p.drawImage(QRect(cell.center() - QPoint(fit.width() / 2, fit.height() / 2), fit), candidateImage);
        }
        QString mark;
        if (truth)
            mark = tr("✓ true counterpart");
        else if (const auto role = roleOf(!result_.fromA, c.entity); role != AlignmentPairIndex::Role::None)
            mark = role == AlignmentPairIndex::Role::Seed ? tr("in a seed pair") : tr("in a test pair");
        if (verdict == AlignmentDecisions::Verdict::Accepted)
            mark = mark.isEmpty() ? tr("accepted") : tr("%1 · accepted").arg(mark);
        else if (verdict == AlignmentDecisions::Verdict::Rejected)
            mark = mark.isEmpty() ? tr("rejected") : tr("%1 · rejected").arg(mark);
        const QString name = fm.elidedText(nameOf(e), Qt::ElideRight, scoreLeft - nameLeft - kMargin);
        QFont nameFont = font();
        nameFont.setStrikeOut(verdict == AlignmentDecisions::Verdict::Rejected);
        nameFont.setBold(verdict == AlignmentDecisions::Verdict::Accepted);
        p.setFont(nameFont);
        p.drawText(nameLeft, y + kRowHeight / 2 - 2, name);
        p.setFont(font());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(nameLeft, y + kRowHeight / 2 + fm.ascent(),
            fm.elidedText(mark.isEmpty() ? qs(e.key) : tr("%1 · %2").arg(mark, qs(e.key)), Qt::ElideRight,
                scoreLeft - nameLeft - kMargin));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(scoreLeft, y, 60, kRowHeight), Qt::AlignVCenter, QString::number(c.csls, 'f', 3));
        p.drawText(QRect(scoreLeft + 64, y, 60, kRowHeight), Qt::AlignVCenter, QString::number(c.similarity, 'f', 3));
        for (std::size_t s = 0; s < modalities_.size() && s < c.modalitySimilarity.size(); ++s) {
            const QRect bar(barsLeft + static_cast<int>(s) * (kBarWidth + 6), y + kRowHeight / 2 - 7, kBarWidth, 14);
            p.fillRect(bar, palette().color(QPalette::Midlight));
            const float v = c.modalitySimilarity[s];
            if (std::isnan(v)) {
                p.drawText(bar, Qt::AlignCenter, QStringLiteral("–"));
                continue;
            }
            // Cosine in [-1, 1]: the bar grows from the middle, right for alike, left for opposed.
            const int half = bar.width() / 2;
            const int length = static_cast<int>(std::round(std::clamp(v, -1.0F, 1.0F) * static_cast<float>(half)));
            const QRect filled = length >= 0 ? QRect(bar.left() + half, bar.top(), length, bar.height())
                                             : QRect(bar.left() + half + length, bar.top(), -length, bar.height());
            p.fillRect(filled, AlignmentModalityStyle::colour(modalities_[s]));
            p.setPen(palette().color(QPalette::Text));
            p.drawText(bar, Qt::AlignCenter, QString::number(v, 'f', 2));
        }
        y += kRowHeight;
    }
    y += fm.height();
    p.setPen(palette().color(QPalette::Text));
    QString footer;
    if (!result_.counterpart)
        footer = tr("The workspace pairs this entity with nothing.");
    else
        footer = tr("True counterpart (%1 pair) %2: rank %3 by CSLS, %4 by plain similarity.")
                     .arg(roleOf(result_.fromA, result_.entity) == AlignmentPairIndex::Role::Seed ? tr("seed")
                                                                                                  : tr("test"),
                         nameOf(other.entity(*result_.counterpart)))
                     .arg(result_.counterpartRank + 1)
                     .arg(result_.counterpartPlainRank + 1);
    p.drawText(kMargin, y, footer);
}

int AlignmentCandidatesView::rowAt(int y) const
{
    const int top = kHeaderHeight + kMargin + 6;
    if (!hasResult_ || y < top)
        return -1;
    const int row = (y - top) / kRowHeight;
    return row < static_cast<int>(result_.candidates.size()) ? row : -1;
}

void AlignmentCandidatesView::mousePressEvent(QMouseEvent* event)
{
    if (const int row = rowAt(static_cast<int>(event->position().y())); row >= 0)
        selectIndex(row);
    QWidget::mousePressEvent(event);
}

void AlignmentCandidatesView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const int row = rowAt(static_cast<int>(event->position().y())); row >= 0)
        Q_EMIT candidateActivated(result_.candidates[static_cast<std::size_t>(row)].entity);
}

void AlignmentCandidatesView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Down)
        selectIndex(selected_ + 1);
    else if (event->key() == Qt::Key_Up)
        selectIndex(selected_ - 1);
    else
        QWidget::keyPressEvent(event);
}

QString AlignmentCandidatesView::csv() const
{
    QString out = QStringLiteral("rank,key,label,csls,similarity");
    for (const AlignmentModality modality : modalities_)
        out += QLatin1Char(',') + QString::fromLatin1(alignmentModalityKey(modality).data());
    out += QStringLiteral(",pair,true_counterpart\n");
    if (!hasResult_ || candidateGraph() == nullptr)
        return out;
    for (std::size_t i = 0; i < result_.candidates.size(); ++i) {
        const AlignmentCandidate& c = result_.candidates[i];
        const Entity& e = candidateGraph()->entity(c.entity);
        out += QStringLiteral("%1,%2,%3,%4,%5")
                   .arg(i + 1)
                   .arg(csvField(qs(e.key)), csvField(qs(e.label)))
                   .arg(c.csls, 0, 'g', 8)
                   .arg(c.similarity, 0, 'g', 8);
        for (const float v : c.modalitySimilarity)
            out += std::isnan(v) ? QStringLiteral(",") : QStringLiteral(",%1").arg(v, 0, 'g', 8);
        out += QStringLiteral(",%1,%2\n")
                   .arg(QString::fromLatin1(AlignmentPairIndex::key(roleOf(!result_.fromA, c.entity))))
                   .arg(result_.counterpart && *result_.counterpart == c.entity ? 1 : 0);
    }
    return out;
}

}  // namespace tessera
