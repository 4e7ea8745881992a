#pragma once

// LibTorch header (internal to core's torch part): what a MeaformerModel holds.

#include "inference/MeaformerModel.h"
#include "models/meaformer/MeaformerNetwork.h"

#include <optional>

namespace tessera {

struct MeaformerModel::State {
    MeaformerConfig config;
    std::array<GraphIdentity, 2> graphs;
    std::unique_ptr<MeaformerNetwork> network;
    torch::Device device {torch::kCPU};
    torch::Tensor unitJoint;  // [N, M * H] L2-normalised fused embeddings on the device (cache)
    std::optional<MeaformerRepresentation> representation;

    void clearCaches();
    const torch::Tensor& finalEmbeddings();
};

}  // namespace tessera
