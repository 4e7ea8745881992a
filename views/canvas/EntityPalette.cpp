#include "canvas/EntityPalette.h"

#include "graph/KnowledgeGraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace tessera {

namespace {

// Tableau 10: distinguishable, print well and survive the common colour-vision deficiencies
// better than a hue wheel.
constexpr std::array<QRgb, 10> kKindColours = {0xFF4E79A7, 0xFFF28E2B, 0xFF59A14F, 0xFFE15759, 0xFFB07AA1, 0xFF76B7B2,
    0xFFEDC948, 0xFFFF9DA7, 0xFF9C755F, 0xFFBAB0AC};
// A kind prefix longer than this is a path segment, not a kind.
constexpr qsizetype kMaxKindLength = 24;
// More distinct prefixes than colours means the prefixes are not kinds (a URI scheme, ids).
constexpr qsizetype kMaxKinds = static_cast<qsizetype>(kKindColours.size());

QColor degreeColour(std::size_t degree, std::size_t maxDegree)
{
    // Light blue for leaves to deep blue for the largest hub.
    const double t
        = maxDegree <= 1 ? 0.0 : std::log1p(static_cast<double>(degree)) / std::log1p(static_cast<double>(maxDegree));
    const QColor light(0x9E, 0xCA, 0xE9);
    const QColor dark(0x1F, 0x4E, 0x8C);
    return QColor::fromRgbF(static_cast<float>(light.redF() + t * (dark.redF() - light.redF())),
        static_cast<float>(light.greenF() + t * (dark.greenF() - light.greenF())),
        static_cast<float>(light.blueF() + t * (dark.blueF() - light.blueF())));
}

}  // namespace

QString EntityPalette::kindOfKey(const QString& key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash > kMaxKindLength)
        return {};
    const QString prefix = key.left(slash);
    // "http:", "dbpedia.org": URI parts, not kinds.
    if (prefix.contains(QLatin1Char(':')) || prefix.contains(QLatin1Char('.')))
        return {};
    return prefix;
}

EntityPalette::EntityPalette(const KnowledgeGraph& graph)
{
    const std::size_t n = graph.entityCount();
    QStringList kindOfEntity;
    kindOfEntity.reserve(static_cast<qsizetype>(n));
    QHash<QString, int> counts;
    for (const Entity& entity : graph.entities()) {
        const QString kind = kindOfKey(QString::fromStdString(entity.key));
        kindOfEntity.append(kind);
        ++counts[kind];
    }
    byKind_ = counts.size() >= 2 && counts.size() <= kMaxKinds;
    colours_.resize(n);
    if (byKind_) {
        kinds_ = counts.keys();
        std::sort(kinds_.begin(), kinds_.end());  // "" sorts first
        for (std::size_t i = 0; i < n; ++i)
            colours_[i] = kindColour(kindOfEntity[static_cast<qsizetype>(i)]);
        return;
    }
    std::size_t maxDegree = 0;
    for (EntityId id = 0; id < n; ++id)
        maxDegree = std::max(maxDegree, graph.outgoing().degree(id) + graph.incoming().degree(id));
    for (EntityId id = 0; id < n; ++id)
        colours_[id] = degreeColour(graph.outgoing().degree(id) + graph.incoming().degree(id), maxDegree);
}

QColor EntityPalette::kindColour(const QString& kind) const
{
    const qsizetype index = kinds_.indexOf(kind);
    return QColor::fromRgb(kKindColours[static_cast<std::size_t>(std::max<qsizetype>(index, 0)) % kKindColours.size()]);
}

QColor EntityPalette::colour(EntityId entity) const
{
    return entity < colours_.size() ? colours_[entity] : QColor(kKindColours[0]);
}

QImage EntityPalette::swatch(const QColor& colour)
{
    // Swatch side in pixels: a little smaller than a line of text.
    constexpr int kSide = 12;
    static QHash<QRgb, QImage> cache;
    auto it = cache.find(colour.rgba());
    if (it == cache.end()) {
        QImage image(kSide, kSide, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(colour.darker(125), 1.0));
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(1.5, 1.5, kSide - 3.0, kSide - 3.0));
        painter.end();
        it = cache.insert(colour.rgba(), image);
    }
    return *it;
}

QString EntityPalette::kindTitle(const QString& kind)
{
    return kind.isEmpty() ? QCoreApplication::translate("EntityPalette", "other") : kind;
}

}  // namespace tessera
