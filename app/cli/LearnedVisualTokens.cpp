#include "cli/LearnedVisualTokens.h"
#include "cli/CliOutput.h"

#include "cli/BundledVocabulary.h"
#include "graph/KnowledgeGraph.h"
#include "io/InputError.h"
#include "io/TextTableReader.h"
#include "media/ImageLoader.h"
#include "text/WordPieceVocabulary.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

namespace tessera {

namespace {

// RGB bytes at size × size: transparency composited on white (emoji and flag PNGs are drawn on
// a transparent ground that would otherwise read as black), area averaging when shrinking.
std::vector<std::uint8_t> prepare(const cv::Mat& bgra, int size)
{
    cv::Mat bgr(bgra.rows, bgra.cols, CV_8UC3);
    for (int y = 0; y < bgra.rows; ++y) {
        const auto* in = bgra.ptr<cv::Vec4b>(y);
        auto* out = bgr.ptr<cv::Vec3b>(y);
        for (int x = 0; x < bgra.cols; ++x) {
            const int alpha = in[x][3];
            for (int c = 0; c < 3; ++c)
                out[x][c] = static_cast<std::uint8_t>((in[x][c] * alpha + 255 * (255 - alpha) + 127) / 255);
        }
    }
    cv::Mat resized;
    const bool shrinking = bgr.cols > size || bgr.rows > size;
    cv::resize(bgr, resized, cv::Size(size, size), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat rgb;
    cv::cvtColor(resized, rgb, cv::COLOR_BGR2RGB);
    return std::vector<std::uint8_t>(rgb.data, rgb.data + static_cast<std::size_t>(size) * size * 3);
}

struct DecodedImages {
    std::vector<std::vector<std::uint8_t>> pixels;
    std::vector<std::pair<EntityId, std::string>> owners;  // in the order of `pixels`
};

// Decode every image once; the owners keep the order so that codes go back to their entity.
DecodedImages decodeImages(const KnowledgeGraph& graph, int imageSize, LearnedVisualTokens& out)
{
    DecodedImages decoded;
    for (EntityId e = 0; e < graph.entityCount(); ++e) {
        const Entity& entity = graph.entity(e);
        for (const std::string& path : entity.imagePaths) {
            auto image = loadImage(path);
            if (const auto* problem = std::get_if<std::string>(&image)) {
                printErr(LearnedVisualTokenizing::tr("tessera: warning: %1; %2 is tokenized without it\n")
                             .arg(QString::fromStdString(*problem), QString::fromStdString(entity.key)));
                ++out.skippedImages;
                continue;
            }
            decoded.pixels.push_back(prepare(std::get<DecodedImage>(image).bgra, imageSize));
            decoded.owners.emplace_back(e, path);
        }
    }
    if (decoded.pixels.empty())
        throw std::invalid_argument("the graph has no decodable image to learn or apply a visual tokenizer on");
    out.images = decoded.pixels.size();
    return decoded;
}

// Every image's patch grid into visual-patches.json, each entity's codes over all its images.
void collectVisual(const KnowledgeGraph& graph, const VisualTokenizerConfig& config,
    const std::vector<std::vector<std::int64_t>>& grids, const DecodedImages& decoded, LearnedVisualTokens& out)
{
    std::vector<std::vector<std::int64_t>> perEntity(graph.entityCount());
    std::set<std::int64_t> used;
    out.patches = {{"grid", config.grid()}, {"image_size", config.imageSize}, {"patch_size", config.patchSize},
        {"images", nlohmann::ordered_json::array()}};
    const std::filesystem::path graphFolder = std::filesystem::absolute(graph.metadata().sourcePath).lexically_normal();
    for (std::size_t i = 0; i < grids.size(); ++i) {
        const auto& [entity, path] = decoded.owners[i];
        perEntity[entity].insert(perEntity[entity].end(), grids[i].begin(), grids[i].end());
        used.insert(grids[i].begin(), grids[i].end());
        // Paths relative to the graph's folder, so that a token folder stays valid on another machine.
        const std::filesystem::path relative = std::filesystem::path(path).lexically_relative(graphFolder);
        const std::string shown = relative.empty() || relative.native().starts_with("..") ? path : relative.string();
        out.patches["images"].push_back({{"entity", graph.entity(entity).key}, {"image", shown}, {"codes", grids[i]}});
    }
    for (EntityId e = 0; e < graph.entityCount(); ++e) {
        if (!perEntity[e].empty())
            out.tokens[graph.entity(e).key] = perEntity[e];
    }
    out.codesUsed = static_cast<std::int64_t>(used.size());
}

// A codebook of K × D as MyGO's frozen table: a zero pad row appended.
std::vector<float> withPadRow(std::vector<float> codes, std::int64_t width)
{
    codes.resize(codes.size() + static_cast<std::size_t>(width), 0.0F);
    return codes;
}

void printProgress(const VisualTrainingProgress& p)
{
    constexpr int kBarWidth = 24;
    const int filled = static_cast<int>(kBarWidth * p.batch / std::max<std::int64_t>(1, p.batches));
    printErr(QStringLiteral("\r")
        + LearnedVisualTokenizing::tr("epoch %1/%2 [%3%4] %5/%6 loss %7  %8 images/s   ")
              .arg(p.epoch)
              .arg(p.epochs)
              .arg(QString(filled, QLatin1Char('#')), QString(kBarWidth - filled, QLatin1Char('.')))
              .arg(p.batch)
              .arg(p.batches)
              .arg(p.loss, 0, 'f', 4)
              .arg(p.imagesPerSecond, 0, 'f', 0));
}

// The epochs 1..done of an earlier run's log, so that a resumed folder's log is the whole history.
nlohmann::ordered_json previousEpochs(const std::string& logFile, int done)
{
    nlohmann::ordered_json kept = nlohmann::ordered_json::array();
    if (logFile.empty() || !std::filesystem::exists(logFile))
        return kept;
    const auto log = nlohmann::ordered_json::parse(readTextFile(logFile, 1U << 26U), nullptr, false);
    if (log.is_discarded() || !log.is_object() || !log.contains("epochs") || !log["epochs"].is_array())
        throw InputError(logFile, "expected {\"epochs\": [...]} (a tokenizer log tessera tokenize wrote)");
    for (const auto& epoch : log["epochs"]) {
        if (epoch.is_object() && epoch.value("epoch", 0) >= 1 && epoch.value("epoch", 0) <= done)
            kept.push_back(epoch);
    }
    return kept;
}

}  // namespace

nlohmann::ordered_json LearnedVisualTokenizing::resumedEpochs(const LearnedVisualSettings& settings, int done)
{
    if (done >= settings.training.epochs)
        throw InputError(settings.tokenizerFolder,
            "already trained for " + std::to_string(done) + " epochs; --epochs is the total to reach, give more");
    printErr(tr("resuming the tokenizer in %1 after epoch %2, up to epoch %3 (its own settings; the optimizer's "
                "moments and the reset's random state as saved)\n")
                 .arg(QString::fromStdString(settings.tokenizerFolder))
                 .arg(done)
                 .arg(settings.training.epochs));
    return previousEpochs(settings.resumeLog, done);
}

LearnedVisualTokens LearnedVisualTokenizing::run(
    const KnowledgeGraph& graph, const LearnedVisualSettings& settings, std::stop_token stop)
{
    LearnedVisualTokens out;
    std::optional<VisualTokenizer> tokenizer;
    if (!settings.tokenizerFolder.empty())
        tokenizer.emplace(VisualTokenizer::load(settings.tokenizerFolder));
    else
        tokenizer.emplace(settings.config, settings.training.seed);
    const std::string device = tokenizer->useDevice(settings.device, settings.threads);
    const VisualTokenizerConfig& config = tokenizer->config();
    out.config = config;
    const DecodedImages decoded = decodeImages(graph, config.imageSize, out);

    out.log = {{"epochs", nlohmann::ordered_json::array()}};
    if (settings.train && !settings.tokenizerFolder.empty())
        out.log["epochs"] = resumedEpochs(settings, tokenizer->epochsTrained());
    if (settings.train) {
        printErr(
            tr("training a visual tokenizer on %1 images: %2 px, %3 px patches (%4 × %4 grid), %5 codes of "
               "width %6, %7, dead-code reset %8; %9\n")
                .arg(decoded.pixels.size())
                .arg(config.imageSize)
                .arg(config.patchSize)
                .arg(config.grid())
                .arg(config.codebook.codes)
                .arg(config.codebook.dim)
                .arg(config.codebook.ema ? tr("EMA decay %1").arg(config.codebook.decay)
                                         : tr("codes learned by the codebook loss (no EMA)"))
                .arg(config.codebook.reset ? tr("after %1 unused batches").arg(config.codebook.deadAfter) : tr("off"))
                .arg(QString::fromStdString(device)));
        const auto progress = [&](const VisualTrainingProgress& p) {
            if (!settings.quiet)
                printProgress(p);
        };
        const auto epochDone = [&](const VisualEpochReport& r) {
            printErr(QStringLiteral("\r")
                + tr("epoch %1: loss %2 (reconstruction %3, commitment %4%5), perplexity %6, usage %7 %, %8 dead "
                     "codes, %9 resets, %10 s")
                      .arg(r.epoch)
                      .arg(r.loss, 0, 'f', 4)
                      .arg(r.reconstruction, 0, 'f', 4)
                      .arg(r.commitmentLoss, 0, 'f', 4)
                      .arg(config.codebook.ema ? QString() : tr(", codebook %1").arg(r.codebookLoss, 0, 'f', 4))
                      .arg(r.perplexity, 0, 'f', 1)
                      .arg(100.0 * r.usage, 0, 'f', 1)
                      .arg(r.dead)
                      .arg(r.resets)
                      .arg(r.seconds, 0, 'f', 1)
                + QString(8, QLatin1Char(' ')) + QLatin1Char('\n'));
            out.log["epochs"].push_back({{"epoch", r.epoch}, {"loss", r.loss}, {"reconstruction", r.reconstruction},
                {"commitment", r.commitmentLoss}, {"perplexity", r.perplexity}, {"usage", r.usage}, {"dead", r.dead},
                {"resets", r.resets}, {"seconds", r.seconds}});
            if (!config.codebook.ema)
                out.log["epochs"].back()["codebook_loss"] = r.codebookLoss;
        };
        out.interrupted = !tokenizer->train(decoded.pixels, settings.training, stop, progress, epochDone);
    }

    collectVisual(graph, config, tokenizer->encode(decoded.pixels), decoded, out);
    out.width = config.codebook.dim;
    out.rows = config.codebook.codes + 1;
    out.table = withPadRow(tokenizer->codebook(), out.width);
    out.tokenizer.emplace(std::move(*tokenizer));
    return out;
}

LearnedVisualTokens LearnedVisualTokenizing::runPaired(const KnowledgeGraph& graph,
    const LearnedVisualSettings& settings, const std::vector<std::vector<std::int32_t>>& pieces, std::stop_token stop)
{
    LearnedVisualTokens out;
    std::optional<SharedCodebookTokenizer> tokenizer;
    if (!settings.tokenizerFolder.empty()) {
        tokenizer.emplace(SharedCodebookTokenizer::load(settings.tokenizerFolder));
    } else {
        SharedCodebookConfig config;
        config.visual = settings.config;
        config.textHidden = settings.textHidden;
        config.maxPieces = settings.maxPieces;
        config.shared = settings.textCodebook == "shared";
        config.normaliseFeatures = settings.normaliseFeatures;
        std::vector<std::int32_t> known;
        for (const auto& ids : pieces)
            known.insert(known.end(), ids.begin(), ids.end());
        tokenizer.emplace(config, std::move(known), settings.training.seed);
    }
    const std::string device = tokenizer->useDevice(settings.device, settings.threads);
    const SharedCodebookConfig& config = tokenizer->config();
    const VisualTokenizerConfig& visual = config.visual;
    out.sharedCodebook = config.shared;
    out.config = visual;
    DecodedImages decoded = decodeImages(graph, visual.imageSize, out);

    PairedTokenizerSamples samples;
    std::vector<std::int64_t> textOfEntity(graph.entityCount(), -1);
    for (EntityId e = 0; e < graph.entityCount(); ++e) {
        if (!pieces[e].empty()) {
            textOfEntity[e] = static_cast<std::int64_t>(samples.texts.size());
            samples.texts.push_back(pieces[e]);
        }
    }
    for (const auto& [entity, path] : decoded.owners)
        samples.textOfImage.push_back(textOfEntity[entity]);
    samples.images = std::move(decoded.pixels);

    out.log = {{"epochs", nlohmann::ordered_json::array()}};
    if (settings.train && !settings.tokenizerFolder.empty())
        out.log["epochs"] = resumedEpochs(settings, tokenizer->epochsTrained());
    if (settings.train) {
        printErr(
            tr("training a tokenizer with %1 on %2 images and %3 descriptions: %4 px, %5 px patches (%6 × %6 "
               "grid), %7 codes of width %8, EMA decay %9, dead-code reset %10; %11\n")
                .arg(config.shared ? tr("one codebook shared by images and text (MM-EMA, 2:1 commitment, CMCM)")
                                   : tr("separate image and text codebooks"))
                .arg(samples.images.size())
                .arg(samples.texts.size())
                .arg(visual.imageSize)
                .arg(visual.patchSize)
                .arg(visual.grid())
                .arg(visual.codebook.codes)
                .arg(visual.codebook.dim)
                .arg(visual.codebook.decay)
                .arg(visual.codebook.reset ? tr("after %1 unused batches").arg(visual.codebook.deadAfter) : tr("off"))
                .arg(QString::fromStdString(device)));
        const auto progress = [&](const VisualTrainingProgress& p) {
            if (!settings.quiet)
                printProgress(p);
        };
        const double k = static_cast<double>(visual.codebook.codes);
        const auto epochDone = [&](const SharedEpochReport& r) {
            printErr(QStringLiteral("\r")
                + tr("epoch %1: loss %2 (image %3, text %4, commitment %5, CMCM %6); image perplexity %7, %8 codes; "
                     "text perplexity %9, %10 codes; %11 resets, %12 s")
                      .arg(r.epoch)
                      .arg(r.loss, 0, 'f', 4)
                      .arg(r.imageReconstruction, 0, 'f', 4)
                      .arg(r.textReconstruction, 0, 'f', 3)
                      .arg(r.commitment, 0, 'f', 4)
                      .arg(r.cmcm, 0, 'f', 4)
                      .arg(r.visualPerplexity, 0, 'f', 1)
                      .arg(r.visualUsed)
                      .arg(r.textPerplexity, 0, 'f', 1)
                      .arg(r.textUsed)
                      .arg(r.resets)
                      .arg(r.seconds, 0, 'f', 1)
                + QString(8, QLatin1Char(' ')) + QLatin1Char('\n'));
            // perplexity, usage and dead are the visual codebook's, as in an image-only log.
            out.log["epochs"].push_back({{"epoch", r.epoch}, {"loss", r.loss},
                {"reconstruction", r.imageReconstruction}, {"text_reconstruction", r.textReconstruction},
                {"commitment", r.commitment}, {"cmcm", r.cmcm}, {"perplexity", r.visualPerplexity},
                {"usage", static_cast<double>(r.visualUsed) / k}, {"dead", visual.codebook.codes - r.visualUsed},
                {"text_perplexity", r.textPerplexity}, {"text_usage", static_cast<double>(r.textUsed) / k},
                {"codes_used", r.used}, {"resets", r.resets}, {"seconds", r.seconds}});
        };
        out.interrupted = !tokenizer->train(samples, settings.training, stop, progress, epochDone);
    }
    decoded.pixels = std::move(samples.images);

    collectVisual(graph, visual, tokenizer->encodeImages(decoded.pixels), decoded, out);
    const std::int64_t k = visual.codebook.codes;
    out.width = visual.codebook.dim;
    out.rows = k + 1;
    out.table = withPadRow(tokenizer->visualCodebook(), out.width);
    out.textRows = k + 1;
    out.textTable = withPadRow(tokenizer->textCodebook(), out.width);

    // Text: each entity's piece codes, and every code named by the pieces it stands for most.
    const auto codes = tokenizer->encodeTexts(samples.texts);
    std::vector<std::map<std::int32_t, std::int64_t>> piecesOfCode(static_cast<std::size_t>(k));
    out.textTokens = nlohmann::ordered_json::object();
    std::set<std::int64_t> used;
    for (EntityId e = 0; e < graph.entityCount(); ++e) {
        if (textOfEntity[e] < 0)
            continue;
        const auto& ids = codes[static_cast<std::size_t>(textOfEntity[e])];
        (*out.textTokens)[graph.entity(e).key] = ids;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            used.insert(ids[i]);
            ++piecesOfCode[static_cast<std::size_t>(ids[i])][pieces[e][i]];
        }
    }
    out.textCodesUsed = static_cast<std::int64_t>(used.size());
    const auto vocabulary = BundledVocabulary::bertUncased();
    for (const auto& counts : piecesOfCode) {
        std::vector<std::pair<std::int64_t, std::int32_t>> ranked;
        for (const auto& [piece, count] : counts)
            ranked.emplace_back(-count, piece);
        std::sort(ranked.begin(), ranked.end());
        std::string name;
        for (std::size_t i = 0; i < std::min<std::size_t>(3, ranked.size()); ++i) {
            const std::int32_t piece = ranked[i].second;
            name += (i > 0 ? "|" : "")
                + (piece >= 0 && piece < vocabulary->size() ? vocabulary->piece(piece) : std::to_string(piece));
        }
        out.codeNames.push_back(name.empty() ? "-" : name);
    }
    out.pairedTokenizer.emplace(std::move(*tokenizer));
    return out;
}

void LearnedVisualTokens::saveTokenizer(const std::string& folder) const
{
    if (pairedTokenizer)
        pairedTokenizer->save(folder);
    else if (tokenizer)
        tokenizer->save(folder);
}

}  // namespace tessera
