#pragma once

#include "graph/KnowledgeGraph.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// The mygo-small fixture's graph (ids only) written as a MyGO id-format folder and read back, so
// filtered ranking uses the same answer sets the reference used.
std::shared_ptr<const tessera::KnowledgeGraph> loadFixtureGraph(
    const QString& fixtureDir, QTemporaryDir& scratch, int entities, int relations);

QString mygoFixtureDir();
