#include "models/mygo/MygoConfigJson.h"

#include "io/InputError.h"

#include <nlohmann/json.hpp>

namespace tessera {

namespace {

template <typename T> void readKey(const nlohmann::json& object, const char* key, T& target, const std::string& file)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return;
    if constexpr (std::is_same_v<T, std::string>) {
        if (!it->is_string())
            throw InputError(file, std::string("\"") + key + "\" must be a string");
        target = it->get<std::string>();
    } else if constexpr (std::is_integral_v<T>) {
        if (!it->is_number_integer())
            throw InputError(file, std::string("\"") + key + "\" must be an integer");
        target = it->get<T>();
    } else {
        if (!it->is_number())
            throw InputError(file, std::string("\"") + key + "\" must be a number");
        target = it->get<T>();
    }
}

}  // namespace

nlohmann::json mygoConfigToJson(const MygoConfig& c)
{
    nlohmann::ordered_json j;
    j["num_ent"] = c.numEntities;
    j["num_rel"] = c.numRelations;
    j["dim"] = c.dim;
    j["num_head"] = c.heads;
    j["hidden_dim"] = c.ffnDim;
    j["num_layer_enc_ent"] = c.entityLayers;
    j["num_layer_enc_rel"] = c.relationLayers;
    j["num_layer_dec"] = c.decoderLayers;
    j["max_vis_token"] = c.visualTokens;
    j["max_txt_token"] = c.textTokens;
    j["visual_token_dim"] = c.visualTokenDim;
    j["text_token_dim"] = c.textTokenDim;
    j["dropout"] = c.dropout;
    j["emb_dropout"] = c.embeddingDropout;
    j["vis_dropout"] = c.visualDropout;
    j["txt_dropout"] = c.textDropout;
    j["tucker_input_dropout"] = c.tuckerInputDropout;
    j["tucker_hidden_dropout"] = c.tuckerHiddenDropout;
    j["tucker_output_dropout"] = c.tuckerOutputDropout;
    j["layer_norm_eps"] = c.layerNormEps;
    j["batchnorm_eps"] = c.batchNormEps;
    j["batchnorm_momentum"] = c.batchNormMomentum;
    j["num_con"] = c.contrastiveSamples;
    j["contrastive_temperature"] = c.contrastiveTemperature;
    j["score_function"] = c.scoreFunction;
    return nlohmann::json(j);
}

MygoConfig mygoConfigFromJson(const nlohmann::json& j, const std::string& file, MygoConfig c)
{
    if (!j.is_object())
        throw InputError(file, "model configuration must be a JSON object");
    readKey(j, "num_ent", c.numEntities, file);
    readKey(j, "num_rel", c.numRelations, file);
    readKey(j, "dim", c.dim, file);
    readKey(j, "dim_str", c.dim, file);
    readKey(j, "num_head", c.heads, file);
    readKey(j, "hidden_dim", c.ffnDim, file);
    readKey(j, "dim_hid", c.ffnDim, file);
    readKey(j, "num_layer_enc_ent", c.entityLayers, file);
    readKey(j, "num_layer_enc_rel", c.relationLayers, file);
    readKey(j, "num_layer_dec", c.decoderLayers, file);
    readKey(j, "max_vis_token", c.visualTokens, file);
    readKey(j, "max_txt_token", c.textTokens, file);
    readKey(j, "visual_token_dim", c.visualTokenDim, file);
    readKey(j, "text_token_dim", c.textTokenDim, file);
    readKey(j, "dropout", c.dropout, file);
    readKey(j, "emb_dropout", c.embeddingDropout, file);
    readKey(j, "vis_dropout", c.visualDropout, file);
    readKey(j, "txt_dropout", c.textDropout, file);
    readKey(j, "tucker_input_dropout", c.tuckerInputDropout, file);
    readKey(j, "tucker_hidden_dropout", c.tuckerHiddenDropout, file);
    readKey(j, "tucker_output_dropout", c.tuckerOutputDropout, file);
    readKey(j, "layer_norm_eps", c.layerNormEps, file);
    readKey(j, "batchnorm_eps", c.batchNormEps, file);
    readKey(j, "batchnorm_momentum", c.batchNormMomentum, file);
    readKey(j, "num_con", c.contrastiveSamples, file);
    readKey(j, "contrastive_temperature", c.contrastiveTemperature, file);
    readKey(j, "score_function", c.scoreFunction, file);
    return c;
}

}  // namespace tessera
