#include "models/meaformer/MeaformerNetwork.h"

#include <cmath>
#include <stdexcept>

namespace tessera {

namespace {

std::string fusionKey(std::int64_t layer, const std::string& rest)
{
    return std::string(kMeaformerEncoderPrefix) + "fusion.fusion_layer." + std::to_string(layer) + "." + rest;
}

std::string graphKey(std::size_t layer, const std::string& rest)
{
    return std::string(kMeaformerEncoderPrefix) + "cross_graph_model.layer_stack." + std::to_string(layer) + "." + rest;
}

// The reference's graph-attention slope.
constexpr double kLeakyReluSlope = 0.2;

}  // namespace

std::string meaformerProjectionKey(AlignmentModality modality)
{
    const char* name = "";
    switch (modality) {
    case AlignmentModality::Visual:
        name = "img_fc";
        break;
    case AlignmentModality::Attribute:
        name = "att_fc";
        break;
    case AlignmentModality::Relation:
        name = "rel_fc";
        break;
    case AlignmentModality::Name:
        name = "name_fc";
        break;
    case AlignmentModality::Character:
        name = "char_fc";
        break;
    case AlignmentModality::Graph:
        name = "entity_emb";
        break;
    }
    return std::string(kMeaformerEncoderPrefix) + name;
}

std::vector<std::pair<std::string, std::vector<std::int64_t>>> MeaformerNetwork::expectedShapes(
    const MeaformerConfig& c)
{
    std::vector<std::pair<std::string, std::vector<std::int64_t>>> shapes;
    const std::int64_t h = c.hidden;
    for (const AlignmentModality modality : c.modalities) {
        if (modality == AlignmentModality::Graph) {
            shapes.push_back({meaformerProjectionKey(modality) + ".weight", {c.entities, h}});
            for (std::size_t l = 0; l < c.gatHeads.size(); ++l) {
                shapes.push_back({graphKey(l, "w"), {c.gatHeads[l], 1, h}});
                shapes.push_back({graphKey(l, "a_src_dst"), {c.gatHeads[l], 2 * h, 1}});
            }
            continue;
        }
        shapes.push_back({meaformerProjectionKey(modality) + ".weight", {h, c.inputWidth(modality)}});
        shapes.push_back({meaformerProjectionKey(modality) + ".bias", {h}});
    }
    for (std::int64_t l = 0; l < c.fusionLayers; ++l) {
        for (const char* p :
            {"attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"}) {
            shapes.push_back({fusionKey(l, std::string(p) + ".weight"), {h, h}});
            shapes.push_back({fusionKey(l, std::string(p) + ".bias"), {h}});
        }
        shapes.push_back({fusionKey(l, "attention.output.LayerNorm.weight"), {h}});
        shapes.push_back({fusionKey(l, "attention.output.LayerNorm.bias"), {h}});
        if (c.intermediate > 0) {
            shapes.push_back({fusionKey(l, "intermediate.dense.weight"), {c.intermediate, h}});
            shapes.push_back({fusionKey(l, "intermediate.dense.bias"), {c.intermediate}});
            shapes.push_back({fusionKey(l, "output.dense.weight"), {h, c.intermediate}});
            shapes.push_back({fusionKey(l, "output.dense.bias"), {h}});
            shapes.push_back({fusionKey(l, "output.LayerNorm.weight"), {h}});
            shapes.push_back({fusionKey(l, "output.LayerNorm.bias"), {h}});
        }
    }
    return shapes;
}

MeaformerNetwork::MeaformerNetwork(
    MeaformerConfig config, std::map<std::string, torch::Tensor> weights, MeaformerInputs inputs)
    : config_(std::move(config))
    , weights_(std::move(weights))
    , inputs_(std::move(inputs))
{
    for (const auto& [name, shape] : expectedShapes(config_)) {
        const auto it = weights_.find(name);
        if (it == weights_.end())
            throw std::invalid_argument("MEAformer weights lack '" + name + "'");
        if (it->second.sizes().vec() != shape)
            throw std::invalid_argument("MEAformer weight '" + name + "' has the wrong shape");
    }
}

void MeaformerNetwork::to(const torch::Device& device)
{
    for (auto& [name, tensor] : weights_)
        tensor = tensor.to(device);
    for (auto& [modality, tensor] : inputs_.features)
        tensor = tensor.to(device);
    inputs_.edges = inputs_.edges.to(device);
    inputs_.present = inputs_.present.to(device);
}

const torch::Tensor& MeaformerNetwork::weight(const std::string& name) const
{
    const auto it = weights_.find(name);
    if (it == weights_.end())
        throw std::logic_error("MEAformer weight '" + name + "' is missing");
    return it->second;
}

torch::Tensor MeaformerNetwork::graphAttention(Encoding& encoding, const EncodeOptions& options) const
{
    const torch::Tensor& edges = inputs_.edges;
    const torch::Tensor rows = edges[0];
    const torch::Tensor neighbours = edges[1];
    const std::int64_t n = config_.entities;
    const std::int64_t h = config_.hidden;
    torch::Tensor x = weight(meaformerProjectionKey(AlignmentModality::Graph) + ".weight");
    for (std::size_t l = 0; l < config_.gatHeads.size(); ++l) {
        const torch::Tensor& w = weight(graphKey(l, "w"));          // [heads, 1, H]
        const torch::Tensor& a = weight(graphKey(l, "a_src_dst"));  // [heads, 2H, 1]
        const std::int64_t heads = w.size(0);
        const torch::Tensor g = x.unsqueeze(0) * w;  // [heads, N, H]
        // [g_i ; g_j] . a = g_i . a_src + g_j . a_dst: one score per entity and side, then per edge.
        const torch::Tensor source = torch::bmm(g, a.narrow(1, 0, h)).squeeze(-1);  // [heads, N]
        const torch::Tensor target = torch::bmm(g, a.narrow(1, h, h)).squeeze(-1);  // [heads, N]
        const torch::Tensor score = -torch::leaky_relu(
            source.index_select(1, rows) + target.index_select(1, neighbours), kLeakyReluSlope);  // [heads, E]
        // exp(score) normalised per row, as the reference. Each row is first shifted by an upper
        // bound of its scores, -LeakyReLU(source_i + min target) (LeakyReLU is increasing), so that
        // no exponent overflows; the ratios are unchanged.
        const torch::Tensor bound
            = -torch::leaky_relu(source + std::get<0>(target.min(1, true)), kLeakyReluSlope);  // [heads, N]
        const torch::Tensor e = torch::exp(score - bound.index_select(1, rows));               // [heads, E]
        const torch::Tensor denominator = torch::zeros({heads, n}, score.options()).index_add_(1, rows, e);
        if (!(denominator > 0).all().item<bool>())
            throw std::runtime_error("graph attention: the scores of an entity's edges are too far apart for "
                                     "float32 (every weight underflows); the weights are not usable");
        const torch::Tensor messages = g.index_select(1, neighbours) * e.unsqueeze(-1);  // [heads, E, H]
        const torch::Tensor out
            = torch::zeros({heads, n, h}, g.options()).index_add_(1, rows, messages) / denominator.unsqueeze(-1);
        if (options.keepIntermediates)
            encoding.graphHeads.push_back(out);
        x = out.mean(0);
        if (l + 1 < config_.gatHeads.size())
            x = torch::elu(x);
    }
    return x;
}

torch::Tensor MeaformerNetwork::modalEmbedding(
    AlignmentModality modality, Encoding& encoding, const EncodeOptions& options) const
{
    if (modality == AlignmentModality::Graph)
        return graphAttention(encoding, options);
    torch::Tensor input = inputs_.features.at(modality);
    // The reference L2-normalises image features before their projection, and nothing else.
    if (modality == AlignmentModality::Visual)
        input = torch::nn::functional::normalize(input, torch::nn::functional::NormalizeFuncOptions().dim(1));
    const std::string key = meaformerProjectionKey(modality);
    return torch::linear(input, weight(key + ".weight"), weight(key + ".bias"));
}

MeaformerNetwork::FusionLayer MeaformerNetwork::fusionLayer(
    std::int64_t layer, const torch::Tensor& x, bool train) const
{
    const auto w = [&](const char* rest) -> const torch::Tensor& { return weight(fusionKey(layer, rest)); };
    const std::int64_t n = x.size(0);
    const std::int64_t m = x.size(1);
    const std::int64_t heads = config_.fusionHeads;
    const std::int64_t d = config_.headDim();
    const auto split = [&](const torch::Tensor& t) { return t.view({n, m, heads, d}).transpose(1, 2); };
    const torch::Tensor q = split(torch::linear(x, w("attention.self.query.weight"), w("attention.self.query.bias")));
    const torch::Tensor k = split(torch::linear(x, w("attention.self.key.weight"), w("attention.self.key.bias")));
    const torch::Tensor v = split(torch::linear(x, w("attention.self.value.weight"), w("attention.self.value.bias")));
    torch::Tensor scores = torch::matmul(q, k.transpose(-1, -2)) / std::sqrt(static_cast<double>(d));
    // A modality the entity lacks is no key to attend to.
    scores
        = scores.masked_fill(inputs_.present.logical_not().view({n, 1, 1, m}), -std::numeric_limits<float>::infinity());
    FusionLayer out;
    out.probs = torch::softmax(scores, -1);
    const torch::Tensor context
        = torch::matmul(torch::dropout(out.probs, kFusionDropout, train), v).transpose(1, 2).reshape({n, m, heads * d});
    const auto eps = config_.layerNormEps;
    const torch::Tensor attended
        = torch::dropout(torch::linear(context, w("attention.output.dense.weight"), w("attention.output.dense.bias")),
            kFusionDropout, train);
    out.attentionOutput = torch::layer_norm(attended + x, {config_.hidden}, w("attention.output.LayerNorm.weight"),
        w("attention.output.LayerNorm.bias"), eps);
    if (config_.intermediate <= 0) {
        out.hidden = out.attentionOutput;
        return out;
    }
    const torch::Tensor up
        = torch::gelu(torch::linear(out.attentionOutput, w("intermediate.dense.weight"), w("intermediate.dense.bias")));
    const torch::Tensor down
        = torch::dropout(torch::linear(up, w("output.dense.weight"), w("output.dense.bias")), kFusionDropout, train);
    out.hidden = torch::layer_norm(
        down + out.attentionOutput, {config_.hidden}, w("output.LayerNorm.weight"), w("output.LayerNorm.bias"), eps);
    return out;
}

MeaformerNetwork::Encoding MeaformerNetwork::encode(const EncodeOptions& options) const
{
    Encoding encoding;
    for (const AlignmentModality modality : config_.modalities)
        encoding.modal.push_back(modalEmbedding(modality, encoding, options));
    encoding.fusionInput = torch::stack(encoding.modal, 1);
    torch::Tensor x = encoding.fusionInput;
    for (std::int64_t l = 0; l < config_.fusionLayers; ++l) {
        FusionLayer layer = fusionLayer(l, x, options.train);
        x = layer.hidden;
        if (options.keepIntermediates || l + 1 == config_.fusionLayers)
            encoding.layers.push_back(std::move(layer));
    }
    // Meta-weights: the attention each modality receives in the last layer, summed over heads and
    // over the queries (queries of absent modalities left out), scaled by 1/sqrt(M * heads) as the
    // reference does, softmax over the present modalities.
    const std::int64_t m = config_.modalityCount();
    const torch::Tensor present = inputs_.present;
    const torch::Tensor& probs = encoding.layers.back().probs;  // [N, heads, M, M]
    const torch::Tensor received = (probs.sum(1) * present.unsqueeze(-1).to(probs.scalar_type())).sum(-2);
    encoding.weightLogits = received / std::sqrt(static_cast<double>(m * config_.fusionHeads));
    encoding.metaWeights = torch::softmax(
        encoding.weightLogits.masked_fill(present.logical_not(), -std::numeric_limits<float>::infinity()), -1);
    std::vector<torch::Tensor> parts;
    for (std::int64_t s = 0; s < m; ++s) {
        const torch::Tensor unit = torch::nn::functional::normalize(
            encoding.modal[static_cast<std::size_t>(s)], torch::nn::functional::NormalizeFuncOptions().dim(1));
        parts.push_back(encoding.metaWeights.narrow(1, s, 1) * unit);
    }
    encoding.joint = torch::cat(parts, 1);
    return encoding;
}

}  // namespace tessera
