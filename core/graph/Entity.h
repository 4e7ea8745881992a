#pragma once

#include <string>
#include <vector>

namespace tessera {

// Another name of an entity, with its BCP 47 language tag ("" when unknown).
struct Alias {
    std::string text;
    std::string language;

    bool operator==(const Alias&) const = default;
};

// One node of a multi-modal knowledge graph: a stable key (what files refer to), what a person
// reads (label, aliases, description) and its images. Image paths are absolute once a reader
// has resolved them against the graph's folder; imagePaths only lists files that exist and look
// like images (readers turn the others into warnings), so an empty list means "no image".
struct Entity {
    std::string key;
    std::string label;
    std::vector<Alias> aliases;
    std::string description;
    std::vector<std::string> imagePaths;

    bool hasImage() const { return !imagePaths.empty(); }
    bool hasText() const { return !description.empty(); }
};

}  // namespace tessera
