#pragma once

#include "inference/FloatArray.h"
#include "models/meaformer/AlignmentModality.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tessera {

// What an alignment model reads of a workspace, torch-free: per-entity feature matrices of the
// feature modalities, the graph-attention edge list and which entity has which modality. Rows are
// graph A's entities in id order, then graph B's.
struct AlignmentFeatures {
    std::int64_t entitiesA = 0;
    std::int64_t entities = 0;
    std::map<AlignmentModality, FloatArray> features;  // [N, width] per feature modality
    // (row, neighbour) pairs: every triple in both directions inside its graph and one self loop
    // per entity, without duplicates, sorted by row then neighbour.
    std::vector<std::int64_t> edgeRows;
    std::vector<std::int64_t> edgeNeighbours;
    // Per modality, 1 where the entity has it (an entity without an image has no visual feature).
    // Absent from the map = every entity has it.
    std::map<AlignmentModality, std::vector<std::uint8_t>> present;
    // One line per modality saying where its features came from and how many entities have it.
    std::vector<std::string> notes;
};

}  // namespace tessera
