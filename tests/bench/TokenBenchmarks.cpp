#include "TokenBenchmarks.h"

#include "io/BundleReader.h"
#include "media/ImageLoader.h"
#include "text/WordPieceTokenizer.h"
#include "training/SharedCodebookTokenizer.h"
#include "training/VisualTokenizer.h"

#include <opencv2/imgproc.hpp>

#include <cstdio>

namespace tessera::bench {

namespace {

// The target: one million word pieces per second on one core.
constexpr double kPiecesPerSecondTarget = 1e6;
constexpr int kRepeats = 9;

}  // namespace

std::vector<Measurement> runTokenBenchmarks(const std::string& sourceDir)
{
    std::vector<Measurement> results;
    const auto vocabulary = WordPieceVocabulary::readFile(sourceDir + "/resources/vocab/bert-base-uncased.txt");
    const WordPieceTokenizer tokenizer(vocabulary);
    for (const char* name : {"emoji", "countries"}) {
        const auto graph = BundleReader::read(sourceDir + "/resources/demo/" + name);
        std::vector<std::string> texts;
        std::size_t bytes = 0;
        for (const Entity& entity : graph->entities()) {
            texts.push_back(entity.label + " " + entity.description);
            bytes += texts.back().size();
        }
        std::size_t pieces = 0;
        auto m = measure(std::string("word pieces, ") + name + " labels + descriptions", kRepeats, [&] {
            pieces = 0;
            for (const std::string& text : texts)
                pieces += tokenizer.tokenize(text).size();
        });
        const double perSecond = static_cast<double>(pieces) / (m.medianMs / 1000.0);
        char note[200];
        std::snprintf(note, sizeof note, "%zu texts, %zu bytes, %zu pieces: %.2f M pieces/s on one core", texts.size(),
            bytes, pieces, perSecond / 1e6);
        m.note = note;
        // The target as a time for this many pieces.
        m.targetMs = static_cast<double>(pieces) / kPiecesPerSecondTarget * 1000.0;
        results.push_back(m);
    }
    // Learned visual tokenizer: encoding 256 Emoji images (224 px, 14 x 14 patches, 1,024 codes) with
    // a freshly initialised tokenizer (the cost does not depend on the weights), one thread, and
    // one training step of a 32-image batch.
    const auto emoji = BundleReader::read(sourceDir + "/resources/demo/emoji");
    std::vector<std::vector<std::uint8_t>> images;
    PairedTokenizerSamples paired;  // each image with its emoji's description, as tokenize pairs them
    for (const Entity& entity : emoji->entities()) {
        if (images.size() == 256)
            break;
        const auto ids = tokenizer.ids(entity.label + " " + entity.description, true);
        for (const std::string& path : entity.imagePaths) {
            if (images.size() == 256)
                break;
            auto decoded = loadImage(path);
            if (const auto* ok = std::get_if<DecodedImage>(&decoded)) {
                cv::Mat bgr;
                cv::Mat resized;
                cv::Mat rgb;
                cv::cvtColor(ok->bgra, bgr, cv::COLOR_BGRA2BGR);
                cv::resize(bgr, resized, cv::Size(224, 224), 0, 0, cv::INTER_LINEAR);
                cv::cvtColor(resized, rgb, cv::COLOR_BGR2RGB);
                images.emplace_back(rgb.data, rgb.data + 224 * 224 * 3);
                paired.textOfImage.push_back(static_cast<std::int64_t>(paired.texts.size()));
                paired.texts.emplace_back(ids.begin(), ids.end());
            }
        }
    }
    VisualTokenizer visual(VisualTokenizerConfig {}, 1);
    visual.useDevice("cpu", 1);
    auto encode = measure("visual tokenizer: encode 256 Emoji images", 5, [&] { (void)visual.encode(images); });
    char note[200];
    std::snprintf(note, sizeof note, "224 px, 196 patches, 1024 codes, 1 thread: %.0f images/s",
        256.0 / (encode.medianMs / 1000.0));
    encode.note = note;
    results.push_back(encode);
    const std::vector<std::vector<std::uint8_t>> batch(images.begin(), images.begin() + 32);
    VisualTrainingOptions step;
    step.epochs = 1;
    step.batchSize = 32;
    // train() goes on to the epoch total, so each run asks for one epoch more.
    auto train = measure("visual tokenizer: one training step, 32 images", 5, [&] {
        step.epochs = visual.epochsTrained() + 1;
        (void)visual.train(batch, step, {}, {}, {});
    });
    std::snprintf(note, sizeof note, "forward, backward, Adam, EMA update, 1 thread: %.0f images/s",
        32.0 / (train.medianMs / 1000.0));
    train.note = note;
    results.push_back(train);

    // The shared codebook (Uni-Code): one step of 32 images with their descriptions' word pieces
    // (MM-EMA, own and cross commitment, CMCM), and encoding the 256 descriptions.
    paired.images.assign(images.begin(), images.begin() + 32);
    paired.textOfImage.resize(32);
    std::vector<std::int32_t> known;
    std::size_t pieces = 0;
    for (const auto& t : paired.texts) {
        known.insert(known.end(), t.begin(), t.end());
        pieces += t.size();
    }
    const std::vector<std::vector<std::int32_t>> descriptions = paired.texts;
    paired.texts.resize(32);  // no descriptions trained alone in the step
    SharedCodebookTokenizer shared(SharedCodebookConfig {}, known, 1);
    shared.useDevice("cpu", 1);
    auto sharedStep = measure("shared codebook: one training step, 32 images + descriptions", 5, [&] {
        step.epochs = shared.epochsTrained() + 1;
        (void)shared.train(paired, step, {}, {}, {});
    });
    std::snprintf(note, sizeof note,
        "1024 shared codes, MM-EMA, 2:1 commitment, CMCM, up to 48 pieces per description, 1 thread: %.0f pairs/s",
        32.0 / (sharedStep.medianMs / 1000.0));
    sharedStep.note = note;
    results.push_back(sharedStep);
    auto sharedText
        = measure("shared codebook: encode 256 Emoji descriptions", 5, [&] { (void)shared.encodeTexts(descriptions); });
    std::snprintf(note, sizeof note, "%zu word pieces (stop words removed), 1 thread: %.0f k pieces/s", pieces,
        static_cast<double>(pieces) / sharedText.medianMs);
    sharedText.note = note;
    results.push_back(sharedText);
    return results;
}

}  // namespace tessera::bench
