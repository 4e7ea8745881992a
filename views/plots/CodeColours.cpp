#include "plots/CodeColours.h"

#include <cmath>

namespace tessera {

QColor codeColour(std::int64_t code)
{
    constexpr double kGoldenAngle = 137.50776405;
    const double hue = std::fmod(static_cast<double>(code) * kGoldenAngle, 360.0);
    // Two lightness levels alternate so that codes 360°/golden-angle apart still differ.
    const int lightness = (code / 7) % 2 == 0 ? 150 : 115;
    return QColor::fromHsl(static_cast<int>(hue), 170, lightness);
}

}  // namespace tessera
