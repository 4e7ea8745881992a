#include "models/mygo/MygoConfig.h"

#include <stdexcept>

namespace tessera {

void MygoConfig::validate() const
{
    const auto positive = [](std::int64_t value, const char* name) {
        if (value <= 0)
            throw std::invalid_argument(std::string(name) + " must be positive, is " + std::to_string(value));
    };
    positive(numEntities, "num_ent");
    positive(numRelations, "num_rel");
    positive(dim, "dim");
    positive(heads, "num_head");
    positive(ffnDim, "hidden_dim");
    positive(entityLayers, "num_layer_enc_ent");
    positive(decoderLayers, "num_layer_dec");
    positive(visualTokenDim, "visual token width");
    positive(textTokenDim, "text token width");
    if (visualTokens < 0 || textTokens < 0)
        throw std::invalid_argument("token counts must not be negative");
    if (dim % heads != 0)
        throw std::invalid_argument(
            "dim " + std::to_string(dim) + " is not divisible by num_head " + std::to_string(heads));
    if (scoreFunction != "tucker")
        throw std::invalid_argument("score function '" + scoreFunction + "' is not supported (only tucker)");
}

}  // namespace tessera
