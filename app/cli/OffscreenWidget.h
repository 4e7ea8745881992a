#pragma once

class QWidget;

namespace tessera {

// Shows `widget` off screen at width × height and lets layouts and polish settle, without an
// event loop: what every `tessera render` view does before it is drawn.
void prepareOffscreen(QWidget& widget, int width, int height);

}  // namespace tessera
