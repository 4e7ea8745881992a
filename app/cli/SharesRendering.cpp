#include "cli/SharesRendering.h"

#include "cli/CliOutput.h"
#include "cli/DatasetOpening.h"
#include "cli/EntityResolver.h"
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
    const std::optional<QString> modelPath = args.value(QStringLiteral("model"));
    if (!modelPath || modelPath->isEmpty())
        return failBadInput(SharesRendering::tr("the shares view needs --model MODEL"));
    const QString slot = args.value(QStringLiteral("slot")).value_or(QStringLiteral("visual"));
    const QStringList slots {
        QStringLiteral("structure"), QStringLiteral("visual"), QStringLiteral("text"), QStringLiteral("self")};
    if (!slots.contains(slot))
        return failBadInput(SharesRendering::tr("--slot must be structure, visual, text or self, got '%1'").arg(slot));
    OpenedDataset opened = openDataset(graphPath, args.value(QStringLiteral("format")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    if (opened.dataset.graphs.size() != 1)
        return failBadInput(SharesRendering::tr("%1 holds two graphs; the shares view shows one").arg(graphPath));
    const auto graph = opened.dataset.graphs.front();
    EntityId focus = kNoEntity;
    if (const auto key = args.value(QStringLiteral("entity"))) {
        const EntityResolution resolved = EntityResolver::resolve(*graph, *key);
        if (!resolved.entity)
            return failBadInput(resolved.error);
        focus = *resolved.entity;
    }
    OpenedModel model = openModelForGraph(*modelPath, *graph);
    if (!model.model)
        return failBadInput(model.error);
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
