#include "evaluation/FilteredRanking.h"

#include <algorithm>

namespace tessera {

FilteredRank filteredRank(std::span<const float> scores, EntityId target, std::span<const EntityId> knownAnswers)
{
    const float targetScore = scores[target];
    std::int64_t greater = 0;
    std::int64_t equal = 0;
    for (const float s : scores) {
        greater += s > targetScore ? 1 : 0;
        equal += s == targetScore ? 1 : 0;
    }
    equal -= 1;  // the target itself
    // Known answers (other than the target) are removed from both counts: the reference sets them
    // to target - 1, below the target.
    for (const EntityId answer : knownAnswers) {
        if (answer == target || answer >= scores.size())
            continue;
        const float s = scores[answer];
        if (s > targetScore)
            --greater;
        else if (s == targetScore)
            --equal;
    }
    FilteredRank rank;
    rank.reference = greater + equal / 2 + 1;
    rank.realistic = static_cast<double>(greater) + static_cast<double>(equal) / 2.0 + 1.0;
    return rank;
}

RankMetrics summarizeRanks(std::span<const double> ranks)
{
    RankMetrics m;
    m.count = ranks.size();
    if (ranks.empty())
        return m;
    double sum = 0;
    double reciprocal = 0;
    std::size_t h1 = 0;
    std::size_t h3 = 0;
    std::size_t h10 = 0;
    for (const double r : ranks) {
        sum += r;
        reciprocal += 1.0 / r;
        h1 += r < 2 ? 1 : 0;
        h3 += r < 4 ? 1 : 0;
        h10 += r < 11 ? 1 : 0;
    }
    const auto n = static_cast<double>(ranks.size());
    m.mr = sum / n;
    m.mrr = reciprocal / n;
    m.hits1 = static_cast<double>(h1) / n;
    m.hits3 = static_cast<double>(h3) / n;
    m.hits10 = static_cast<double>(h10) / n;
    return m;
}

}  // namespace tessera
