#include "cli/AlignmentTrainCommand.h"

#include "alignment/AlignmentFeatureBuilder.h"
#include "cli/CliOutput.h"
#include "cli/DatasetOpening.h"
#include "cli/TrainingConsole.h"
#include "evaluation/AlignmentEvaluator.h"
#include "graph/KnowledgeGraph.h"
#include "inference/MeaformerModel.h"
#include "io/AtomicFileWriter.h"
#include "io/InputError.h"
#include "training/MeaformerTrainer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>
#include <random>

namespace tessera {

namespace {

QString helpText()
{
    return AlignmentTrainCommand::tr(
        "Usage: tessera train meaformer --workspace W --out MODEL [options]\n"
        "\n"
        "W: an EVA / MEAformer folder (DBP15K), or an alignment bundle (resources/demo/countries-en-zh).\n"
        "Model (reference defaults):\n"
        "  --modalities img,att,rel,gph,char   (default: every one the workspace has)\n"
        "  --hidden 300  --layers 1  --heads 1  --ffn 400 (0 = no FFN)  --gat-heads 2,2\n"
        "  --loss meaformer|mclea   (mclea: MCLEA's objective and its one weight per modality)\n"
        "  --csls-k 3  --tau 0.1\n"
        "Features:\n"
        "  --name-bigrams 1000 (columns of name character bigrams)  --compact-relations (one column\n"
        "  per relation present instead of the reference's 1000)\n"
        "Training:\n"
        "  --epochs 300  --batch 3500  --lr 0.0005  --decay 0.0001  --clip 1  --warmup 0.15\n"
        "  --valid-fraction 0.1 (seed pairs held out to choose the model)  --valid-every 10\n"
        "  --iterative [--iterative-start 100] [--iterative-every 5]   (new seeds from mutual neighbours)\n"
        "  --seed 42  --device auto|cpu|cuda  --threads N  --resume  --quiet\n"
        "\n"
        "The best model on the held-out pairs is kept in MODEL/best (the reference picks on test);\n"
        "the test pairs are only used for the final report, MODEL/test-evaluation.json.\n");
}

QJsonObject metricsJson(const AlignmentMetrics& m)
{
    QJsonObject o;
    o[QStringLiteral("hits@1")] = m.hits1;
    o[QStringLiteral("hits@10")] = m.hits10;
    o[QStringLiteral("mrr")] = m.mrr;
    o[QStringLiteral("count")] = static_cast<qint64>(m.count);
    return o;
}

}  // namespace

int AlignmentTrainCommand::run(const QStringList& arguments)
{
    const QStringList valueOptions = {QStringLiteral("workspace"), QStringLiteral("out"), QStringLiteral("modalities"),
        QStringLiteral("hidden"), QStringLiteral("layers"), QStringLiteral("heads"), QStringLiteral("ffn"),
        QStringLiteral("gat-heads"), QStringLiteral("loss"), QStringLiteral("csls-k"), QStringLiteral("tau"),
        QStringLiteral("epochs"), QStringLiteral("batch"), QStringLiteral("lr"), QStringLiteral("decay"),
        QStringLiteral("clip"), QStringLiteral("warmup"), QStringLiteral("valid-fraction"),
        QStringLiteral("valid-every"), QStringLiteral("iterative-start"), QStringLiteral("iterative-every"),
        QStringLiteral("seed"), QStringLiteral("device"), QStringLiteral("threads"), QStringLiteral("name-bigrams")};
    const CliArguments args(arguments, valueOptions,
        {QStringLiteral("resume"), QStringLiteral("help"), QStringLiteral("quiet"), QStringLiteral("iterative"),
            QStringLiteral("compact-relations")});
    if (args.flag(QStringLiteral("help"))) {
        printOut(helpText());
        return kExitOk;
    }
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("train: ") + args.error());
    const auto workspacePath = args.value(QStringLiteral("workspace"));
    const auto out = args.value(QStringLiteral("out"));
    if (!workspacePath || !out)
        return failBadInput(tr("train: --workspace and --out are required (tessera train meaformer --help)"));

    MeaformerConfig config;
    config.hidden = 300;
    config.intermediate = 400;
    config.gatHeads = {2, 2};
    MeaformerTrainingOptions options;
    double validFraction = 0.1;
    int threads = 0;
    QString error;
    readNumberOption(args, "hidden", config.hidden, error);
    readNumberOption(args, "layers", config.fusionLayers, error);
    readNumberOption(args, "heads", config.fusionHeads, error);
    readNumberOption(args, "ffn", config.intermediate, error);
    readNumberOption(args, "csls-k", config.cslsK, error);
    readNumberOption(args, "tau", config.temperature, error);
    readNumberOption(args, "epochs", options.epochs, error);
    readNumberOption(args, "batch", options.batchSize, error);
    readNumberOption(args, "lr", options.learningRate, error);
    readNumberOption(args, "decay", options.weightDecay, error);
    readNumberOption(args, "clip", options.clipNorm, error);
    readNumberOption(args, "warmup", options.warmupFraction, error);
    readNumberOption(args, "valid-fraction", validFraction, error);
    readNumberOption(args, "valid-every", options.validEvery, error);
    readNumberOption(args, "iterative-start", options.iterativeStart, error);
    readNumberOption(args, "iterative-every", options.iterativeEvery, error);
    readNumberOption(args, "seed", options.seed, error);
    readNumberOption(args, "threads", threads, error);
    if (!error.isEmpty())
        return failBadInput(error);
    if (options.epochs <= 0 || options.batchSize < 2)
        return failBadInput(tr("train: --epochs must be positive and --batch at least 2"));
    if (validFraction < 0 || validFraction >= 1)
        return failBadInput(tr("train: --valid-fraction must be in [0, 1)"));
    options.iterative = args.flag(QStringLiteral("iterative"));
    if (const auto heads = args.value(QStringLiteral("gat-heads"))) {
        config.gatHeads.clear();
        for (const QString& word : heads->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            config.gatHeads.push_back(word.trimmed().toLongLong(&ok));
            if (!ok)
                return failBadInput(tr("train: --gat-heads expects numbers separated by commas, got '%1'").arg(*heads));
        }
    }
    const QString loss = args.value(QStringLiteral("loss")).value_or(QStringLiteral("meaformer"));
    if (loss != QLatin1String("meaformer") && loss != QLatin1String("mclea"))
        return failBadInput(tr("train: unknown --loss '%1', expected meaformer or mclea").arg(loss));
    options.mclea = loss == QLatin1String("mclea");
    if (options.mclea) {
        config.fusion = "weights";
        config.fusionLayers = 0;
    }

    const OpenedDataset opened = openDataset(*workspacePath, std::nullopt);
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    if (!opened.dataset.isAlignment())
        return failBadInput(tr("train: %1 is one graph; alignment trains on a workspace of two graphs and their pairs")
                                .arg(*workspacePath));
    const Dataset& workspace = opened.dataset;
    for (const std::string& warning : workspace.warnings)
        printErr(tr("warning: %1: %2\n").arg(*workspacePath, QString::fromStdString(warning)));

    AlignmentFeatureOptions featureOptions;
    featureOptions.compactRelations = args.flag(QStringLiteral("compact-relations"));
    readNumberOption(args, "name-bigrams", featureOptions.characterColumns, error);
    if (!error.isEmpty())
        return failBadInput(error);
    if (const auto list = args.value(QStringLiteral("modalities"))) {
        for (const QString& word : list->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto modality = alignmentModalityFromKey(word.trimmed().toStdString());
            if (!modality)
                return failBadInput(
                    tr("train: unknown modality '%1' (expected img, att, rel, gph, char)").arg(word.trimmed()));
            featureOptions.modalities.push_back(*modality);
        }
        std::sort(featureOptions.modalities.begin(), featureOptions.modalities.end());
        featureOptions.modalities.erase(std::unique(featureOptions.modalities.begin(), featureOptions.modalities.end()),
            featureOptions.modalities.end());
    }
    try {
        const AlignmentFeatures features = AlignmentFeatureBuilder::build(workspace, featureOptions);
        for (const std::string& note : features.notes)
            printErr(QStringLiteral("  %1\n").arg(QString::fromStdString(note)));
        config.entities = features.entities;
        config.entitiesA = features.entitiesA;
        for (const AlignmentModality modality : kAllAlignmentModalities) {
            if (modality == AlignmentModality::Graph) {
                if (!features.edgeRows.empty())
                    config.modalities.push_back(modality);
                continue;
            }
            const auto it = features.features.find(modality);
            if (it == features.features.end())
                continue;
            config.modalities.push_back(modality);
            const std::int64_t width = it->second.dim(1);
            switch (modality) {
            case AlignmentModality::Visual:
                config.visualInput = width;
                break;
            case AlignmentModality::Attribute:
                config.attributeInput = width;
                break;
            case AlignmentModality::Relation:
                config.relationInput = width;
                break;
            case AlignmentModality::Name:
                config.nameInput = width;
                break;
            case AlignmentModality::Character:
                config.characterInput = width;
                break;
            case AlignmentModality::Graph:
                break;
            }
        }
        try {
            config.validate();
        } catch (const std::invalid_argument& e) {
            return failBadInput(QStringLiteral("train: ") + QString::fromUtf8(e.what()));
        }

        // Seed pairs: a seeded shuffle, the last valid-fraction held out for model selection.
        std::vector<MeaformerTrainer::Pair> seeds;
        std::vector<MeaformerTrainer::Pair> known;
        std::vector<AlignedPair> test;
        for (const AlignedPair& pair : workspace.alignment) {
            const MeaformerTrainer::Pair rows {
                static_cast<std::int64_t>(pair.source), config.entitiesA + static_cast<std::int64_t>(pair.target)};
            known.push_back(rows);
            if (pair.train)
                seeds.push_back(rows);
            else
                test.push_back(pair);
        }
        std::mt19937_64 shuffle(options.seed);
        std::shuffle(seeds.begin(), seeds.end(), shuffle);
        const auto held = static_cast<std::size_t>(validFraction * static_cast<double>(seeds.size()));
        std::vector<MeaformerTrainer::Pair> valid;
        if (held >= 10) {
            valid.assign(seeds.end() - static_cast<std::ptrdiff_t>(held), seeds.end());
            seeds.resize(seeds.size() - held);
        }
        if (seeds.size() < 2)
            return failBadInput(tr("%1: fewer than two seed pairs to train on").arg(*workspacePath));

        MeaformerModel model = MeaformerModel::createRandom(config, features, seeds,
            {identityOf(*workspace.graphs[0]), identityOf(*workspace.graphs[1])}, options.seed);
        const ComputeInfo compute = model.useDevice(
            args.value(QStringLiteral("device")).value_or(QStringLiteral("auto")).toStdString(), threads);
        MeaformerTrainer trainer(model, seeds, valid, known, options, QFile::encodeName(*out).toStdString());
        if (args.flag(QStringLiteral("resume"))) {
            if (const auto at = trainer.resume())
                printErr(tr("resuming at epoch %1\n").arg(*at));
            else
                printErr(tr("nothing to resume in %1/last; starting fresh\n").arg(*out));
        }
        QStringList names;
        for (const AlignmentModality modality : config.modalities)
            names << QString::fromLatin1(
                alignmentModalityKey(modality).data(), static_cast<qsizetype>(alignmentModalityKey(modality).size()));
        printErr(tr("training %1 on %2: %3 + %4 entities, %5 seed pairs (%6 held out), %7 test pairs; modalities %8, "
                    "hidden %9; %10, %11 threads\n")
                     .arg(options.mclea ? QStringLiteral("MCLEA") : QStringLiteral("MEAformer"), *workspacePath)
                     .arg(config.entitiesA)
                     .arg(config.entities - config.entitiesA)
                     .arg(seeds.size())
                     .arg(valid.size())
                     .arg(test.size())
                     .arg(names.join(QStringLiteral(",")))
                     .arg(config.hidden)
                     .arg(QString::fromStdString(compute.device))
                     .arg(compute.threads));

        const auto start = std::chrono::steady_clock::now();
        std::optional<InterruptWatcher> interrupts;
        interrupts.emplace();
        const bool quiet = args.flag(QStringLiteral("quiet"));
        const auto progress = [&](const MeaformerTrainingProgress& p) {
            if (quiet)
                return;
            printErr(QStringLiteral("\r")
                + tr("epoch %1/%2 batch %3/%4 loss %5  lr %6  ETA %7   ")
                      .arg(p.epoch)
                      .arg(p.epochs)
                      .arg(p.batch)
                      .arg(p.batches)
                      .arg(p.loss, 0, 'f', 4)
                      .arg(p.learningRate, 0, 'g', 3)
                      .arg(formatDuration(p.etaSeconds)));
        };
        const auto epochDone = [&](const MeaformerEpochReport& r) {
            if (quiet && !r.validMrr)
                return;
            QString line = QStringLiteral("\r")
                + tr("epoch %1: loss %2, %3 s").arg(r.epoch).arg(r.loss, 0, 'f', 4).arg(r.seconds, 0, 'f', 1);
            if (r.validMrr)
                line += tr(", held-out Hits@1 %1, MRR %2%3")
                            .arg(*r.validHits1, 0, 'f', 4)
                            .arg(*r.validMrr, 0, 'f', 4)
                            .arg(r.newBest ? tr(" (best)") : QString());
            if (r.proposedPairs > 0)
                line += tr(", %1 new seed pairs (%2 right)").arg(r.proposedPairs).arg(r.proposedCorrect);
            printErr(line + QString(10, QLatin1Char(' ')) + QLatin1Char('\n'));
        };
        const bool completed = trainer.run(interrupts->token(), progress, epochDone);
        interrupts.reset();
        if (!completed) {
            printErr(tr("\ninterrupted: the last checkpoint is in %1/last; continue with --resume\n").arg(*out));
            return 130;
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

        // The final report on the test pairs, with the chosen model.
        MeaformerModel best = MeaformerModel::load(QFile::encodeName(*out).toStdString());
        best.useDevice(compute.device.rfind("cuda", 0) == 0 ? "cuda" : "cpu", threads);
        QJsonObject root;
        root[QStringLiteral("workspace")] = *workspacePath;
        root[QStringLiteral("training_seconds")] = seconds;
        root[QStringLiteral("epochs")] = options.epochs;
        root[QStringLiteral("loss")] = loss;
        root[QStringLiteral("modalities")] = names.join(QStringLiteral(","));
        root[QStringLiteral("best_valid_mrr")] = trainer.bestValidMrr();
        if (!test.empty()) {
            const AlignmentEvaluation result = AlignmentEvaluator::evaluate(best, test);
            QJsonObject csls;
            csls[QStringLiteral("l2r")] = metricsJson(result.cslsLeftToRight);
            csls[QStringLiteral("r2l")] = metricsJson(result.cslsRightToLeft);
            QJsonObject plain;
            plain[QStringLiteral("l2r")] = metricsJson(result.plainLeftToRight);
            plain[QStringLiteral("r2l")] = metricsJson(result.plainRightToLeft);
            root[QStringLiteral("csls")] = csls;
            root[QStringLiteral("plain")] = plain;
            printOut(tr("done in %1: test Hits@1 %2 / MRR %3 (A → B, CSLS), %4 / %5 (B → A); model in %6/best\n")
                         .arg(formatDuration(seconds))
                         .arg(result.cslsLeftToRight.hits1, 0, 'f', 4)
                         .arg(result.cslsLeftToRight.mrr, 0, 'f', 4)
                         .arg(result.cslsRightToLeft.hits1, 0, 'f', 4)
                         .arg(result.cslsRightToLeft.mrr, 0, 'f', 4)
                         .arg(*out));
        } else {
            printOut(tr("done in %1; the workspace has no test pairs; model in %2/best\n")
                         .arg(formatDuration(seconds), *out));
        }
        writeFileAtomically(QDir(*out).filePath(QStringLiteral("test-evaluation.json")).toStdString(),
            QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString());
        return kExitOk;
    } catch (const InputError& e) {
        return failBadInput(QString::fromStdString(e.what()));
    } catch (const std::invalid_argument& e) {
        return failBadInput(QStringLiteral("train: ") + QString::fromUtf8(e.what()));
    }
}

}  // namespace tessera
