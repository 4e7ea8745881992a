#include "cli/ModelOpening.h"

#include "cli/CliOutput.h"
#include "cli/DatasetOpening.h"
#include "cli/EntityResolver.h"
#include "graph/KnowledgeGraph.h"
#include "io/InputError.h"

#include <QCoreApplication>

namespace tessera {

namespace {

class ModelOpening {
    Q_DECLARE_TR_FUNCTIONS(ModelOpening)
};

}  // namespace

OpenedModel openModelForGraph(const QString& modelPath, const KnowledgeGraph& graph, const std::string& device)
{
    OpenedModel opened;
    try {
        opened.model.emplace(MygoModel::load(modelPath.toStdString()));
        opened.model->requireGraph(graph, modelPath.toStdString());
        opened.compute = opened.model->useDevice(device);
    } catch (const InputError& error) {
        opened.error = QString::fromStdString(error.what());
        opened.model.reset();
    } catch (const std::exception& error) {
        opened.error
            = ModelOpening::tr("%1: cannot load the model: %2").arg(modelPath, QString::fromUtf8(error.what()));
        opened.model.reset();
    }
    return opened;
}

GraphAndModel openGraphAndModel(const QString& graphPath, const CliArguments& args, const QString& view)
{
    GraphAndModel out;
    const std::optional<QString> modelPath = args.value(QStringLiteral("model"));
    if (!modelPath || modelPath->isEmpty()) {
        out.error = ModelOpening::tr("the %1 view needs --model MODEL").arg(view);
        return out;
    }
    OpenedDataset opened = openDataset(graphPath, args.value(QStringLiteral("format")));
    if (!opened.error.isEmpty()) {
        out.error = opened.error;
        return out;
    }
    if (opened.dataset.graphs.size() != 1) {
        out.error = ModelOpening::tr("%1 holds two graphs; the %2 view shows one").arg(graphPath, view);
        return out;
    }
    out.graph = opened.dataset.graphs.front();
    if (const auto key = args.value(QStringLiteral("entity"))) {
        const EntityResolution resolved = EntityResolver::resolve(*out.graph, *key);
        if (!resolved.entity) {
            out.error = resolved.error;
            return out;
        }
        out.focus = *resolved.entity;
    }
    out.opened = openModelForGraph(*modelPath, *out.graph);
    out.error = out.opened.error;
    return out;
}

}  // namespace tessera
