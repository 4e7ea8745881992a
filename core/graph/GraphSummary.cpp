#include "graph/GraphSummary.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace tessera {

GraphSummary summarize(const KnowledgeGraph& graph)
{
    GraphSummary summary;
    summary.entities = graph.entityCount();
    summary.relations = graph.relationCount();
    summary.warnings = graph.warnings().size();
    for (const Entity& entity : graph.entities()) {
        summary.images += entity.imagePaths.size();
        if (entity.hasImage())
            ++summary.entitiesWithImage;
        else
            ++summary.entitiesWithoutImage;
        if (!entity.hasText())
            ++summary.entitiesWithoutText;
    }
    std::vector<std::tuple<EntityId, RelationId, EntityId>> all;
    all.reserve(graph.tripleCount());
    for (const Split split : kAllSplits) {
        const auto triples = graph.triples(split);
        summary.triplesPerSplit[static_cast<std::size_t>(split)] = triples.size();
        for (const Triple& t : triples) {
            all.emplace_back(t.head, t.relation, t.tail);
            if (t.head == t.tail)
                ++summary.selfLoops;
        }
    }
    std::sort(all.begin(), all.end());
    summary.duplicateTriples = all.size() - static_cast<std::size_t>(std::unique(all.begin(), all.end()) - all.begin());
    for (EntityId e = 0; e < graph.entityCount(); ++e) {
        if (graph.outgoing().degree(e) == 0 && graph.incoming().degree(e) == 0)
            ++summary.isolatedEntities;
    }
    return summary;
}

}  // namespace tessera
