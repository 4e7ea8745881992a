#pragma once

#include "graph/Ids.h"

#include <QString>

#include <memory>

namespace tessera {

class CliArguments;
class KnowledgeGraph;

// `tessera render attention`: the Attention view of one entity, exactly as the window draws it —
// --layer L --head H (1-based) for one head, --rollout [--fusion mean|max] for the rollout,
// --last-layer for the last layer's heads averaged; --input full|no-image|no-text; with --tokens
// the image-and-text tab shaded by that map, else the numbers. --csv F writes the map's numbers.
// Returns a problem to report (the caller exits 2), or empty; `written` says whether `out` was.
QString renderAttention(const std::shared_ptr<const KnowledgeGraph>& graph, EntityId entity, const CliArguments& args,
    int width, int height, const QString& out, bool& written);

}  // namespace tessera
