#pragma once

#include "tokenizers/VqEmaCodebook.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace tessera {

// The shape of a learned visual tokenizer: images resized to imageSize² pixels, one code per
// patchSize² patch (224 / 16: a 14 × 14 grid, as BEiT), a codebook of `codebook.codes` codes.
struct VisualTokenizerConfig {
    int imageSize = 224;
    int patchSize = 16;
    std::int64_t hidden = 64;  // channels of the encoder's and decoder's inner layer
    double commitment = 0.25;  // β of the commitment loss ||z − sg(e)||²
    VqEmaOptions codebook;

    int grid() const { return imageSize / patchSize; }
    // Throws std::invalid_argument for shapes the network cannot take.
    void validate() const;
};

struct VisualTrainingOptions {
    int epochs = 10;
    std::int64_t batchSize = 32;
    double learningRate = 2e-3;
    std::uint64_t seed = 2024;
};

struct VisualTrainingProgress {
    int epoch = 0;  // 1-based
    int epochs = 0;
    std::int64_t batch = 0;  // 1-based
    std::int64_t batches = 0;
    double loss = 0;  // mean over the epoch so far
    double imagesPerSecond = 0;
};

// One line of the tokenizer's training log (tokenizer-log.json).
struct VisualEpochReport {
    int epoch = 0;
    double loss = 0;            // reconstruction + commitment (+ codebook loss), mean over batches
    double reconstruction = 0;  // mean squared error of the decoded image, pixels in [0, 1]
    double commitmentLoss = 0;
    double codebookLoss = 0;  // ||sg(z) − e||², without EMA only
    double perplexity = 0;    // of the codes the epoch assigned (all its patches)
    double usage = 0;         // share of the K codes the epoch assigned at least once
    std::int64_t dead = 0;    // K − codes used in the epoch
    std::int64_t resets = 0;
    double seconds = 0;
};

// A small convolutional VQ tokenizer: encoder (two strided convolutions and a 1 × 1 projection,
// one D-vector per patch), nearest-code quantisation by squared L2 with straight-through
// gradients, the EMA codebook with dead-code reset (VqEmaCodebook; with codebook.ema off, codes
// learned by VQ-VAE's codebook loss instead), and a mirrored decoder for
// the reconstruction loss. Images are RGB bytes, imageSize × imageSize × 3, row-major (callers
// resize and composite transparency first). Trains on the CPU or CUDA; the codebook's EMA runs on
// the CPU. A model folder holds config.json and weights.safetensors (network and codebook state).
class VisualTokenizer {
public:
    using ProgressCallback = std::function<void(const VisualTrainingProgress&)>;
    using EpochCallback = std::function<void(const VisualEpochReport&)>;

    VisualTokenizer(const VisualTokenizerConfig& config, std::uint64_t seed);
    VisualTokenizer(VisualTokenizer&&) noexcept;
    VisualTokenizer& operator=(VisualTokenizer&&) noexcept;
    ~VisualTokenizer();

    // Reads a model folder; InputError naming the file for a missing or malformed part.
    static VisualTokenizer load(const std::string& folder);
    // Writes a model folder atomically (replacing an existing one).
    void save(const std::string& folder) const;

    const VisualTokenizerConfig& config() const;
    // "cpu", "cuda" or "auto"; returns the device chosen.
    std::string useDevice(const std::string& requested, int threads);

    // Complete epochs this tokenizer was trained for (kept by save/load).
    int epochsTrained() const;

    // Trains on the images from epoch epochsTrained() + 1 to options.epochs (a total: a loaded
    // tokenizer resumes), until the last epoch or a stop request (checked between batches).
    // Returns true when every epoch ran. Deterministic on the CPU for a seed, and a run resumed
    // after a complete epoch gives exactly the codebook of an uninterrupted one: the optimizer's
    // moments and the reset's random engine are saved with the weights.
    bool train(const std::vector<std::vector<std::uint8_t>>& images, const VisualTrainingOptions& options,
        std::stop_token stop, const ProgressCallback& progress, const EpochCallback& epochDone);

    // The grid² code ids of each image, row by row.
    std::vector<std::vector<std::int64_t>> encode(const std::vector<std::vector<std::uint8_t>>& images) const;

    // The codebook, K × D row-major: the frozen visual table MyGO reads.
    const std::vector<float>& codebook() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace tessera
