#include "alignment/AlignmentDecisions.h"

#include "graph/KnowledgeGraph.h"

namespace tessera {

void AlignmentDecisions::accept(EntityId a, EntityId b)
{
    if (const auto it = acceptedA_.find(a); it != acceptedA_.end()) {
        acceptedB_.erase(it->second);
        acceptedA_.erase(it);
    }
    if (const auto it = acceptedB_.find(b); it != acceptedB_.end()) {
        acceptedA_.erase(it->second);
        acceptedB_.erase(it);
    }
    acceptedA_[a] = b;
    acceptedB_[b] = a;
    rejected_.erase({a, b});
}

void AlignmentDecisions::reject(EntityId a, EntityId b)
{
    forget(a, b);
    rejected_.insert({a, b});
}

void AlignmentDecisions::forget(EntityId a, EntityId b)
{
    if (const auto it = acceptedA_.find(a); it != acceptedA_.end() && it->second == b) {
        acceptedA_.erase(it);
        acceptedB_.erase(b);
    }
    rejected_.erase({a, b});
}

AlignmentDecisions::Verdict AlignmentDecisions::verdict(EntityId a, EntityId b) const
{
    if (const auto it = acceptedA_.find(a); it != acceptedA_.end() && it->second == b)
        return Verdict::Accepted;
    return rejected_.contains({a, b}) ? Verdict::Rejected : Verdict::None;
}

std::optional<EntityId> AlignmentDecisions::acceptedForA(EntityId a) const
{
    const auto it = acceptedA_.find(a);
    return it == acceptedA_.end() ? std::nullopt : std::optional<EntityId>(it->second);
}

std::optional<EntityId> AlignmentDecisions::acceptedForB(EntityId b) const
{
    const auto it = acceptedB_.find(b);
    return it == acceptedB_.end() ? std::nullopt : std::optional<EntityId>(it->second);
}

std::size_t AlignmentDecisions::rejectedCountOf(EntityId a) const
{
    std::size_t count = 0;
    for (auto it = rejected_.lower_bound({a, EntityId {0}}); it != rejected_.end() && it->first == a; ++it)
        ++count;
    return count;
}

std::string AlignmentDecisions::acceptedTsv(const KnowledgeGraph& a, const KnowledgeGraph& b) const
{
    std::string out = "source\ttarget\tsplit\n";
    for (const auto& [source, target] : acceptedA_) {
        out += a.entity(source).key;
        out += '\t';
        out += b.entity(target).key;
        out += "\ttrain\n";
    }
    return out;
}

}  // namespace tessera
