#include "cli/WorkspaceOpening.h"

#include "cli/DatasetOpening.h"
#include "io/InputError.h"
#include "models/ModelKind.h"

#include <QFile>

#include <set>
#include <stdexcept>

namespace tessera {

namespace {

QString firstLine(const char* text)
{
    return QString::fromUtf8(text).section(QLatin1Char('\n'), 0, 0).trimmed();
}

}  // namespace

std::vector<AlignedPair> ModelOnWorkspace::testPairs() const
{
    std::vector<AlignedPair> pairs;
    for (const AlignedPair& pair : workspace.alignment) {
        if (!pair.train)
            pairs.push_back(pair);
    }
    return pairs;
}

ModelOnWorkspace WorkspaceOpening::open(const QString& workspacePath, const QString& modelPath, const QString& device)
{
    ModelOnWorkspace opened;
    OpenedDataset dataset = openDataset(workspacePath, std::nullopt);
    if (!dataset.error.isEmpty()) {
        opened.error = dataset.error;
        return opened;
    }
    if (!dataset.dataset.isAlignment()) {
        opened.error = tr("%1: a workspace holds two graphs and the pairs that align them (the EVA / MEAformer "
                          "folder of ent_ids_1, ent_ids_2, triples_1, triples_2, ill_ent_ids); this is one graph")
                           .arg(workspacePath);
        return opened;
    }
    opened.workspace = std::move(dataset.dataset);
    for (const std::string& warning : opened.workspace.warnings)
        opened.warnings << QStringLiteral("%1: %2").arg(workspacePath, QString::fromStdString(warning));
    const std::string modelFolder = QFile::encodeName(modelPath).toStdString();
    try {
        const ModelKind kind = readModelKind(modelFolder);
        if (!modelKindInfo(kind).alignsTwoGraphs) {
            opened.error = tr("%1: a %2 model predicts links in one graph; pass it with --graph, not --workspace")
                               .arg(modelPath,
                                   QString::fromUtf8(modelKindInfo(kind).title.data(),
                                       static_cast<qsizetype>(modelKindInfo(kind).title.size())));
            return opened;
        }
        opened.model.emplace(MeaformerModel::load(modelFolder));
        opened.model->requireWorkspace(*opened.workspace.graphs[0], *opened.workspace.graphs[1], modelFolder);
    } catch (const InputError& error) {
        opened.error = QString::fromStdString(error.what());
        opened.model.reset();
        return opened;
    } catch (const std::exception& error) {
        opened.error = tr("%1: cannot load the model: %2").arg(modelPath, firstLine(error.what()));
        opened.model.reset();
        return opened;
    }
    // Test pairs the model learned from would flatter it; say so rather than hide it.
    std::set<std::pair<std::int64_t, std::int64_t>> trained;
    for (const auto& pair : opened.model->trainPairs())
        trained.insert({pair[0], pair[1]});
    std::size_t seen = 0;
    for (const AlignedPair& pair : opened.testPairs())
        seen += trained.count({opened.model->rowOfA(pair.source), opened.model->rowOfB(pair.target)});
    if (seen > 0)
        opened.warnings << tr("%1 of the workspace's test pairs were training pairs of this model: its test "
                              "figures are optimistic")
                               .arg(seen);
    try {
        opened.compute = opened.model->useDevice(device.toStdString());
    } catch (const std::invalid_argument& error) {
        opened.error = QString::fromUtf8(error.what());
        opened.model.reset();
    }
    return opened;
}

}  // namespace tessera
