#include "models/meaformer/MeaformerNetwork.h"

#include "models/meaformer/EdgeMessagePassing.h"

#include <cmath>
#include <limits>
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
    shapes.push_back({kMeaformerLossWeightsKey, {kLossSlots}});
    if (!c.transformerFusion())
        shapes.push_back({kMcleaFusionWeightsKey, {c.modalityCount(), 1}});
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
    // The graph attention's sparse product wants the edges sorted by row, then neighbour, once each.
    if (inputs_.edges.numel() > 0) {
        const torch::Tensor key = inputs_.edges[0] * config_.entities + inputs_.edges[1];
        if (key.size(0) > 1
            && !(key.narrow(0, 1, key.size(0) - 1) > key.narrow(0, 0, key.size(0) - 1)).all().item<bool>()) {
            const torch::Tensor unique = std::get<0>(torch::_unique(key, /*sorted=*/true));
            inputs_.edges = torch::stack({unique.div(config_.entities, "floor"), unique.remainder(config_.entities)});
        }
    }
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
        std::vector<torch::Tensor> headOutputs;
        for (std::int64_t head = 0; head < heads; ++head) {
            const torch::Tensor weights = e[head];
            const torch::Tensor denominator = torch::zeros({n}, score.options()).index_add_(0, rows, weights);
            if (!(denominator > 0).all().item<bool>())
                throw std::runtime_error("graph attention: the scores of an entity's edges are too far apart for "
                                         "float32 (every weight underflows); the weights are not usable");
            headOutputs.push_back(passEdgeMessages(edges, weights, n, g[head]) / denominator.unsqueeze(-1));
        }
        const torch::Tensor out = torch::stack(headOutputs);  // [heads, N, H]
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
    const std::int64_t m = config_.modalityCount();
    const torch::Tensor present = inputs_.present;
    constexpr float kMinusInfinity = -std::numeric_limits<float>::infinity();
    if (config_.transformerFusion()) {
        torch::Tensor x = encoding.fusionInput;
        for (std::int64_t l = 0; l < config_.fusionLayers; ++l) {
            FusionLayer layer = fusionLayer(l, x, options.train);
            x = layer.hidden;
            if (options.keepIntermediates || l + 1 == config_.fusionLayers)
                encoding.layers.push_back(std::move(layer));
        }
        // Meta-weights: the attention each modality receives in the last layer, summed over heads
        // and over the queries (queries of absent modalities left out), scaled by 1/sqrt(M * heads)
        // as the reference does, softmax over the present modalities.
        const torch::Tensor& probs = encoding.layers.back().probs;  // [N, heads, M, M]
        const torch::Tensor received = (probs.sum(1) * present.unsqueeze(-1).to(probs.scalar_type())).sum(-2);
        encoding.weightLogits = received / std::sqrt(static_cast<double>(m * config_.fusionHeads));
    } else {
        // MCLEA: one weight per modality for every entity.
        encoding.weightLogits = weight(kMcleaFusionWeightsKey).view({1, m}).expand({config_.entities, m});
    }
    encoding.metaWeights = torch::softmax(encoding.weightLogits.masked_fill(present.logical_not(), kMinusInfinity), -1);
    std::vector<torch::Tensor> parts;
    for (std::int64_t s = 0; s < m; ++s) {
        const torch::Tensor unit = torch::nn::functional::normalize(
            encoding.modal[static_cast<std::size_t>(s)], torch::nn::functional::NormalizeFuncOptions().dim(1));
        parts.push_back(encoding.metaWeights.narrow(1, s, 1) * unit);
    }
    encoding.joint = torch::cat(parts, 1);
    return encoding;
}

namespace {

// Reference slot of each modality in the six uncertainty weights.
std::int64_t lossSlot(AlignmentModality modality)
{
    switch (modality) {
    case AlignmentModality::Graph:
        return 0;
    case AlignmentModality::Relation:
        return 1;
    case AlignmentModality::Attribute:
        return 2;
    case AlignmentModality::Visual:
        return 3;
    case AlignmentModality::Name:
        return 4;
    case AlignmentModality::Character:
        return 5;
    }
    return 0;
}

torch::Tensor normalizeRows(const torch::Tensor& x)
{
    return torch::nn::functional::normalize(x, torch::nn::functional::NormalizeFuncOptions().dim(1));
}

// Uniform(-bound, bound) in place, the form of PyTorch's default Linear initialisation.
torch::Tensor uniform(std::vector<std::int64_t> shape, double bound)
{
    return torch::empty(shape).uniform_(-bound, bound);
}

}  // namespace

std::map<std::string, torch::Tensor> MeaformerNetwork::initialWeights(const MeaformerConfig& c, std::uint64_t seed)
{
    torch::manual_seed(seed);
    torch::NoGradGuard noGrad;
    const auto shapes = expectedShapes(c);
    std::map<std::string, std::int64_t> fanIn;  // Linear stem → input width
    for (const auto& [name, shape] : shapes) {
        if (shape.size() == 2 && name.size() > 7 && name.compare(name.size() - 7, 7, ".weight") == 0)
            fanIn[name.substr(0, name.size() - 7)] = shape[1];
    }
    std::map<std::string, torch::Tensor> w;
    for (const auto& [name, shape] : shapes) {
        const bool bias = name.size() > 5 && name.compare(name.size() - 5, 5, ".bias") == 0;
        if (name == meaformerProjectionKey(AlignmentModality::Graph) + ".weight") {
            w[name] = torch::randn(shape) / std::sqrt(static_cast<double>(c.entities));
        } else if (name.find("cross_graph_model") != std::string::npos) {
            torch::Tensor t = torch::empty(shape);
            torch::nn::init::xavier_uniform_(t);
            w[name] = t;
        } else if (name == kMeaformerLossWeightsKey) {
            w[name] = torch::zeros(shape);
        } else if (name == kMcleaFusionWeightsKey) {
            w[name] = torch::ones(shape);
        } else if (name.find("LayerNorm") != std::string::npos) {
            w[name] = bias ? torch::zeros(shape) : torch::ones(shape);
        } else {
            // nn.Linear: weight and bias uniform in ±1/sqrt(fan_in) (kaiming_uniform with a = sqrt(5)).
            const std::string stem = name.substr(0, name.size() - (bias ? 5 : 7));
            const std::int64_t in = std::max<std::int64_t>(fanIn.count(stem) != 0 ? fanIn.at(stem) : 1, 1);
            w[name] = uniform(shape, 1.0 / std::sqrt(static_cast<double>(in)));
        }
    }
    return w;
}

torch::Tensor MeaformerNetwork::contrastiveLoss(const torch::Tensor& embedding, const torch::Tensor& pairs, double tau)
{
    const torch::Tensor e = normalizeRows(embedding);
    const torch::Tensor a = e.index_select(0, pairs.select(1, 0));
    const torch::Tensor b = e.index_select(0, pairs.select(1, 1));
    const std::int64_t n = a.size(0);
    // The reference subtracts 1e9 from a row's similarity with itself.
    constexpr double kLarge = 1e9;
    const torch::Tensor self = torch::eye(n, e.options()) * kLarge;
    const torch::Tensor aa = torch::matmul(a, a.t()) / tau - self;
    const torch::Tensor bb = torch::matmul(b, b.t()) / tau - self;
    const torch::Tensor ab = torch::matmul(a, b.t()) / tau;
    const torch::Tensor ba = torch::matmul(b, a.t()) / tau;
    // Target of row i is column i of [ab | aa] (its counterpart): cross-entropy, summed / n.
    const auto crossEntropy = [&](const torch::Tensor& logits) {
        return -torch::log_softmax(logits, 1).diagonal().sum() / static_cast<double>(n);
    };
    constexpr double kDirectionWeight = 0.5;  // the reference's ab_weight
    return kDirectionWeight * crossEntropy(torch::cat({ab, aa}, 1))
        + (1 - kDirectionWeight) * crossEntropy(torch::cat({ba, bb}, 1));
}

torch::Tensor MeaformerNetwork::alignmentLoss(
    const torch::Tensor& modality, const torch::Tensor& fused, const torch::Tensor& pairs, double tau)
{
    const torch::Tensor src = normalizeRows(modality);
    const torch::Tensor tar = normalizeRows(fused);
    const auto side = [&](const torch::Tensor& x, int s) { return x.index_select(0, pairs.select(1, s)); };
    const torch::Tensor sa = side(src, 0);
    const torch::Tensor sb = side(src, 1);
    const torch::Tensor ta = side(tar, 0);
    const torch::Tensor tb = side(tar, 1);
    const std::int64_t n = sa.size(0);
    constexpr double kLarge = 1e9;
    const torch::Tensor self = torch::eye(n, src.options()) * kLarge;
    const torch::Tensor p1 = torch::cat({torch::matmul(sa, sb.t()) / tau, torch::matmul(sa, sa.t()) / tau - self}, 1);
    const torch::Tensor p2 = torch::cat({torch::matmul(sb, sa.t()) / tau, torch::matmul(sb, sb.t()) / tau - self}, 1);
    const torch::Tensor q1 = torch::cat({torch::matmul(ta, tb.t()) / tau, torch::matmul(ta, ta.t()) / tau - self}, 1);
    const torch::Tensor q2 = torch::cat({torch::matmul(tb, ta.t()) / tau, torch::matmul(tb, tb.t()) / tau - self}, 1);
    const auto kl = [](const torch::Tensor& p, const torch::Tensor& q) {
        const torch::Tensor target = torch::softmax(q.detach(), 1);
        return (target * (torch::log(target.clamp_min(1e-30)) - torch::log_softmax(p, 1))).mean();
    };
    return kAlignmentZoom * (0.5 * kl(p1, q1) + 0.5 * kl(p2, q2));
}

MeaformerNetwork::Losses MeaformerNetwork::losses(
    const Encoding& e, const torch::Tensor& pairs, Objective objective) const
{
    Losses out;
    const double tau = config_.temperature;
    out.joint = contrastiveLoss(e.joint, pairs, tau);
    const torch::Tensor& logVars = weight(kMeaformerLossWeightsKey);
    const torch::Tensor precision = torch::exp(-logVars);
    const torch::Tensor present = inputs_.present;
    // Pairs whose two entities both have modality slot s (all pairs when nobody lacks it).
    const auto pairsWith = [&](std::int64_t s) {
        const torch::Tensor column = present.select(1, s);
        const torch::Tensor both
            = column.index_select(0, pairs.select(1, 0)) & column.index_select(0, pairs.select(1, 1));
        return pairs.index({both});
    };
    // The reference's CustomMultiLossLayer: sum over all six slots of exp(-v) * loss + v; a slot
    // without a loss still adds its v.
    const auto weighted = [&](const std::vector<std::pair<std::int64_t, torch::Tensor>>& slotLosses) {
        torch::Tensor sum = logVars.sum();
        for (const auto& [slot, loss] : slotLosses)
            sum = sum + precision[slot] * loss;
        return sum;
    };
    std::vector<std::pair<std::int64_t, torch::Tensor>> in;
    std::vector<std::pair<std::int64_t, torch::Tensor>> hiddenLosses;
    for (std::int64_t s = 0; s < config_.modalityCount(); ++s) {
        const torch::Tensor kept = pairsWith(s);
        if (kept.size(0) < 2)
            continue;
        in.emplace_back(lossSlot(config_.modalities[static_cast<std::size_t>(s)]),
            contrastiveLoss(e.modal[static_cast<std::size_t>(s)], kept, tau));
        // The reference labels the Transformer's output slots in fusion order with the loss slots
        // of its encoder order (slot 0 = "graph" holds the image token): kept as it is.
        if (objective == Objective::Meaformer && config_.transformerFusion() && s < kLossSlots)
            hiddenLosses.emplace_back(s, contrastiveLoss(e.layers.back().hidden.select(1, s), kept, tau));
    }
    out.intraIn = weighted(in);
    if (objective == Objective::Meaformer) {
        out.intraOut = config_.transformerFusion() ? weighted(hiddenLosses) : torch::zeros({}, e.joint.options());
        out.alignment = torch::zeros({}, e.joint.options());
        out.total = out.joint + out.intraIn + out.intraOut;
    } else {
        torch::Tensor alignment = torch::zeros({}, e.joint.options());
        for (std::int64_t s = 0; s < config_.modalityCount(); ++s) {
            const torch::Tensor kept = pairsWith(s);
            if (kept.size(0) >= 2)
                alignment = alignment
                    + alignmentLoss(e.modal[static_cast<std::size_t>(s)], e.joint, kept, kAlignmentTemperature);
        }
        out.alignment = alignment;
        out.intraOut = torch::zeros({}, e.joint.options());
        out.total = out.joint + out.intraIn + out.alignment;
    }
    return out;
}

}  // namespace tessera
