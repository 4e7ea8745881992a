#pragma once

// LibTorch header (internal to core's torch part): what a MygoModel holds.

#include "inference/MygoModel.h"
#include "models/TorchTensors.h"
#include "models/mygo/MygoNetwork.h"

#include <array>
#include <optional>

namespace tessera {

struct MygoModel::State {
    MygoConfig config;
    GraphIdentity graph;
    std::unique_ptr<MygoNetwork> network;
    torch::Device device {torch::kCPU};
    // Entity representations per ablation (index: maskVisual + 2 * maskText), on the device.
    std::array<torch::Tensor, 4> representationCache;
    std::array<std::optional<FloatArray>, 4> representationArrays;
    // Entities per encoder batch: bounds memory (n × L × dim activations) on large graphs.
    std::int64_t encodeBatch = 2048;
    // Queries per scoring batch: the TuckER cores take batch × dim² floats.
    std::int64_t scoreBatch = 256;

    void clearCaches();
    const torch::Tensor& representations(Ablation ablation);
    // Fills the cache entry in encoder batches; false (nothing cached) when keepGoing says stop.
    bool computeRepresentations(Ablation ablation, const RepresentationProgress& keepGoing);
};

// Builds the token tensors from torch-free inputs, checking sizes against the config.
MygoTokenTensors tokenTensorsFrom(const MygoTokenInputs& inputs, const MygoConfig& config);

}  // namespace tessera
