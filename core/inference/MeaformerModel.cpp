#include "inference/MeaformerModelState.h"

#include "alignment/AlignmentFeatures.h"
#include "graph/KnowledgeGraph.h"
#include "io/InputError.h"
#include "models/TorchTensors.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace tessera {

MeaformerModel::MeaformerModel(std::unique_ptr<State> state)
    : state_(std::move(state))
{
}

MeaformerModel::MeaformerModel(MeaformerModel&&) noexcept = default;
MeaformerModel& MeaformerModel::operator=(MeaformerModel&&) noexcept = default;
MeaformerModel::~MeaformerModel() = default;

MeaformerModel::State& MeaformerModel::state()
{
    return *state_;
}

const MeaformerConfig& MeaformerModel::config() const
{
    return state_->config;
}

const std::array<GraphIdentity, 2>& MeaformerModel::graphIdentities() const
{
    return state_->graphs;
}

void MeaformerModel::setGraphIdentities(const std::array<GraphIdentity, 2>& identities)
{
    state_->graphs = identities;
}

void MeaformerModel::requireWorkspace(
    const KnowledgeGraph& a, const KnowledgeGraph& b, const std::string& modelPath) const
{
    const std::array<const KnowledgeGraph*, 2> graphs = {&a, &b};
    for (std::size_t g = 0; g < 2; ++g) {
        const GraphIdentity actual = identityOf(*graphs[g]);
        const GraphIdentity& expected = state_->graphs[g];
        const char* side = g == 0 ? "A" : "B";
        if (actual.entities != expected.entities || actual.relations != expected.relations) {
            throw InputError(modelPath,
                std::string("model aligns a graph ") + side + " with " + std::to_string(expected.entities)
                    + " entities and " + std::to_string(expected.relations) + " relations, but the workspace's graph "
                    + side + " ('" + graphs[g]->metadata().name + "') has " + std::to_string(actual.entities) + " and "
                    + std::to_string(actual.relations));
        }
        if (actual.checksum != expected.checksum) {
            throw InputError(modelPath,
                std::string("model was trained on another workspace (graph ") + side + " key checksum "
                    + expected.checksum + ", the workspace's '" + graphs[g]->metadata().name + "' has "
                    + actual.checksum + ")");
        }
    }
}

std::vector<std::array<std::int64_t, 2>> MeaformerModel::trainPairs() const
{
    const torch::Tensor pairs = state_->network->inputs().trainPairs.to(torch::kCPU).contiguous();
    std::vector<std::array<std::int64_t, 2>> out;
    const auto* data = pairs.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < pairs.size(0); ++i)
        out.push_back({data[2 * i], data[2 * i + 1]});
    return out;
}

ComputeInfo MeaformerModel::useDevice(const std::string& requested, int threads)
{
    const ComputeInfo info = configureCompute(requested, threads);
    state_->device = torch::Device(info.device);
    state_->network->to(state_->device);
    state_->clearCaches();
    return info;
}

void MeaformerModel::State::clearCaches()
{
    unitJoint = torch::Tensor();
    representation.reset();
}

const torch::Tensor& MeaformerModel::State::finalEmbeddings()
{
    if (!unitJoint.defined()) {
        torch::InferenceMode inference;
        const MeaformerNetwork::Encoding encoding = network->encode({});
        unitJoint
            = torch::nn::functional::normalize(encoding.joint, torch::nn::functional::NormalizeFuncOptions().dim(1));
    }
    return unitJoint;
}

const MeaformerRepresentation& MeaformerModel::representation()
{
    if (!state_->representation) {
        torch::InferenceMode inference;
        const MeaformerNetwork::Encoding encoding = state_->network->encode({});
        MeaformerRepresentation out;
        out.modalities = state_->config.modalities;
        for (const torch::Tensor& modal : encoding.modal)
            out.modal.push_back(toFloatArray(modal));
        out.metaWeights = toFloatArray(encoding.metaWeights);
        out.joint = toFloatArray(encoding.joint);
        const torch::Tensor present = state_->network->inputs().present.to(torch::kCPU, torch::kUInt8).contiguous();
        out.present.assign(present.data_ptr<std::uint8_t>(), present.data_ptr<std::uint8_t>() + present.numel());
        state_->representation = std::move(out);
    }
    return *state_->representation;
}

MeaformerIntermediates MeaformerModel::intermediates()
{
    torch::InferenceMode inference;
    MeaformerNetwork::EncodeOptions options;
    options.keepIntermediates = true;
    const MeaformerNetwork::Encoding encoding = state_->network->encode(options);
    MeaformerIntermediates out;
    for (const torch::Tensor& heads : encoding.graphHeads)
        out.graphHeads.push_back(toFloatArray(heads));
    out.fusionInput = toFloatArray(encoding.fusionInput);
    for (const MeaformerNetwork::FusionLayer& layer : encoding.layers) {
        out.attentionProbs.push_back(toFloatArray(layer.probs));
        out.attentionOutput.push_back(toFloatArray(layer.attentionOutput));
        out.hidden.push_back(toFloatArray(layer.hidden));
    }
    out.weightLogits = toFloatArray(encoding.weightLogits);
    return out;
}

void MeaformerModel::similarityInto(
    std::span<const std::int64_t> rows, std::span<const std::int64_t> columns, std::span<float> out)
{
    const auto n = static_cast<std::int64_t>(rows.size());
    const auto m = static_cast<std::int64_t>(columns.size());
    if (out.size() != static_cast<std::size_t>(n * m))
        throw std::invalid_argument("similarityInto: the output holds " + std::to_string(out.size())
            + " values, expected " + std::to_string(n * m));
    const std::int64_t entities = state_->config.entities;
    for (const std::int64_t r : rows) {
        if (r < 0 || r >= entities)
            throw std::out_of_range("similarityInto: row " + std::to_string(r) + " is not an entity row");
    }
    for (const std::int64_t c : columns) {
        if (c < 0 || c >= entities)
            throw std::out_of_range("similarityInto: column " + std::to_string(c) + " is not an entity row");
    }
    torch::InferenceMode inference;
    const torch::Tensor& f = state_->finalEmbeddings();
    const auto index = [&](std::span<const std::int64_t> ids) {
        return torch::from_blob(
            const_cast<std::int64_t*>(ids.data()), {static_cast<std::int64_t>(ids.size())}, torch::kInt64)
            .to(state_->device);
    };
    const torch::Tensor a = f.index_select(0, index(rows));
    const torch::Tensor b = f.index_select(0, index(columns));
    torch::Tensor result = torch::from_blob(out.data(), {n, m}, torch::kFloat32);
    // In place, in the reference's order: |a|² + |b|² - 2 a·b, clamped at 0, then 1 - d. On the CPU
    // the product is written straight into `out` (one n × m buffer, no copies).
    torch::Tensor block = state_->device.is_cpu() ? result : torch::empty({n, m}, f.options());
    torch::mm_out(block, a, b.t());
    block.mul_(-2).add_(a.square().sum(1, true)).add_(b.square().sum(1).unsqueeze(0)).clamp_min_(0);
    block.neg_().add_(1);
    if (!state_->device.is_cpu())
        result.copy_(block);
}

std::vector<float> MeaformerModel::modalitySimilarity(std::int64_t row, std::int64_t column)
{
    const MeaformerRepresentation& rep = representation();
    const std::size_t m = rep.modalities.size();
    std::vector<float> out(m, std::numeric_limits<float>::quiet_NaN());
    for (std::size_t s = 0; s < m; ++s) {
        if (rep.present[static_cast<std::size_t>(row) * m + s] == 0
            || rep.present[static_cast<std::size_t>(column) * m + s] == 0)
            continue;
        const FloatArray& e = rep.modal[s];
        const std::int64_t h = e.dim(1);
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (std::int64_t k = 0; k < h; ++k) {
            const double x = e.at(row, k);
            const double y = e.at(column, k);
            dot += x * y;
            na += x * x;
            nb += y * y;
        }
        if (na > 0 && nb > 0)
            out[s] = static_cast<float>(dot / std::sqrt(na * nb));
    }
    return out;
}

namespace {

torch::Tensor pairTensor(std::span<const std::array<std::int64_t, 2>> pairs)
{
    std::vector<std::int64_t> flat;
    for (const auto& pair : pairs)
        flat.insert(flat.end(), pair.begin(), pair.end());
    return torch::tensor(flat, torch::kInt64).view({static_cast<std::int64_t>(pairs.size()), 2});
}

}  // namespace

MeaformerModel MeaformerModel::createRandom(const MeaformerConfig& config, const AlignmentFeatures& features,
    std::span<const std::array<std::int64_t, 2>> trainPairs, const std::array<GraphIdentity, 2>& graphs,
    std::uint64_t seed)
{
    config.validate();
    if (features.entities != config.entities || features.entitiesA != config.entitiesA)
        throw std::invalid_argument("the features are for another workspace (entity counts differ)");
    MeaformerInputs in;
    const std::int64_t n = config.entities;
    for (const AlignmentModality modality : config.modalities) {
        if (modality == AlignmentModality::Graph)
            continue;
        const auto it = features.features.find(modality);
        if (it == features.features.end() || it->second.dim(1) != config.inputWidth(modality))
            throw std::invalid_argument(
                "no " + std::string(alignmentModalityKey(modality)) + " features of the configured width");
        in.features[modality] = torch::tensor(it->second.values, torch::kFloat32).view({n, it->second.dim(1)});
    }
    const auto edges = static_cast<std::int64_t>(features.edgeRows.size());
    in.edges = torch::stack(
        {torch::tensor(features.edgeRows, torch::kInt64), torch::tensor(features.edgeNeighbours, torch::kInt64)})
                   .view({2, edges});
    in.present = torch::ones({n, config.modalityCount()}, torch::kBool);
    for (std::int64_t s = 0; s < config.modalityCount(); ++s) {
        const auto it = features.present.find(config.modalities[static_cast<std::size_t>(s)]);
        if (it != features.present.end())
            in.present.select(1, s).copy_(
                torch::tensor(std::vector<std::int64_t>(it->second.begin(), it->second.end())).ne(0));
    }
    in.trainPairs = trainPairs.empty() ? torch::zeros({0, 2}, torch::kInt64) : pairTensor(trainPairs);
    auto state = std::make_unique<State>();
    state->config = config;
    state->network
        = std::make_unique<MeaformerNetwork>(config, MeaformerNetwork::initialWeights(config, seed), std::move(in));
    state->graphs = graphs;
    return MeaformerModel(std::move(state));
}

MeaformerLosses MeaformerModel::evaluationLosses(std::span<const std::array<std::int64_t, 2>> pairs, bool mclea)
{
    torch::NoGradGuard noGrad;
    const MeaformerNetwork::Encoding encoding = state_->network->encode({});
    const MeaformerNetwork::Losses losses = state_->network->losses(encoding, pairTensor(pairs).to(state_->device),
        mclea ? MeaformerNetwork::Objective::Mclea : MeaformerNetwork::Objective::Meaformer);
    return {losses.joint.item<double>(), losses.intraIn.item<double>(), losses.intraOut.item<double>(),
        losses.alignment.item<double>(), losses.total.item<double>()};
}

}  // namespace tessera
