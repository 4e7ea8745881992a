#pragma once

#include <string>

namespace tessera {

// A relation type: stable key, a readable label and an optional description.
struct Relation {
    std::string key;
    std::string label;
    std::string description;
};

}  // namespace tessera
