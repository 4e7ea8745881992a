#include "inference/MygoModelState.h"

#include "graph/KnowledgeGraph.h"
#include "io/InputError.h"
#include "models/TorchTensors.h"

#include <stdexcept>

namespace tessera {

namespace {

int ablationIndex(MygoModel::Ablation ablation)
{
    return (ablation.maskVisual ? 1 : 0) + (ablation.maskText ? 2 : 0);
}

torch::Tensor entityTensor(std::span<const EntityId> entities, std::int64_t count, const torch::Device& device)
{
    std::vector<std::int64_t> ids;
    ids.reserve(entities.size());
    for (const EntityId e : entities) {
        if (e >= static_cast<std::uint64_t>(count))
            throw std::out_of_range(
                "entity id " + std::to_string(e) + " is outside the model's " + std::to_string(count) + " entities");
        ids.push_back(e);
    }
    return torch::tensor(ids, torch::kInt64).to(device);
}

}  // namespace

MygoTokenTensors tokenTensorsFrom(const MygoTokenInputs& in, const MygoConfig& c)
{
    const auto table = [](const FloatArray& array, std::int64_t width, const char* what) {
        if (array.shape.size() != 2 || array.shape[1] != width)
            throw std::invalid_argument(std::string(what) + " table must be [rows, " + std::to_string(width) + "]");
        return torch::from_blob(const_cast<float*>(array.values.data()), array.shape, torch::kFloat32).clone();
    };
    const auto indices
        = [&](const std::vector<std::int64_t>& ids, std::int64_t width, std::int64_t rows, const char* what) {
              if (static_cast<std::int64_t>(ids.size()) != c.numEntities * width)
                  throw std::invalid_argument(std::string(what) + " token ids must be [" + std::to_string(c.numEntities)
                      + ", " + std::to_string(width) + "]");
              for (const std::int64_t id : ids) {
                  if (id < 0 || id >= rows)
                      throw std::invalid_argument(std::string(what) + " token id " + std::to_string(id)
                          + " is outside the table (" + std::to_string(rows) + " rows)");
              }
              return torch::tensor(ids, torch::kInt64).view({c.numEntities, width});
          };
    const auto masks = [&](const std::vector<std::uint8_t>& mask, std::int64_t width, const char* what) {
        if (static_cast<std::int64_t>(mask.size()) != c.numEntities * width)
            throw std::invalid_argument(std::string(what) + " mask must be [" + std::to_string(c.numEntities) + ", "
                + std::to_string(width) + "]");
        std::vector<std::int64_t> wide(mask.begin(), mask.end());
        return torch::tensor(wide, torch::kInt64).view({c.numEntities, width}).ne(0);
    };
    MygoTokenTensors t;
    t.visualTable = table(in.visualTable, c.visualTokenDim, "visual");
    t.textTable = table(in.textTable, c.textTokenDim, "text");
    t.visualIndex = indices(in.visualIndex, c.visualTokens, t.visualTable.size(0), "visual");
    t.textIndex = indices(in.textIndex, c.textTokens, t.textTable.size(0), "text");
    t.visualMask = masks(in.visualMask, c.visualTokens, "visual");
    t.textMask = masks(in.textMask, c.textTokens, "text");
    return t;
}

void MygoModel::State::clearCaches()
{
    for (auto& tensor : representationCache)
        tensor = torch::Tensor();
    for (auto& array : representationArrays)
        array.reset();
}

const torch::Tensor& MygoModel::State::representations(Ablation ablation)
{
    computeRepresentations(ablation, {});
    return representationCache[static_cast<std::size_t>(ablationIndex(ablation))];
}

bool MygoModel::State::computeRepresentations(Ablation ablation, const RepresentationProgress& keepGoing)
{
    torch::Tensor& cached = representationCache[static_cast<std::size_t>(ablationIndex(ablation))];
    if (cached.defined())
        return true;
    torch::InferenceMode inference;
    MygoNetwork::EncodeOptions options;
    options.appendMissingEntityToken = false;
    options.maskVisual = ablation.maskVisual;
    options.maskText = ablation.maskText;
    std::vector<torch::Tensor> parts;
    const auto idOptions = torch::TensorOptions().dtype(torch::kInt64).device(device);
    for (std::int64_t start = 0; start < config.numEntities; start += encodeBatch) {
        const std::int64_t count = std::min(encodeBatch, config.numEntities - start);
        parts.push_back(
            network->encodeEntities(torch::arange(start, start + count, idOptions), options).representations);
        if (keepGoing && !keepGoing(start + count, config.numEntities))
            return false;
    }
    parts.push_back(network->weights().at("lp_token"));
    cached = torch::cat(parts, 0);
    return true;
}

bool MygoModel::prepareRepresentations(Ablation ablation, const RepresentationProgress& keepGoing)
{
    return state_->computeRepresentations(ablation, keepGoing);
}

MygoModel::MygoModel(std::unique_ptr<State> state)
    : state_(std::move(state))
{
}
MygoModel::MygoModel(MygoModel&&) noexcept = default;
MygoModel& MygoModel::operator=(MygoModel&&) noexcept = default;
MygoModel::~MygoModel() = default;

MygoModel::State& MygoModel::state()
{
    return *state_;
}

MygoModel MygoModel::createRandom(const MygoConfig& config, const MygoTokenInputs& tokens, std::uint64_t seed)
{
    auto state = std::make_unique<State>();
    state->config = config;
    state->network = std::make_unique<MygoNetwork>(
        config, MygoNetwork::initialWeights(config, seed), tokenTensorsFrom(tokens, config));
    state->graph = identityOfIdGraph(config.numEntities, config.numRelations);
    return MygoModel(std::move(state));
}

const MygoConfig& MygoModel::config() const
{
    return state_->config;
}

const GraphIdentity& MygoModel::graphIdentity() const
{
    return state_->graph;
}

void MygoModel::setGraphIdentity(const GraphIdentity& identity)
{
    state_->graph = identity;
}

void MygoModel::requireGraph(const KnowledgeGraph& graph, const std::string& modelPath) const
{
    const GraphIdentity actual = identityOf(graph);
    const GraphIdentity& expected = state_->graph;
    if (actual.entities != expected.entities || actual.relations != expected.relations) {
        throw InputError(modelPath,
            "model is for a graph with " + std::to_string(expected.entities) + " entities and "
                + std::to_string(expected.relations) + " relations, but '" + graph.metadata().sourcePath + "' has "
                + std::to_string(actual.entities) + " and " + std::to_string(actual.relations));
    }
    if (actual.checksum != expected.checksum) {
        throw InputError(modelPath,
            "model was trained on another graph (entity/relation key checksum " + expected.checksum + ", '"
                + graph.metadata().sourcePath + "' has " + actual.checksum + ")");
    }
}

ComputeInfo MygoModel::useDevice(const std::string& requested, int threads)
{
    const ComputeInfo info = configureCompute(requested, threads);
    state_->device = torch::Device(info.device);
    state_->network->to(state_->device);
    state_->clearCaches();
    return info;
}

const FloatArray& MygoModel::entityRepresentations(Ablation ablation)
{
    auto& array = state_->representationArrays[static_cast<std::size_t>(ablationIndex(ablation))];
    if (!array)
        array = toFloatArray(state_->representations(ablation));
    return *array;
}

FloatArray MygoModel::relationRepresentations()
{
    torch::InferenceMode inference;
    return toFloatArray(state_->network->relationRepresentations(false));
}

FloatArray MygoModel::entityAttention(std::span<const EntityId> entities, Ablation ablation)
{
    torch::InferenceMode inference;
    MygoNetwork::EncodeOptions options;
    options.captureAttention = true;
    options.maskVisual = ablation.maskVisual;
    options.maskText = ablation.maskText;
    const auto encoding
        = state_->network->encodeEntities(entityTensor(entities, state_->config.numEntities, state_->device), options);
    return toFloatArray(torch::stack(encoding.attention, 0));
}

EntityTokenSlots MygoModel::entityTokenSlots(EntityId entity, Ablation ablation) const
{
    if (entity >= static_cast<EntityId>(state_->config.numEntities))
        throw std::out_of_range("entity " + std::to_string(entity) + " outside the model's "
            + std::to_string(state_->config.numEntities) + " entities");
    const MygoTokenTensors& t = state_->network->tokens();
    const auto row = [&](const torch::Tensor& table) {
        return table.defined() && table.numel() > 0 ? table.select(0, static_cast<std::int64_t>(entity)).to(torch::kCPU)
                                                    : torch::Tensor();
    };
    EntityTokenSlots out;
    const auto fill = [&](const torch::Tensor& index, const torch::Tensor& mask, bool masked,
                          std::vector<std::int64_t>& ids, std::vector<std::uint8_t>& padded) {
        const torch::Tensor i = row(index);
        if (!i.defined())
            return;
        const torch::Tensor ii = i.to(torch::kInt64).contiguous();
        const torch::Tensor mm = row(mask).to(torch::kBool).contiguous();
        ids.assign(ii.data_ptr<std::int64_t>(), ii.data_ptr<std::int64_t>() + ii.numel());
        for (std::int64_t k = 0; k < mm.numel(); ++k)
            padded.push_back(masked || mm.data_ptr<bool>()[k] ? 1 : 0);
    };
    if (state_->config.visualTokens > 0)
        fill(t.visualIndex, t.visualMask, ablation.maskVisual, out.visual, out.visualPadded);
    if (state_->config.textTokens > 0)
        fill(t.textIndex, t.textMask, ablation.maskText, out.text, out.textPadded);
    return out;
}

FloatArray MygoModel::entitySequence(std::span<const EntityId> entities)
{
    torch::InferenceMode inference;
    MygoNetwork::EncodeOptions options;
    options.keepAllPositions = true;
    return toFloatArray(
        state_->network->encodeEntities(entityTensor(entities, state_->config.numEntities, state_->device), options)
            .sequence);
}

FloatArray MygoModel::entityEncoderOutput(std::span<const EntityId> entities)
{
    torch::InferenceMode inference;
    MygoNetwork::EncodeOptions options;
    options.keepAllPositions = true;
    return toFloatArray(
        state_->network->encodeEntities(entityTensor(entities, state_->config.numEntities, state_->device), options)
            .allPositions);
}

namespace {

// A query in the reference's triplet encoding (entity + R, relation + N, mask = N + R).
void encodeQuery(const LinkQuery& q, const MygoConfig& c, std::vector<std::int64_t>& encoded)
{
    const bool predictTail = q.tail == kNoEntity;
    if (predictTail == (q.head == kNoEntity))
        throw std::invalid_argument("a query needs exactly one unknown side (head or tail)");
    const EntityId known = predictTail ? q.head : q.tail;
    if (known >= static_cast<std::uint64_t>(c.numEntities) || q.relation >= static_cast<std::uint64_t>(c.numRelations))
        throw std::out_of_range("query entity or relation outside the model");
    encoded.push_back(predictTail ? static_cast<std::int64_t>(q.head) + c.numRelations : c.maskId());
    encoded.push_back(static_cast<std::int64_t>(q.relation) + c.numEntities);
    encoded.push_back(predictTail ? c.maskId() : static_cast<std::int64_t>(q.tail) + c.numRelations);
}

}  // namespace

FloatArray MygoModel::queryAttention(const LinkQuery& query, Ablation ablation)
{
    std::vector<std::int64_t> encoded;
    encodeQuery(query, state_->config, encoded);
    torch::InferenceMode inference;
    const torch::Tensor& reps = state_->representations(ablation);
    const torch::Tensor relations = state_->network->relationRepresentations(false);
    const torch::Tensor triplet = torch::tensor(encoded, torch::kInt64).view({1, 3}).to(state_->device);
    std::vector<torch::Tensor> attention;
    state_->network->encodeTriples(reps, relations, triplet, false, &attention);
    return toFloatArray(torch::stack(attention, 0));
}

FloatArray MygoModel::scoreQueries(std::span<const LinkQuery> queries, Ablation ablation)
{
    const MygoConfig& c = state_->config;
    std::vector<std::int64_t> encoded;
    encoded.reserve(queries.size() * 3);
    for (const LinkQuery& q : queries)
        encodeQuery(q, c, encoded);
    if (ablation == Ablation {})
        return scoreEncodedTriplets(encoded);
    // Ablated: the query entity is read from the ablated representations, candidates are not.
    torch::InferenceMode inference;
    const torch::Tensor& normal = state_->representations({});
    const torch::Tensor& ablated = state_->representations(ablation);
    const torch::Tensor relations = state_->network->relationRepresentations(false);
    const torch::Tensor all = torch::tensor(encoded, torch::kInt64).view({-1, 3}).to(state_->device);
    std::vector<torch::Tensor> parts;
    for (std::int64_t start = 0; start < all.size(0); start += state_->scoreBatch) {
        const torch::Tensor batch = all.narrow(0, start, std::min(state_->scoreBatch, all.size(0) - start));
        const torch::Tensor out = state_->network->encodeTriples(ablated, relations, batch, false);
        const torch::Tensor maskSlot = batch.eq(c.maskId()).to(torch::kInt64).argmax(1);
        const torch::Tensor rows = torch::arange(batch.size(0), batch.options());
        const torch::Tensor query = state_->network->tucker(out.index({rows, maskSlot}), out.select(1, 1), false);
        parts.push_back(MygoNetwork::scoreAgainst(query, normal, c.numEntities));
    }
    return toFloatArray(torch::cat(parts, 0));
}

FloatArray MygoModel::scoreEncodedTriplets(std::span<const std::int64_t> triplets)
{
    torch::InferenceMode inference;
    const torch::Tensor& reps = state_->representations({});
    const torch::Tensor relations = state_->network->relationRepresentations(false);
    const torch::Tensor all = torch::tensor(std::vector<std::int64_t>(triplets.begin(), triplets.end()), torch::kInt64)
                                  .view({-1, 3})
                                  .to(state_->device);
    std::vector<torch::Tensor> parts;
    for (std::int64_t start = 0; start < all.size(0); start += state_->scoreBatch) {
        const torch::Tensor batch = all.narrow(0, start, std::min(state_->scoreBatch, all.size(0) - start));
        parts.push_back(state_->network->scoreTriplets(reps, relations, batch, false));
    }
    return toFloatArray(torch::cat(parts, 0));
}

MygoLosses MygoModel::evaluationLosses(std::span<const std::int64_t> triplets, std::span<const std::int64_t> labels,
    std::span<const std::int64_t> contrastiveRows, double mu)
{
    torch::NoGradGuard noGrad;
    MygoNetwork& net = *state_->network;
    MygoNetwork::EncodeOptions options;
    const torch::Tensor reps = net.encodeEntities(torch::Tensor(), options).representations;
    const torch::Tensor relations = net.relationRepresentations(false);
    const torch::Tensor batch
        = torch::tensor(std::vector<std::int64_t>(triplets.begin(), triplets.end()), torch::kInt64)
              .view({-1, 3})
              .to(state_->device);
    const torch::Tensor target
        = torch::tensor(std::vector<std::int64_t>(labels.begin(), labels.end()), torch::kInt64).to(state_->device);
    const torch::Tensor scores = net.scoreTriplets(reps, relations, batch, false);
    MygoLosses losses;
    losses.crossEntropy = torch::nn::functional::cross_entropy(scores, target).item<double>();
    torch::Tensor rows = contrastiveRows.empty()
        ? torch::arange(reps.size(0), torch::TensorOptions().dtype(torch::kInt64).device(state_->device))
        : torch::tensor(std::vector<std::int64_t>(contrastiveRows.begin(), contrastiveRows.end()), torch::kInt64)
              .to(state_->device);
    std::vector<torch::Tensor> terms;
    losses.contrastive = net.contrastiveLoss(reps, rows, false, nullptr, &terms).item<double>();
    for (const auto& term : terms)
        losses.contrastiveTerms.push_back(term.item<double>());
    losses.total = losses.crossEntropy + mu * losses.contrastive;
    return losses;
}

}  // namespace tessera
