#pragma once

#include <string>
#include <vector>

namespace tessera {

// Where a data set came from and under which terms, as a bundle manifest records it.
struct DataSource {
    std::string name;
    std::string version;
    std::string license;
    std::string url;
};

// Descriptive facts about a graph that are not part of its structure.
struct GraphMetadata {
    std::string name;
    std::string description;
    std::string language;  // BCP 47 tag of labels and descriptions ("" when unknown)
    std::string license;
    std::vector<DataSource> sources;
    std::string format;      // "bundle", "mygo", "alignment", "labelled-triples"
    std::string sourcePath;  // the file or folder it was read from
};

}  // namespace tessera
