// Reading and writing MEAformer models: the reference's folders (import) and Tessera's own model
// folders (config.json + weights.safetensors holding weights and inputs).

#include "inference/MeaformerModelState.h"

#include "graph/KnowledgeGraph.h"
#include "io/AlignmentReader.h"
#include "io/AtomicFileWriter.h"
#include "io/AtomicFolderWriter.h"
#include "io/InputError.h"
#include "io/TextTableReader.h"
#include "models/ModelKind.h"
#include "models/TorchTensors.h"
#include "models/meaformer/MeaformerConfigJson.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <limits>
#include <set>

namespace tessera {

namespace fs = std::filesystem;

namespace {

// Input tensors in a Tessera weights file are named "inputs.<what>".
std::string featureName(AlignmentModality modality)
{
    return "inputs.features." + std::string(alignmentModalityKey(modality));
}

// Reference switches (w_img, w_attr, ...) → the modalities in fusion order.
std::vector<AlignmentModality> referenceModalities(const nlohmann::json& root, const std::string& file)
{
    std::vector<AlignmentModality> modalities;
    if (const auto it = root.find("modality_order_in_fusion"); it != root.end() && it->is_array()) {
        for (const auto& entry : *it) {
            const auto modality = entry.is_string() ? alignmentModalityFromKey(entry.get<std::string>()) : std::nullopt;
            if (!modality)
                throw InputError(file, "\"modality_order_in_fusion\": unknown modality " + entry.dump());
            modalities.push_back(*modality);
        }
        return modalities;
    }
    const auto hp = root.find("hyperparameters");
    if (hp == root.end() || !hp->is_object())
        throw InputError(
            file, "neither \"modality_order_in_fusion\" nor \"hyperparameters\" says which modalities are used");
    const auto flag = [&](const char* key, bool fallback) {
        const auto it = hp->find(key);
        return it == hp->end() ? fallback
            : it->is_boolean() ? it->get<bool>()
                               : it->is_number() && it->get<double>() != 0;
    };
    const bool surface = flag("use_surface", false);
    const std::pair<AlignmentModality, bool> switches[] = {{AlignmentModality::Visual, flag("w_img", true)},
        {AlignmentModality::Attribute, flag("w_attr", true)}, {AlignmentModality::Relation, flag("w_rel", true)},
        {AlignmentModality::Graph, flag("w_gcn", true)}, {AlignmentModality::Name, surface && flag("w_name", true)},
        {AlignmentModality::Character, surface && flag("w_char", true)}};
    for (const auto& [modality, on] : switches) {
        if (on)
            modalities.push_back(modality);
    }
    return modalities;
}

std::int64_t countIndexed(const SafetensorsFile& weights, const std::string& prefix, const std::string& suffix)
{
    std::int64_t count = 0;
    while (weights.contains(prefix + std::to_string(count) + suffix))
        ++count;
    return count;
}

// Reads the weights of `config` by name, checking each shape; names outside the model are errors
// except the ones in `ignored`.
std::map<std::string, torch::Tensor> readWeights(
    const SafetensorsFile& file, const MeaformerConfig& config, const std::function<bool(const std::string&)>& ignored)
{
    std::map<std::string, torch::Tensor> weights;
    for (const auto& [name, shape] : MeaformerNetwork::expectedShapes(config)) {
        file.requireTensor(name, TensorDType::F32, shape);
        weights[name] = readTorchTensor(file, name);
    }
    for (const std::string& name : file.names()) {
        if (weights.count(name) == 0 && !ignored(name))
            throw InputError(file.path(),
                "unexpected tensor '" + name + "' (not part of a MEAformer model with this configuration)");
    }
    return weights;
}

void requireFinite(const SafetensorsFile& file, const std::string& name, const torch::Tensor& t)
{
    if (!torch::isfinite(t).all().item<bool>())
        throw InputError(file.path(), "tensor '" + name + "' holds NaN or infinite values");
}

// Checks the edge list: every index an entity row, every row with at least one edge (the graph
// attention averages over a row's edges; a row without any would divide by zero).
void checkEdges(const SafetensorsFile& file, const std::string& name, const torch::Tensor& edges, std::int64_t n)
{
    if (edges.numel() > 0 && (edges.min().item<std::int64_t>() < 0 || edges.max().item<std::int64_t>() >= n))
        throw InputError(
            file.path(), "tensor '" + name + "': an index is outside the " + std::to_string(n) + " entities");
    const torch::Tensor covered = torch::zeros({n}, torch::kBool).index_fill_(0, edges[0], true);
    if (!covered.all().item<bool>()) {
        const std::int64_t row = covered.logical_not().nonzero()[0][0].item<std::int64_t>();
        throw InputError(file.path(),
            "tensor '" + name + "': entity row " + std::to_string(row)
                + " has no edge (the graph attention needs at least a self loop per entity)");
    }
}

}  // namespace

MeaformerModel MeaformerModel::importReference(const std::string& folderText)
{
    const fs::path folder(folderText);
    const std::string configPath = (folder / "config.json").string();
    const nlohmann::json root = readModelConfigJson(configPath);
    const SafetensorsFile weights = SafetensorsFile::open((folder / "weights.safetensors").string());
    const SafetensorsFile inputs = SafetensorsFile::open((folder / "inputs.safetensors").string());
    const fs::path kg = folder / "kg";
    std::error_code error;
    if (!fs::is_directory(kg, error))
        throw InputError(kg.string(), "folder not found (the two graphs in the EVA format: ent_ids_1, ent_ids_2, ...)");
    const Dataset workspace = AlignmentReader::read(kg.string());
    const auto [idsA, idsB] = AlignmentReader::globalIds(kg.string());

    MeaformerConfig config;
    config.modalities = referenceModalities(root, configPath);
    const nlohmann::json hp = root.value("hyperparameters", nlohmann::json::object());
    const std::string encoder = kMeaformerEncoderPrefix;
    const auto entityEmbedding = meaformerProjectionKey(AlignmentModality::Graph) + ".weight";
    weights.requireTensor(entityEmbedding, TensorDType::F32, {-1, -1});
    config.entities = weights.info(entityEmbedding).shape[0];
    config.hidden = weights.info(entityEmbedding).shape[1];
    config.entitiesA = static_cast<std::int64_t>(idsA.size());
    if (static_cast<std::int64_t>(idsA.size() + idsB.size()) != config.entities)
        throw InputError(entityEmbedding.empty() ? configPath : weights.path(),
            "tensor '" + entityEmbedding + "' has " + std::to_string(config.entities)
                + " rows but kg/ent_ids_1 and "
                  "kg/ent_ids_2 list "
                + std::to_string(idsA.size() + idsB.size()) + " entities");
    if (const auto it = hp.find("hidden_size");
        it != hp.end() && it->is_number_integer() && it->get<std::int64_t>() != config.hidden)
        throw InputError(configPath,
            "\"hidden_size\" is " + it->dump() + " but the weights are " + std::to_string(config.hidden) + " wide");
    const std::string fusionPrefix = encoder + "fusion.fusion_layer.";
    config.fusionLayers = countIndexed(weights, fusionPrefix, ".attention.self.query.weight");
    config.fusionHeads = hp.value("num_attention_heads", std::int64_t {0});
    if (config.fusionHeads <= 0)
        throw InputError(
            configPath, "\"hyperparameters\" lacks \"num_attention_heads\" (the weights do not tell the head count)");
    const std::string intermediate = fusionPrefix + "0.intermediate.dense.weight";
    config.intermediate = weights.contains(intermediate) ? weights.info(intermediate).shape.at(0) : 0;
    const std::string gatPrefix = encoder + "cross_graph_model.layer_stack.";
    for (std::int64_t l = 0; l < countIndexed(weights, gatPrefix, ".w"); ++l)
        config.gatHeads.push_back(weights.info(gatPrefix + std::to_string(l) + ".w").shape.at(0));
    const auto inputWidth = [&](AlignmentModality modality) -> std::int64_t {
        if (config.slotOf(modality) < 0)
            return 0;
        const std::string key = meaformerProjectionKey(modality) + ".weight";
        weights.requireTensor(key, TensorDType::F32, {config.hidden, -1});
        return weights.info(key).shape[1];
    };
    config.visualInput = inputWidth(AlignmentModality::Visual);
    config.attributeInput = inputWidth(AlignmentModality::Attribute);
    config.relationInput = inputWidth(AlignmentModality::Relation);
    config.nameInput = inputWidth(AlignmentModality::Name);
    config.characterInput = inputWidth(AlignmentModality::Character);
    config.cslsK = hp.value("csls_k", root.value("csls_k", std::int64_t {3}));
    config.temperature = hp.value("tau", config.temperature);
    try {
        config.validate();
    } catch (const std::invalid_argument& e) {
        throw InputError(configPath, e.what());
    }

    // The reference indexes everything by global id; Tessera's rows are graph A's entities in
    // id order, then graph B's. rowOf maps a global id to its row, globalOf the reverse.
    const std::int64_t n = config.entities;
    std::vector<std::int64_t> globalOf;
    globalOf.insert(globalOf.end(), idsA.begin(), idsA.end());
    globalOf.insert(globalOf.end(), idsB.begin(), idsB.end());
    std::vector<std::int64_t> rowOf(static_cast<std::size_t>(n), -1);
    for (std::size_t r = 0; r < globalOf.size(); ++r) {
        if (globalOf[r] >= n)
            throw InputError((kg / (r < idsA.size() ? "ent_ids_1" : "ent_ids_2")).string(),
                "entity id " + std::to_string(globalOf[r]) + " is outside the model's " + std::to_string(n)
                    + " entities (the reference uses ids 0..N-1)");
        rowOf[static_cast<std::size_t>(globalOf[r])] = static_cast<std::int64_t>(r);
    }
    const torch::Tensor gather = torch::tensor(globalOf, torch::kInt64);
    const torch::Tensor toRow = torch::tensor(rowOf, torch::kInt64);

    std::set<std::string> unused;
    const auto ignored = [&](const std::string& name) {
        // Parameters of modalities the model does not use.
        for (const AlignmentModality modality : kAllAlignmentModalities) {
            if (config.slotOf(modality) < 0 && modality != AlignmentModality::Graph
                && name.rfind(meaformerProjectionKey(modality) + ".", 0) == 0)
                return true;
        }
        return false;
    };
    std::map<std::string, torch::Tensor> tensors = readWeights(weights, config, ignored);
    for (const auto& [name, tensor] : tensors)
        requireFinite(weights, name, tensor);

    MeaformerInputs in;
    if (config.slotOf(AlignmentModality::Graph) >= 0) {
        inputs.requireTensor("input_idx", TensorDType::I64, {n});
        const torch::Tensor inputIdx = readTorchTensor(inputs, "input_idx");
        if (inputIdx.min().item<std::int64_t>() < 0 || inputIdx.max().item<std::int64_t>() >= n)
            throw InputError(
                inputs.path(), "tensor 'input_idx': an index is outside the " + std::to_string(n) + " entities");
        // x = entity_emb[input_idx] by global id; stored per Tessera row.
        tensors[entityEmbedding] = tensors[entityEmbedding].index_select(0, inputIdx).index_select(0, gather);
        inputs.requireTensor("adj_indices", TensorDType::I64, {2, -1});
        const torch::Tensor edges = readTorchTensor(inputs, "adj_indices");
        checkEdges(inputs, "adj_indices", edges, n);
        in.edges = toRow.index({edges});
    } else {
        in.edges = torch::zeros({2, 0}, torch::kInt64);
    }
    const std::pair<AlignmentModality, const char*> featureTensors[] = {{AlignmentModality::Visual, "img_features_raw"},
        {AlignmentModality::Attribute, "att_features"}, {AlignmentModality::Relation, "rel_features"},
        {AlignmentModality::Name, "name_features"}, {AlignmentModality::Character, "char_features"}};
    for (const auto& [modality, name] : featureTensors) {
        if (config.slotOf(modality) < 0)
            continue;
        std::string key = name;
        if (modality == AlignmentModality::Visual && !inputs.contains(key))
            key = "img_features";
        inputs.requireTensor(key, TensorDType::F32, {n, config.inputWidth(modality)});
        const torch::Tensor values = readTorchTensor(inputs, key);
        requireFinite(inputs, key, values);
        in.features[modality] = values.index_select(0, gather);
    }
    // The reference fills missing modalities with random features; every entity has every one.
    in.present = torch::ones({n, config.modalityCount()}, torch::kBool);
    inputs.requireTensor("train_pairs", TensorDType::I64, {-1, 2});
    const torch::Tensor trainPairs = readTorchTensor(inputs, "train_pairs");
    if (trainPairs.numel() > 0
        && (trainPairs.min().item<std::int64_t>() < 0 || trainPairs.max().item<std::int64_t>() >= n))
        throw InputError(
            inputs.path(), "tensor 'train_pairs': an id is outside the " + std::to_string(n) + " entities");
    in.trainPairs = toRow.index({trainPairs});
    if (in.trainPairs.numel() > 0
        && (in.trainPairs.select(1, 0).ge(config.entitiesA).any().item<bool>()
            || in.trainPairs.select(1, 1).lt(config.entitiesA).any().item<bool>()))
        throw InputError(
            inputs.path(), "tensor 'train_pairs': each pair must be (an id of ent_ids_1, an id of ent_ids_2)");

    auto state = std::make_unique<State>();
    state->config = config;
    try {
        state->network = std::make_unique<MeaformerNetwork>(config, std::move(tensors), std::move(in));
    } catch (const std::invalid_argument& e) {
        throw InputError(weights.path(), e.what());
    }
    state->graphs = {identityOf(*workspace.graphs[0]), identityOf(*workspace.graphs[1])};
    return MeaformerModel(std::move(state));
}

MeaformerModel MeaformerModel::load(const std::string& folderText)
{
    const ModelFolderConfig opened
        = readModelFolder(folderText, ModelKind::Meaformer, "tessera import-model --from meaformer-reference");
    const fs::path folder(opened.folder);
    const std::string& configPath = opened.configPath;
    const nlohmann::json& root = opened.root;
    const auto configIt = root.find("config");
    if (configIt == root.end())
        throw InputError(configPath, "missing object \"config\"");
    const MeaformerConfig config = meaformerConfigFromJson(*configIt, configPath);
    try {
        config.validate();
    } catch (const std::invalid_argument& e) {
        throw InputError(configPath, e.what());
    }
    std::array<GraphIdentity, 2> graphs;
    const auto graphsIt = root.find("graphs");
    if (graphsIt == root.end() || !graphsIt->is_array() || graphsIt->size() != 2)
        throw InputError(configPath, "\"graphs\" must list the two graphs the model aligns");
    for (std::size_t g = 0; g < 2; ++g) {
        const auto& entry = (*graphsIt)[g];
        if (!entry.is_object())
            throw InputError(configPath, "\"graphs\" entries must be objects");
        graphs[g].name = entry.value("name", std::string());
        graphs[g].entities = entry.value("entities", std::int64_t {0});
        graphs[g].relations = entry.value("relations", std::int64_t {0});
        graphs[g].checksum = entry.value("checksum", std::string());
    }
    if (graphs[0].entities != config.entitiesA || graphs[0].entities + graphs[1].entities != config.entities)
        throw InputError(configPath, "\"graphs\" entity counts do not add up to \"ent_num\"");

    const SafetensorsFile weights = SafetensorsFile::open((folder / "weights.safetensors").string());
    const auto isInput = [](const std::string& name) { return name.rfind("inputs.", 0) == 0; };
    std::map<std::string, torch::Tensor> tensors = readWeights(weights, config, isInput);
    const std::int64_t n = config.entities;
    MeaformerInputs in;
    for (const AlignmentModality modality : config.modalities) {
        if (modality == AlignmentModality::Graph)
            continue;
        const std::string name = featureName(modality);
        weights.requireTensor(name, TensorDType::F32, {n, config.inputWidth(modality)});
        in.features[modality] = readTorchTensor(weights, name);
    }
    weights.requireTensor("inputs.edges", TensorDType::I64, {2, -1});
    in.edges = readTorchTensor(weights, "inputs.edges");
    if (config.slotOf(AlignmentModality::Graph) >= 0)
        checkEdges(weights, "inputs.edges", in.edges, n);
    weights.requireTensor("inputs.present", TensorDType::Bool, {n, config.modalityCount()});
    in.present = readTorchTensor(weights, "inputs.present");
    if (!in.present.any(1).all().item<bool>())
        throw InputError(weights.path(), "tensor 'inputs.present': an entity has no modality at all");
    weights.requireTensor("inputs.train_pairs", TensorDType::I64, {-1, 2});
    in.trainPairs = readTorchTensor(weights, "inputs.train_pairs");
    if (in.trainPairs.numel() > 0
        && (in.trainPairs.min().item<std::int64_t>() < 0 || in.trainPairs.max().item<std::int64_t>() >= n))
        throw InputError(
            weights.path(), "tensor 'inputs.train_pairs': a row is outside the " + std::to_string(n) + " entities");

    auto state = std::make_unique<State>();
    state->config = config;
    state->network = std::make_unique<MeaformerNetwork>(config, std::move(tensors), std::move(in));
    state->graphs = graphs;
    return MeaformerModel(std::move(state));
}

void MeaformerModel::save(const std::string& folder, bool replace,
    const std::function<void(const std::string& stagingFolder)>& addFiles) const
{
    SafetensorsWriter writer;
    writer.setMetadata("format", "pt");
    writer.setMetadata("producer", "tessera");
    std::string modalityNames;
    for (const AlignmentModality modality : state_->config.modalities)
        modalityNames += (modalityNames.empty() ? "" : ",") + std::string(alignmentModalityKey(modality));
    writer.setMetadata("modalities", modalityNames);
    for (const auto& [name, tensor] : state_->network->weights())
        addTorchTensor(writer, name, tensor);
    const MeaformerInputs& in = state_->network->inputs();
    for (const auto& [modality, tensor] : in.features)
        addTorchTensor(writer, featureName(modality), tensor);
    addTorchTensor(writer, "inputs.edges", in.edges);
    addTorchTensor(writer, "inputs.present", in.present);
    addTorchTensor(writer, "inputs.train_pairs", in.trainPairs);

    nlohmann::ordered_json root;
    root["format"] = kTesseraModelFormat;
    root["version"] = kTesseraModelVersion;
    root["kind"] = std::string(modelKindInfo(ModelKind::Meaformer).key);
    root["config"] = meaformerConfigToJson(state_->config);
    nlohmann::ordered_json graphs = nlohmann::ordered_json::array();
    for (const GraphIdentity& g : state_->graphs)
        graphs.push_back(
            {{"name", g.name}, {"entities", g.entities}, {"relations", g.relations}, {"checksum", g.checksum}});
    root["graphs"] = graphs;
    root["weights"] = "weights.safetensors";
    const std::string configText = root.dump(2) + "\n";
    writeFolderAtomically(folder, replace, "model", [&](const fs::path& staging) {
        writer.write((staging / "weights.safetensors").string());
        writeFileAtomically((staging / "config.json").string(), configText);
        if (addFiles)
            addFiles(staging.string());
    });
}

}  // namespace tessera
