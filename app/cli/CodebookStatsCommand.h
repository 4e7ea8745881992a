#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera codebook-stats --graph G --tokens DIR [--json] [--top 10]`: how a token folder's
// codebooks are used, per modality (visual codes over image patches, text codes over word
// pieces): codes, used, usage, perplexity, normalised entropy, dead codes, top-k mass, Gini,
// and the K per-code counts and document frequencies with --json. A folder whose tokens.json
// declares a shared codebook also gets the two modalities' Jaccard overlap, mixed-code share and
// Jensen–Shannon divergence.
class CodebookStatsCommand {
    Q_DECLARE_TR_FUNCTIONS(CodebookStatsCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
