#pragma once

#include <cstdint>
#include <string>

namespace tessera {

// Hyper-parameters of a MyGO model (arXiv 2404.09468; reference zjukg/MyGO). Sizes follow the
// reference constructor; defaults are the reference training script's. Plain data, no torch,
// so views and the command line can read a model's configuration without LibTorch.
struct MygoConfig {
    std::int64_t numEntities = 0;
    std::int64_t numRelations = 0;
    std::int64_t dim = 256;  // dim_str: every token and representation
    std::int64_t heads = 2;
    std::int64_t ffnDim = 200;         // hidden_dim of the Transformer feed-forward blocks
    std::int64_t entityLayers = 1;     // CMEE (cross-modal entity encoder) layers
    std::int64_t relationLayers = 1;   // the reference builds a relation encoder it never uses
    std::int64_t decoderLayers = 2;    // CTE (contextual triple encoder) layers
    std::int64_t visualTokens = 8;     // V most frequent visual codebook tokens per entity
    std::int64_t textTokens = 8;       // T most frequent word-piece tokens per entity
    std::int64_t visualTokenDim = 32;  // width of the visual codebook rows (BEiT-v2: 32)
    std::int64_t textTokenDim = 768;   // width of the text embedding rows (BERT: 768)
    double dropout = 0.01;             // inside the Transformer layers
    double embeddingDropout = 0.9;     // structure embeddings
    double visualDropout = 0.4;
    double textDropout = 0.1;
    double tuckerInputDropout = 0.3;  // fixed in the reference TuckERLayer
    double tuckerHiddenDropout = 0.4;
    double tuckerOutputDropout = 0.5;
    double layerNormEps = 1e-5;
    double batchNormEps = 1e-5;
    double batchNormMomentum = 0.1;
    std::int64_t contrastiveSamples = 512;  // num_con: rows sampled for the FGCL
    double contrastiveTemperature = 0.5;
    std::string scoreFunction = "tucker";

    std::int64_t sequenceLength() const { return 2 + visualTokens + textTokens; }
    std::int64_t headDim() const { return heads > 0 ? dim / heads : 0; }
    // Id of the [MASK] slot in encoded triples (reference convention: entities are shifted by
    // numRelations, relations by numEntities, the mask is numEntities + numRelations).
    std::int64_t maskId() const { return numEntities + numRelations; }

    // Throws std::invalid_argument naming the first inconsistent value.
    void validate() const;
};

}  // namespace tessera
