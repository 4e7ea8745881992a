#include "plots/AlignmentModalityStyle.h"

namespace tessera {

QColor AlignmentModalityStyle::colour(AlignmentModality modality)
{
    switch (modality) {
    case AlignmentModality::Visual:
        return {230, 120, 20};
    case AlignmentModality::Attribute:
        return {140, 90, 170};
    case AlignmentModality::Relation:
        return {30, 140, 150};
    case AlignmentModality::Graph:
        return {90, 110, 140};
    case AlignmentModality::Name:
        return {40, 150, 90};
    case AlignmentModality::Character:
        return {150, 140, 40};
    }
    return Qt::gray;
}

QString AlignmentModalityStyle::name(AlignmentModality modality)
{
    switch (modality) {
    case AlignmentModality::Visual:
        return tr("image");
    case AlignmentModality::Attribute:
        return tr("attributes");
    case AlignmentModality::Relation:
        return tr("relations");
    case AlignmentModality::Graph:
        return tr("structure");
    case AlignmentModality::Name:
        return tr("name");
    case AlignmentModality::Character:
        return tr("name characters");
    }
    return {};
}

QString AlignmentModalityStyle::shortName(AlignmentModality modality)
{
    switch (modality) {
    case AlignmentModality::Visual:
        return tr("img");
    case AlignmentModality::Attribute:
        return tr("attr.");
    case AlignmentModality::Relation:
        return tr("rel.");
    case AlignmentModality::Graph:
        return tr("struct.");
    case AlignmentModality::Name:
        return tr("name");
    case AlignmentModality::Character:
        return tr("chars");
    }
    return {};
}

}  // namespace tessera
