#include "graph/KnowledgeGraph.h"

#include <algorithm>
#include <numeric>

namespace tessera {

std::optional<EntityId> KnowledgeGraph::findEntity(std::string_view key) const
{
    const auto it = entityByKey_.find(std::string(key));
    if (it == entityByKey_.end())
        return std::nullopt;
    return it->second;
}

std::optional<RelationId> KnowledgeGraph::findRelation(std::string_view key) const
{
    const auto it = relationByKey_.find(std::string(key));
    if (it == relationByKey_.end())
        return std::nullopt;
    return it->second;
}

std::size_t KnowledgeGraph::tripleCount() const
{
    return splits_[0].size() + splits_[1].size() + splits_[2].size();
}

std::size_t KnowledgeGraph::imageCount() const
{
    return std::accumulate(entities_.begin(), entities_.end(), std::size_t {0},
        [](std::size_t sum, const Entity& e) { return sum + e.imagePaths.size(); });
}

std::size_t KnowledgeGraph::entitiesWithoutImage() const
{
    return static_cast<std::size_t>(
        std::count_if(entities_.begin(), entities_.end(), [](const Entity& e) { return !e.hasImage(); }));
}

std::size_t KnowledgeGraph::entitiesWithoutText() const
{
    return static_cast<std::size_t>(
        std::count_if(entities_.begin(), entities_.end(), [](const Entity& e) { return !e.hasText(); }));
}

}  // namespace tessera
