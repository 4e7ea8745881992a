#pragma once

// LibTorch header: include only from the torch part of core (core/models, core/inference).

#include "models/mygo/MygoConfig.h"

#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

namespace tessera {

using TensorMap = std::map<std::string, torch::Tensor>;

// Per-entity token inputs of MyGO: the frozen token tables and, for every entity, the ids of its
// V visual and T text tokens with key-padding masks (true = padded slot, ignored by attention,
// the PyTorch convention the reference uses).
struct MygoTokenTensors {
    torch::Tensor visualTable;  // float [rowsV, visualTokenDim]
    torch::Tensor textTable;    // float [rowsT, textTokenDim]
    torch::Tensor visualIndex;  // int64 [N, V]
    torch::Tensor visualMask;   // bool  [N, V]
    torch::Tensor textIndex;    // int64 [N, T]
    torch::Tensor textMask;     // bool  [N, T]
};

// The MyGO network written functionally over a flat map of named tensors whose names are the
// reference's state-dict keys ("ent_encoder.layers.0.self_attn.in_proj_weight", ...), so that a
// reference checkpoint loads by name and Tessera's own weights files read the same way.
// Train/eval is an argument (dropout on, BatchNorm batch statistics) rather than module state.
class MygoNetwork {
public:
    struct EntityEncoding {
        torch::Tensor representations;         // [n (+1 with lp_token), dim]
        torch::Tensor sequence;                // encoder input [n, L, dim] (when kept)
        torch::Tensor allPositions;            // encoder output [n, L, dim] (when kept)
        std::vector<torch::Tensor> attention;  // per layer [n, heads, L, L] (when captured)
    };

    struct EncodeOptions {
        bool train = false;
        bool keepAllPositions = false;  // FGCL and dumps need every position; inference only [CLS]
        bool captureAttention = false;
        bool appendMissingEntityToken = true;  // row N = lp_token, as the reference returns
        bool maskVisual = false;               // "what if this entity had no image"
        bool maskText = false;                 // "... no text"
    };

    MygoNetwork(MygoConfig config, TensorMap weights, MygoTokenTensors tokens);

    // Reference initialisation (xavier-uniform embeddings and positional vectors, PyTorch defaults
    // for Linear/LayerNorm/BatchNorm/attention), deterministic for a given seed.
    static TensorMap initialWeights(const MygoConfig& config, std::uint64_t seed);
    // The names and shapes a complete weights map has (token tables excluded: they are inputs).
    static std::vector<std::pair<std::string, std::vector<std::int64_t>>> expectedShapes(const MygoConfig& config);

    const MygoConfig& config() const { return config_; }
    TensorMap& weights() { return weights_; }
    const TensorMap& weights() const { return weights_; }
    const MygoTokenTensors& tokens() const { return tokens_; }
    std::vector<torch::Tensor> trainableParameters();
    void to(const torch::Device& device);

    // CMEE over `entities` (int64 [n]; undefined = all N in order).
    EntityEncoding encodeEntities(const torch::Tensor& entities, const EncodeOptions& options);
    // Relation representations [R, dim] (LayerNorm of the relation embeddings, no encoder).
    torch::Tensor relationRepresentations(bool train);

    // CTE: triples encoded the reference way (entity + R, relation + N, mask = N + R) → [B, 3, dim].
    torch::Tensor encodeTriples(const torch::Tensor& entityReps, const torch::Tensor& relationReps,
        const torch::Tensor& triplets, bool train, std::vector<torch::Tensor>* attention = nullptr);
    // TuckER on the masked slot's context and the relation slot's context → [B, dim].
    torch::Tensor tucker(const torch::Tensor& context, const torch::Tensor& relation, bool train);
    // Scores of [B, dim] query vectors against entity representations rows 0..N-1 → [B, N].
    static torch::Tensor scoreAgainst(
        const torch::Tensor& queries, const torch::Tensor& entityReps, std::int64_t numEntities);
    // The whole query path: encoded triplets [B, 3] → scores [B, N].
    torch::Tensor scoreTriplets(const torch::Tensor& entityReps, const torch::Tensor& relationReps,
        const torch::Tensor& triplets, bool train, torch::Tensor* decoderOut = nullptr,
        torch::Tensor* tuckerOut = nullptr);

    // Fine-grained contrastive loss (FGCL): the first-pass representations against four views of a
    // second pass (CLS, mean of all positions, mean of the visual slots, mean of the text slots but
    // the last — the reference's slice). `rows` selects the sampled rows (int64 [k]).
    torch::Tensor contrastiveLoss(const torch::Tensor& firstPass, const torch::Tensor& rows, bool train,
        std::vector<torch::Tensor>* views = nullptr, std::vector<torch::Tensor>* terms = nullptr);

private:
    const torch::Tensor& w(const std::string& name) const;
    torch::Tensor encoderLayer(const std::string& prefix, const torch::Tensor& x, const torch::Tensor& keyPaddingMask,
        bool train, bool queryFirstOnly, torch::Tensor* attention) const;
    torch::Tensor entitySequence(const torch::Tensor& entities, const EncodeOptions& options, torch::Tensor& keyMask);

    MygoConfig config_;
    TensorMap weights_;
    MygoTokenTensors tokens_;
};

}  // namespace tessera
