#include "evaluation/AlignmentEvaluator.h"

#include "alignment/CslsRanking.h"
#include "inference/MeaformerModel.h"

#include <chrono>
#include <numeric>
#include <stdexcept>

namespace tessera {

namespace {

struct RankedBlock {
    std::vector<std::int64_t> csls;
    std::vector<std::int64_t> plain;
};

// One block of queries × candidates ranked by rows: gold[i] is query i's true candidate column.
RankedBlock rankBlock(MeaformerModel& model, std::span<const std::int64_t> queries,
    std::span<const std::int64_t> candidates, std::span<const std::int64_t> gold, std::int64_t k, int threads)
{
    std::vector<float> values(queries.size() * candidates.size());
    model.similarityInto(queries, candidates, values);
    const SimilarityMatrix s {
        values.data(), static_cast<std::int64_t>(queries.size()), static_cast<std::int64_t>(candidates.size())};
    const CslsRanking::Scales scales = CslsRanking::scales(s, k, threads);
    return {CslsRanking::rankRows(s, gold, &scales, threads), CslsRanking::rankRows(s, gold, nullptr, threads)};
}

}  // namespace

AlignmentEvaluation AlignmentEvaluator::evaluate(
    MeaformerModel& model, std::span<const AlignedPair> pairs, const AlignmentEvaluationOptions& options)
{
    const auto start = std::chrono::steady_clock::now();
    if (pairs.empty())
        throw std::invalid_argument("no test pairs to evaluate");
    const MeaformerConfig& config = model.config();
    const std::int64_t entitiesB = config.entities - config.entitiesA;
    std::vector<std::int64_t> sources;
    std::vector<std::int64_t> targets;
    for (const AlignedPair& pair : pairs) {
        if (static_cast<std::int64_t>(pair.source) >= config.entitiesA
            || static_cast<std::int64_t>(pair.target) >= entitiesB)
            throw std::invalid_argument("a test pair names an entity outside the model");
        sources.push_back(model.rowOfA(pair.source));
        targets.push_back(model.rowOfB(pair.target));
    }
    AlignmentEvaluation out;
    out.cslsK = options.cslsK > 0 ? options.cslsK : config.cslsK;
    const auto n = static_cast<std::int64_t>(pairs.size());
    if (!options.allCandidates) {
        std::vector<float> values(static_cast<std::size_t>(n * n));
        model.similarityInto(sources, targets, values);
        const SimilarityMatrix s {values.data(), n, n};
        std::vector<std::int64_t> diagonal(static_cast<std::size_t>(n));
        std::iota(diagonal.begin(), diagonal.end(), 0);
        const CslsRanking::Scales scales = CslsRanking::scales(s, out.cslsK, options.threads);
        out.cslsRanksLeftToRight = CslsRanking::rankRows(s, diagonal, &scales, options.threads);
        out.cslsRanksRightToLeft = CslsRanking::rankColumns(s, diagonal, &scales, options.threads);
        out.plainRanksLeftToRight = CslsRanking::rankRows(s, diagonal, nullptr, options.threads);
        out.plainRanksRightToLeft = CslsRanking::rankColumns(s, diagonal, nullptr, options.threads);
        out.candidatesLeftToRight = n;
        out.candidatesRightToLeft = n;
    } else {
        std::vector<std::int64_t> allA(static_cast<std::size_t>(config.entitiesA));
        std::iota(allA.begin(), allA.end(), 0);
        std::vector<std::int64_t> allB(static_cast<std::size_t>(entitiesB));
        std::iota(allB.begin(), allB.end(), config.entitiesA);
        std::vector<std::int64_t> goldB;
        std::vector<std::int64_t> goldA;
        for (const AlignedPair& pair : pairs) {
            goldB.push_back(static_cast<std::int64_t>(pair.target));
            goldA.push_back(static_cast<std::int64_t>(pair.source));
        }
        RankedBlock l2r = rankBlock(model, sources, allB, goldB, out.cslsK, options.threads);
        RankedBlock r2l = rankBlock(model, targets, allA, goldA, out.cslsK, options.threads);
        out.cslsRanksLeftToRight = std::move(l2r.csls);
        out.plainRanksLeftToRight = std::move(l2r.plain);
        out.cslsRanksRightToLeft = std::move(r2l.csls);
        out.plainRanksRightToLeft = std::move(r2l.plain);
        out.candidatesLeftToRight = entitiesB;
        out.candidatesRightToLeft = config.entitiesA;
    }
    out.cslsLeftToRight = AlignmentMetrics::fromRanks(out.cslsRanksLeftToRight);
    out.cslsRightToLeft = AlignmentMetrics::fromRanks(out.cslsRanksRightToLeft);
    out.plainLeftToRight = AlignmentMetrics::fromRanks(out.plainRanksLeftToRight);
    out.plainRightToLeft = AlignmentMetrics::fromRanks(out.plainRanksRightToLeft);
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return out;
}

}  // namespace tessera
