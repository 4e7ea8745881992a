#pragma once

#include "graph/Ids.h"

#include <QColor>
#include <QImage>
#include <QString>
#include <QStringList>

#include <vector>

namespace tessera {

class KnowledgeGraph;

// Colours for entities, shared by the canvas and the item models so that a kind has one colour
// everywhere. Graphs whose keys carry a kind prefix ("city/FRA/Paris", "region/Europe",
// "国家/法国") are coloured by kind; graphs without (MyGO ids, DBpedia URIs) by degree, on a
// log scale, because there the degree is what tells a hub from a leaf.
class EntityPalette {
public:
    EntityPalette() = default;
    explicit EntityPalette(const KnowledgeGraph& graph);

    // The kind prefix of a key ("city" for "city/FRA/Paris"), or "" when the key has none.
    static QString kindOfKey(const QString& key);

    bool byKind() const { return byKind_; }
    // Kinds in legend order ("" first when present), only when byKind().
    const QStringList& kinds() const { return kinds_; }
    QColor kindColour(const QString& kind) const;
    QColor colour(EntityId entity) const;
    // What a legend calls a kind ("" has no name of its own).
    static QString kindTitle(const QString& kind);
    // A small disc in `colour`, for item views' DecorationRole (a QColor there paints a square
    // as tall as the row, which reads as a bar). QImage, not QIcon: safe to cache statically.
    static QImage swatch(const QColor& colour);

private:
    bool byKind_ = false;
    QStringList kinds_;
    std::vector<QColor> colours_;  // per entity
};

}  // namespace tessera
