#pragma once

// The golden bundle of the views tests (tests/views/data/golden, described in its README).

#include "graph/Dataset.h"
#include "graph/KnowledgeGraph.h"
#include "io/GraphReader.h"

#include <QString>

#include <memory>

namespace tessera::test {

inline QString goldenPath()
{
    return QStringLiteral(TESSERA_SOURCE_DIR "/tests/views/data/golden");
}

inline std::shared_ptr<const KnowledgeGraph> loadGolden()
{
    const Dataset dataset = readDataset(goldenPath().toStdString());
    return dataset.graphs.at(0);
}

inline EntityId idOf(const KnowledgeGraph& graph, const char* key)
{
    const auto id = graph.findEntity(key);
    return id ? *id : kNoEntity;
}

}  // namespace tessera::test
