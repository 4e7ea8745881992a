#pragma once

#include "evaluation/CandidateRanking.h"
#include "evaluation/LinkPredictionRequest.h"

namespace tessera {

class KnowledgeGraph;
class MygoModel;

// One interactive link-prediction query end to end, as `tessera predict`, `tessera render ranking`
// and the window's dock all ask it: the model scores (entity, relation, ?) or (?, relation,
// entity), with the entity's image or text masked when asked, and the scores are ranked against
// the graph's known answers. Torch-free face; the model is used from the calling thread.
CandidateRanking rankQuery(MygoModel& model, const KnowledgeGraph& graph, const LinkPredictionRequest& request);

}  // namespace tessera
