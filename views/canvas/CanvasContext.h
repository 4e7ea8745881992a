#pragma once

#include "graph/Ids.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace tessera {

class ThumbnailCache;

// What every item on the neighbourhood canvas reads while painting: fonts, colours and the
// level-of-detail thresholds. One instance, owned by the view; items keep a pointer, so a
// change (crowding, language) reaches all items with one update() instead of 4,000 setters.
struct CanvasContext {
    ThumbnailCache* thumbnails = nullptr;
    QFont labelFont;
    QFont edgeFont;
    QFont moreFont;
    // Scale (levelOfDetailFromTransform) from which "+N more" texts, edge labels and arrowheads
    // are drawn; the view raises them when the picture is crowded.
    qreal labelLevel = 0.55;
    qreal edgeLabelLevel = 0.9;
    qreal arrowLevel = 0.45;
    // A node smaller than this on screen (radius, device pixels) shows no thumbnail.
    qreal thumbnailMinRadius = 9.0;
    EntityId selected = kNoEntity;
    QColor text {0x1F, 0x23, 0x28};
    QColor halo {255, 255, 255, 215};
    QColor edge {0x9A, 0xA3, 0xAD};
    QColor edgeLabel {0x57, 0x60, 0x6A};
    QColor highlight {0xE8, 0x6A, 0x10};
    QColor focusRing {0x1F, 0x23, 0x28};

    // Text keeps its size on screen while zooming out (then level of detail hides it) and grows
    // a little when zooming in, up to kMaxTextZoom: zooming in separates crowded labels instead
    // of enlarging them with the picture. Returns the factor to scale scene text by at `level`.
    static constexpr qreal kMaxTextZoom = 1.4;
    static qreal textScale(qreal level) { return std::clamp(level, 1.0, kMaxTextZoom) / level; }
};

}  // namespace tessera
