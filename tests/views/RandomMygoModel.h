#pragma once

// A small structure-only MyGO model with random weights for a graph (the window, render and
// session tests): dim 16, 2 heads, one encoder and one context layer, no tokens.

#include "graph/GraphIdentity.h"
#include "graph/KnowledgeGraph.h"
#include "inference/MygoModel.h"
#include "inference/MygoTokenLoader.h"

#include <optional>

namespace tessera::test {

// `identity` is the graph the model claims to belong to (a wrong one makes a mismatched model).
inline MygoModel randomMygoModel(const KnowledgeGraph& graph, const GraphIdentity& identity, std::uint64_t seed = 5)
{
    MygoConfig config;
    config.numEntities = static_cast<std::int64_t>(graph.entityCount());
    config.numRelations = static_cast<std::int64_t>(graph.relationCount());
    config.dim = 16;
    config.heads = 2;
    config.ffnDim = 32;
    config.entityLayers = 1;
    config.decoderLayers = 1;
    config.visualTokens = 0;
    config.textTokens = 0;
    MygoModel model = MygoModel::createRandom(config, loadMygoTokens(graph, std::nullopt, std::nullopt), seed);
    model.setGraphIdentity(identity);
    return model;
}

}  // namespace tessera::test
