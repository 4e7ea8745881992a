#include "evaluation/AlignmentQuery.h"

#include "alignment/CslsRanking.h"
#include "inference/MeaformerModel.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace tessera {

AlignmentQuery::AlignmentQuery(
    MeaformerModel& model, std::vector<EntityId> populationA, std::vector<EntityId> populationB, std::int64_t k)
    : model_(model)
    , population_ {std::move(populationA), std::move(populationB)}
    , k_(k > 0 ? k : model.config().cslsK)
{
}

const std::vector<float>& AlignmentQuery::candidateScales(bool fromA)
{
    const std::size_t side = fromA ? 0 : 1;
    if (!scalesReady_[side]) {
        // Rows: the query side's population; columns: the candidates.
        const auto rowsOf = [&](const std::vector<EntityId>& entities, bool a) {
            std::vector<std::int64_t> rows;
            for (const EntityId e : entities)
                rows.push_back(a ? model_.rowOfA(e) : model_.rowOfB(e));
            return rows;
        };
        const std::vector<std::int64_t> queries = rowsOf(population_[side], fromA);
        const std::vector<std::int64_t> candidates = rowsOf(population_[1 - side], !fromA);
        scales_[side] = CslsRanking::columnScales(static_cast<std::int64_t>(queries.size()),
            static_cast<std::int64_t>(candidates.size()), k_, [&](std::int64_t begin, std::int64_t end, float* out) {
                model_.similarityInto(
                    std::span(queries).subspan(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin)),
                    candidates, std::span(out, static_cast<std::size_t>((end - begin) * candidates.size())));
            });
        scalesReady_[side] = true;
    }
    return scales_[side];
}

AlignmentQueryResult AlignmentQuery::rank(
    bool fromA, EntityId entity, std::int64_t top, std::optional<EntityId> counterpart)
{
    const MeaformerConfig& c = model_.config();
    const std::int64_t sideCount = fromA ? c.entitiesA : c.entities - c.entitiesA;
    if (static_cast<std::int64_t>(entity) >= sideCount)
        throw std::invalid_argument("the entity is outside the model's graph");
    const std::vector<EntityId>& candidates = population_[fromA ? 1 : 0];
    const std::vector<float>& scales = candidateScales(fromA);
    const std::int64_t row = fromA ? model_.rowOfA(entity) : model_.rowOfB(entity);
    std::vector<std::int64_t> columns;
    for (const EntityId e : candidates)
        columns.push_back(fromA ? model_.rowOfB(e) : model_.rowOfA(e));
    std::vector<float> s(columns.size());
    model_.similarityInto(std::span(&row, 1), columns, s);
    const float r = CslsRanking::rowScale(s, k_);

    AlignmentQueryResult result;
    result.fromA = fromA;
    result.entity = entity;
    result.candidateCount = static_cast<std::int64_t>(candidates.size());
    std::vector<float> csls(s.size());
    for (std::size_t j = 0; j < s.size(); ++j)
        csls[j] = CslsRanking::csls(s[j], r, scales[j]);
    std::vector<std::size_t> order(s.size());
    std::iota(order.begin(), order.end(), 0);
    const auto shown = static_cast<std::size_t>(std::clamp<std::int64_t>(top, 0, static_cast<std::int64_t>(s.size())));
    // Best first by the reference's sort key (1 - CSLS ascending); ties by candidate order.
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shown), order.end(),
        [&](std::size_t x, std::size_t y) {
            const float dx = 1.0F - csls[x];
            const float dy = 1.0F - csls[y];
            return dx < dy || (dx == dy && x < y);
        });
    for (std::size_t i = 0; i < shown; ++i) {
        const std::size_t j = order[i];
        result.candidates.push_back({candidates[j], csls[j], s[j], model_.modalitySimilarity(row, columns[j])});
    }
    if (counterpart) {
        const auto it = std::find(candidates.begin(), candidates.end(), *counterpart);
        if (it != candidates.end()) {
            const auto g = static_cast<std::size_t>(it - candidates.begin());
            result.counterpart = counterpart;
            const float target = 1.0F - csls[g];
            result.counterpartRank
                = std::count_if(csls.begin(), csls.end(), [&](float v) { return 1.0F - v < target; });
            result.counterpartPlainRank = std::count_if(s.begin(), s.end(), [&](float v) { return v > s[g]; });
        }
    }
    const auto& rep = model_.representation();
    const auto m = static_cast<std::size_t>(c.modalityCount());
    result.metaWeights.assign(rep.metaWeights.values.begin() + static_cast<std::ptrdiff_t>(row * c.modalityCount()),
        rep.metaWeights.values.begin()
            + static_cast<std::ptrdiff_t>(row * c.modalityCount() + static_cast<std::int64_t>(m)));
    return result;
}

}  // namespace tessera
