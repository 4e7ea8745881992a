#include "gui/AlignmentWindowOpener.h"

#include "dialogs/OpenAlignmentDialog.h"
#include "gui/AlignmentWindow.h"
#include "models/ModelKind.h"

#include <QAction>
#include <QFile>

namespace tessera {

AlignmentWindowOpener::AlignmentWindowOpener(QWidget* parent)
    : QObject(parent)
    , parent_(parent)
    , action_(new QAction(this))
{
    action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(action_, &QAction::triggered, this, &AlignmentWindowOpener::openDialog);
    retranslate();
}

void AlignmentWindowOpener::retranslate()
{
    action_->setText(tr("Open &Alignment…"));
    action_->setToolTip(tr("Open two graphs, their pairs and an alignment model (MEAformer, MCLEA) in an "
                           "alignment workspace"));
}

void AlignmentWindowOpener::openDialog()
{
    OpenAlignmentDialog dialog(parent_);
    dialog.setPaths(hint_, QString());
    if (dialog.exec() == QDialog::Accepted)
        open(dialog.workspacePath(), dialog.modelPath());
}

AlignmentWindow* AlignmentWindowOpener::open(const QString& workspace, const QString& model)
{
    // A top-level window of its own: two graphs side by side need the room.
    auto* window = new AlignmentWindow(nullptr);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(parent_, &QObject::destroyed, window, &QWidget::close);
    window->show();
    window->open(workspace, model);
    last_ = window;
    return window;
}

AlignmentWindow* AlignmentWindowOpener::lastWindow() const
{
    return last_.data();
}

bool AlignmentWindowOpener::isAlignmentModel(const QString& folder)
{
    try {
        return modelKindInfo(readModelKind(QFile::encodeName(folder).toStdString())).alignsTwoGraphs;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace tessera
