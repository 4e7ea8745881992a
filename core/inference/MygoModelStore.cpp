// Reading and writing MyGO models: the reference's checkpoint folders (import) and Tessera's
// own model folders (config.json + weights.safetensors).

#include "inference/MygoModelState.h"

#include "io/AtomicFileWriter.h"
#include "io/AtomicFolderWriter.h"
#include "io/InputError.h"
#include "io/TextTableReader.h"
#include "models/ModelKind.h"
#include "models/TorchTensors.h"
#include "models/mygo/MygoConfigJson.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <random>
#include <set>

namespace tessera {

namespace fs = std::filesystem;

namespace {

// Reference tensors MyGO builds but never uses (a relation encoder and its tokens); accepted on
// import and dropped.
bool isUnusedReferenceTensor(const std::string& name)
{
    static const std::set<std::string> kUnused = {"rel_token", "pos_str_rel", "pos_vis_rel", "pos_txt_rel"};
    return kUnused.count(name) != 0 || name.rfind("rel_encoder.", 0) == 0;
}

std::int64_t countLayers(const SafetensorsFile& weights, const std::string& stack)
{
    std::int64_t count = 0;
    while (weights.contains(stack + ".layers." + std::to_string(count) + ".norm1.weight"))
        ++count;
    return count;
}

// Checks every tensor the network needs (name, dtype, shape) and that nothing unexpected is there.
TensorMap readWeights(const SafetensorsFile& file, const MygoConfig& config, bool referenceNames)
{
    TensorMap weights;
    std::set<std::string> expected;
    for (const auto& [name, shape] : MygoNetwork::expectedShapes(config)) {
        const bool counter = name.find("num_batches_tracked") != std::string::npos;
        file.requireTensor(name, counter ? TensorDType::I64 : TensorDType::F32, shape);
        weights[name] = readTorchTensor(file, name);
        expected.insert(name);
    }
    for (const std::string& name : file.names()) {
        if (expected.count(name) != 0)
            continue;
        if (referenceNames
            && (isUnusedReferenceTensor(name) || name == "visual_token_embedding.weight"
                || name == "text_token_embedding.weight"))
            continue;
        if (!referenceNames && name.rfind("tokens.", 0) == 0)
            continue;
        throw InputError(
            file.path(), "unexpected tensor '" + name + "' (not part of a MyGO model with this configuration)");
    }
    return weights;
}

torch::Tensor readMask(const SafetensorsFile& file, const std::string& name, std::int64_t rows, std::int64_t width)
{
    const TensorInfo& info = file.info(name);
    if (info.shape != std::vector<std::int64_t> {rows, width})
        throw InputError(file.path(),
            "tensor '" + name + "': expected shape " + formatShape(std::vector<std::int64_t> {rows, width}) + ", found "
                + formatShape(info.shape));
    const torch::Tensor raw = readTorchTensor(file, name);
    if (raw.scalar_type() == torch::kBool)
        return raw;
    if (raw.is_floating_point())
        throw InputError(file.path(),
            "tensor '" + name + "': a mask must be BOOL or an integer type, found "
                + std::string(dtypeName(info.dtype)));
    const torch::Tensor wide = raw.to(torch::kInt64);
    if (wide.numel() > 0 && (wide.min().item<std::int64_t>() < 0 || wide.max().item<std::int64_t>() > 1))
        throw InputError(file.path(), "tensor '" + name + "': mask values must be 0 or 1");
    return wide.ne(0);
}

torch::Tensor readIndex(
    const SafetensorsFile& file, const std::string& name, std::int64_t rows, std::int64_t width, std::int64_t tableRows)
{
    file.requireTensor(name, TensorDType::I64, {rows, width});
    const torch::Tensor index = readTorchTensor(file, name);
    if (index.numel() > 0) {
        const std::int64_t low = index.min().item<std::int64_t>();
        const std::int64_t high = index.max().item<std::int64_t>();
        if (low < 0 || high >= tableRows)
            throw InputError(file.path(),
                "tensor '" + name + "': token id " + std::to_string(low < 0 ? low : high)
                    + " is outside the token table (" + std::to_string(tableRows) + " rows)");
    }
    return index;
}

torch::Tensor readTable(const SafetensorsFile& primary, const SafetensorsFile* fallback, const std::string& name,
    const std::string& fallbackName, std::int64_t width)
{
    const SafetensorsFile* source = &primary;
    std::string key = name;
    if (!primary.contains(name) && fallback != nullptr && fallback->contains(fallbackName)) {
        source = fallback;
        key = fallbackName;
    }
    source->requireTensor(key, TensorDType::F32, {-1, width});
    return readTorchTensor(*source, key);
}

}  // namespace

MygoModel MygoModel::importReference(const std::string& folderText, const std::string& weightsFile)
{
    const fs::path folder(folderText);
    const std::string configPath = (folder / "config.json").string();
    const nlohmann::json root = readModelConfigJson(configPath);
    const SafetensorsFile weights
        = SafetensorsFile::open(weightsFile.empty() ? (folder / "weights.safetensors").string() : weightsFile);
    const fs::path inputsPath = folder / "inputs.safetensors";
    std::error_code error;
    if (!fs::is_regular_file(inputsPath, error))
        throw InputError(inputsPath.string(), "file not found (the token tables and per-entity token ids and masks)");
    const SafetensorsFile inputs = SafetensorsFile::open(inputsPath.string());

    // The configuration: arguments from config.json (constructor arguments, then training-script
    // arguments, then the top level), sizes from the tensors, and the two cross-checked.
    MygoConfig config;
    for (const char* section : {"train_script_args", "model_constructor", "derived"}) {
        if (const auto it = root.find(section); it != root.end() && it->is_object())
            config = mygoConfigFromJson(*it, configPath, config);
    }
    config = mygoConfigFromJson(root, configPath, config);
    if (const auto derived = root.find("derived"); derived != root.end() && derived->is_object()) {
        if (const auto it = derived->find("ffn_dim"); it != derived->end() && it->is_number_integer())
            config.ffnDim = it->get<std::int64_t>();
        if (const auto it = derived->find("img_dim"); it != derived->end() && it->is_number_integer())
            config.visualTokenDim = it->get<std::int64_t>();
        if (const auto it = derived->find("txt_dim"); it != derived->end() && it->is_number_integer())
            config.textTokenDim = it->get<std::int64_t>();
    }
    weights.requireTensor("ent_embeddings", TensorDType::F32, {-1, 1, -1});
    weights.requireTensor("rel_embeddings", TensorDType::F32, {-1, 1, -1});
    const TensorInfo& entities = weights.info("ent_embeddings");
    const auto check = [&](const char* key, std::int64_t configured, std::int64_t actual) {
        if (configured != 0 && configured != actual)
            throw InputError(configPath,
                std::string("\"") + key + "\" is " + std::to_string(configured) + " but the weights have "
                    + std::to_string(actual));
    };
    check("num_ent", config.numEntities, entities.shape[0]);
    config.numEntities = entities.shape[0];
    check("num_rel", config.numRelations, weights.info("rel_embeddings").shape[0]);
    config.numRelations = weights.info("rel_embeddings").shape[0];
    check("dim", config.dim, entities.shape[2]);
    config.dim = entities.shape[2];
    if (weights.contains("ent_encoder.layers.0.linear1.weight"))
        config.ffnDim = weights.info("ent_encoder.layers.0.linear1.weight").shape.at(0);
    const std::int64_t entityLayers = countLayers(weights, "ent_encoder");
    const std::int64_t decoderLayers = countLayers(weights, "decoder");
    check("num_layer_enc_ent", config.entityLayers, entityLayers);
    check("num_layer_dec", config.decoderLayers, decoderLayers);
    config.entityLayers = entityLayers;
    config.decoderLayers = decoderLayers;
    if (weights.contains("proj_ent_vis.weight"))
        config.visualTokenDim = weights.info("proj_ent_vis.weight").shape.at(1);
    if (weights.contains("proj_ent_txt.weight"))
        config.textTokenDim = weights.info("proj_ent_txt.weight").shape.at(1);
    inputs.requireTensor("visual_token_index", TensorDType::I64, {config.numEntities, -1});
    inputs.requireTensor("text_token_index", TensorDType::I64, {config.numEntities, -1});
    config.visualTokens = inputs.info("visual_token_index").shape[1];
    config.textTokens = inputs.info("text_token_index").shape[1];
    try {
        config.validate();
    } catch (const std::invalid_argument& e) {
        throw InputError(configPath, e.what());
    }

    MygoTokenTensors tokens;
    tokens.visualTable
        = readTable(inputs, &weights, "visual_token_table", "visual_token_embedding.weight", config.visualTokenDim);
    tokens.textTable
        = readTable(inputs, &weights, "text_token_table", "text_token_embedding.weight", config.textTokenDim);
    tokens.visualIndex
        = readIndex(inputs, "visual_token_index", config.numEntities, config.visualTokens, tokens.visualTable.size(0));
    tokens.textIndex
        = readIndex(inputs, "text_token_index", config.numEntities, config.textTokens, tokens.textTable.size(0));
    tokens.visualMask = readMask(inputs, "visual_key_mask", config.numEntities, config.visualTokens);
    tokens.textMask = readMask(inputs, "text_key_mask", config.numEntities, config.textTokens);

    auto state = std::make_unique<State>();
    state->config = config;
    state->network = std::make_unique<MygoNetwork>(config, readWeights(weights, config, true), tokens);
    state->graph = identityOfIdGraph(config.numEntities, config.numRelations);
    return MygoModel(std::move(state));
}

MygoModel MygoModel::load(const std::string& folderText)
{
    const ModelFolderConfig opened
        = readModelFolder(folderText, ModelKind::Mygo, "tessera import-model --from mygo-reference");
    const fs::path folder(opened.folder);
    const std::string& configPath = opened.configPath;
    const nlohmann::json& root = opened.root;
    const auto configIt = root.find("config");
    if (configIt == root.end())
        throw InputError(configPath, "missing object \"config\"");
    MygoConfig config = mygoConfigFromJson(*configIt, configPath);
    try {
        config.validate();
    } catch (const std::invalid_argument& e) {
        throw InputError(configPath, e.what());
    }
    GraphIdentity graph;
    if (const auto it = root.find("graph"); it != root.end() && it->is_object()) {
        graph.name = it->value("name", std::string());
        graph.entities = it->value("entities", std::int64_t {0});
        graph.relations = it->value("relations", std::int64_t {0});
        graph.checksum = it->value("checksum", std::string());
    } else {
        throw InputError(configPath, "missing object \"graph\" (which graph the model belongs to)");
    }

    const SafetensorsFile weights = SafetensorsFile::open((folder / "weights.safetensors").string());
    MygoTokenTensors tokens;
    tokens.visualTable = readTable(weights, nullptr, "tokens.visual_table", "", config.visualTokenDim);
    tokens.textTable = readTable(weights, nullptr, "tokens.text_table", "", config.textTokenDim);
    tokens.visualIndex = readIndex(
        weights, "tokens.visual_index", config.numEntities, config.visualTokens, tokens.visualTable.size(0));
    tokens.textIndex
        = readIndex(weights, "tokens.text_index", config.numEntities, config.textTokens, tokens.textTable.size(0));
    tokens.visualMask = readMask(weights, "tokens.visual_mask", config.numEntities, config.visualTokens);
    tokens.textMask = readMask(weights, "tokens.text_mask", config.numEntities, config.textTokens);

    auto state = std::make_unique<State>();
    state->config = config;
    state->network = std::make_unique<MygoNetwork>(config, readWeights(weights, config, false), tokens);
    state->graph = graph;
    return MygoModel(std::move(state));
}

void MygoModel::save(const std::string& folder, bool replace,
    const std::function<void(const std::string& stagingFolder)>& addFiles) const
{
    SafetensorsWriter writer;
    writer.setMetadata("format", "pt");
    writer.setMetadata("producer", "tessera");
    for (const auto& [name, tensor] : state_->network->weights())
        addTorchTensor(writer, name, tensor);
    const MygoTokenTensors& t = state_->network->tokens();
    addTorchTensor(writer, "tokens.visual_table", t.visualTable);
    addTorchTensor(writer, "tokens.text_table", t.textTable);
    addTorchTensor(writer, "tokens.visual_index", t.visualIndex);
    addTorchTensor(writer, "tokens.text_index", t.textIndex);
    addTorchTensor(writer, "tokens.visual_mask", t.visualMask);
    addTorchTensor(writer, "tokens.text_mask", t.textMask);

    nlohmann::ordered_json root;
    root["format"] = kTesseraModelFormat;
    root["version"] = kTesseraModelVersion;
    root["kind"] = std::string(modelKindInfo(ModelKind::Mygo).key);
    root["config"] = mygoConfigToJson(state_->config);
    root["graph"] = {{"name", state_->graph.name}, {"entities", state_->graph.entities},
        {"relations", state_->graph.relations}, {"checksum", state_->graph.checksum}};
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
