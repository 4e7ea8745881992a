#include "cli/AlignmentDumpCommand.h"

#include "cli/CliOutput.h"
#include "cli/WorkspaceOpening.h"
#include "io/InputError.h"
#include "tensors/SafetensorsWriter.h"

#include <QFile>

namespace tessera {

int AlignmentDumpCommand::run(const QStringList& arguments)
{
    const CliArguments args(arguments,
        {QStringLiteral("workspace"), QStringLiteral("model"), QStringLiteral("what"), QStringLiteral("out"),
            QStringLiteral("device")},
        {});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("dump: ") + args.error());
    const auto workspacePath = args.value(QStringLiteral("workspace"));
    const auto modelPath = args.value(QStringLiteral("model"));
    const auto what = args.value(QStringLiteral("what"));
    const auto out = args.value(QStringLiteral("out"));
    if (!workspacePath || !modelPath || !what || !out || !args.positional().isEmpty())
        return failBadInput(tr("dump: expected tessera dump --workspace W --model M --what meta-weights|fused|modal "
                               "--out F.safetensors"));
    const bool weights = *what == QLatin1String("meta-weights");
    const bool fused = *what == QLatin1String("fused");
    const bool modal = *what == QLatin1String("modal");
    if (!weights && !fused && !modal)
        return failBadInput(
            tr("dump: unknown --what '%1' for an alignment model, expected meta-weights, fused or modal").arg(*what));
    ModelOnWorkspace opened = WorkspaceOpening::open(
        *workspacePath, *modelPath, args.value(QStringLiteral("device")).value_or(QStringLiteral("auto")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    for (const QString& warning : opened.warnings)
        printErr(tr("warning: %1\n").arg(warning));
    const MeaformerRepresentation& rep = opened.model->representation();
    const MeaformerConfig& config = opened.model->config();

    SafetensorsWriter writer;
    std::string names;
    for (const AlignmentModality modality : rep.modalities)
        names += (names.empty() ? "" : ",") + std::string(alignmentModalityKey(modality));
    writer.setMetadata("format", "pt");
    writer.setMetadata("producer", "tessera dump");
    writer.setMetadata("what", what->toStdString());
    writer.setMetadata("model", QFile::encodeName(*modelPath).toStdString());
    writer.setMetadata("workspace", QFile::encodeName(*workspacePath).toStdString());
    writer.setMetadata("modalities", names);
    writer.setMetadata("rows_a", std::to_string(config.entitiesA));
    QString summary;
    const auto n = static_cast<qlonglong>(config.entities);
    if (weights) {
        writer.add("meta_weights", rep.metaWeights.shape, std::span<const float>(rep.metaWeights.values));
        summary
            = tr("meta_weights [%1, %2] (%3)").arg(n).arg(config.modalityCount()).arg(QString::fromStdString(names));
    } else if (fused) {
        writer.add("fused", rep.joint.shape, std::span<const float>(rep.joint.values));
        summary = tr("fused [%1, %2]").arg(n).arg(rep.joint.dim(1));
    } else {
        for (std::size_t m = 0; m < rep.modalities.size(); ++m)
            writer.add("modal." + std::string(alignmentModalityKey(rep.modalities[m])), rep.modal[m].shape,
                std::span<const float>(rep.modal[m].values));
        writer.addRaw("present", TensorDType::Bool, {config.entities, config.modalityCount()},
            std::as_bytes(std::span(rep.present)));
        summary = tr("modal.* [%1, %2] for %3, present [%1, %4]")
                      .arg(n)
                      .arg(config.hidden)
                      .arg(QString::fromStdString(names))
                      .arg(config.modalityCount());
    }
    try {
        writer.write(QFile::encodeName(*out).toStdString());
    } catch (const InputError& error) {
        return failBadInput(QString::fromStdString(error.what()));
    }
    printOut(tr("wrote %1: %2\n").arg(*out, summary));
    return kExitOk;
}

}  // namespace tessera
