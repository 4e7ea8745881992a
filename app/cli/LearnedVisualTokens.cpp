#include "cli/LearnedVisualTokens.h"

#include "graph/KnowledgeGraph.h"
#include "media/ImageLoader.h"

#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <filesystem>
#include <set>

namespace tessera {

namespace {

void printErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
}

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

}  // namespace

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

    // Decode every image once; the owners keep the order so that codes go back to their entity.
    std::vector<std::vector<std::uint8_t>> pixels;
    std::vector<std::pair<EntityId, std::string>> owners;
    for (EntityId e = 0; e < graph.entityCount(); ++e) {
        const Entity& entity = graph.entity(e);
        for (const std::string& path : entity.imagePaths) {
            auto decoded = loadImage(path);
            if (const auto* problem = std::get_if<std::string>(&decoded)) {
                printErr(tr("tessera: warning: %1; %2 is tokenized without it\n")
                             .arg(QString::fromStdString(*problem), QString::fromStdString(entity.key)));
                ++out.skippedImages;
                continue;
            }
            pixels.push_back(prepare(std::get<DecodedImage>(decoded).bgra, config.imageSize));
            owners.emplace_back(e, path);
        }
    }
    if (pixels.empty())
        throw std::invalid_argument("the graph has no decodable image to learn or apply a visual tokenizer on");
    out.images = pixels.size();

    out.log = {{"epochs", nlohmann::ordered_json::array()}};
    if (settings.train) {
        printErr(
            tr("training a visual tokenizer on %1 images: %2 px, %3 px patches (%4 × %4 grid), %5 codes of "
               "width %6, EMA decay %7, dead-code reset %8; %9\n")
                .arg(pixels.size())
                .arg(config.imageSize)
                .arg(config.patchSize)
                .arg(config.grid())
                .arg(config.codebook.codes)
                .arg(config.codebook.dim)
                .arg(config.codebook.decay)
                .arg(config.codebook.reset ? tr("after %1 unused batches").arg(config.codebook.deadAfter) : tr("off"))
                .arg(QString::fromStdString(device)));
        const auto progress = [&](const VisualTrainingProgress& p) {
            if (settings.quiet)
                return;
            constexpr int kBarWidth = 24;
            const int filled = static_cast<int>(kBarWidth * p.batch / std::max<std::int64_t>(1, p.batches));
            printErr(QStringLiteral("\r")
                + tr("epoch %1/%2 [%3%4] %5/%6 loss %7  %8 images/s   ")
                      .arg(p.epoch)
                      .arg(p.epochs)
                      .arg(QString(filled, QLatin1Char('#')), QString(kBarWidth - filled, QLatin1Char('.')))
                      .arg(p.batch)
                      .arg(p.batches)
                      .arg(p.loss, 0, 'f', 4)
                      .arg(p.imagesPerSecond, 0, 'f', 0));
        };
        const auto epochDone = [&](const VisualEpochReport& r) {
            printErr(QStringLiteral("\r")
                + tr("epoch %1: loss %2 (reconstruction %3, commitment %4), perplexity %5, usage %6 %, %7 dead "
                     "codes, %8 resets, %9 s")
                      .arg(r.epoch)
                      .arg(r.loss, 0, 'f', 4)
                      .arg(r.reconstruction, 0, 'f', 4)
                      .arg(r.commitmentLoss, 0, 'f', 4)
                      .arg(r.perplexity, 0, 'f', 1)
                      .arg(100.0 * r.usage, 0, 'f', 1)
                      .arg(r.dead)
                      .arg(r.resets)
                      .arg(r.seconds, 0, 'f', 1)
                + QString(8, QLatin1Char(' ')) + QLatin1Char('\n'));
            out.log["epochs"].push_back({{"epoch", r.epoch}, {"loss", r.loss}, {"reconstruction", r.reconstruction},
                {"commitment", r.commitmentLoss}, {"perplexity", r.perplexity}, {"usage", r.usage}, {"dead", r.dead},
                {"resets", r.resets}, {"seconds", r.seconds}});
        };
        out.interrupted = !tokenizer->train(pixels, settings.training, stop, progress, epochDone);
    }

    const auto grids = tokenizer->encode(pixels);
    std::vector<std::vector<std::int64_t>> perEntity(graph.entityCount());
    std::set<std::int64_t> used;
    out.patches = {{"grid", config.grid()}, {"image_size", config.imageSize}, {"patch_size", config.patchSize},
        {"images", nlohmann::ordered_json::array()}};
    const std::filesystem::path graphFolder = std::filesystem::absolute(graph.metadata().sourcePath).lexically_normal();
    for (std::size_t i = 0; i < grids.size(); ++i) {
        const auto& [entity, path] = owners[i];
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
    const std::int64_t k = config.codebook.codes;
    out.width = config.codebook.dim;
    out.rows = k + 1;
    out.table = tokenizer->codebook();
    out.table.resize(static_cast<std::size_t>(out.rows * out.width), 0.0F);  // the pad row
    out.tokenizer.emplace(std::move(*tokenizer));
    return out;
}

}  // namespace tessera
