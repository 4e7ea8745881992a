#include "models/mygo/MygoNetwork.h"

#include <cmath>
#include <stdexcept>

namespace tessera {

namespace F = torch::nn::functional;

namespace {

std::string layerName(const char* stack, std::int64_t index)
{
    return std::string(stack) + ".layers." + std::to_string(index);
}

// The parameters of one reference nn.TransformerEncoderLayer (post-norm, ReLU).
void appendEncoderLayerShapes(std::vector<std::pair<std::string, std::vector<std::int64_t>>>& out,
    const std::string& prefix, std::int64_t dim, std::int64_t ffn)
{
    out.push_back({prefix + ".self_attn.in_proj_weight", {3 * dim, dim}});
    out.push_back({prefix + ".self_attn.in_proj_bias", {3 * dim}});
    out.push_back({prefix + ".self_attn.out_proj.weight", {dim, dim}});
    out.push_back({prefix + ".self_attn.out_proj.bias", {dim}});
    out.push_back({prefix + ".linear1.weight", {ffn, dim}});
    out.push_back({prefix + ".linear1.bias", {ffn}});
    out.push_back({prefix + ".linear2.weight", {dim, ffn}});
    out.push_back({prefix + ".linear2.bias", {dim}});
    out.push_back({prefix + ".norm1.weight", {dim}});
    out.push_back({prefix + ".norm1.bias", {dim}});
    out.push_back({prefix + ".norm2.weight", {dim}});
    out.push_back({prefix + ".norm2.bias", {dim}});
}

bool isBuffer(const std::string& name)
{
    return name.find("running_mean") != std::string::npos || name.find("running_var") != std::string::npos
        || name.find("num_batches_tracked") != std::string::npos;
}

// PyTorch's default nn.Linear initialisation (kaiming-uniform weight with a = sqrt(5), bias
// uniform in ±1/sqrt(fan_in)).
void initLinear(torch::Tensor& weight, torch::Tensor& bias)
{
    torch::nn::init::kaiming_uniform_(weight, std::sqrt(5.0));
    const double bound = 1.0 / std::sqrt(static_cast<double>(weight.size(1)));
    torch::nn::init::uniform_(bias, -bound, bound);
}

}  // namespace

std::vector<std::pair<std::string, std::vector<std::int64_t>>> MygoNetwork::expectedShapes(const MygoConfig& c)
{
    std::vector<std::pair<std::string, std::vector<std::int64_t>>> out;
    const std::int64_t d = c.dim;
    out.push_back({"ent_token", {1, 1, d}});
    out.push_back({"ent_embeddings", {c.numEntities, 1, d}});
    out.push_back({"rel_embeddings", {c.numRelations, 1, d}});
    out.push_back({"lp_token", {1, d}});
    for (const char* name : {"pos_str_ent", "pos_vis_ent", "pos_txt_ent", "pos_head", "pos_rel", "pos_tail"})
        out.push_back({name, {1, 1, d}});
    for (const char* name : {"str_ent_ln", "str_rel_ln", "vis_ln", "txt_ln"}) {
        out.push_back({std::string(name) + ".weight", {d}});
        out.push_back({std::string(name) + ".bias", {d}});
    }
    out.push_back({"proj_ent_vis.weight", {d, c.visualTokenDim}});
    out.push_back({"proj_ent_vis.bias", {d}});
    out.push_back({"proj_ent_txt.weight", {d, c.textTokenDim}});
    out.push_back({"proj_ent_txt.bias", {d}});
    for (std::int64_t l = 0; l < c.entityLayers; ++l)
        appendEncoderLayerShapes(out, layerName("ent_encoder", l), d, c.ffnDim);
    for (std::int64_t l = 0; l < c.decoderLayers; ++l)
        appendEncoderLayerShapes(out, layerName("decoder", l), d, c.ffnDim);
    out.push_back({"tucker_decoder.W", {d, d, d}});
    for (const char* bn : {"tucker_decoder.bn0", "tucker_decoder.bn1"}) {
        for (const char* part : {"weight", "bias", "running_mean", "running_var"})
            out.push_back({std::string(bn) + "." + part, {d}});
        out.push_back({std::string(bn) + ".num_batches_tracked", {}});
    }
    return out;
}

TensorMap MygoNetwork::initialWeights(const MygoConfig& config, std::uint64_t seed)
{
    config.validate();
    torch::manual_seed(seed);
    torch::NoGradGuard noGrad;
    TensorMap w;
    for (const auto& [name, shape] : expectedShapes(config)) {
        if (name.find("num_batches_tracked") != std::string::npos)
            w[name] = torch::zeros(shape, torch::kInt64);
        else
            w[name] = torch::zeros(shape, torch::kFloat32);
    }
    for (auto& [name, tensor] : w) {
        const bool isNormWeight
            = (name.find("_ln.weight") != std::string::npos || name.find("norm1.weight") != std::string::npos
                || name.find("norm2.weight") != std::string::npos || name.find(".bn0.weight") != std::string::npos
                || name.find(".bn1.weight") != std::string::npos || name.find("running_var") != std::string::npos);
        if (isNormWeight)
            tensor.fill_(1.0);
    }
    for (const char* name : {"ent_embeddings", "rel_embeddings", "ent_token", "lp_token", "pos_str_ent", "pos_vis_ent",
             "pos_txt_ent", "pos_head", "pos_rel", "pos_tail", "tucker_decoder.W"})
        torch::nn::init::xavier_uniform_(w[name]);
    initLinear(w["proj_ent_vis.weight"], w["proj_ent_vis.bias"]);
    initLinear(w["proj_ent_txt.weight"], w["proj_ent_txt.bias"]);
    // The reference re-initialises the projections with xavier after the Linear defaults.
    torch::nn::init::xavier_uniform_(w["proj_ent_vis.weight"]);
    torch::nn::init::xavier_uniform_(w["proj_ent_txt.weight"]);
    const auto initLayers = [&](const char* stack, std::int64_t count) {
        for (std::int64_t l = 0; l < count; ++l) {
            const std::string p = layerName(stack, l);
            torch::nn::init::xavier_uniform_(w[p + ".self_attn.in_proj_weight"]);
            torch::nn::init::kaiming_uniform_(w[p + ".self_attn.out_proj.weight"], std::sqrt(5.0));
            initLinear(w[p + ".linear1.weight"], w[p + ".linear1.bias"]);
            initLinear(w[p + ".linear2.weight"], w[p + ".linear2.bias"]);
        }
    };
    initLayers("ent_encoder", config.entityLayers);
    initLayers("decoder", config.decoderLayers);
    return w;
}

MygoNetwork::MygoNetwork(MygoConfig config, TensorMap weights, MygoTokenTensors tokens)
    : config_(std::move(config))
    , weights_(std::move(weights))
    , tokens_(std::move(tokens))
{
    config_.validate();
    for (const auto& [name, shape] : expectedShapes(config_)) {
        const auto it = weights_.find(name);
        if (it == weights_.end())
            throw std::invalid_argument("missing tensor '" + name + "'");
        if (it->second.sizes().vec() != shape)
            throw std::invalid_argument("tensor '" + name + "' has shape " + c10::str(it->second.sizes())
                + ", expected " + c10::str(c10::IntArrayRef(shape)));
    }
}

const torch::Tensor& MygoNetwork::w(const std::string& name) const
{
    const auto it = weights_.find(name);
    if (it == weights_.end())
        throw std::logic_error("MygoNetwork: no tensor '" + name + "'");
    return it->second;
}

std::vector<torch::Tensor> MygoNetwork::trainableParameters()
{
    std::vector<torch::Tensor> out;
    for (auto& [name, tensor] : weights_) {
        if (isBuffer(name))
            continue;
        tensor.set_requires_grad(true);
        out.push_back(tensor);
    }
    return out;
}

void MygoNetwork::to(const torch::Device& device)
{
    torch::NoGradGuard noGrad;
    for (auto& [name, tensor] : weights_)
        tensor = tensor.to(device);
    tokens_.visualTable = tokens_.visualTable.to(device);
    tokens_.textTable = tokens_.textTable.to(device);
    tokens_.visualIndex = tokens_.visualIndex.to(device);
    tokens_.visualMask = tokens_.visualMask.to(device);
    tokens_.textIndex = tokens_.textIndex.to(device);
    tokens_.textMask = tokens_.textMask.to(device);
}

torch::Tensor MygoNetwork::encoderLayer(const std::string& p, const torch::Tensor& x,
    const torch::Tensor& keyPaddingMask, bool train, bool queryFirstOnly, torch::Tensor* attention) const
{
    const std::int64_t batch = x.size(0);
    const std::int64_t length = x.size(1);
    const std::int64_t d = config_.dim;
    const std::int64_t heads = config_.heads;
    const std::int64_t hd = config_.headDim();
    const double p_drop = config_.dropout;

    const auto& inW = w(p + ".self_attn.in_proj_weight");
    const auto& inB = w(p + ".self_attn.in_proj_bias");
    // Keys and values need every position; the query only the positions whose output is used.
    const torch::Tensor xq = queryFirstOnly ? x.narrow(1, 0, 1) : x;
    const std::int64_t lq = xq.size(1);
    torch::Tensor q = torch::linear(xq, inW.narrow(0, 0, d), inB.narrow(0, 0, d));
    torch::Tensor k = torch::linear(x, inW.narrow(0, d, d), inB.narrow(0, d, d));
    torch::Tensor v = torch::linear(x, inW.narrow(0, 2 * d, d), inB.narrow(0, 2 * d, d));
    q = q.view({batch, lq, heads, hd}).transpose(1, 2);
    k = k.view({batch, length, heads, hd}).transpose(1, 2);
    v = v.view({batch, length, heads, hd}).transpose(1, 2);
    // PyTorch scales the query before the product; doing the same keeps rounding closest.
    q = q / std::sqrt(static_cast<double>(hd));
    torch::Tensor scores = torch::matmul(q, k.transpose(-2, -1));
    if (keyPaddingMask.defined())
        scores
            = scores.masked_fill(keyPaddingMask.view({batch, 1, 1, length}), -std::numeric_limits<float>::infinity());
    torch::Tensor probs = torch::softmax(scores, -1);
    if (attention != nullptr)
        *attention = probs;
    const torch::Tensor context
        = torch::matmul(torch::dropout(probs, p_drop, train), v).transpose(1, 2).reshape({batch, lq, d});
    const torch::Tensor attended
        = torch::linear(context, w(p + ".self_attn.out_proj.weight"), w(p + ".self_attn.out_proj.bias"));
    const double eps = config_.layerNormEps;
    const torch::Tensor h = torch::layer_norm(
        xq + torch::dropout(attended, p_drop, train), {d}, w(p + ".norm1.weight"), w(p + ".norm1.bias"), eps);
    const torch::Tensor ff = torch::linear(
        torch::dropout(torch::relu(torch::linear(h, w(p + ".linear1.weight"), w(p + ".linear1.bias"))), p_drop, train),
        w(p + ".linear2.weight"), w(p + ".linear2.bias"));
    return torch::layer_norm(
        h + torch::dropout(ff, p_drop, train), {d}, w(p + ".norm2.weight"), w(p + ".norm2.bias"), eps);
}

torch::Tensor MygoNetwork::entitySequence(
    const torch::Tensor& entities, const EncodeOptions& options, torch::Tensor& keyMask)
{
    const std::int64_t n = entities.size(0);
    const std::int64_t d = config_.dim;
    const double eps = config_.layerNormEps;
    const bool train = options.train;
    std::vector<torch::Tensor> parts;
    std::vector<torch::Tensor> masks;
    parts.push_back(w("ent_token").expand({n, 1, d}));
    const torch::Tensor structure = torch::layer_norm(
        w("ent_embeddings").index_select(0, entities), {d}, w("str_ent_ln.weight"), w("str_ent_ln.bias"), eps);
    parts.push_back(torch::dropout(structure, config_.embeddingDropout, train) + w("pos_str_ent"));
    const auto options2 = torch::TensorOptions().dtype(torch::kBool).device(entities.device());
    masks.push_back(torch::zeros({n, 2}, options2));
    if (config_.visualTokens > 0) {
        const torch::Tensor rows = torch::embedding(tokens_.visualTable, tokens_.visualIndex.index_select(0, entities));
        const torch::Tensor projected = torch::linear(rows, w("proj_ent_vis.weight"), w("proj_ent_vis.bias"));
        const torch::Tensor normed = torch::layer_norm(projected, {d}, w("vis_ln.weight"), w("vis_ln.bias"), eps);
        parts.push_back(torch::dropout(normed, config_.visualDropout, train) + w("pos_vis_ent"));
        masks.push_back(options.maskVisual ? torch::ones({n, config_.visualTokens}, options2)
                                           : tokens_.visualMask.index_select(0, entities));
    }
    if (config_.textTokens > 0) {
        const torch::Tensor rows = torch::embedding(tokens_.textTable, tokens_.textIndex.index_select(0, entities));
        const torch::Tensor projected = torch::linear(rows, w("proj_ent_txt.weight"), w("proj_ent_txt.bias"));
        const torch::Tensor normed = torch::layer_norm(projected, {d}, w("txt_ln.weight"), w("txt_ln.bias"), eps);
        parts.push_back(torch::dropout(normed, config_.textDropout, train) + w("pos_txt_ent"));
        masks.push_back(options.maskText ? torch::ones({n, config_.textTokens}, options2)
                                         : tokens_.textMask.index_select(0, entities));
    }
    keyMask = torch::cat(masks, 1);
    return torch::cat(parts, 1);
}

MygoNetwork::EntityEncoding MygoNetwork::encodeEntities(const torch::Tensor& entitiesIn, const EncodeOptions& options)
{
    const torch::Tensor entities = entitiesIn.defined()
        ? entitiesIn
        : torch::arange(
            config_.numEntities, torch::TensorOptions().dtype(torch::kInt64).device(w("ent_embeddings").device()));
    EntityEncoding encoding;
    torch::Tensor keyMask;
    torch::Tensor x = entitySequence(entities, options, keyMask);
    if (options.keepAllPositions)
        encoding.sequence = x;
    for (std::int64_t l = 0; l < config_.entityLayers; ++l) {
        const bool last = l + 1 == config_.entityLayers;
        const bool firstOnly = last && !options.keepAllPositions && !options.captureAttention;
        torch::Tensor attention;
        x = encoderLayer(layerName("ent_encoder", l), x, keyMask, options.train, firstOnly,
            options.captureAttention ? &attention : nullptr);
        if (options.captureAttention)
            encoding.attention.push_back(attention);
    }
    if (options.keepAllPositions)
        encoding.allPositions = x;
    torch::Tensor reps = x.select(1, 0);
    if (options.appendMissingEntityToken)
        reps = torch::cat({reps, w("lp_token")}, 0);
    encoding.representations = reps;
    return encoding;
}

torch::Tensor MygoNetwork::relationRepresentations(bool train)
{
    const torch::Tensor normed = torch::layer_norm(
        w("rel_embeddings"), {config_.dim}, w("str_rel_ln.weight"), w("str_rel_ln.bias"), config_.layerNormEps);
    return torch::dropout(normed, config_.embeddingDropout, train).squeeze(1);
}

torch::Tensor MygoNetwork::encodeTriples(const torch::Tensor& entityReps, const torch::Tensor& relationReps,
    const torch::Tensor& triplets, bool train, std::vector<torch::Tensor>* attention)
{
    const std::int64_t n = config_.numEntities;
    const std::int64_t r = config_.numRelations;
    const torch::Tensor h = entityReps.index_select(0, triplets.select(1, 0) - r) + w("pos_head").view({1, -1});
    const torch::Tensor rel = relationReps.index_select(0, triplets.select(1, 1) - n) + w("pos_rel").view({1, -1});
    const torch::Tensor t = entityReps.index_select(0, triplets.select(1, 2) - r) + w("pos_tail").view({1, -1});
    torch::Tensor x = torch::stack({h, rel, t}, 1);
    for (std::int64_t l = 0; l < config_.decoderLayers; ++l) {
        torch::Tensor probs;
        x = encoderLayer(
            layerName("decoder", l), x, torch::Tensor(), train, false, attention != nullptr ? &probs : nullptr);
        if (attention != nullptr)
            attention->push_back(probs);
    }
    return x;
}

torch::Tensor MygoNetwork::tucker(const torch::Tensor& context, const torch::Tensor& relation, bool train)
{
    const std::int64_t d = config_.dim;
    if (train) {
        torch::NoGradGuard noGrad;
        weights_["tucker_decoder.bn0.num_batches_tracked"].add_(1);
        weights_["tucker_decoder.bn1.num_batches_tracked"].add_(1);
    }
    torch::Tensor x = torch::batch_norm(context, w("tucker_decoder.bn0.weight"), w("tucker_decoder.bn0.bias"),
        w("tucker_decoder.bn0.running_mean"), w("tucker_decoder.bn0.running_var"), train, config_.batchNormMomentum,
        config_.batchNormEps, false);
    x = torch::dropout(x, config_.tuckerInputDropout, train);
    const torch::Tensor& coreTensor = w("tucker_decoder.W");
    if (!train && x.size(0) == 1) {
        // One query (interactive prediction): two matrix-vector products stream the d^3 core once.
        // A 1-row matmul makes OpenBLAS pack a copy of all of W first, about 5x slower.
        const torch::Tensor core = torch::mv(coreTensor.view({d, d * d}).t(), relation[0]).view({d, d});
        x = torch::mv(core.t(), x[0]).unsqueeze(0);
        return torch::batch_norm(x, w("tucker_decoder.bn1.weight"), w("tucker_decoder.bn1.bias"),
            w("tucker_decoder.bn1.running_mean"), w("tucker_decoder.bn1.running_var"), false, config_.batchNormMomentum,
            config_.batchNormEps, false);
    }
    // The relation-specific core: relation vector times W viewed as [d, d*d], per row [d, d].
    torch::Tensor core = torch::matmul(relation, coreTensor.view({d, d * d})).view({-1, d, d});
    core = torch::dropout(core, config_.tuckerHiddenDropout, train);
    x = torch::bmm(x.unsqueeze(1), core).squeeze(1);
    x = torch::batch_norm(x, w("tucker_decoder.bn1.weight"), w("tucker_decoder.bn1.bias"),
        w("tucker_decoder.bn1.running_mean"), w("tucker_decoder.bn1.running_var"), train, config_.batchNormMomentum,
        config_.batchNormEps, false);
    return torch::dropout(x, config_.tuckerOutputDropout, train);
}

torch::Tensor MygoNetwork::scoreAgainst(
    const torch::Tensor& queries, const torch::Tensor& entityReps, std::int64_t numEntities)
{
    const torch::Tensor candidates = entityReps.narrow(0, 0, numEntities);
    // One query: a matrix-vector product, 3x faster than a 1-row matmul against the transpose.
    if (queries.size(0) == 1 && !queries.requires_grad())
        return torch::mv(candidates, queries[0]).unsqueeze(0);
    return torch::matmul(queries, candidates.t());
}

torch::Tensor MygoNetwork::scoreTriplets(const torch::Tensor& entityReps, const torch::Tensor& relationReps,
    const torch::Tensor& triplets, bool train, torch::Tensor* decoderOut, torch::Tensor* tuckerOut)
{
    const torch::Tensor out = encodeTriples(entityReps, relationReps, triplets, train);
    if (decoderOut != nullptr)
        *decoderOut = out;
    // The reference takes the context at the slot holding the mask id (head or tail).
    const torch::Tensor isMask = triplets.eq(config_.maskId());
    const torch::Tensor maskSlot = isMask.to(torch::kInt64).argmax(1);
    const torch::Tensor rows = torch::arange(triplets.size(0), triplets.options());
    const torch::Tensor context = out.index({rows, maskSlot});
    const torch::Tensor relation = out.select(1, 1);
    const torch::Tensor query = tucker(context, relation, train);
    if (tuckerOut != nullptr)
        *tuckerOut = query;
    return scoreAgainst(query, entityReps, config_.numEntities);
}

torch::Tensor MygoNetwork::contrastiveLoss(const torch::Tensor& firstPass, const torch::Tensor& rows, bool train,
    std::vector<torch::Tensor>* views, std::vector<torch::Tensor>* terms)
{
    EncodeOptions options;
    options.train = train;
    options.keepAllPositions = true;
    const EntityEncoding second = encodeEntities(torch::Tensor(), options);
    const torch::Tensor all = second.allPositions;
    const torch::Tensor lp = w("lp_token");
    const std::int64_t v = config_.visualTokens;
    const std::int64_t length = all.size(1);
    std::vector<torch::Tensor> viewList;
    viewList.push_back(torch::cat({all.select(1, 0), lp}, 0));
    viewList.push_back(torch::cat({all.mean(1), lp}, 0));
    if (v > 0)
        viewList.push_back(torch::cat({all.narrow(1, 2, v).mean(1), lp}, 0));
    // The reference slices [2 + V, -1): the last text slot is left out. With fewer than two text
    // slots that slice is empty (the reference would produce NaN); the view is skipped then.
    const std::int64_t textSlots = length - 1 - (2 + v);
    if (textSlots > 0)
        viewList.push_back(torch::cat({all.narrow(1, 2 + v, textSlots).mean(1), lp}, 0));
    const torch::Tensor anchors = F::normalize(firstPass.index_select(0, rows), F::NormalizeFuncOptions().dim(1));
    const torch::Tensor targets = torch::arange(rows.size(0), rows.options());
    torch::Tensor total = torch::zeros({}, firstPass.options());
    for (const torch::Tensor& view : viewList) {
        const torch::Tensor other = F::normalize(view.index_select(0, rows), F::NormalizeFuncOptions().dim(1));
        const torch::Tensor logits = torch::matmul(anchors, other.t()) / config_.contrastiveTemperature;
        const torch::Tensor term = F::cross_entropy(logits, targets);
        if (terms != nullptr)
            terms->push_back(term);
        total = total + term;
    }
    if (views != nullptr)
        *views = viewList;
    return total / static_cast<double>(viewList.size());
}

}  // namespace tessera
