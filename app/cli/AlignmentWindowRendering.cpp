#include "cli/AlignmentWindowRendering.h"

#include "canvas/NeighbourhoodView.h"
#include "cli/CliOutput.h"
#include "cli/EntityResolver.h"
#include "gui/AlignmentSession.h"
#include "gui/AlignmentWindow.h"
#include "imagery/ThumbnailCache.h"
#include "models/AlignmentPairsModel.h"
#include "panels/AlignmentGraphPane.h"
#include "plots/AlignmentCandidatesView.h"
#include "plots/ViewExporter.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

namespace tessera {

namespace {

class AlignmentWindowRendering {
    Q_DECLARE_TR_FUNCTIONS(AlignmentWindowRendering)
};

constexpr int kWaitMs = 300000;  // DBP15K's representation and evaluation take well under this

// Runs the event loop until `signal` of `sender` fires or the time is up.
template <typename Sender, typename Signal> void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
    loop.exec();
}

}  // namespace

int renderAlignmentWindow(const CliArguments& args, int width, int height, const QString& out)
{
    const auto workspace = args.value(QStringLiteral("workspace"));
    const auto model = args.value(QStringLiteral("model"));
    if (!workspace || !model)
        return failBadInput(AlignmentWindowRendering::tr(
            "the alignment-window view needs --workspace W and --model M (an alignment model)"));
    if (out.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return failBadInput(AlignmentWindowRendering::tr("the alignment-window view renders to PNG only"));
    const QStringList filters {QStringLiteral("all"), QStringLiteral("test"), QStringLiteral("seed"),
        QStringLiteral("wrong"), QStringLiteral("accepted"), QStringLiteral("unpaired")};
    const QString filter = args.value(QStringLiteral("filter")).value_or(QStringLiteral("all"));
    if (!filters.contains(filter))
        return failBadInput(AlignmentWindowRendering::tr("--filter must be one of %1, got '%2'")
                                .arg(filters.join(QStringLiteral(", ")), filter));
    const QString candidates = args.value(QStringLiteral("candidates")).value_or(QStringLiteral("all"));
    if (candidates != QLatin1String("all") && candidates != QLatin1String("test"))
        return failBadInput(AlignmentWindowRendering::tr("--candidates must be all or test, got '%1'").arg(candidates));
    const QString side = args.value(QStringLiteral("side")).value_or(QStringLiteral("a"));
    if (side != QLatin1String("a") && side != QLatin1String("b"))
        return failBadInput(AlignmentWindowRendering::tr("--side must be a or b, got '%1'").arg(side));

    // A render must not touch the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    AlignmentWindow window;
    window.resize(width, height);
    window.show();
    QString problem;
    QObject::connect(&window, &AlignmentWindow::openFailed, &window, [&problem](const QString& p) { problem = p; });
    {
        QEventLoop loop;
        QObject::connect(&window, &AlignmentWindow::workspaceShown, &loop, &QEventLoop::quit);
        QObject::connect(&window, &AlignmentWindow::openFailed, &loop, &QEventLoop::quit);
        QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
        window.open(*workspace, *model);
        loop.exec();
    }
    if (!problem.isEmpty())
        return failBadInput(problem);
    if (!window.session()->isOpen())
        return failBadInput(AlignmentWindowRendering::tr("%1: the workspace did not open in time").arg(*workspace));
    window.poolBox()->setCurrentIndex(candidates == QLatin1String("test") ? 1 : 0);
    if (!window.session()->hasEvaluation() || window.session()->isBusy())
        waitFor(window.session(), &AlignmentSession::evaluated);
    window.filterBox()->setCurrentIndex(static_cast<int>(filters.indexOf(filter)));
    if (const auto key = args.value(QStringLiteral("entity"))) {
        const bool fromA = side == QLatin1String("a");
        const EntityResolution found
            = EntityResolver::resolve(*window.session()->dataset()->graphs[fromA ? 0 : 1], *key);
        if (!found.entity)
            return failBadInput(found.error);
        window.choose(fromA, *found.entity);
    } else if (window.pairsModel()->rowCount() > 0) {
        window.choose(true, window.pairsModel()->entityAt(0));
    }
    waitFor(&window, &AlignmentWindow::candidatesShown);
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::processEvents();
        window.candidatesView()->waitForImages();
        window.pane(0)->canvas()->thumbnails()->waitForPending();
        window.pane(1)->canvas()->thumbnails()->waitForPending();
        QCoreApplication::processEvents();
    }
    const QString written = ViewExporter::writePng(window.grab().toImage(), out);
    if (!written.isEmpty())
        return failBadInput(written);
    return 0;
}

}  // namespace tessera
