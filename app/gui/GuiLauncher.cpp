#include "gui/GuiLauncher.h"

#include "DemoLocator.h"
#include "gui/LanguageMenu.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

namespace tessera {

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Tessera"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tessera"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.tessera.Tessera"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("tessera")));
    LanguageMenu::installSavedLanguage();

    MainWindow window;
    window.show();
    const QStringList arguments = QCoreApplication::arguments();
    const QString path = arguments.size() > 1 ? arguments.at(1) : demoGraphPath();
    // Open once the event loop runs, so the window paints before the first load starts.
    QTimer::singleShot(0, &window, [&window, path] {
        if (path.isEmpty()) {
            QMessageBox::information(&window, MainWindow::tr("No demo graph"),
                MainWindow::tr("The bundled demo graph was not found. Open a graph with "
                               "File ▸ Open Folder…, or set TESSERA_DEMO_DIR."));
            return;
        }
        window.openPath(path);
    });
    return QApplication::exec();
}

}  // namespace tessera
