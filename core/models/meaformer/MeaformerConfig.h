#pragma once

#include "models/meaformer/AlignmentModality.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tessera {

// Hyper-parameters of a MEAformer model (ACM MM 2023; reference zjukg/MEAformer). Plain data, no
// torch. Entities are the rows of both graphs: graph A's entities in their id order, then graph
// B's (`entitiesA` rows, then the rest).
struct MeaformerConfig {
    // The modalities the model encodes, in fusion order (a subsequence of kAllAlignmentModalities).
    std::vector<AlignmentModality> modalities;
    std::int64_t entities = 0;
    std::int64_t entitiesA = 0;
    // Width of every modality embedding and of the fusion Transformer (the reference's hidden_size;
    // it requires attr_dim = img_dim = ... = hidden_size for the stack).
    std::int64_t hidden = 0;
    std::int64_t fusionLayers = 1;
    std::int64_t fusionHeads = 1;
    std::int64_t intermediate = 0;  // FFN width of a fusion layer; 0 = no FFN (use_intermediate 0)
    double layerNormEps = 1e-12;
    std::vector<std::int64_t> gatHeads;  // heads of each graph-attention layer (two in the reference)
    // Input widths of the feature modalities (0 when the modality is not used).
    std::int64_t visualInput = 0;
    std::int64_t attributeInput = 0;
    std::int64_t relationInput = 0;  // the reference always uses 1000 (top-1000 relations)
    std::int64_t nameInput = 0;
    std::int64_t characterInput = 0;
    std::int64_t cslsK = 3;    // neighbours of cross-domain similarity local scaling
    double temperature = 0.1;  // tau of the contrastive losses
    // How modality embeddings are fused: "transformer" (MEAformer: per-entity meta-weights from
    // the fusion Transformer's attention) or "weights" (MCLEA: one learned weight per modality,
    // the same for every entity; fusionLayers is then 0).
    std::string fusion = "transformer";

    bool transformerFusion() const { return fusion == "transformer"; }

    std::int64_t modalityCount() const { return static_cast<std::int64_t>(modalities.size()); }
    // Slot of `modality` in the fusion order, -1 when the model does not use it.
    int slotOf(AlignmentModality modality) const;
    std::int64_t inputWidth(AlignmentModality modality) const;
    std::int64_t fusedWidth() const { return modalityCount() * hidden; }
    std::int64_t headDim() const { return fusionHeads > 0 ? hidden / fusionHeads : 0; }

    // Throws std::invalid_argument naming the first inconsistent value.
    void validate() const;
};

}  // namespace tessera
