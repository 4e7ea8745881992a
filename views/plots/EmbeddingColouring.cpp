#include "plots/EmbeddingColouring.h"

#include "alignment/MetaWeightTable.h"
#include "attention/ModalityShareTable.h"
#include "graph/KnowledgeGraph.h"
#include "io/TokenFolderReader.h"
#include "plots/AlignmentModalityStyle.h"

#include <algorithm>
#include <map>

namespace tessera {

EmbeddingColouring::Groups EmbeddingColouring::groups(EmbeddingColour colouring, const Inputs& inputs)
{
    Groups out;
    if (inputs.graph == nullptr)
        return out;
    const KnowledgeGraph& graph = *inputs.graph;
    const std::size_t n = (inputs.relations ? graph.relationCount() : graph.entityCount());
    std::vector<QString> names(n);
    std::map<QString, std::size_t> scale;  // degree groups: their lower bound, to keep them in order
    // Powers of four: 0, 1–3, 4–15, 16–63, …, the scale degree distributions are read on.
    const auto countGroup = [&](std::size_t count, std::size_t point) {
        if (count == 0) {
            names[point] = tr("0 triples");
            scale[names[point]] = 0;
            return;
        }
        std::size_t low = 1;
        while (low * 4 <= count)
            low *= 4;
        names[point] = tr("%1–%2 triples").arg(low).arg(low * 4 - 1);
        scale[names[point]] = low;
    };
    if (inputs.relations) {
        // Relations have a key and triples; images, attention and codes are entities' own.
        for (RelationId r = 0; r < n; ++r) {
            const std::string& key = graph.relation(r).key;
            const auto slash = key.find('/');
            if (colouring == EmbeddingColour::Degree)
                countGroup(graph.relationTripleCount(r), r);
            else if (colouring == EmbeddingColour::KeyPrefix)
                names[r]
                    = slash == std::string::npos ? tr("(no prefix)") : QString::fromStdString(key.substr(0, slash));
            else
                names[r] = tr("relation");
        }
    }
    for (EntityId e = 0; !inputs.relations && e < n; ++e) {
        const Entity& entity = graph.entity(e);
        switch (colouring) {
        case EmbeddingColour::KeyPrefix: {
            const auto slash = entity.key.find('/');
            names[e]
                = slash == std::string::npos ? tr("(no prefix)") : QString::fromStdString(entity.key.substr(0, slash));
            break;
        }
        case EmbeddingColour::HasImage:
            names[e] = entity.hasImage() ? tr("has an image") : tr("no image");
            break;
        case EmbeddingColour::Degree: {
            countGroup(graph.outgoing().degree(e) + graph.incoming().degree(e), e);
            break;
        }
        case EmbeddingColour::VisualCode: {
            const auto& lists = inputs.tokens && inputs.tokens->visual ? inputs.tokens->visual->tokens.tokens
                                                                       : std::vector<std::vector<std::int64_t>> {};
            if (e >= lists.size() || lists[e].empty()) {
                names[e] = inputs.tokens ? tr("no visual tokens") : tr("(no token folder open)");
                break;
            }
            // The commonest code of the entity (ties: the smaller id).
            std::map<std::int64_t, int> counts;
            for (const std::int64_t code : lists[e])
                ++counts[code];
            const auto commonest = std::max_element(
                counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
            names[e] = tr("code %1").arg(commonest->first);
            break;
        }
        case EmbeddingColour::DominantModality: {
            if (inputs.metaWeights) {
                const std::int64_t row = static_cast<std::int64_t>(e) + inputs.metaWeightRowOffset;
                if (row >= inputs.metaWeights->rows()) {
                    names[e] = tr("(not measured yet)");
                    break;
                }
                const std::int64_t slot = inputs.metaWeights->dominantSlot(row);
                names[e] = tr("%1 dominates")
                               .arg(AlignmentModalityStyle::name(
                                   inputs.metaWeights->modalities[static_cast<std::size_t>(slot)]));
                break;
            }
            if (!inputs.shares || e >= inputs.shares->size()) {
                names[e] = tr("(not measured yet)");
                break;
            }
            const AttentionSlot dominant = dominantModality(inputs.shares->lastLayer[e]);
            names[e] = dominant == AttentionSlot::Visual
                ? tr("image gets the most")
                : (dominant == AttentionSlot::Text ? tr("text gets the most") : tr("structure gets the most"));
            break;
        }
        }
    }
    // Groups by size, largest first; the smallest beyond the palette share "other".
    std::map<QString, std::size_t> sizes;
    for (const QString& name : names)
        ++sizes[name];
    std::vector<std::pair<QString, std::size_t>> ordered(sizes.begin(), sizes.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (colouring == EmbeddingColour::Degree)  // a scale reads in its own order
        std::sort(ordered.begin(), ordered.end(),
            [&scale](const auto& a, const auto& b) { return scale[a.first] < scale[b.first]; });
    std::map<QString, int> index;
    for (const auto& [name, size] : ordered) {
        if (static_cast<int>(out.names.size()) == kMaxGroups - 1 && ordered.size() > kMaxGroups) {
            out.names << tr("other");
            break;
        }
        index[name] = static_cast<int>(out.names.size());
        out.names << name;
    }
    out.groupOf.resize(n);
    for (std::size_t e = 0; e < n; ++e) {
        const auto found = index.find(names[e]);
        out.groupOf[e] = found != index.end() ? found->second : static_cast<int>(out.names.size()) - 1;
    }
    return out;
}

}  // namespace tessera
