#pragma once

#include <cstdint>
#include <string>

namespace tessera {

class KnowledgeGraph;

// Which graph a model belongs to: counts and a checksum of the entity and relation keys in id
// order. A model loaded against a graph with another identity would silently score the wrong
// entities, so loading compares these and refuses a mismatch.
struct GraphIdentity {
    std::string name;
    std::int64_t entities = 0;
    std::int64_t relations = 0;
    std::string checksum;  // 16 hex digits, FNV-1a 64 over the keys

    bool operator==(const GraphIdentity& other) const
    {
        return entities == other.entities && relations == other.relations && checksum == other.checksum;
    }
};

GraphIdentity identityOf(const KnowledgeGraph& graph);
// The identity of a MyGO id-format graph with keys "0".."n-1" (what reference checkpoints use).
GraphIdentity identityOfIdGraph(std::int64_t entities, std::int64_t relations);

}  // namespace tessera
