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
    // tessera [GRAPH] [--model MODEL] [--tokens DIR]: the graph (default: the demo), a model
    // trained on it and a token folder of it.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const auto takeOption = [&arguments](const QString& name) {
        QString value;
        if (const qsizetype at = arguments.indexOf(name); at >= 0 && at + 1 < arguments.size()) {
            value = arguments.at(at + 1);
            arguments.remove(at, 2);
        }
        return value;
    };
    QString model = takeOption(QStringLiteral("--model"));
    QString tokens = takeOption(QStringLiteral("--tokens"));
    const QString path = !arguments.isEmpty() ? arguments.first() : demoGraphPath();
    // The demo graph comes with its model and the tokens it read, so that a first start shows link
    // prediction working and what the model reads.
    const bool demo = arguments.isEmpty() && model.isEmpty() && tokens.isEmpty();
    if (demo) {
        model = demoModelPath();
        tokens = demoTokensPath();
    }
    if (!model.isEmpty() || !tokens.isEmpty()) {
        // Both are checked against the graph, so they open once the graph is on screen.
        QObject::connect(
            &window, &MainWindow::graphShown, &window,
            [&window, model, tokens, demo] {
                if (!model.isEmpty())
                    window.openModel(model);
                if (!tokens.isEmpty())
                    window.openTokens(tokens, !demo);
            },
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
