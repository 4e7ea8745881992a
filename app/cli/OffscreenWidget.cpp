#include "cli/OffscreenWidget.h"

#include "cli/CliOutput.h"
#include "plots/ViewExporter.h"

#include <QCoreApplication>
#include <QLayout>
#include <QWidget>

namespace tessera {

void prepareOffscreen(QWidget& widget, int width, int height)
{
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.resize(width, height);
    widget.show();
    if (widget.layout() != nullptr)
        widget.layout()->activate();
    QCoreApplication::sendPostedEvents();
}

namespace {

class OffscreenWidget {
    Q_DECLARE_TR_FUNCTIONS(OffscreenWidget)
};

}  // namespace

int writeRendering(QWidget& view, const QString& out, int width, int height, const QString& title,
    const std::optional<QString>& csvPath, const QString& csv)
{
    if (!ViewExporter::writeImage(view, out, QSize(width, height), title).isEmpty())
        return failBadInput(OffscreenWidget::tr("%1: cannot write the image").arg(out));
    if (csvPath) {
        const QString problem = ViewExporter::writeText(*csvPath, csv);
        if (!problem.isEmpty())
            return failBadInput(problem);
    }
    printOut(OffscreenWidget::tr("%1: %2 × %3 pixels\n").arg(out).arg(width).arg(height));
    return kExitOk;
}

}  // namespace tessera
