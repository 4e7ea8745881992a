// Fuzzes the MyGO / MMRNS id format reader.
// Input: entities.txt \0 relations.txt \0 train.txt \0 valid.txt \0 test.txt \0 entity2id.txt
// (a missing part is a missing file).

#include "FuzzSupport.h"

#include "io/MygoReader.h"

namespace fs = std::filesystem;
using namespace tessera;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::resetScratch();
    const auto parts = fuzz::splitParts(data, size, 6);
    const fs::path folder = fuzz::scratch() / "m";
    const char* names[] = {"entities.txt", "relations.txt", "train.txt", "valid.txt", "test.txt", "entity2id.txt"};
    fs::create_directories(folder);
    for (std::size_t i = 0; i < parts.size(); ++i)
        fuzz::writeFile(folder / names[i], parts[i]);
    try {
        const auto graph = MygoReader::read(folder.string(), fuzz::fuzzOptions());
        // Keys are the listed ids: each entity's key parses back to a listed id.
        for (const Entity& e : graph->entities()) {
            if (e.key.empty() || e.key.find_first_not_of("0123456789") != std::string::npos)
                fuzz::finding("MyGO entity key '" + e.key + "' is not an id");
        }
        fuzz::checkRoundTrip(graph);
    } catch (const InputError& e) {
        fuzz::checkInputError(e);
    }
    return 0;
}
