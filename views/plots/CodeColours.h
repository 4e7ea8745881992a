#pragma once

#include <QColor>

#include <cstdint>

namespace tessera {

// A colour per code id that neighbouring ids do not share (golden-angle hues), so that a patch
// grid shows which patches got the same code and the Codebook view's bars match the grid.
QColor codeColour(std::int64_t code);

}  // namespace tessera
