#pragma once

#include <QString>

namespace tessera {

class CliArguments;

// `tessera render alignment --workspace W --model M --entity KEY [--side a|b] [--k 10]
// [--candidates all|test] [--csv F]`: the ranked counterparts of one entity (AlignmentCandidatesView).
int renderAlignment(const CliArguments& args, int width, int height, const QString& out);

// `tessera render meta-weights --workspace W --model M [--entity KEY] [--modality img|att|rel|gph|char]
// [--csv F]`: the Meta-weights view (MetaWeightsView) with Hits@1 of the test pairs by dominant modality.
int renderMetaWeights(const CliArguments& args, int width, int height, const QString& out);

}  // namespace tessera
