#pragma once

#include "models/mygo/MygoConfig.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace tessera {

// MygoConfig as the "config" object of a Tessera model folder's config.json, with the
// reference's argument names (dim, num_head, hidden_dim, num_layer_enc_ent, ...).
nlohmann::json mygoConfigToJson(const MygoConfig& config);
// Reads the keys present over `defaults`; throws InputError naming `file` and the key for a value
// of the wrong type.
MygoConfig mygoConfigFromJson(const nlohmann::json& object, const std::string& file, MygoConfig defaults = {});

}  // namespace tessera
