#include "models/meaformer/MeaformerConfigJson.h"

#include "io/InputError.h"

#include <nlohmann/json.hpp>

namespace tessera {

namespace {

std::int64_t readInteger(const nlohmann::json& object, const char* key, const std::string& file)
{
    const auto it = object.find(key);
    if (it == object.end())
        throw InputError(file, std::string("missing \"") + key + "\"");
    if (!it->is_number_integer())
        throw InputError(file, std::string("\"") + key + "\" must be an integer");
    return it->get<std::int64_t>();
}

double readNumber(const nlohmann::json& object, const char* key, const std::string& file, double fallback)
{
    const auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (!it->is_number())
        throw InputError(file, std::string("\"") + key + "\" must be a number");
    return it->get<double>();
}

}  // namespace

nlohmann::json meaformerConfigToJson(const MeaformerConfig& c)
{
    nlohmann::ordered_json j;
    nlohmann::ordered_json modalities = nlohmann::ordered_json::array();
    for (const AlignmentModality modality : c.modalities)
        modalities.push_back(std::string(alignmentModalityKey(modality)));
    j["modalities"] = modalities;
    j["ent_num"] = c.entities;
    j["ent_num_kg1"] = c.entitiesA;
    j["hidden_size"] = c.hidden;
    j["num_hidden_layers"] = c.fusionLayers;
    j["num_attention_heads"] = c.fusionHeads;
    j["intermediate_size"] = c.intermediate;
    j["layer_norm_eps"] = c.layerNormEps;
    j["heads"] = c.gatHeads;
    j["img_feature_dim"] = c.visualInput;
    j["attr_feature_dim"] = c.attributeInput;
    j["rel_feature_dim"] = c.relationInput;
    j["name_feature_dim"] = c.nameInput;
    j["char_feature_dim"] = c.characterInput;
    j["csls_k"] = c.cslsK;
    j["tau"] = c.temperature;
    j["fusion"] = c.fusion;
    return j;
}

MeaformerConfig meaformerConfigFromJson(const nlohmann::json& object, const std::string& file)
{
    if (!object.is_object())
        throw InputError(file, "\"config\" must be an object");
    MeaformerConfig c;
    const auto modalities = object.find("modalities");
    if (modalities == object.end() || !modalities->is_array())
        throw InputError(file, "\"modalities\" must be an array of modality names (img, att, rel, gph, name, char)");
    for (const auto& entry : *modalities) {
        const auto modality = entry.is_string() ? alignmentModalityFromKey(entry.get<std::string>()) : std::nullopt;
        if (!modality)
            throw InputError(file, "unknown modality " + entry.dump() + " (expected img, att, rel, gph, name or char)");
        c.modalities.push_back(*modality);
    }
    c.entities = readInteger(object, "ent_num", file);
    c.entitiesA = readInteger(object, "ent_num_kg1", file);
    c.hidden = readInteger(object, "hidden_size", file);
    c.fusionLayers = readInteger(object, "num_hidden_layers", file);
    c.fusionHeads = readInteger(object, "num_attention_heads", file);
    c.intermediate = readInteger(object, "intermediate_size", file);
    c.layerNormEps = readNumber(object, "layer_norm_eps", file, c.layerNormEps);
    const auto heads = object.find("heads");
    if (heads != object.end()) {
        if (!heads->is_array())
            throw InputError(file, "\"heads\" must be an array of integers (heads per graph-attention layer)");
        for (const auto& entry : *heads) {
            if (!entry.is_number_integer())
                throw InputError(file, "\"heads\" must be an array of integers (heads per graph-attention layer)");
            c.gatHeads.push_back(entry.get<std::int64_t>());
        }
    }
    c.visualInput = readInteger(object, "img_feature_dim", file);
    c.attributeInput = readInteger(object, "attr_feature_dim", file);
    c.relationInput = readInteger(object, "rel_feature_dim", file);
    c.nameInput = readInteger(object, "name_feature_dim", file);
    c.characterInput = readInteger(object, "char_feature_dim", file);
    c.cslsK = readInteger(object, "csls_k", file);
    c.temperature = readNumber(object, "tau", file, c.temperature);
    if (const auto it = object.find("fusion"); it != object.end()) {
        if (!it->is_string())
            throw InputError(file, "\"fusion\" must be a string (transformer or weights)");
        c.fusion = it->get<std::string>();
    }
    return c;
}

}  // namespace tessera
