#include "cli/EmbeddingRendering.h"

#include "cli/CliOutput.h"
#include "cli/ModelOpening.h"
#include "cli/OffscreenWidget.h"
#include "graph/KnowledgeGraph.h"
#include "inference/ModalityShareReader.h"
#include "io/InputError.h"
#include "io/TokenFolderReader.h"
#include "plots/EmbeddingMapView.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLayout>

namespace tessera {

namespace {

class EmbeddingRendering {
    Q_DECLARE_TR_FUNCTIONS(EmbeddingRendering)
};

}  // namespace

int renderEmbedding(const QString& graphPath, const CliArguments& args, int width, int height, const QString& out)
{
    const QString method = args.value(QStringLiteral("method")).value_or(QStringLiteral("pca"));
    if (method != QLatin1String("pca") && method != QLatin1String("tsne"))
        return failBadInput(EmbeddingRendering::tr("--method must be pca or tsne, got '%1'").arg(method));
    const QString colour = args.value(QStringLiteral("colour")).value_or(QStringLiteral("prefix"));
    const QStringList colours {QStringLiteral("prefix"), QStringLiteral("image"), QStringLiteral("triples"),
        QStringLiteral("modality"), QStringLiteral("code")};
    if (!colours.contains(colour))
        return failBadInput(
            EmbeddingRendering::tr("--colour must be prefix, image, triples, modality or code, got '%1'").arg(colour));
    const QString what = args.value(QStringLiteral("what")).value_or(QStringLiteral("entities"));
    if (what != QLatin1String("entities") && what != QLatin1String("relations"))
        return failBadInput(EmbeddingRendering::tr("--what must be entities or relations, got '%1'").arg(what));
    const QString tokensPath = args.value(QStringLiteral("tokens")).value_or(QString());
    if (colour == QLatin1String("code") && tokensPath.isEmpty())
        return failBadInput(
            EmbeddingRendering::tr("--colour code needs --tokens DIR (a folder tessera tokenize wrote)"));
    GraphAndModel inputs = openGraphAndModel(graphPath, args, QStringLiteral("embedding"));
    if (!inputs.error.isEmpty())
        return failBadInput(inputs.error);
    const std::shared_ptr<const KnowledgeGraph>& graph = inputs.graph;
    const EntityId focus = inputs.focus;
    OpenedModel& model = inputs.opened;
    const FloatArray& reps = model.model->entityRepresentations();
    const std::int64_t dim = reps.shape[1];
    const auto vectors = std::make_shared<const std::vector<float>>(
        reps.values.begin(), reps.values.begin() + static_cast<std::int64_t>(graph->entityCount()) * dim);
    EmbeddingMapView view;
    if (what == QLatin1String("relations")) {
        view.setRelationVectors(
            std::make_shared<const std::vector<float>>(model.model->relationRepresentations().values), dim);
        view.setSubject(EmbeddingMapView::Subject::Relations);
    }
    if (!tokensPath.isEmpty()) {
        try {
            view.setTokens(std::make_shared<const TokenFolder>(readTokenFolder(tokensPath.toStdString(), *graph)));
        } catch (const InputError& error) {
            return failBadInput(QString::fromStdString(error.what()));
        }
    }
    if (colour == QLatin1String("modality"))
        view.setModalityShares(std::make_shared<const ModalityShareTable>(readModalityShares(*model.model)));
    view.setColouring(static_cast<EmbeddingMapView::Colouring>(colours.indexOf(colour)));
    view.setMethod(method == QLatin1String("tsne") ? EmbeddingMapView::Method::Tsne : EmbeddingMapView::Method::Pca);
    QEventLoop wait;
    QObject::connect(&view, &EmbeddingMapView::mapShown, &wait, &QEventLoop::quit);
    view.setData(graph, vectors, dim, args.value(QStringLiteral("model")).value_or(QString()));
    if (view.isComputing())
        wait.exec();
    if (view.shownXy().empty())
        return failBadInput(EmbeddingRendering::tr("%1: the map could not be computed")
                                .arg(args.value(QStringLiteral("model")).value_or(QString())));
    if (focus != kNoEntity)
        view.focusEntity(focus);
    prepareOffscreen(view, width, height);
    const QString title
        = EmbeddingRendering::tr("Entity representations of %1").arg(QString::fromStdString(graph->metadata().name));
    return writeRendering(view, out, width, height, title, args.value(QStringLiteral("csv")), view.csv());
}

}  // namespace tessera
