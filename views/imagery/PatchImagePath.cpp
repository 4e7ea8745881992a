#include "imagery/PatchImagePath.h"

#include "graph/KnowledgeGraph.h"
#include "io/TokenFolderReader.h"

#include <filesystem>

namespace tessera {

QString patchImagePath(const KnowledgeGraph& graph, const ImagePatchCodes& patches)
{
    std::error_code error;
    const std::filesystem::path named = std::filesystem::path(patches.image).is_absolute()
        ? std::filesystem::path(patches.image)
        : std::filesystem::path(graph.metadata().sourcePath) / patches.image;
    const auto wanted = std::filesystem::weakly_canonical(named, error);
    for (const std::string& candidate : graph.entity(patches.entity).imagePaths) {
        if (std::filesystem::weakly_canonical(candidate, error) == wanted)
            return QString::fromStdString(candidate);
    }
    return {};
}

}  // namespace tessera
