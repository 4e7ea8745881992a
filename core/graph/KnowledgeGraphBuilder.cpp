#include "graph/KnowledgeGraphBuilder.h"

#include <stdexcept>

namespace tessera {

KnowledgeGraphBuilder::KnowledgeGraphBuilder()
    : graph_(new KnowledgeGraph())
{
}

void KnowledgeGraphBuilder::setMetadata(GraphMetadata metadata)
{
    graph_->metadata_ = std::move(metadata);
}

GraphMetadata& KnowledgeGraphBuilder::metadata()
{
    return graph_->metadata_;
}

std::optional<EntityId> KnowledgeGraphBuilder::addEntity(Entity entity)
{
    const auto id = static_cast<EntityId>(graph_->entities_.size());
    if (!graph_->entityByKey_.emplace(entity.key, id).second)
        return std::nullopt;
    if (entity.label.empty())
        entity.label = entity.key;
    graph_->entities_.push_back(std::move(entity));
    return id;
}

std::optional<RelationId> KnowledgeGraphBuilder::addRelation(Relation relation)
{
    const auto id = static_cast<RelationId>(graph_->relations_.size());
    if (!graph_->relationByKey_.emplace(relation.key, id).second)
        return std::nullopt;
    if (relation.label.empty())
        relation.label = relation.key;
    graph_->relations_.push_back(std::move(relation));
    return id;
}

EntityId KnowledgeGraphBuilder::entityForKey(std::string_view key)
{
    if (const auto found = findEntity(key))
        return *found;
    Entity entity;
    entity.key = std::string(key);
    return *addEntity(std::move(entity));
}

RelationId KnowledgeGraphBuilder::relationForKey(std::string_view key)
{
    if (const auto found = findRelation(key))
        return *found;
    Relation relation;
    relation.key = std::string(key);
    return *addRelation(std::move(relation));
}

std::optional<EntityId> KnowledgeGraphBuilder::findEntity(std::string_view key) const
{
    return graph_->findEntity(key);
}

std::optional<RelationId> KnowledgeGraphBuilder::findRelation(std::string_view key) const
{
    return graph_->findRelation(key);
}

std::size_t KnowledgeGraphBuilder::entityCount() const
{
    return graph_->entities_.size();
}

std::size_t KnowledgeGraphBuilder::relationCount() const
{
    return graph_->relations_.size();
}

Entity& KnowledgeGraphBuilder::entity(EntityId id)
{
    return graph_->entities_.at(id);
}

void KnowledgeGraphBuilder::addTriple(Split split, Triple triple)
{
    if (triple.head >= graph_->entities_.size() || triple.tail >= graph_->entities_.size()
        || triple.relation >= graph_->relations_.size())
        throw std::logic_error("KnowledgeGraphBuilder::addTriple: id out of range (reader must check)");
    graph_->splits_[static_cast<std::size_t>(split)].push_back(triple);
}

void KnowledgeGraphBuilder::addWarning(std::string warning)
{
    graph_->warnings_.push_back(std::move(warning));
}

std::shared_ptr<const KnowledgeGraph> KnowledgeGraphBuilder::build()
{
    KnowledgeGraph& g = *graph_;
    std::vector<Triple> all;
    std::vector<Split> splitOf;
    all.reserve(g.tripleCount());
    splitOf.reserve(g.tripleCount());
    g.relationTripleCounts_.assign(g.relations_.size(), 0);
    for (const Split split : kAllSplits) {
        for (const Triple& t : g.splits_[static_cast<std::size_t>(split)]) {
            all.push_back(t);
            splitOf.push_back(split);
            ++g.relationTripleCounts_[t.relation];
        }
    }
    g.outgoing_ = CsrAdjacency(g.entities_.size(), all, splitOf, CsrAdjacency::Direction::Outgoing);
    g.incoming_ = CsrAdjacency(g.entities_.size(), all, splitOf, CsrAdjacency::Direction::Incoming);
    g.answers_ = AnswerIndex(all);
    g.names_ = NameIndex(g.entities_);
    std::shared_ptr<const KnowledgeGraph> built(graph_.release());
    graph_.reset(new KnowledgeGraph());
    return built;
}

}  // namespace tessera
