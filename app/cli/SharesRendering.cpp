#include "cli/SharesRendering.h"

#include "cli/CliOutput.h"
#include "cli/ModelOpening.h"
#include "cli/OffscreenWidget.h"
#include "graph/KnowledgeGraph.h"
#include "inference/ModalityShareReader.h"
#include "plots/ModalitySharesView.h"

#include <QCoreApplication>

namespace tessera {

namespace {

class SharesRendering {
    Q_DECLARE_TR_FUNCTIONS(SharesRendering)
};

}  // namespace

int renderShares(const QString& graphPath, const CliArguments& args, int width, int height, const QString& out)
{
    const QString slot = args.value(QStringLiteral("slot")).value_or(QStringLiteral("visual"));
    const QStringList slots {
        QStringLiteral("structure"), QStringLiteral("visual"), QStringLiteral("text"), QStringLiteral("self")};
    if (!slots.contains(slot))
        return failBadInput(SharesRendering::tr("--slot must be structure, visual, text or self, got '%1'").arg(slot));
    GraphAndModel inputs = openGraphAndModel(graphPath, args, QStringLiteral("shares"));
    if (!inputs.error.isEmpty())
        return failBadInput(inputs.error);
    const std::shared_ptr<const KnowledgeGraph>& graph = inputs.graph;
    const EntityId focus = inputs.focus;
    OpenedModel& model = inputs.opened;
    ModalitySharesView view;
    view.setGraph(graph);
    view.setModelOpen(true);
    view.setShares(std::make_shared<const ModalityShareTable>(readModalityShares(*model.model)));
    view.setUseRollout(args.flag(QStringLiteral("rollout")));
    view.setRankedSlot(static_cast<AttentionSlot>(slots.indexOf(slot)));
    if (focus != kNoEntity)
        view.focusEntity(focus);
    prepareOffscreen(view, width, height);
    const QString title
        = SharesRendering::tr("Modality shares of %1").arg(QString::fromStdString(graph->metadata().name));
    return writeRendering(view, out, width, height, title, args.value(QStringLiteral("csv")), view.csv());
}

}  // namespace tessera
