#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace tessera {

// One modality an entity-alignment model encodes (MEAformer, MCLEA). The enum order is the
// reference's fusion order: the modality axis of meta-weights and of the fused embedding follows
// it, restricted to the modalities a model uses.
enum class AlignmentModality { Visual, Attribute, Relation, Graph, Name, Character };

inline constexpr std::array<AlignmentModality, 6> kAllAlignmentModalities
    = {AlignmentModality::Visual, AlignmentModality::Attribute, AlignmentModality::Relation, AlignmentModality::Graph,
        AlignmentModality::Name, AlignmentModality::Character};

// The reference's short names ("img", "att", "rel", "gph", "name", "char"), used in files.
std::string_view alignmentModalityKey(AlignmentModality modality);
std::optional<AlignmentModality> alignmentModalityFromKey(std::string_view key);
// English words for reports ("image", "attributes", "relations", "structure", "name", "characters").
std::string_view alignmentModalityWord(AlignmentModality modality);

}  // namespace tessera
