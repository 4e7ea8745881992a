#include "plots/ViewExporter.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace tessera {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tessera::ViewExporter", text);
}

QString cannotWrite(const QString& path, const QString& why)
{
    return tr("%1: cannot write the file (%2)").arg(path, why);
}

}  // namespace

QString ViewExporter::writeImage(QWidget& widget, const QString& path, QSize size, const QString& title)
{
    if (size.isEmpty())
        size = widget.size();
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            widget.render(&painter);
        }
        return writePng(image, path);
    }
    if (!path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return tr("%1: the file must end in .png or .svg").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(tr("Rendered by Tessera"));
    QPainter painter;
    if (!painter.begin(&generator))
        return cannotWrite(path, tr("no SVG painter"));
    widget.render(&painter);
    painter.end();
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

QString ViewExporter::writePng(const QImage& image, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (image.isNull() || !image.save(&file, "PNG"))
        return cannotWrite(path, tr("PNG encoding failed"));
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

QString ViewExporter::writeText(const QString& path, const QString& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

}  // namespace tessera
