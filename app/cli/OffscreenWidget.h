#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace tessera {

// Shows `widget` off screen at width × height and lets layouts and polish settle, without an
// event loop: what every `tessera render` view does before it is drawn.
void prepareOffscreen(QWidget& widget, int width, int height);

// The end of a `tessera render` of one view: the picture to `out` (PNG or SVG, with `title`),
// `csv` to `csvPath` when one was asked for, the size on stdout. Returns the exit code (2 with
// one line on stderr when a file cannot be written).
int writeRendering(QWidget& view, const QString& out, int width, int height, const QString& title,
    const std::optional<QString>& csvPath, const QString& csv);

}  // namespace tessera
