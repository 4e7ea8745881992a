#include "models/meaformer/MeaformerConfig.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace tessera {

int MeaformerConfig::slotOf(AlignmentModality modality) const
{
    const auto it = std::find(modalities.begin(), modalities.end(), modality);
    return it == modalities.end() ? -1 : static_cast<int>(it - modalities.begin());
}

std::int64_t MeaformerConfig::inputWidth(AlignmentModality modality) const
{
    switch (modality) {
    case AlignmentModality::Visual:
        return visualInput;
    case AlignmentModality::Attribute:
        return attributeInput;
    case AlignmentModality::Relation:
        return relationInput;
    case AlignmentModality::Graph:
        return hidden;
    case AlignmentModality::Name:
        return nameInput;
    case AlignmentModality::Character:
        return characterInput;
    }
    return 0;
}

void MeaformerConfig::validate() const
{
    const auto fail = [](const std::string& what) { throw std::invalid_argument(what); };
    if (modalities.empty())
        fail("no modality is enabled");
    for (std::size_t i = 1; i < modalities.size(); ++i) {
        if (static_cast<int>(modalities[i]) <= static_cast<int>(modalities[i - 1]))
            fail("modalities must be distinct and in fusion order img, att, rel, gph, name, char");
    }
    if (entities <= 0 || entitiesA <= 0 || entitiesA >= entities)
        fail("entity counts must be positive for both graphs (" + std::to_string(entitiesA) + " of "
            + std::to_string(entities) + " in graph A)");
    if (hidden <= 0)
        fail("hidden_size must be positive");
    if (fusion != "transformer" && fusion != "weights")
        fail("fusion must be \"transformer\" (MEAformer) or \"weights\" (MCLEA), not \"" + fusion + "\"");
    if (transformerFusion() ? fusionLayers <= 0 : fusionLayers != 0)
        fail(transformerFusion() ? "num_hidden_layers must be positive" : "weights fusion has no fusion layers");
    if (fusionHeads <= 0 || hidden % fusionHeads != 0)
        fail("num_attention_heads (" + std::to_string(fusionHeads) + ") must divide hidden_size ("
            + std::to_string(hidden) + ")");
    if (intermediate < 0)
        fail("intermediate_size must not be negative");
    if (cslsK <= 0)
        fail("csls_k must be positive");
    if (slotOf(AlignmentModality::Graph) >= 0) {
        if (gatHeads.empty())
            fail("the structure modality needs at least one graph-attention layer");
        for (const std::int64_t heads : gatHeads) {
            if (heads <= 0)
                fail("graph-attention heads must be positive");
        }
    }
    for (const AlignmentModality modality : modalities) {
        if (modality != AlignmentModality::Graph && inputWidth(modality) <= 0)
            fail("the " + std::string(alignmentModalityKey(modality)) + " modality needs a positive input width");
    }
}

}  // namespace tessera
