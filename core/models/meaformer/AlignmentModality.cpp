#include "models/meaformer/AlignmentModality.h"

namespace tessera {

std::string_view alignmentModalityKey(AlignmentModality modality)
{
    switch (modality) {
    case AlignmentModality::Visual:
        return "img";
    case AlignmentModality::Attribute:
        return "att";
    case AlignmentModality::Relation:
        return "rel";
    case AlignmentModality::Graph:
        return "gph";
    case AlignmentModality::Name:
        return "name";
    case AlignmentModality::Character:
        return "char";
    }
    return "?";
}

std::optional<AlignmentModality> alignmentModalityFromKey(std::string_view key)
{
    for (const AlignmentModality modality : kAllAlignmentModalities) {
        if (alignmentModalityKey(modality) == key)
            return modality;
    }
    return std::nullopt;
}

std::string_view alignmentModalityWord(AlignmentModality modality)
{
    switch (modality) {
    case AlignmentModality::Visual:
        return "image";
    case AlignmentModality::Attribute:
        return "attributes";
    case AlignmentModality::Relation:
        return "relations";
    case AlignmentModality::Graph:
        return "structure";
    case AlignmentModality::Name:
        return "name";
    case AlignmentModality::Character:
        return "characters";
    }
    return "?";
}

}  // namespace tessera
