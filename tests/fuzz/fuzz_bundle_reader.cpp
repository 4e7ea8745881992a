// Fuzzes the Tessera graph bundle tables and the alignment bundle's pairs.tsv.
// Input: entities.tsv \0 aliases.tsv \0 relations.tsv \0 train.tsv \0 valid.tsv \0 test.tsv \0 pairs.tsv
// (missing parts: entities/relations/train are then missing files, the others are not listed).

#include "FuzzSupport.h"

#include "io/BundleReader.h"

namespace fs = std::filesystem;
using namespace tessera;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::resetScratch();
    const auto parts = fuzz::splitParts(data, size, 7);
    const fs::path g = fuzz::scratch() / "g";
    const char* names[] = {"entities.tsv", "aliases.tsv", "relations.tsv", "train.tsv", "valid.tsv", "test.tsv"};
    std::string tables;
    for (std::size_t i = 0; i < 6; ++i) {
        const bool present = i < parts.size();
        if (present)
            fuzz::writeFile(g / names[i], parts[i]);
        const bool optional = i == 1 || i == 4 || i == 5;
        if (present || !optional) {
            const std::string key(names[i], std::string_view(names[i]).find('.'));
            tables += std::string(tables.empty() ? "" : ", ") + "\"" + key + "\": \"" + names[i] + "\"";
        }
    }
    fuzz::writeFile(g / "manifest.json",
        R"({"format": "tessera-graph-bundle", "version": 1, "name": "g", "language": "en", "tables": {)" + tables
            + "}}");
    std::shared_ptr<const KnowledgeGraph> graph;
    try {
        graph = BundleReader::read(g.string(), fuzz::fuzzOptions());
    } catch (const InputError& e) {
        fuzz::checkInputError(e);
        return 0;
    }
    fuzz::checkRoundTrip(graph);
    if (parts.size() < 7)
        return 0;
    const fs::path ab = fuzz::scratch() / "ab";
    fuzz::writeFile(ab / "pairs.tsv", parts[6]);
    fuzz::writeFile(ab / "manifest.json",
        R"({"format": "tessera-alignment", "version": 1, "name": "ab", "source": "../g", "target": "../g", "pairs": "pairs.tsv"})");
    try {
        const Dataset dataset = AlignmentBundleReader::read(ab.string(), fuzz::fuzzOptions());
        fuzz::checkRoundTrip(dataset);
    } catch (const InputError& e) {
        fuzz::checkInputError(e);
    }
    return 0;
}
