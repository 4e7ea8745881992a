#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace tessera {

// How a codebook of K codes is used by one modality's assignments: per code, how often it was
// assigned (over image patches or word pieces) and by how many entities (document frequency), and
// the summary figures codebook papers report. Logarithms are natural, so perplexity = exp(H) lies in
// [1, K] and equals the number of codes a uniform user of that many codes would have.
struct CodeUsage {
    std::int64_t codes = 0;                       // K
    std::vector<std::int64_t> counts;             // K occurrence counts
    std::vector<std::int64_t> documentFrequency;  // K: entities with at least one occurrence
    std::int64_t total = 0;                       // occurrences
    std::int64_t used = 0;                        // codes with a count > 0
    std::int64_t dead = 0;                        // K - used
    double usage = 0;                             // used / K
    double entropy = 0;                           // H of counts / total, nats
    double perplexity = 0;                        // exp(H); 0 when there are no occurrences
    double normalisedEntropy = 0;                 // H / ln K (0 for K = 1)
    double topMass = 0;                           // share of occurrences in the `top` most frequent codes
    std::int64_t top = 0;
    double gini = 0;  // of the K counts, 0 = even use, → 1 = one code
};

// Two modalities (or two graphs) over the same codebook.
struct CodeOverlap {
    double jaccard = 0;  // |used by both| / |used by either|
    // Share of the codes used by either in which each side has at least `mixedThreshold` of the
    // code's occurrences (each side's counts first normalised by its total, so that a modality
    // with more patches does not swamp the other) — Uni-Code/CMG Fig. 4's "mixed" codes.
    double mixedShare = 0;
    double mixedThreshold = 0.2;
    // Jensen–Shannon divergence of the two code distributions, base 2: 0 = same, 1 = disjoint.
    double jsDivergence = 0;
};

class CodebookStatistics {
public:
    // Assignments grouped by entity: `assignments[e]` are entity e's code ids (each in [0, K)).
    static CodeUsage usage(
        std::int64_t codes, std::span<const std::vector<std::int64_t>> assignments, std::int64_t top = 10);
    static CodeOverlap overlap(const CodeUsage& a, const CodeUsage& b, double mixedThreshold = 0.2);
    // The entities (indices into the assignments) that use `code`, with their occurrence counts,
    // most occurrences first (ties by entity index).
    static std::vector<std::pair<std::size_t, std::int64_t>> entitiesUsing(
        std::int64_t code, std::span<const std::vector<std::int64_t>> assignments);
};

}  // namespace tessera
