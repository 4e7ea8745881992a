#pragma once

#include <QMenu>

namespace tessera {

// File ▸ Open Recent: the last ten graphs opened, newest first, kept in QSettings.
class RecentFilesMenu : public QMenu {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 10;

    explicit RecentFilesMenu(QWidget* parent = nullptr);

    void addPath(const QString& path);
    QStringList paths() const;

Q_SIGNALS:
    void pathChosen(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
};

}  // namespace tessera
