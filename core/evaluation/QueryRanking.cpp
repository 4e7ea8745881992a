#include "evaluation/QueryRanking.h"

#include "inference/MygoModel.h"

#include <span>

namespace tessera {

CandidateRanking rankQuery(MygoModel& model, const KnowledgeGraph& graph, const LinkPredictionRequest& request)
{
    const LinkQuery query = request.predictTail ? LinkQuery {request.entity, request.relation, kNoEntity}
                                                : LinkQuery {kNoEntity, request.relation, request.entity};
    ModalityAblation ablation;
    ablation.maskVisual = request.maskVisual;
    ablation.maskText = request.maskText;
    const FloatArray scores = model.scoreQueries(std::span<const LinkQuery>(&query, 1), ablation);
    return rankCandidates(
        scores.values, graph, request.entity, request.relation, request.predictTail, request.k, request.filtered);
}

}  // namespace tessera
