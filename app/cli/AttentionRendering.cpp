#include "cli/AttentionRendering.h"

#include "cli/BundledVocabulary.h"
#include "cli/CliOutput.h"
#include "cli/ModelOpening.h"
#include "cli/OffscreenWidget.h"
#include "graph/KnowledgeGraph.h"
#include "inference/EntityAttentionReader.h"
#include "inference/MygoModel.h"
#include "io/InputError.h"
#include "io/TokenFolderReader.h"
#include "plots/AttentionTokenNames.h"
#include "plots/AttentionView.h"
#include "plots/ViewExporter.h"
#include "text/WordPieceTokenizer.h"

#include <QCoreApplication>
#include <QLayout>

namespace tessera {

namespace {

class AttentionRendering {
    Q_DECLARE_TR_FUNCTIONS(AttentionRendering)
};

// A 1-based option (--layer, --head) as a 0-based index below `count`; -1 when it is malformed.
int oneBased(const std::optional<QString>& text, std::int64_t count)
{
    if (!text)
        return 0;
    bool ok = false;
    const int value = text->toInt(&ok);
    return ok && value >= 1 && value <= count ? value - 1 : -1;
}

}  // namespace

QString renderAttention(const std::shared_ptr<const KnowledgeGraph>& graph, EntityId entity, const CliArguments& args,
    int width, int height, const QString& out, bool& written)
{
    const std::optional<QString> modelPath = args.value(QStringLiteral("model"));
    if (!modelPath || modelPath->isEmpty())
        return AttentionRendering::tr("the attention view needs --model MODEL");
    const QString input = args.value(QStringLiteral("input")).value_or(QStringLiteral("full"));
    if (input != QLatin1String("full") && input != QLatin1String("no-image") && input != QLatin1String("no-text"))
        return AttentionRendering::tr("--input must be full, no-image or no-text, got '%1'").arg(input);
    const QString fusion = args.value(QStringLiteral("fusion")).value_or(QStringLiteral("mean"));
    if (fusion != QLatin1String("mean") && fusion != QLatin1String("max"))
        return AttentionRendering::tr("--fusion must be mean or max, got '%1'").arg(fusion);
    const bool rollout = args.flag(QStringLiteral("rollout"));
    const bool lastLayer = args.flag(QStringLiteral("last-layer"));
    const bool oneHead = args.value(QStringLiteral("layer")) || args.value(QStringLiteral("head"));
    if (static_cast<int>(rollout) + static_cast<int>(lastLayer) + static_cast<int>(oneHead) > 1)
        return AttentionRendering::tr("choose one of --layer/--head, --rollout and --last-layer");

    OpenedModel opened = openModelForGraph(*modelPath, *graph);
    if (!opened.model)
        return opened.error;
    std::optional<MygoModel>& model = opened.model;
    std::shared_ptr<const TokenFolder> tokens;
    try {
        if (const auto folder = args.value(QStringLiteral("tokens")))
            tokens = std::make_shared<const TokenFolder>(readTokenFolder(folder->toStdString(), *graph));
    } catch (const InputError& error) {
        return QString::fromStdString(error.what());
    }
    const EntityAttentionMaps maps = readEntityAttention(*model, entity);
    const int layer = oneBased(args.value(QStringLiteral("layer")), maps.layers());
    const int head = oneBased(args.value(QStringLiteral("head")), maps.heads());
    if (layer < 0 || head < 0)
        return AttentionRendering::tr("--layer must be 1 to %1 and --head 1 to %2 for this model")
            .arg(maps.layers())
            .arg(maps.heads());

    AttentionView view;
    if (tokens) {
        view.setInputs(graph, tokens, std::make_shared<const WordPieceTokenizer>(BundledVocabulary::bertUncased()),
            static_cast<int>(maps.layout.visual), static_cast<int>(maps.layout.text));
    }
    const QString label = QString::fromStdString(graph->entity(entity).label);
    view.setData(maps, AttentionTokenNames::of(maps, tokens.get()), label);
    view.selectHead(layer, head);
    if (rollout)
        view.setMode(
            fusion == QLatin1String("max") ? AttentionView::Mode::RolloutMax : AttentionView::Mode::RolloutMean);
    else if (lastLayer)
        view.setMode(AttentionView::Mode::LastLayerMean);
    view.setInput(input == QLatin1String("no-image") ? AttentionInput::NoImage
            : input == QLatin1String("no-text")      ? AttentionInput::NoText
                                                     : AttentionInput::Full);
    view.showInputsTab(tokens != nullptr);
    prepareOffscreen(view, width, height);
    written = ViewExporter::writeImage(
        view, out, QSize(width, height), AttentionRendering::tr("Attention of %1").arg(label))
                  .isEmpty();
    if (const auto csv = args.value(QStringLiteral("csv")); csv && written) {
        const QString problem = ViewExporter::writeText(*csv, view.csv());
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

}  // namespace tessera
