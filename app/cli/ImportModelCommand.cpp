#include "cli/ImportModelCommand.h"

#include "cli/CliOutput.h"
#include "cli/DatasetOpening.h"
#include "graph/GraphIdentity.h"
#include "graph/KnowledgeGraph.h"
#include "inference/MeaformerModel.h"
#include "inference/MygoModel.h"
#include "inference/PytorchCheckpoint.h"
#include "io/AtomicFileWriter.h"
#include "io/InputError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <stdexcept>

namespace tessera {

namespace {

bool isPickleCheckpoint(const QFileInfo& file)
{
    static const QStringList kSuffixes
        = {QStringLiteral("pth"), QStringLiteral("pt"), QStringLiteral("ckpt"), QStringLiteral("bin")};
    return file.isFile() && kSuffixes.contains(file.suffix().toLower());
}

// The PyTorch checkpoint a user may have pointed at (the file itself, or one inside a folder
// that lacks weights.safetensors); empty when there is none.
QString pickleCheckpointIn(const QString& source)
{
    const QFileInfo info(source);
    if (isPickleCheckpoint(info))
        return info.filePath();
    if (!info.isDir() || QFileInfo::exists(QDir(source).filePath(QStringLiteral("weights.safetensors"))))
        return {};
    for (const QFileInfo& entry : QDir(source).entryInfoList(QDir::Files, QDir::Name)) {
        if (isPickleCheckpoint(entry))
            return entry.filePath();
    }
    return {};
}

}  // namespace

int ImportModelCommand::importMeaformer(const QString& source, const QString& out)
{
    std::optional<MeaformerModel> model;
    try {
        model.emplace(MeaformerModel::importReference(QFile::encodeName(source).toStdString()));
        model->save(QFile::encodeName(out).toStdString());
    } catch (const InputError& error) {
        return failBadInput(QString::fromStdString(error.what()));
    } catch (const std::invalid_argument& error) {
        return failBadInput(QStringLiteral("%1: %2").arg(source, QString::fromUtf8(error.what())));
    }
    const MeaformerConfig& c = model->config();
    QStringList modalities;
    for (const AlignmentModality modality : c.modalities)
        modalities << QString::fromLatin1(
            alignmentModalityKey(modality).data(), static_cast<qsizetype>(alignmentModalityKey(modality).size()));
    printOut(tr("wrote %1 (MEAformer: %2 + %3 entities, modalities %4, hidden %5, %6 fusion layer(s) × %7 "
                "head(s), %8 training pairs)\n")
                 .arg(out)
                 .arg(c.entitiesA)
                 .arg(c.entities - c.entitiesA)
                 .arg(modalities.join(QStringLiteral(", ")))
                 .arg(c.hidden)
                 .arg(c.fusionLayers)
                 .arg(c.fusionHeads)
                 .arg(model->trainPairs().size()));
    return kExitOk;
}

int ImportModelCommand::run(const QStringList& arguments)
{
    const CliArguments args(arguments, {QStringLiteral("from"), QStringLiteral("out"), QStringLiteral("graph")}, {});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("import-model: ") + args.error());
    const auto from = args.value(QStringLiteral("from"));
    const auto out = args.value(QStringLiteral("out"));
    if (args.positional().size() != 1 || !out || !from)
        return failBadInput(
            tr("import-model: expected tessera import-model --from mygo-reference DIR --out MODEL [--graph G], or "
               "--from meaformer-reference DIR --out MODEL"));
    if (*from == QLatin1String("meaformer-reference")) {
        if (args.value(QStringLiteral("graph")))
            return failBadInput(tr("import-model: --graph applies to mygo-reference; a MEAformer reference folder "
                                   "carries its two graphs in kg/"));
        return importMeaformer(args.positional().front(), *out);
    }
    if (*from != QLatin1String("mygo-reference"))
        return failBadInput(
            tr("import-model: unknown source format '%1', expected mygo-reference or meaformer-reference").arg(*from));
    QString source = args.positional().front();
    // A PyTorch checkpoint (the file, or the only weights of the folder) is converted to a scratch
    // safetensors file first; config.json and inputs.safetensors are read beside it.
    QTemporaryDir scratch;
    QString weightsFile;
    if (const QString pickle = pickleCheckpointIn(source); !pickle.isEmpty()) {
        if (!scratch.isValid())
            return failBadInput(tr("import-model: cannot create a temporary folder for converting %1").arg(pickle));
        try {
            weightsFile = scratch.filePath(QStringLiteral("weights.safetensors"));
            writeFileAtomically(
                weightsFile.toStdString(), pytorchStateDictAsSafetensors(QFile::encodeName(pickle).toStdString()));
        } catch (const InputError& error) {
            return failBadInput(QString::fromStdString(error.what()));
        }
        if (QFileInfo(source).isFile())
            source = QFileInfo(source).path();
    }

    std::optional<MygoModel> model;
    try {
        model.emplace(MygoModel::importReference(source.toStdString(), weightsFile.toStdString()));
    } catch (const InputError& error) {
        return failBadInput(QString::fromStdString(error.what()));
    } catch (const std::invalid_argument& error) {
        return failBadInput(QStringLiteral("%1: %2").arg(source, QString::fromUtf8(error.what())));
    }

    QString graphName;
    if (const auto graphPath = args.value(QStringLiteral("graph"))) {
        const OpenedDataset opened = openDataset(*graphPath, std::nullopt);
        if (!opened.error.isEmpty())
            return failBadInput(opened.error);
        if (opened.dataset.graphs.size() != 1)
            return failBadInput(
                tr("%1: an alignment data set holds two graphs; a MyGO model belongs to one").arg(*graphPath));
        const KnowledgeGraph& graph = *opened.dataset.graphs.front();
        try {
            model->requireGraph(graph, source.toStdString());
        } catch (const InputError& error) {
            return failBadInput(QString::fromStdString(error.what()));
        }
        // Same counts and checksum (just checked); the identity now also names the graph.
        model->setGraphIdentity(identityOf(graph));
        graphName = QString::fromStdString(graph.metadata().name);
    }

    try {
        model->save(out->toStdString());
    } catch (const InputError& error) {
        return failBadInput(QString::fromStdString(error.what()));
    }
    const MygoConfig& c = model->config();
    QString text = tr("wrote %1 (MyGO: %2 entities, %3 relations, dim %4, %5 visual + %6 text tokens per entity)\n")
                       .arg(*out)
                       .arg(c.numEntities)
                       .arg(c.numRelations)
                       .arg(c.dim)
                       .arg(c.visualTokens)
                       .arg(c.textTokens);
    if (!graphName.isEmpty())
        text += tr("bound to graph '%1'\n").arg(graphName);
    printOut(text);
    return kExitOk;
}

}  // namespace tessera
