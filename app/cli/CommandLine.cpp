#include "cli/CommandLine.h"

#include "cli/AlignCommand.h"
#include "cli/CliOutput.h"
#include "cli/CodebookStatsCommand.h"
#include "cli/DumpCommand.h"
#include "cli/EmbedCommand.h"
#include "cli/EvaluateCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ImportModelCommand.h"
#include "cli/InfoCommand.h"
#include "cli/PredictCommand.h"
#include "cli/RenderCommand.h"
#include "cli/TokenizeCommand.h"
#include "cli/TrainCommand.h"
#include "cli/WordpieceCommand.h"
#include "inference/ComputeRuntime.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTranslator>

#include <unistd.h>

#include <opencv2/core/version.hpp>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <memory>

namespace tessera {

namespace {

constexpr const char* kSubcommands[] = {"info", "import", "render", "import-model", "evaluate", "predict", "dump",
    "embed", "align", "train", "tokenize", "wordpiece", "codebook-stats", "help", "--help", "-h", "--version", "-V"};

// Gives the help and version texts their translation context.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString helpText()
{
    return CommandLine::tr(
        "Tessera %1 — explorer for multi-modal knowledge graphs and the models trained on them\n"
        "\n"
        "Usage:\n"
        "  tessera                      open the window on the bundled demo graph, its model\n"
        "                               and the tokens the model read\n"
        "  tessera PATH [--model M] [--tokens DIR]\n"
        "                               open the window on a graph (bundle or public format),\n"
        "                               with a MyGO model trained on it for link prediction\n"
        "                               and a token folder of it (tessera tokenize --out)\n"
        "  tessera SUBCOMMAND ...       run headless\n"
        "\n"
        "Subcommands:\n"
        "  info GRAPH [--json] [--format NAME] [--verify-images]\n"
        "        counts: entities, relations, triples per split, images, entities without\n"
        "        image or text, and the detected format\n"
        "  import --from FORMAT SRC --out BUNDLE\n"
        "        convert a public format into a Tessera bundle (FORMAT: auto, bundle, mygo,\n"
        "        alignment, labelled-triples)\n"
        "  tokenize --graph G --out DIR [--grid 14] [--levels 4] [--text-from label,description]\n"
        "        [--train-visual [--codebook-size 1024] [--epochs 10] [--no-reset] [--no-ema]\n"
        "        [--shared-codebook | --text-codebook] ...] [--resume DIR] [--visual-tokenizer DIR]\n"
        "        tokens for MyGO: image codes (colour patches, or a VQ tokenizer learned with\n"
        "        --train-visual or applied with --visual-tokenizer), graph-vocabulary words or\n"
        "        BERT word pieces (--text-tokenizer wordpiece), or both modalities through one\n"
        "        learned codebook (--shared-codebook, as Uni-Code), with their frozen tables\n"
        "        (train mygo --visual-tokens DIR/visual-tokens.json ...); --resume DIR goes on\n"
        "        training the tokenizer of a token folder (image-only or shared) up to --epochs\n"
        "  wordpiece [--json] [--vocab vocab.txt] [TEXT...]\n"
        "        BERT uncased word pieces and their ids of each text (standard input when no\n"
        "        TEXT is given), without [CLS]/[SEP]\n"
        "  codebook-stats --graph G --tokens DIR [--json] [--top 10]\n"
        "        codebook usage of a token folder per modality: used and dead codes,\n"
        "        perplexity, top-k mass, Gini, per-code counts (--json)\n"
        "  train mygo --graph G --out MODEL [options]\n"
        "        train MyGO link prediction (tessera train mygo --help lists the options)\n"
        "  render entity|neighbourhood|ranking|window --graph G --entity KEY --out FILE.png|svg\n"
        "        [--width W] [--height H] [--depth N] [--model M] [--relation R] [--heads]\n"
        "        [--filtered] [--k 10] [--mask-visual] [--mask-text]\n"
        "        [--tab candidates|attention|masking] [--csv FILE.csv] [--debug-overlay]\n"
        "        draw a view headless (window: the whole main window, PNG, with the model's\n"
        "        ranking when --model is given; ranking: the link-prediction panel, needs --model;\n"
        "        its tabs: the candidates, the context encoder's attention for the query, the\n"
        "        relation's test queries ranked with and without image and text)\n"
        "  render tokens|codebook --graph G --tokens DIR [--entity KEY] --out FILE.png|svg\n"
        "        [--modality visual|text] [--log-y] [--csv FILE.csv]\n"
        "        the Tokens view of an entity or the Codebook view of a token folder (--csv: the\n"
        "        per-code counts)\n"
        "  render attention --graph G --model M --entity KEY --out FILE.png|svg\n"
        "        [--layer L --head H | --rollout [--fusion mean|max] | --last-layer]\n"
        "        [--input full|no-image|no-text] [--tokens DIR] [--csv FILE.csv]\n"
        "        the Attention view: the entity encoder's maps; with --tokens, the image and text\n"
        "        shaded by the attention [CLS] gives each kept token (--csv: the map's numbers)\n"
        "  render embedding --graph G --model M --out FILE.png|svg [--method pca|tsne]\n"
        "        [--colour prefix|image|triples|modality|code] [--tokens DIR] [--entity KEY]\n"
        "        [--what entities|relations] [--csv FILE.csv]\n"
        "        the Embedding Map: entity representations in 2-D, --entity ringed with its\n"
        "        nearest neighbours by cosine (--csv: key, label, x, y, group)\n"
        "  render shares --graph G --model M --out FILE.png|svg [--rollout]\n"
        "        [--slot structure|visual|text|self] [--entity KEY] [--csv FILE.csv]\n"
        "        Modality Shares: [CLS]'s attention on structure, image and text over all\n"
        "        entities (box plots), the entities where --slot gets the most (--csv: every\n"
        "        entity's shares)\n"
        "  render alignment --workspace W --model M --entity KEY [--side a|b] [--k 10]\n"
        "        [--candidates all|test] [--csv FILE.csv]\n"
        "        one entity's ranked counterparts: CSLS, similarity and a bar per modality\n"
        "  render meta-weights --workspace W --model M [--entity KEY] [--modality img|rel|...]\n"
        "        MEAformer's modality meta-weights: bars, box plots, Hits@1 by dominant modality\n"
        "  render alignment-window --workspace W --model M [--entity KEY] [--side a|b]\n"
        "        [--candidates all|test] [--filter all|test|seed|wrong|accepted|unpaired]\n"
        "        the alignment workspace window as the GUI shows it (PNG)\n"
        "  import-model --from mygo-reference DIR --out MODEL [--graph G]\n"
        "        convert a reference MyGO checkpoint folder (config.json, weights.safetensors or a\n"
        "        PyTorch .pth state dict, inputs.safetensors) into a Tessera model folder,\n"
        "        optionally bound to a graph\n"
        "  import-model --from meaformer-reference DIR --out MODEL\n"
        "        convert a reference MEAformer folder (config.json, weights.safetensors,\n"
        "        inputs.safetensors, kg/ in the EVA format) into a model bound to kg/'s two graphs\n"
        "  evaluate --graph G --model M [--split test|valid] [--json] [--device auto|cpu|cuda]\n"
        "        filtered MR, MRR, Hits@1/3/10 (head, tail, both; reference and realistic rank)\n"
        "  evaluate --workspace W --model M [--candidates test|all] [--csls-k K] [--json]\n"
        "        entity alignment over the workspace's test pairs: Hits@1/10, MRR, MR in both\n"
        "        directions, with and without CSLS (all: against every entity of the other graph)\n"
        "  align --workspace W --model M --entity KEY [--side a|b] [--k 10] [--candidates all|test]\n"
        "        [--csls-k K] [--json]\n"
        "        ranked counterparts of one entity with CSLS score and per-modality similarity\n"
        "  predict --graph G --model M --relation R (--head X | --tail X) [--k 10] [--json]\n"
        "        [--filtered] [--mask-visual] [--mask-text]\n"
        "        ranked candidates of one query, known answers marked with their split\n"
        "  dump --graph G --model M --what entity-reps|attention|scores --out F.safetensors\n"
        "        [--entities KEY,KEY] [--split test]\n"
        "        raw tensors for analysis and parity checks\n"
        "  dump --workspace W --model M --what meta-weights|fused|modal --out F.safetensors\n"
        "        an alignment model's meta-weights [N, M], fused embeddings or modality embeddings\n"
        "  embed --graph G --model M [--method pca|tsne] [--what entities|relations] --out F.csv\n"
        "        [--perplexity 30] [--iterations 1000] [--seed 1] [--threads 2]\n"
        "        the model's representations in 2-D (PCA, or Barnes-Hut t-SNE) as key,label,x,y\n"
        "\n"
        "Options:\n"
        "  -h, --help       this text\n"
        "  -V, --version    versions of Tessera and its libraries, and the compute device\n"
        "\n"
        "Exit codes: 0 success, 2 bad input (one line on stderr: file, line, problem), 1 internal error.\n"
        "Formats are documented in core/io/FORMATS.md.\n")
        .arg(QStringLiteral(TESSERA_VERSION));
}

QString versionText()
{
    QString compute;
    try {
        const ComputeInfo info = configureCompute("auto");
        compute = CommandLine::tr("compute: %1, %2 CPU threads, BLAS %3, CUDA %4")
                      .arg(QString::fromStdString(info.device))
                      .arg(info.threads)
                      .arg(info.blasLibrary.empty() ? CommandLine::tr("not found")
                                                    : QString::fromStdString(info.blasLibrary))
                      .arg(info.cudaAvailable ? CommandLine::tr("available (%1 device(s))").arg(info.cudaDeviceCount)
                                              : CommandLine::tr("not available"));
        return CommandLine::tr("tessera %1 (Qt %2, LibTorch %3, OpenCV %4)\n%5\n")
            .arg(QStringLiteral(TESSERA_VERSION), QString::fromLatin1(qVersion()),
                QString::fromStdString(info.torchVersion), QStringLiteral(CV_VERSION), compute);
    } catch (const std::exception&) {
        return QStringLiteral("tessera %1\n").arg(QStringLiteral(TESSERA_VERSION));
    }
}

void installTranslator(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("tessera"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

}  // namespace

bool isSubcommand(const char* word)
{
    for (const char* name : kSubcommands) {
        if (std::strcmp(word, name) == 0)
            return true;
    }
    return false;
}

bool isCommandLineInvocation(int argc, char** argv)
{
    if (argc < 2)
        return false;
    if (isSubcommand(argv[1]))
        return true;
    // A word that is neither a subcommand nor a path (a typo, a subcommand of a newer version) is
    // answered on the command line: opening the window would fail without a display and say
    // nothing useful with one. Options (-platform, --model) still go to the window.
    std::error_code error;
    return argv[1][0] != '-' && !std::filesystem::exists(argv[1], error);
}

int runCommandLine(int argc, char** argv)
{
    const QString subcommand = QString::fromLocal8Bit(argv[1]);
    // Rendering needs widgets and fonts but never a display.
    std::unique_ptr<QCoreApplication> app;
    if (subcommand == QLatin1String("render")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (CI, ssh) Qt picks a runtime folder itself but says so on stderr,
        // which is the command's error channel: pick the same kind of private folder quietly.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray runtime
                = QDir::tempPath().toLocal8Bit() + "/tessera-runtime-" + QByteArray::number(getuid());
            if (QDir().mkpath(QString::fromLocal8Bit(runtime))) {
                QFile::setPermissions(QString::fromLocal8Bit(runtime),
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", runtime);
            }
        }
        // The offscreen platform warns on every top-level window whose size hints change (a
        // scroll area laid out) although nothing is wrong with the picture: drop that one line.
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& text) {
            if (text == QLatin1String("This plugin does not support propagateSizeHints()"))
                return;
            if (previous != nullptr)
                previous(type, context, text);
        });
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Tessera"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    installTranslator(*app);

    QStringList rest = QCoreApplication::arguments().mid(2);
    if (!isSubcommand(argv[1]))
        return failBadInput(
            CommandLine::tr("unknown command or no such graph: %1 (tessera help lists the commands)").arg(subcommand));
    try {
        if (subcommand == QLatin1String("info"))
            return InfoCommand::run(rest);
        if (subcommand == QLatin1String("import"))
            return ImportCommand::run(rest);
        if (subcommand == QLatin1String("train"))
            return TrainCommand::run(rest);
        if (subcommand == QLatin1String("tokenize"))
            return TokenizeCommand::run(rest);
        if (subcommand == QLatin1String("wordpiece"))
            return WordpieceCommand::run(rest);
        if (subcommand == QLatin1String("codebook-stats"))
            return CodebookStatsCommand::run(rest);
        if (subcommand == QLatin1String("render"))
            return runRenderCommand(rest);
        if (subcommand == QLatin1String("import-model"))
            return ImportModelCommand::run(rest);
        if (subcommand == QLatin1String("evaluate"))
            return EvaluateCommand::run(rest);
        if (subcommand == QLatin1String("predict"))
            return PredictCommand::run(rest);
        if (subcommand == QLatin1String("dump"))
            return DumpCommand::run(rest);
        if (subcommand == QLatin1String("align"))
            return AlignCommand::run(rest);
        if (subcommand == QLatin1String("embed"))
            return EmbedCommand::run(rest);
        if (subcommand == QLatin1String("--version") || subcommand == QLatin1String("-V")) {
            printOut(versionText());
            return kExitOk;
        }
        printOut(helpText());
        return kExitOk;
    } catch (const std::exception& e) {
        const QByteArray bytes
            = QStringLiteral("tessera: internal error: %1\n").arg(QString::fromUtf8(e.what())).toUtf8();
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
        return kExitInternal;
    }
}

}  // namespace tessera
