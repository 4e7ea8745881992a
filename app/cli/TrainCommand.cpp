#include "cli/TrainCommand.h"

#include "cli/AlignmentTrainCommand.h"
#include "cli/CliOutput.h"
#include "cli/DatasetOpening.h"
#include "cli/TrainingConsole.h"
#include "evaluation/LinkPredictionEvaluator.h"
#include "inference/MygoModel.h"
#include "inference/MygoTokenLoader.h"
#include "io/InputError.h"
#include "training/MygoTrainer.h"

#include <cstdio>
#include <optional>

namespace tessera {

namespace {

std::optional<TokenSource> tokenSource(
    const CliArguments& args, const QString& modality, std::int64_t slots, QString& error)
{
    const auto tokens = args.value(modality + QStringLiteral("-tokens"));
    const auto table = args.value(modality + QStringLiteral("-table"));
    if (!tokens && !table)
        return std::nullopt;
    if (!tokens || !table) {
        error = TrainCommand::tr("train: --%1-tokens and --%1-table go together").arg(modality);
        return std::nullopt;
    }
    TokenSource source;
    source.tokensJson = tokens->toStdString();
    const QString tableText = *table;
    const int colon = tableText.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && !tableText.mid(colon + 1).contains(QLatin1Char('/'))) {
        source.tableFile = tableText.left(colon).toStdString();
        source.tableTensor = tableText.mid(colon + 1).toStdString();
    } else {
        source.tableFile = tableText.toStdString();
    }
    source.slots = slots;
    return source;
}

QString helpText()
{
    return TrainCommand::tr("Usage: tessera train mygo --graph G --out MODEL [options]\n"
                            "\n"
                            "Model (reference defaults):\n"
                            "  --dim 256  --heads 2  --ffn 200  --enc-layers 1  --dec-layers 2\n"
                            "  --dropout 0.01  --emb-dropout 0.9  --vis-dropout 0.4  --txt-dropout 0.1\n"
                            "Tokens (absent = structure only):\n"
                            "  --visual-tokens FILE.json --visual-table F.safetensors[:TENSOR] --max-visual 8\n"
                            "  --text-tokens FILE.json --text-table F.safetensors[:TENSOR] --max-text 8\n"
                            "Training:\n"
                            "  --epochs 100  --batch 2048  --lr 0.001  --mu 0.01 (FGCL weight)  --clip 0.1\n"
                            "  --t0 50  --t-mult 2 (cosine warm restarts)  --smoothing 0  --decay 0\n"
                            "  --valid-every 10  --checkpoint-every 10  --seed 2024  --device auto|cpu|cuda\n"
                            "  --threads N     CPU threads (default: every core)\n"
                            "  --resume        continue from MODEL/last (Ctrl-C saves it first)\n"
                            "\n"
                            "The best model on VALID is kept in MODEL/best (the reference picks on test).\n");
}

}  // namespace

int TrainCommand::run(const QStringList& arguments)
{
    if (!arguments.isEmpty() && arguments.front() == QLatin1String("meaformer"))
        return AlignmentTrainCommand::run(arguments.mid(1));
    if (arguments.isEmpty() || arguments.front() != QLatin1String("mygo"))
        return failBadInput(tr("train: expected 'tessera train mygo ...' or 'tessera train meaformer ...'"));
    const QStringList valueOptions = {QStringLiteral("graph"), QStringLiteral("out"), QStringLiteral("dim"),
        QStringLiteral("heads"), QStringLiteral("ffn"), QStringLiteral("enc-layers"), QStringLiteral("dec-layers"),
        QStringLiteral("dropout"), QStringLiteral("emb-dropout"), QStringLiteral("vis-dropout"),
        QStringLiteral("txt-dropout"), QStringLiteral("visual-tokens"), QStringLiteral("visual-table"),
        QStringLiteral("text-tokens"), QStringLiteral("text-table"), QStringLiteral("max-visual"),
        QStringLiteral("max-text"), QStringLiteral("epochs"), QStringLiteral("batch"), QStringLiteral("lr"),
        QStringLiteral("mu"), QStringLiteral("clip"), QStringLiteral("t0"), QStringLiteral("t-mult"),
        QStringLiteral("smoothing"), QStringLiteral("decay"), QStringLiteral("valid-every"),
        QStringLiteral("checkpoint-every"), QStringLiteral("seed"), QStringLiteral("device"), QStringLiteral("format"),
        QStringLiteral("threads")};
    const CliArguments args(
        arguments.mid(1), valueOptions, {QStringLiteral("resume"), QStringLiteral("help"), QStringLiteral("quiet")});
    if (args.flag(QStringLiteral("help"))) {
        printOut(helpText());
        return kExitOk;
    }
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("train: ") + args.error());
    const auto graphPath = args.value(QStringLiteral("graph"));
    const auto out = args.value(QStringLiteral("out"));
    if (!graphPath || !out)
        return failBadInput(tr("train: --graph and --out are required (tessera train mygo --help)"));

    MygoConfig config;
    MygoTrainingOptions options;
    QString error;
    std::int64_t maxVisual = 8;
    std::int64_t maxText = 8;
    readNumberOption(args, "dim", config.dim, error) && readNumberOption(args, "heads", config.heads, error)
        && readNumberOption(args, "ffn", config.ffnDim, error)
        && readNumberOption(args, "enc-layers", config.entityLayers, error)
        && readNumberOption(args, "dec-layers", config.decoderLayers, error)
        && readNumberOption(args, "dropout", config.dropout, error)
        && readNumberOption(args, "emb-dropout", config.embeddingDropout, error)
        && readNumberOption(args, "vis-dropout", config.visualDropout, error)
        && readNumberOption(args, "txt-dropout", config.textDropout, error)
        && readNumberOption(args, "max-visual", maxVisual, error) && readNumberOption(args, "max-text", maxText, error)
        && readNumberOption(args, "epochs", options.epochs, error)
        && readNumberOption(args, "batch", options.batchSize, error)
        && readNumberOption(args, "lr", options.learningRate, error)
        && readNumberOption(args, "mu", options.contrastiveWeight, error)
        && readNumberOption(args, "clip", options.clipNorm, error)
        && readNumberOption(args, "t0", options.restartPeriod, error)
        && readNumberOption(args, "t-mult", options.restartMultiplier, error)
        && readNumberOption(args, "smoothing", options.labelSmoothing, error)
        && readNumberOption(args, "decay", options.weightDecay, error)
        && readNumberOption(args, "valid-every", options.validEvery, error)
        && readNumberOption(args, "checkpoint-every", options.checkpointEvery, error)
        && readNumberOption(args, "seed", options.seed, error);
    int threads = 0;
    if (error.isEmpty())
        readNumberOption(args, "threads", threads, error);
    if (!error.isEmpty())
        return failBadInput(error);
    if (threads < 0)
        return failBadInput(tr("train: --threads must be 0 (every core) or more"));
    if (options.epochs <= 0 || options.batchSize <= 0)
        return failBadInput(tr("train: --epochs and --batch must be positive"));

    const OpenedDataset opened = openDataset(*graphPath, args.value(QStringLiteral("format")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    if (opened.dataset.graphs.size() != 1)
        return failBadInput(
            tr("train: %1 holds two graphs (an alignment data set); link prediction trains on one").arg(*graphPath));
    const KnowledgeGraph& graph = *opened.dataset.graphs.front();

    const auto visual = tokenSource(args, QStringLiteral("visual"), maxVisual, error);
    const auto text = tokenSource(args, QStringLiteral("text"), maxText, error);
    if (!error.isEmpty())
        return failBadInput(error);
    try {
        const MygoTokenInputs tokens = loadMygoTokens(graph, visual, text);
        config.numEntities = static_cast<std::int64_t>(graph.entityCount());
        config.numRelations = static_cast<std::int64_t>(graph.relationCount());
        config.visualTokens = visual ? maxVisual : 0;
        config.textTokens = text ? maxText : 0;
        config.visualTokenDim = tokens.visualTable.shape[1];
        config.textTokenDim = tokens.textTable.shape[1];
        try {
            config.validate();
        } catch (const std::invalid_argument& e) {
            return failBadInput(QStringLiteral("train: ") + QString::fromUtf8(e.what()));
        }
        MygoModel model = MygoModel::createRandom(config, tokens, options.seed);
        model.setGraphIdentity(identityOf(graph));
        const ComputeInfo compute = model.useDevice(
            args.value(QStringLiteral("device")).value_or(QStringLiteral("auto")).toStdString(), threads);
        MygoTrainer trainer(model, graph, options, out->toStdString());
        if (args.flag(QStringLiteral("resume"))) {
            if (const auto at = trainer.resume())
                printErr(tr("resuming at epoch %1, batch %2\n").arg(at->first).arg(at->second));
            else
                printErr(tr("nothing to resume in %1/last; starting fresh\n").arg(*out));
        }
        printErr(
            tr("training MyGO on %1: %2 entities, %3 relations, %4 train triples; dim %5, V=%6, T=%7; %8, %9 threads\n")
                .arg(QString::fromStdString(graph.metadata().name))
                .arg(config.numEntities)
                .arg(config.numRelations)
                .arg(graph.triples(Split::Train).size())
                .arg(config.dim)
                .arg(config.visualTokens)
                .arg(config.textTokens)
                .arg(QString::fromStdString(compute.device))
                .arg(compute.threads));

        std::optional<InterruptWatcher> interrupts;
        interrupts.emplace();
        const bool quiet = args.flag(QStringLiteral("quiet"));
        const auto progress = [&](const MygoTrainingProgress& p) {
            if (quiet)
                return;
            constexpr int kBarWidth = 24;
            const int filled = static_cast<int>(kBarWidth * p.batch / std::max<std::int64_t>(1, p.batches));
            printErr(QStringLiteral("\r")
                + tr("epoch %1/%2 [%3%4] %5/%6 loss %7  %8 triples/s  lr %9  ETA %10   ")
                      .arg(p.epoch)
                      .arg(p.epochs)
                      .arg(QString(filled, QLatin1Char('#')), QString(kBarWidth - filled, QLatin1Char('.')))
                      .arg(p.batch)
                      .arg(p.batches)
                      .arg(p.loss, 0, 'f', 4)
                      .arg(p.triplesPerSecond, 0, 'f', 0)
                      .arg(p.learningRate, 0, 'g', 3)
                      .arg(formatDuration(p.etaSeconds)));
        };
        const auto epochDone = [&](const MygoEpochReport& r) {
            QString line = QStringLiteral("\r")
                + tr("epoch %1: loss %2, %3 s").arg(r.epoch).arg(r.loss, 0, 'f', 4).arg(r.seconds, 0, 'f', 1);
            if (r.validMrr)
                line += tr(", valid filtered MRR %1%2")
                            .arg(*r.validMrr, 0, 'f', 4)
                            .arg(r.newBest ? tr(" (best)") : QString());
            printErr(line + QString(20, QLatin1Char(' ')) + QLatin1Char('\n'));
        };
        const auto validate = [&](MygoModel& current) {
            if (graph.triples(Split::Valid).empty())
                return 0.0;
            LinkPredictionEvaluator evaluator(current, graph);
            return evaluator.evaluate(Split::Valid, {}, interrupts->token()).both.mrr;
        };
        bool completed = false;
        try {
            completed = trainer.run(interrupts->token(), progress, epochDone, validate);
        } catch (const EvaluationCancelled&) {
            completed = false;
        }
        interrupts.reset();
        if (!completed) {
            printErr(tr("\ninterrupted: state saved to %1/last; continue with --resume\n").arg(*out));
            return 130;  // the shell's convention for SIGINT
        }
        printOut(tr("done: best valid filtered MRR %1; model in %2/best\n")
                     .arg(trainer.bestValidMrr(), 0, 'f', 4)
                     .arg(*out));
        return kExitOk;
    } catch (const InputError& e) {
        return failBadInput(QString::fromStdString(e.what()));
    }
}

}  // namespace tessera
