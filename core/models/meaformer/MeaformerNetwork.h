#pragma once

// LibTorch header: include only from the torch part of core (core/models, core/inference).

#include "models/meaformer/MeaformerConfig.h"

#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

namespace tessera {

// What a MEAformer model reads besides its weights: per-entity feature matrices of the feature
// modalities, the graph's edge list, which entities have which modality, and the pairs it was
// trained on. Rows are the model's entity rows (graph A, then graph B).
struct MeaformerInputs {
    std::map<AlignmentModality, torch::Tensor> features;  // float [N, inputWidth] per feature modality
    torch::Tensor edges;       // int64 [2, E]: (row, neighbour) pairs the graph attention runs over
    torch::Tensor present;     // bool [N, M]: entity has modality slot m (a missing image, say, is false)
    torch::Tensor trainPairs;  // int64 [P, 2]: (row in A, row in B) the model learned from
};

// The MEAformer network (multi-modal encoder, meta-modality-hybrid fusion, meta-weighted joint
// embedding) written functionally over a flat map of tensors named with the reference's state-dict
// keys, so that reference checkpoints load by name. Train/eval is an argument, not module state.
class MeaformerNetwork {
public:
    struct FusionLayer {
        torch::Tensor probs;            // [N, heads, M, M] softmax attention (query, key)
        torch::Tensor attentionOutput;  // [N, M, H] after the attention block's LayerNorm
        torch::Tensor hidden;           // [N, M, H] layer output
    };
    struct Encoding {
        std::vector<torch::Tensor> modal;       // per slot [N, H], before fusion, not normalised
        std::vector<torch::Tensor> graphHeads;  // per graph-attention layer [heads, N, H] (when kept)
        torch::Tensor fusionInput;              // [N, M, H]
        std::vector<FusionLayer> layers;        // every layer when kept, else the last only
        torch::Tensor weightLogits;             // [N, M]
        torch::Tensor metaWeights;              // [N, M], rows sum to 1 over present modalities
        torch::Tensor joint;                    // [N, M * H]
    };
    struct EncodeOptions {
        bool train = false;
        bool keepIntermediates = false;
    };

    MeaformerNetwork(MeaformerConfig config, std::map<std::string, torch::Tensor> weights, MeaformerInputs inputs);

    // The training losses of one batch of pairs, as the reference computes them.
    struct Losses {
        torch::Tensor joint;      // contrastive loss of the fused embedding
        torch::Tensor intraIn;    // uncertainty-weighted contrastive losses of the modality embeddings
        torch::Tensor intraOut;   // the same on the fusion Transformer's outputs (MEAformer)
        torch::Tensor alignment;  // MCLEA's inter-modal alignment (KL of each modality to the fused)
        torch::Tensor total;
    };
    enum class Objective { Meaformer, Mclea };

    // The names and shapes of a complete weights map for `config`.
    static std::vector<std::pair<std::string, std::vector<std::int64_t>>> expectedShapes(const MeaformerConfig& config);
    // Reference initialisation: N(0, 1/sqrt(N)) entity table, xavier-uniform graph attention,
    // PyTorch defaults for Linear and LayerNorm, zero loss log-variances, equal MCLEA weights;
    // deterministic for a given seed.
    static std::map<std::string, torch::Tensor> initialWeights(const MeaformerConfig& config, std::uint64_t seed);

    const MeaformerConfig& config() const { return config_; }
    std::map<std::string, torch::Tensor>& weights() { return weights_; }
    const std::map<std::string, torch::Tensor>& weights() const { return weights_; }
    const MeaformerInputs& inputs() const { return inputs_; }
    // The pairs the model learned from ([P, 2] rows), as the trainer's seed set grows.
    void setTrainPairs(torch::Tensor pairs) { inputs_.trainPairs = std::move(pairs); }
    void to(const torch::Device& device);

    Encoding encode(const EncodeOptions& options) const;
    // `pairs`: [B, 2] (row in A, row in B) on the network's device.
    Losses losses(const Encoding& encoding, const torch::Tensor& pairs, Objective objective) const;

    // The reference's "icl" contrastive loss of one embedding over a batch of pairs: each side's
    // row against the other side's rows and its own side's other rows, temperature `tau`, the two
    // directions weighted 0.5 / 0.5.
    static torch::Tensor contrastiveLoss(const torch::Tensor& embedding, const torch::Tensor& pairs, double tau);
    // MCLEA's "ial" loss: KL from the fused embedding's pair distribution (detached) to the modality's.
    static torch::Tensor alignmentLoss(
        const torch::Tensor& modality, const torch::Tensor& fused, const torch::Tensor& pairs, double tau);
    // MCLEA's temperature and zoom of the inter-modal alignment loss (its defaults).
    static constexpr double kAlignmentTemperature = 4.0;
    static constexpr double kAlignmentZoom = 0.1;
    // Uncertainty weights of the intra-modal losses: the reference always keeps six slots
    // (graph, relation, attribute, image, name, char).
    static constexpr std::int64_t kLossSlots = 6;

    // The reference's fusion-layer dropout, hard-coded there (attention probabilities and both
    // output projections); only active when training.
    static constexpr double kFusionDropout = 0.1;

private:
    const torch::Tensor& weight(const std::string& name) const;
    torch::Tensor modalEmbedding(AlignmentModality modality, Encoding& encoding, const EncodeOptions& options) const;
    torch::Tensor graphAttention(Encoding& encoding, const EncodeOptions& options) const;
    FusionLayer fusionLayer(std::int64_t layer, const torch::Tensor& x, bool train) const;

    MeaformerConfig config_;
    std::map<std::string, torch::Tensor> weights_;
    MeaformerInputs inputs_;
};

// Key of the uncertainty weights of the intra-modal losses, and of MCLEA's modality weights.
inline constexpr const char* kMeaformerLossWeightsKey = "multi_loss_layer.log_vars";
inline constexpr const char* kMcleaFusionWeightsKey = "multimodal_encoder.fusion.weight";

// Reference key prefix of the encoder's tensors.
inline constexpr const char* kMeaformerEncoderPrefix = "multimodal_encoder.";
// State-dict key of a feature modality's projection ("multimodal_encoder.img_fc"), without ".weight".
std::string meaformerProjectionKey(AlignmentModality modality);

}  // namespace tessera
