#pragma once

#include "alignment/AlignmentFeatures.h"
#include "graph/Dataset.h"

#include <functional>
#include <vector>

namespace tessera {

// Builds an alignment model's inputs from a workspace (two graphs and their pairs), as the
// MEAformer / EVA data loaders do where the workspace has what they read:
//   relations  counts of each entity's relations as head or tail, over the `relationColumns` most
//              frequent relations of both graphs pooled (ties: graph A's first, in id order);
//   attributes multi-hot over the most frequent attribute names of both graphs, from
//              training_attrs_1/2 of an EVA folder (`entity URI<TAB>attribute<TAB>...`);
//   image      the EVA folder's img_features file (`id<TAB>v1 v2 ...`, global ids), or else
//              Tessera's colour-patch visual tokens of the entity's first image: the histogram of
//              its 64 colour codes over the whole image and over each quadrant (5 × 64 values,
//              fractions of the patches) — where the colours are, not only which;
//   characters character bigram counts of the entity's names (label and aliases, lower case),
//              over the `characterColumns` most frequent bigrams of both graphs (the reference's
//              char modality; no word vectors are available here for its name modality);
//   structure  the edge list (the model learns its own entity table).
// Throws InputError naming the file and line for a malformed attribute or image-feature file.
struct AlignmentFeatureOptions {
    std::vector<AlignmentModality> modalities;  // empty: every modality the workspace has
    std::int64_t relationColumns = 1000;        // the reference's fixed width
    // Relation columns only for relations that exist (at most relationColumns): the reference
    // pads to 1000 zero columns, which a graph of 14 relations stores for nothing.
    bool compactRelations = false;
    std::int64_t attributeColumns = 1000;
    std::int64_t characterColumns = 1000;
    // Called with (entities done, all) while images are read; false stops (ReadCancelled).
    std::function<bool(std::int64_t, std::int64_t)> progress;
};

class AlignmentFeatureBuilder {
public:
    static AlignmentFeatures build(const Dataset& workspace, const AlignmentFeatureOptions& options = {});
    // The modalities `workspace` can give (structure and relations always; attributes and image
    // features when present; characters when the graphs have names).
    static std::vector<AlignmentModality> availableModalities(const Dataset& workspace);
};

}  // namespace tessera
