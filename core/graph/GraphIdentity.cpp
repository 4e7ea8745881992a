#include "graph/GraphIdentity.h"

#include "graph/KnowledgeGraph.h"

#include <cstdio>

namespace tessera {

namespace {

class Fnv1a64 {
public:
    void add(std::string_view text)
    {
        for (const char c : text) {
            hash_ ^= static_cast<unsigned char>(c);
            hash_ *= 0x100000001b3ULL;
        }
        // A separator keeps ("ab","c") and ("a","bc") apart.
        hash_ ^= 0xFFU;
        hash_ *= 0x100000001b3ULL;
    }
    std::string hex() const
    {
        char text[17];
        std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash_));
        return text;
    }

private:
    std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

}  // namespace

GraphIdentity identityOf(const KnowledgeGraph& graph)
{
    Fnv1a64 hash;
    hash.add("entities");
    for (const Entity& e : graph.entities())
        hash.add(e.key);
    hash.add("relations");
    for (const Relation& r : graph.relations())
        hash.add(r.key);
    return GraphIdentity {graph.metadata().name, static_cast<std::int64_t>(graph.entityCount()),
        static_cast<std::int64_t>(graph.relationCount()), hash.hex()};
}

GraphIdentity identityOfIdGraph(std::int64_t entities, std::int64_t relations)
{
    Fnv1a64 hash;
    hash.add("entities");
    for (std::int64_t i = 0; i < entities; ++i)
        hash.add(std::to_string(i));
    hash.add("relations");
    for (std::int64_t i = 0; i < relations; ++i)
        hash.add(std::to_string(i));
    return GraphIdentity {"", entities, relations, hash.hex()};
}

}  // namespace tessera
