#pragma once

#include <QString>

namespace tessera {

class KnowledgeGraph;
struct ImagePatchCodes;

// The file of one patch grid's image: visual-patches.json names it relative to the graph's
// folder (or absolutely); the answer is the entity's own image path that names the same file,
// or an empty string when the entity has no such image (the folder was written for another
// copy of the graph).
QString patchImagePath(const KnowledgeGraph& graph, const ImagePatchCodes& patches);

}  // namespace tessera
