#pragma once

#include "graph/Ids.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tessera {

class KnowledgeGraph;

// What `--entity`, `--head` and `--tail` name: an entity key, or else a label or alias (compared
// as search compares names: case and accents folded) that names exactly one entity. When it
// names several, or none, `error` says so — the candidates (key and label, the first ten and
// the total) or the closest names — for the command to print with exit code 2.
struct EntityResolution {
    std::optional<EntityId> entity;
    bool ambiguous = false;  // the name fits several entities (error lists them)
    QString error;
};

class EntityResolver {
    Q_DECLARE_TR_FUNCTIONS(EntityResolver)

public:
    static EntityResolution resolve(const KnowledgeGraph& graph, const QString& text);
};

}  // namespace tessera
