#include "gui/RecentFilesMenu.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>

namespace tessera {

namespace {
const QString kSettingsKey = QStringLiteral("recent/paths");
}  // namespace

RecentFilesMenu::RecentFilesMenu(QWidget* parent)
    : QMenu(parent)
{
    rebuild();
}

QStringList RecentFilesMenu::paths() const
{
    return QSettings().value(kSettingsKey).toStringList();
}

void RecentFilesMenu::addPath(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxEntries)
        list.removeLast();
    QSettings().setValue(kSettingsKey, list);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    setTitle(tr("Open &Recent"));
    const QStringList list = paths();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString& path = list.at(i);
        // &1 … &9, then 1&0: keyboard access to every entry.
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QStringLiteral("1&0");
        QAction* action = addAction(QStringLiteral("%1  %2").arg(number, QDir::toNativeSeparators(path)));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT pathChosen(path); });
    }
    if (list.isEmpty())
        addAction(tr("(none)"))->setEnabled(false);
    addSeparator();
    QAction* clearAction = addAction(tr("&Clear Menu"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, [this] {
        QSettings().remove(kSettingsKey);
        rebuild();
    });
}

void RecentFilesMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QMenu::changeEvent(event);
}

}  // namespace tessera
