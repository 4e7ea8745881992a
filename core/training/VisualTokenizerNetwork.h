#pragma once
// Internal to core's training part (includes torch): the image encoder and decoder of the learned
// tokenizers, and the pieces of their training step that the visual-only and the shared-codebook
// tokenizer have in common.

#include "training/VisualTokenizer.h"

#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace tessera {

// Encoder: two strided convolutions and a 1 × 1 projection, one D-vector per patch (kernels equal
// strides, so a patch's code depends on that patch alone); decoder: the mirror image.
struct VisualTokenizerNetwork : torch::nn::Module {
    static constexpr int kFirstStride = 4;  // the first convolution: 4 × 4 pixels per step
    torch::nn::Sequential encoder {nullptr};
    torch::nn::Sequential decoder {nullptr};

    explicit VisualTokenizerNetwork(const VisualTokenizerConfig& c);
};

// [B, 3, S, S] floats in [0, 1] on `device` from RGB bytes of the chosen images.
torch::Tensor imageBatch(const std::vector<std::vector<std::uint8_t>>& images, std::span<const std::size_t> which,
    int imageSize, const torch::Device& device);

// Squared L2 distances [N, K] of features [N, D] to codes [K, D].
torch::Tensor squaredDistances(const torch::Tensor& z, const torch::Tensor& codes);

// The codebook's codes as a [K, D] tensor on `device`.
torch::Tensor codebookTensor(const VqEmaCodebook& codebook, const torch::Device& device);

// VQ-VAE's initialisation, uniform in ±1/K.
std::vector<float> uniformInitialCodes(const VqEmaOptions& q, std::uint64_t seed);

// The image and codebook part of a tokenizer's config.json, and its reading back (InputError
// naming `file` for a missing or mistyped entry or a shape the network cannot take).
nlohmann::ordered_json visualConfigJson(const VisualTokenizerConfig& c);
VisualTokenizerConfig visualConfigFromJson(const nlohmann::json& json, const std::string& file);

// Writes / restores a codebook's state as `prefix`.codes, .counts, .sums, .unused.
class SafetensorsWriter;
class SafetensorsFile;
void writeCodebookState(SafetensorsWriter& writer, const std::string& prefix, const VqEmaCodebook& codebook);
void readCodebookState(const SafetensorsFile& weights, const std::string& prefix, VqEmaCodebook& codebook);

// Adam's per-parameter state (step, first and second moments), saved beside the weights as
// "optimizer.<name>.step" (I64 [1]), ".exp_avg" and ".exp_avg_sq" (F32, the parameter's shape),
// so that a resumed training takes the steps an uninterrupted one would.
struct AdamMoments {
    std::int64_t step = 0;
    torch::Tensor expAvg;
    torch::Tensor expAvgSq;
};
using NamedParameters = std::vector<std::pair<std::string, torch::Tensor>>;
void writeAdamState(SafetensorsWriter& writer, const torch::optim::Adam& optimizer, const NamedParameters& parameters);
// The moments saved for `parameters` (none when the file has no optimizer state, as tokenizers
// saved before resuming existed); InputError naming the file for a tensor of another shape.
std::map<std::string, AdamMoments> readAdamState(
    const SafetensorsFile& weights, const NamedParameters& parameters, const std::string& weightsFile);
void restoreAdamState(
    torch::optim::Adam& optimizer, const NamedParameters& parameters, const std::map<std::string, AdamMoments>& saved);
// The tokenizer's optimizer over `parameters`: created on the first call, with the moments a
// loaded tokenizer saved (`saved` is emptied), and on every call set to `learningRate`.
torch::optim::Adam& resumableAdam(std::unique_ptr<torch::optim::Adam>& optimizer, const NamedParameters& parameters,
    std::map<std::string, AdamMoments>& saved, double learningRate);

// Copies every parameter of `module` from `weights` (names prefixed with `prefix`), InputError
// naming the file for a missing tensor or another shape.
void readModuleParameters(torch::nn::Module& module, const SafetensorsFile& weights, const std::string& prefix,
    const std::string& weightsFile);

// The grid² code ids of each image, row by row: the encoder in evaluation mode, batches of 64,
// nearest codes of `codebook`. `features` maps the encoder's [N, D] outputs before quantising
// (the identity when empty).
std::vector<std::vector<std::int64_t>> encodeImageGrids(VisualTokenizerNetwork& network, const VqEmaCodebook& codebook,
    const VisualTokenizerConfig& config, const std::vector<std::vector<std::uint8_t>>& images,
    const torch::Device& device, const std::function<torch::Tensor(const torch::Tensor&)>& features = {});

// exp(entropy) and the number of distinct codes of a histogram.
struct HistogramSummary {
    double perplexity = 0;
    std::int64_t used = 0;
};
HistogramSummary summariseHistogram(const std::vector<std::int64_t>& histogram);

}  // namespace tessera
