// Fuzzes the labelled-triples reader, as a folder and as a single file.
// Input: train.tsv \0 valid.txt \0 test.tsv   (a missing part is a missing file).

#include "FuzzSupport.h"

#include "io/LabelledTriplesReader.h"

namespace fs = std::filesystem;
using namespace tessera;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::resetScratch();
    const auto parts = fuzz::splitParts(data, size, 3);
    const fs::path folder = fuzz::scratch() / "l";
    const char* names[] = {"train.tsv", "valid.txt", "test.tsv"};
    fs::create_directories(folder);
    for (std::size_t i = 0; i < parts.size(); ++i)
        fuzz::writeFile(folder / names[i], parts[i]);
    try {
        const auto graph = LabelledTriplesReader::read(folder.string(), fuzz::fuzzOptions());
        fuzz::checkRoundTrip(graph);
    } catch (const InputError& e) {
        fuzz::checkInputError(e);
    }
    try {
        const auto graph = LabelledTriplesReader::read((folder / "train.tsv").string(), fuzz::fuzzOptions());
        // Keys are the names as written: every entity key is found again by key.
        for (std::size_t i = 0; i < graph->entityCount(); ++i) {
            if (graph->findEntity(graph->entity(static_cast<EntityId>(i)).key) != static_cast<EntityId>(i))
                fuzz::finding("entity key lookup broken");
        }
    } catch (const InputError& e) {
        fuzz::checkInputError(e);
    }
    return 0;
}
