#pragma once

#include "graph/AnswerIndex.h"
#include "graph/CsrAdjacency.h"
#include "graph/Entity.h"
#include "graph/GraphMetadata.h"
#include "graph/Ids.h"
#include "graph/NameIndex.h"
#include "graph/Relation.h"
#include "graph/Triple.h"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tessera {

class KnowledgeGraphBuilder;

// An immutable multi-modal knowledge graph with the indices every view and model needs:
// key lookup, name search, out/in adjacency over all splits, and the answer sets of the
// filtered ranking protocol. Built once by KnowledgeGraphBuilder; afterwards only const
// access, so one instance is shared across threads (UI, workers, command line) without locks.
// Triples keep the order and the duplicates of the files they came from (DB15K's valid split
// repeats lines; counts must match the published ones).
class KnowledgeGraph {
public:
    const GraphMetadata& metadata() const { return metadata_; }

    std::size_t entityCount() const { return entities_.size(); }
    std::size_t relationCount() const { return relations_.size(); }
    const Entity& entity(EntityId id) const { return entities_.at(id); }
    const Relation& relation(RelationId id) const { return relations_.at(id); }
    const std::vector<Entity>& entities() const { return entities_; }
    const std::vector<Relation>& relations() const { return relations_; }

    std::optional<EntityId> findEntity(std::string_view key) const;
    std::optional<RelationId> findRelation(std::string_view key) const;

    std::span<const Triple> triples(Split split) const { return splits_[static_cast<std::size_t>(split)]; }
    std::size_t tripleCount() const;
    // Triples (all splits) whose relation is `relation`.
    std::size_t relationTripleCount(RelationId relation) const { return relationTripleCounts_.at(relation); }

    const CsrAdjacency& outgoing() const { return outgoing_; }
    const CsrAdjacency& incoming() const { return incoming_; }
    const AnswerIndex& answers() const { return answers_; }
    const NameIndex& names() const { return names_; }

    std::size_t imageCount() const;
    std::size_t entitiesWithoutImage() const;
    std::size_t entitiesWithoutText() const;

    // Problems that did not stop loading (a missing image, say), one line each, naming the file.
    const std::vector<std::string>& warnings() const { return warnings_; }

private:
    friend class KnowledgeGraphBuilder;
    KnowledgeGraph() = default;

    GraphMetadata metadata_;
    std::vector<Entity> entities_;
    std::vector<Relation> relations_;
    std::unordered_map<std::string, EntityId> entityByKey_;
    std::unordered_map<std::string, RelationId> relationByKey_;
    std::array<std::vector<Triple>, 3> splits_;
    std::vector<std::size_t> relationTripleCounts_;
    CsrAdjacency outgoing_;
    CsrAdjacency incoming_;
    AnswerIndex answers_;
    NameIndex names_;
    std::vector<std::string> warnings_;
};

}  // namespace tessera
