#include "cli/OffscreenWidget.h"

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

}  // namespace tessera
