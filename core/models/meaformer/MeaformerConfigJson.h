#pragma once

#include "models/meaformer/MeaformerConfig.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace tessera {

// MeaformerConfig as the "config" object of a Tessera model folder's config.json, with the
// reference's argument names where it has one (hidden_size, num_attention_heads, heads, csls_k, ...).
nlohmann::json meaformerConfigToJson(const MeaformerConfig& config);
// Throws InputError naming `file` and the key for a missing key or a value of the wrong type.
MeaformerConfig meaformerConfigFromJson(const nlohmann::json& object, const std::string& file);

}  // namespace tessera
