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
    // tessera [GRAPH] [--model MODEL]: the graph (default: the demo) and a model trained on it.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString model;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--model")); at >= 0 && at + 1 < arguments.size()) {
        model = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    const QString path = !arguments.isEmpty() ? arguments.first() : demoGraphPath();
    // The demo graph comes with its model, so that a first start shows link prediction working.
    if (arguments.isEmpty() && model.isEmpty())
        model = demoModelPath();
    if (!model.isEmpty()) {
        // The model is checked against the graph, so it opens once the graph is on screen.
        QObject::connect(
            &window, &MainWindow::graphShown, &window, [&window, model] { window.openModel(model); },
            Qt::SingleShotConnection);
    }
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
