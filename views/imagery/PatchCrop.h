#pragma once

#include <QImage>

namespace tessera {

// The image of patch `index` (row by row) of a `grid` × `grid` patch grid, scaled to `side` ×
// `side`. The tokenizer stretched the image to a square before cutting the grid; so does the crop.
// A null image for a null image, no grid or an index outside it.
QImage patchCrop(const QImage& image, int grid, int index, int side);

}  // namespace tessera
