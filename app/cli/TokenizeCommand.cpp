#include "cli/TokenizeCommand.h"

#include "cli/BundledVocabulary.h"
#include "cli/CliOutput.h"
#include "cli/DatasetOpening.h"
#include "cli/LearnedVisualTokens.h"
#include "graph/KnowledgeGraph.h"
#include "io/AtomicFileWriter.h"
#include "io/AtomicFolderWriter.h"
#include "io/InputError.h"
#include "media/ImageLoader.h"
#include "tensors/SafetensorsWriter.h"
#include "text/WordPieceTokenizer.h"
#include "tokenizers/ColourPatchTokenizer.h"
#include "tokenizers/WordTokenizer.h"
#include "training/SharedCodebookTokenizer.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <set>
#include <thread>

namespace tessera {

namespace {

std::atomic<bool> gInterrupted {false};

extern "C" void onTokenizeInterrupt(int /*signal*/)
{
    gInterrupted.store(true);
}

struct TokenizeSettings {
    ColourPatchOptions colour;
    WordTokenizerOptions words;
    int visualWidth = 32;  // BEiT-v2's code width, so the model's shapes match a BEiT-token model
    int textWidth = 64;
    bool label = true;
    bool description = true;
};

QString readInt(const CliArguments& args, const char* name, int low, int high, int& value)
{
    const auto text = args.value(QString::fromLatin1(name));
    if (!text)
        return {};
    bool ok = false;
    const int parsed = text->toInt(&ok);
    if (!ok || parsed < low || parsed > high)
        return TokenizeCommand::tr("tokenize: --%1 must be an integer from %2 to %3, got '%4'")
            .arg(QString::fromLatin1(name))
            .arg(low)
            .arg(high)
            .arg(*text);
    value = parsed;
    return {};
}

void writeTable(const std::filesystem::path& path, const std::vector<float>& values, std::int64_t rows,
    std::int64_t width, const std::map<std::string, std::string>& metadata)
{
    SafetensorsWriter writer;
    for (const auto& [key, value] : metadata)
        writer.setMetadata(key, value);
    writer.add("table", {rows, width}, std::span<const float>(values));
    writer.write(path.string());
}

// One entity per line: diffable, and readable with any JSON reader.
void writeJson(const std::filesystem::path& path, const nlohmann::ordered_json& json)
{
    std::string text = "{";
    bool first = true;
    for (const auto& [key, ids] : json.items()) {
        text += first ? "\n" : ",\n";
        text += nlohmann::json(key).dump() + ": " + ids.dump();
        first = false;
    }
    text += "\n}\n";
    writeFileAtomically(path.string(), text);
}

}  // namespace

int TokenizeCommand::run(const QStringList& arguments)
{
    const CliArguments args(arguments,
        {QStringLiteral("graph"), QStringLiteral("out"), QStringLiteral("format"), QStringLiteral("grid"),
            QStringLiteral("levels"), QStringLiteral("visual-width"), QStringLiteral("text-width"),
            QStringLiteral("min-entities"), QStringLiteral("text-from"), QStringLiteral("visual-tokenizer"),
            QStringLiteral("codebook-size"), QStringLiteral("code-dim"), QStringLiteral("image-size"),
            QStringLiteral("patch-size"), QStringLiteral("epochs"), QStringLiteral("batch"), QStringLiteral("lr"),
            QStringLiteral("seed"), QStringLiteral("dead-after"), QStringLiteral("device"), QStringLiteral("threads"),
            QStringLiteral("text-tokenizer"), QStringLiteral("max-pieces"), QStringLiteral("resume")},
        {QStringLiteral("train-visual"), QStringLiteral("no-reset"), QStringLiteral("no-ema"), QStringLiteral("quiet"),
            QStringLiteral("shared-codebook"), QStringLiteral("text-codebook"), QStringLiteral("raw-features")});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("tokenize: ") + args.error());
    const auto graphPath = args.value(QStringLiteral("graph"));
    const auto out = args.value(QStringLiteral("out"));
    if (!graphPath || !out || !args.positional().isEmpty())
        return failBadInput(tr("tokenize: expected tessera tokenize --graph G --out DIR [--grid 14] [--levels 4] "
                               "[--visual-width 32] [--text-width 64] [--min-entities 2] "
                               "[--text-from label,description] [--train-visual [--codebook-size 1024] [--epochs 10] "
                               "[--seed 2024] [--no-reset] [--no-ema] ...] [--resume DIR] [--visual-tokenizer DIR]"));
    TokenizeSettings settings;
    int minEntities = static_cast<int>(settings.words.minEntities);
    for (const QString& problem :
        {readInt(args, "grid", 1, 64, settings.colour.grid), readInt(args, "levels", 2, 16, settings.colour.levels),
            readInt(args, "visual-width", 3, 4096, settings.visualWidth),
            readInt(args, "text-width", 1, 4096, settings.textWidth),
            readInt(args, "min-entities", 1, 1000000, minEntities)}) {
        if (!problem.isEmpty())
            return failBadInput(problem);
    }
    settings.words.minEntities = static_cast<std::size_t>(minEntities);
    if (const auto from = args.value(QStringLiteral("text-from"))) {
        const QStringList parts = from->split(QLatin1Char(','), Qt::SkipEmptyParts);
        settings.label = parts.contains(QStringLiteral("label"));
        settings.description = parts.contains(QStringLiteral("description"));
        for (const QString& part : parts) {
            if (part != QLatin1String("label") && part != QLatin1String("description"))
                return failBadInput(
                    tr("tokenize: unknown --text-from part '%1', expected label, description or both").arg(part));
        }
        if (parts.isEmpty())
            return failBadInput(tr("tokenize: --text-from needs label, description or both"));
    }

    const QString textTokenizer = args.value(QStringLiteral("text-tokenizer")).value_or(QStringLiteral("words"));
    if (textTokenizer != QLatin1String("words") && textTokenizer != QLatin1String("wordpiece"))
        return failBadInput(tr("tokenize: --text-tokenizer must be words or wordpiece, got '%1'").arg(textTokenizer));
    const bool wordPieces = textTokenizer == QLatin1String("wordpiece");
    LearnedVisualSettings learned;
    learned.train = args.flag(QStringLiteral("train-visual"));
    if (const auto folder = args.value(QStringLiteral("visual-tokenizer")))
        learned.tokenizerFolder = folder->toStdString();
    if (learned.train && !learned.tokenizerFolder.empty())
        return failBadInput(tr("tokenize: --train-visual trains a new tokenizer, --visual-tokenizer applies one; "
                               "give one of them"));
    if (const auto resume = args.value(QStringLiteral("resume"))) {
        if (!learned.tokenizerFolder.empty())
            return failBadInput(tr("tokenize: --resume goes on training a tokenizer, --visual-tokenizer applies one; "
                                   "give one of them"));
        // A token folder that tokenize --train-visual wrote (with its log), or its tokenizer folder.
        std::filesystem::path folder = resume->toStdString();
        if (std::filesystem::exists(folder / "tokenizer" / "config.json")) {
            learned.resumeLog = (folder / "tokenizer-log.json").string();
            folder /= "tokenizer";
        }
        if (!std::filesystem::exists(folder / "config.json"))
            return failBadInput(QString::fromStdString(InputError((folder / "config.json").string(),
                "missing: --resume takes a token folder that tokenize --train-visual wrote, or its tokenizer folder")
                                                           .what()));
        if (args.flag(QStringLiteral("shared-codebook")) || args.flag(QStringLiteral("text-codebook")))
            return failBadInput(tr("tokenize: --resume continues a tokenizer with its own settings (a tokenizer of "
                                   "images and text stays one); --shared-codebook and --text-codebook do not apply"));
        learned.train = true;
        learned.tokenizerFolder = folder.string();
    }
    const bool useLearned = learned.train || !learned.tokenizerFolder.empty();
    if (args.flag(QStringLiteral("shared-codebook")) && args.flag(QStringLiteral("text-codebook")))
        return failBadInput(tr("tokenize: --shared-codebook learns one codebook for images and text, --text-codebook "
                               "a separate one for text; give one of them"));
    learned.normaliseFeatures = !args.flag(QStringLiteral("raw-features"));
    if (args.flag(QStringLiteral("shared-codebook")))
        learned.textCodebook = "shared";
    else if (args.flag(QStringLiteral("text-codebook")))
        learned.textCodebook = "separate";
    if (!learned.textCodebook.empty() && !learned.train)
        return failBadInput(tr("tokenize: --shared-codebook and --text-codebook train a tokenizer; add --train-visual "
                               "(a trained one is applied with --visual-tokenizer DIR)"));
    // A tokenizer folder of images and text is applied to both.
    const bool paired = !learned.textCodebook.empty()
        || (!learned.tokenizerFolder.empty()
            && SharedCodebookTokenizer::isSharedTokenizerFolder(learned.tokenizerFolder));
    if (paired
        && args.value(QStringLiteral("text-tokenizer")).value_or(QStringLiteral("wordpiece"))
            != QLatin1String("wordpiece"))
        return failBadInput(tr("tokenize: a tokenizer of images and text reads BERT word pieces; --text-tokenizer %1 "
                               "does not apply")
                                .arg(*args.value(QStringLiteral("text-tokenizer"))));
    {
        int codes = static_cast<int>(learned.config.codebook.codes);
        int codeDim = static_cast<int>(learned.config.codebook.dim);
        int batch = static_cast<int>(learned.training.batchSize);
        int seed = static_cast<int>(learned.training.seed);
        for (const QString& problem :
            {readInt(args, "codebook-size", 2, 65536, codes), readInt(args, "code-dim", 1, 4096, codeDim),
                readInt(args, "image-size", 16, 1024, learned.config.imageSize),
                readInt(args, "patch-size", 4, 256, learned.config.patchSize),
                readInt(args, "epochs", 0, 100000, learned.training.epochs), readInt(args, "batch", 1, 4096, batch),
                readInt(args, "seed", 0, 2147483647, seed),
                readInt(args, "dead-after", 1, 1000000, learned.config.codebook.deadAfter),
                readInt(args, "threads", 0, 1024, learned.threads),
                readInt(args, "max-pieces", 1, 512, learned.maxPieces)}) {
            if (!problem.isEmpty())
                return failBadInput(problem);
        }
        learned.config.codebook.codes = codes;
        learned.config.codebook.dim = codeDim;
        learned.training.batchSize = batch;
        learned.training.seed = static_cast<std::uint64_t>(seed);
        learned.config.codebook.seed = static_cast<std::uint64_t>(seed);
        learned.config.codebook.reset = !args.flag(QStringLiteral("no-reset"));
        learned.config.codebook.ema = !args.flag(QStringLiteral("no-ema"));
        if (!learned.config.codebook.ema && !learned.textCodebook.empty())
            return failBadInput(tr("tokenize: --no-ema trains an image-only tokenizer; a codebook of images and text "
                                   "learns by MM-EMA, which is what --shared-codebook compares"));
        if (args.flag(QStringLiteral("no-ema")) && !learned.train)
            return failBadInput(tr("tokenize: --no-ema is a training option; add --train-visual"));
        learned.device = args.value(QStringLiteral("device")).value_or(QStringLiteral("auto")).toStdString();
        learned.quiet = args.flag(QStringLiteral("quiet"));
        if (const auto lr = args.value(QStringLiteral("lr"))) {
            bool ok = false;
            learned.training.learningRate = lr->toDouble(&ok);
            if (!ok || learned.training.learningRate <= 0)
                return failBadInput(tr("tokenize: --lr must be a positive number, got '%1'").arg(*lr));
        }
        try {
            learned.config.validate();
        } catch (const std::invalid_argument& e) {
            return failBadInput(QStringLiteral("tokenize: ") + QString::fromStdString(e.what()));
        }
    }

    {
        // Checked before hours of training, not only when the folder is written.
        std::error_code error;
        const std::filesystem::path target(out->toStdString());
        if (std::filesystem::exists(target, error)
            && (!std::filesystem::is_directory(target, error) || !std::filesystem::is_empty(target, error)))
            return failBadInput(QString::fromStdString(
                InputError(out->toStdString(), "already exists and is not an empty folder; choose a new output folder")
                    .what()));
    }
    const OpenedDataset opened = openDataset(*graphPath, args.value(QStringLiteral("format")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    if (opened.dataset.graphs.size() != 1)
        return failBadInput(tr("tokenize: %1 holds two graphs (an alignment data set); tokenize one").arg(*graphPath));
    const KnowledgeGraph& graph = *opened.dataset.graphs.front();

    try {
        std::vector<std::string> texts;
        texts.reserve(graph.entityCount());
        for (const Entity& entity : graph.entities()) {
            std::string text;
            if (settings.label)
                text = entity.label;
            if (settings.description && !entity.description.empty())
                text += (text.empty() ? "" : " ") + entity.description;
            texts.push_back(std::move(text));
        }
        const ColourPatchTokenizer colour(settings.colour);
        nlohmann::ordered_json visual = nlohmann::ordered_json::object();
        std::set<std::int64_t> codesUsed;
        std::size_t images = 0;
        std::size_t skippedImages = 0;
        std::optional<LearnedVisualTokens> learnedTokens;
        if (useLearned) {
            // Ctrl-C ends training between batches; the tokens are then written with the
            // tokenizer as far as it got, so that an hour of training is never lost.
            gInterrupted.store(false);
            std::signal(SIGINT, onTokenizeInterrupt);
            std::stop_source stopSource;
            std::atomic<bool> finished {false};
            std::thread watcher([&] {
                while (!finished.load()) {
                    if (gInterrupted.load()) {
                        stopSource.request_stop();
                        break;
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                }
            });
            try {
                if (paired) {
                    const WordPieceTokenizer pieces(BundledVocabulary::bertUncased());
                    std::vector<std::vector<std::int32_t>> pieceIds;
                    pieceIds.reserve(texts.size());
                    for (const std::string& text : texts) {
                        const auto ids = pieces.ids(text, true);
                        pieceIds.emplace_back(ids.begin(), ids.end());
                    }
                    learnedTokens
                        = LearnedVisualTokenizing::runPaired(graph, learned, pieceIds, stopSource.get_token());
                } else {
                    learnedTokens = LearnedVisualTokenizing::run(graph, learned, stopSource.get_token());
                }
            } catch (...) {
                finished.store(true);
                watcher.join();
                std::signal(SIGINT, SIG_DFL);
                throw;
            }
            finished.store(true);
            watcher.join();
            std::signal(SIGINT, SIG_DFL);
            visual = learnedTokens->tokens;
            images = learnedTokens->images;
            skippedImages = learnedTokens->skippedImages;
        }
        for (const Entity& entity : graph.entities()) {
            if (useLearned)
                break;
            std::vector<std::int64_t> ids;
            for (const std::string& path : entity.imagePaths) {
                auto decoded = loadImage(path);
                if (const auto* problem = std::get_if<std::string>(&decoded)) {
                    // One bad file must not cost the whole graph its tokens: the entity keeps
                    // its other images (or is masked like an entity without one), and the user
                    // learns which file it was. The loader's problem starts with the path already.
                    const std::string prefix = path + ": ";
                    const std::string reason
                        = problem->rfind(prefix, 0) == 0 ? problem->substr(prefix.size()) : *problem;
                    std::fprintf(stderr, "%s\n",
                        tr("tessera: warning: %1: cannot decode (%2); %3 is tokenized without it")
                            .arg(QString::fromStdString(path), QString::fromStdString(reason),
                                QString::fromStdString(entity.key))
                            .toLocal8Bit()
                            .constData());
                    ++skippedImages;
                    continue;
                }
                const auto tokens = colour.tokenize(std::get<DecodedImage>(decoded).bgra);
                ids.insert(ids.end(), tokens.begin(), tokens.end());
                ++images;
            }
            if (!ids.empty()) {
                codesUsed.insert(ids.begin(), ids.end());
                visual[entity.key] = ids;
            }
        }

        const WordTokenizer words(texts, settings.words);
        nlohmann::ordered_json textual = nlohmann::ordered_json::object();
        // The text codebook: graph words (built in), or BERT's uncased word pieces with English
        // stop words and punctuation left out before counting, as MyGO's inputs are made.
        std::int64_t textCodes = words.vocabularySize();
        std::string textTokenizerName = "tessera graph-vocabulary words";
        std::string vocabulary;
        if (wordPieces) {
            const WordPieceTokenizer pieces(BundledVocabulary::bertUncased());
            textCodes = pieces.vocabulary().size();
            textTokenizerName = "bert-base-uncased wordpiece";
            for (std::size_t e = 0; e < texts.size(); ++e) {
                const auto ids = pieces.ids(texts[e], true);
                if (!ids.empty())
                    textual[graph.entities()[e].key] = ids;
            }
            for (std::int32_t id = 0; id < pieces.vocabulary().size(); ++id)
                vocabulary += pieces.vocabulary().piece(id) + "\n";
        } else {
            for (std::size_t e = 0; e < texts.size(); ++e) {
                const auto ids = words.tokenize(texts[e]);
                if (!ids.empty())
                    textual[graph.entities()[e].key] = ids;
            }
            for (const std::string& w : words.vocabulary())
                vocabulary += w + "\n";
        }
        std::vector<float> textTable;
        std::int64_t textWidth = settings.textWidth;
        if (learnedTokens && learnedTokens->textTokens) {
            // The text tokens are codes of the learned codebook; each code is named in the
            // vocabulary by the word pieces it stands for most often.
            textual = *learnedTokens->textTokens;
            textCodes = learnedTokens->textRows - 1;
            textWidth = learnedTokens->width;
            textTable = learnedTokens->textTable;
            textTokenizerName = learnedTokens->sharedCodebook
                ? "tessera vq-ema shared codebook (bert-base-uncased word pieces)"
                : "tessera vq-ema text codebook (bert-base-uncased word pieces)";
            vocabulary.clear();
            for (const std::string& name : learnedTokens->codeNames)
                vocabulary += name + "\n";
        } else {
            textTable = WordTokenizer::identityTable(textCodes, settings.textWidth);
        }

        std::map<std::string, std::string> visualMeta {{"tokenizer", "tessera colour-patch"},
            {"grid", std::to_string(settings.colour.grid)}, {"levels", std::to_string(settings.colour.levels)},
            {"pad_id", std::to_string(colour.codeCount())}};
        if (learnedTokens)
            visualMeta = {{"tokenizer", "tessera vq-ema"}, {"grid", std::to_string(learnedTokens->config.grid())},
                {"pad_id", std::to_string(learnedTokens->rows - 1)}};
        const std::int64_t visualCodes = learnedTokens ? learnedTokens->rows - 1 : colour.codeCount();
        nlohmann::ordered_json manifest {{"format", "tessera-tokens"}, {"version", 1},
            {"graph",
                {{"name", graph.metadata().name}, {"entities", graph.entityCount()},
                    {"relations", graph.relationCount()}}},
            {"visual",
                {{"tokenizer", learnedTokens ? "tessera vq-ema" : "tessera colour-patch"}, {"codes", visualCodes},
                    {"shared_codebook", learnedTokens && learnedTokens->sharedCodebook},
                    {"tokens", "visual-tokens.json"}, {"table", "visual-table.safetensors"}}},
            {"text",
                {{"tokenizer", textTokenizerName}, {"codes", textCodes}, {"tokens", "text-tokens.json"},
                    {"table", "text-table.safetensors"}, {"vocabulary", "text-vocabulary.txt"},
                    {"stop_words_removed", wordPieces || paired}}}};
        manifest["text"]["from"] = nlohmann::ordered_json::array();
        if (settings.label)
            manifest["text"]["from"].push_back("label");
        if (settings.description)
            manifest["text"]["from"].push_back("description");
        if (learnedTokens) {
            manifest["visual"]["grid"] = learnedTokens->config.grid();
            manifest["visual"]["image_size"] = learnedTokens->config.imageSize;
            manifest["visual"]["patch_size"] = learnedTokens->config.patchSize;
            manifest["visual"]["patches"] = "visual-patches.json";
            manifest["visual"]["model"] = learned.train ? std::string("tokenizer") : learned.tokenizerFolder;
            manifest["log"] = "tokenizer-log.json";
            if (learnedTokens->textTokens)
                manifest["text"]["model"] = manifest["visual"]["model"];
        }
        std::map<std::string, std::string> textMeta {
            {"tokenizer", textTokenizerName}, {"pad_id", std::to_string(textCodes)}};
        if (!wordPieces && !paired)
            textMeta["min_entities"] = std::to_string(settings.words.minEntities);
        writeFolderAtomically(out->toStdString(), false, "token folder", [&](const std::filesystem::path& staging) {
            writeJson(staging / "visual-tokens.json", visual);
            if (learnedTokens) {
                writeTable(staging / "visual-table.safetensors", learnedTokens->table, learnedTokens->rows,
                    learnedTokens->width, visualMeta);
                writeFileAtomically((staging / "visual-patches.json").string(), learnedTokens->patches.dump() + "\n");
                writeFileAtomically((staging / "tokenizer-log.json").string(), learnedTokens->log.dump(2) + "\n");
                if (learned.train)
                    learnedTokens->saveTokenizer((staging / "tokenizer").string());
            } else {
                writeTable(staging / "visual-table.safetensors", colour.embeddingTable(settings.visualWidth),
                    colour.codeCount() + 1, settings.visualWidth, visualMeta);
            }
            writeFileAtomically((staging / "tokens.json").string(), manifest.dump(2) + "\n");
            writeJson(staging / "text-tokens.json", textual);
            writeTable(staging / "text-table.safetensors", textTable, textCodes + 1, textWidth, textMeta);
            writeFileAtomically((staging / "text-vocabulary.txt").string(), vocabulary);
        });
        printOut(tr("wrote %1: visual tokens for %2 entities (%3 images, %4 of %5 %6 codes used); "
                    "text tokens for %7 entities (%8 entries in the vocabulary)\n")
                     .arg(*out)
                     .arg(visual.size())
                     .arg(images)
                     .arg(learnedTokens ? learnedTokens->codesUsed : static_cast<std::int64_t>(codesUsed.size()))
                     .arg(visualCodes)
                     .arg(learnedTokens ? tr("learned") : tr("colour"))
                     .arg(textual.size())
                     .arg(textCodes));
        if (skippedImages > 0)
            printOut(tr("%1 undecodable image(s) left out; their entities were tokenized without them (warnings "
                        "above)\n")
                         .arg(skippedImages));
        if (learnedTokens && learnedTokens->interrupted) {
            printOut(tr("interrupted: the tokenizer as trained so far and its tokens are in %1\n").arg(*out));
            return 130;  // the shell's convention for SIGINT
        }
    } catch (const InputError& error) {
        return failBadInput(QString::fromStdString(error.what()));
    } catch (const std::invalid_argument& error) {
        return failBadInput(QStringLiteral("tokenize: ") + QString::fromStdString(error.what()));
    }
    return kExitOk;
}

}  // namespace tessera
