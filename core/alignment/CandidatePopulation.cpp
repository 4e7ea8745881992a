#include "alignment/CandidatePopulation.h"

#include <algorithm>
#include <numeric>

namespace tessera {

CandidatePopulation CandidatePopulation::testPairs(const std::vector<AlignedPair>& pairs)
{
    CandidatePopulation out;
    for (const AlignedPair& pair : pairs) {
        if (!pair.train) {
            out.a.push_back(pair.source);
            out.b.push_back(pair.target);
        }
    }
    return out;
}

CandidatePopulation CandidatePopulation::everyEntity(std::size_t entitiesA, std::size_t entitiesB)
{
    CandidatePopulation out;
    out.a.resize(entitiesA);
    std::iota(out.a.begin(), out.a.end(), EntityId {0});
    out.b.resize(entitiesB);
    std::iota(out.b.begin(), out.b.end(), EntityId {0});
    return out;
}

bool CandidatePopulation::contains(bool inA, EntityId entity) const
{
    const std::vector<EntityId>& side = inA ? a : b;
    return std::find(side.begin(), side.end(), entity) != side.end();
}

}  // namespace tessera
