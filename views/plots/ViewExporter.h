#pragma once

#include <QSize>
#include <QString>

class QImage;
class QWidget;

namespace tessera {

// Writes what a widget shows — as PNG or SVG, chosen by the file's suffix — and the numbers
// behind it as text, atomically (QSaveFile: readers see the old file or the whole new one). One
// writer for the window's Export buttons and `tessera render`, so both write the same picture.
class ViewExporter {
public:
    // Renders `widget` at `size` (its current size when empty). Returns the problem, naming the
    // file, or an empty string.
    static QString writeImage(QWidget& widget, const QString& path, QSize size, const QString& title);
    static QString writePng(const QImage& image, const QString& path);
    static QString writeText(const QString& path, const QString& text);
};

}  // namespace tessera
