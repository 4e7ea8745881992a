#include "imagery/PatchCrop.h"

namespace tessera {

QImage patchCrop(const QImage& image, int grid, int index, int side)
{
    if (image.isNull() || grid < 1 || index < 0 || index >= grid * grid)
        return {};
    const QRectF cell(static_cast<double>(index % grid) * image.width() / grid,
        static_cast<double>(index / grid) * image.height() / grid, static_cast<double>(image.width()) / grid,
        static_cast<double>(image.height()) / grid);
    return image.copy(cell.toAlignedRect()).scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

}  // namespace tessera
