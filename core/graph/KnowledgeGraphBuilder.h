#pragma once

#include "graph/KnowledgeGraph.h"

#include <memory>

namespace tessera {

// Collects entities, relations and triples while a reader parses, then freezes them into a
// KnowledgeGraph with all indices built. Duplicate keys are the reader's to report (it knows
// the file and line), so add* return std::nullopt instead of throwing.
class KnowledgeGraphBuilder {
public:
    KnowledgeGraphBuilder();

    void setMetadata(GraphMetadata metadata);
    GraphMetadata& metadata();

    // nullopt when the key is already taken.
    std::optional<EntityId> addEntity(Entity entity);
    std::optional<RelationId> addRelation(Relation relation);
    // Returns the existing id when the key is known, else adds a new entity labelled by its key.
    EntityId entityForKey(std::string_view key);
    RelationId relationForKey(std::string_view key);

    std::optional<EntityId> findEntity(std::string_view key) const;
    std::optional<RelationId> findRelation(std::string_view key) const;
    std::size_t entityCount() const;
    std::size_t relationCount() const;
    Entity& entity(EntityId id);

    // The ids must exist (readers check and report unknown ones).
    void addTriple(Split split, Triple triple);
    void addWarning(std::string warning);

    // Builds the indices and hands the graph over; the builder is empty afterwards.
    std::shared_ptr<const KnowledgeGraph> build();

private:
    std::unique_ptr<KnowledgeGraph> graph_;
};

}  // namespace tessera
