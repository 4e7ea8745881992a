// Fuzzes the EVA / MCLEA / MEAformer alignment format reader (DBP15K), translated names included.
// Input: ent_ids_1 \0 ent_ids_2 \0 triples_1 \0 triples_2 \0 ill_ent_ids
//        \0 ../translated_ent_name/dbp_xx_en.json \0 rel_ids_1 \0 rel_ids_2   (a missing part is a missing file).

#include "FuzzSupport.h"

#include "io/AlignmentReader.h"

namespace fs = std::filesystem;
using namespace tessera;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::resetScratch();
    const auto parts = fuzz::splitParts(data, size, 8);
    const fs::path folder = fuzz::scratch() / "xx_en";
    const char* names[]
        = {"ent_ids_1", "ent_ids_2", "triples_1", "triples_2", "ill_ent_ids", nullptr, "rel_ids_1", "rel_ids_2"};
    fs::create_directories(folder);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (names[i] != nullptr)
            fuzz::writeFile(folder / names[i], parts[i]);
        else
            fuzz::writeFile(fuzz::scratch() / "translated_ent_name" / "dbp_xx_en.json", parts[i]);
    }
    try {
        const Dataset dataset = AlignmentReader::read(folder.string(), {}, fuzz::fuzzOptions());
        if (dataset.graphs.size() != 2)
            fuzz::finding("alignment dataset without two graphs");
        const std::size_t train
            = static_cast<std::size_t>(AlignmentReader::kTrainFraction * static_cast<double>(dataset.alignment.size()));
        for (std::size_t i = 0; i < dataset.alignment.size(); ++i) {
            const AlignedPair& p = dataset.alignment[i];
            if (p.source >= dataset.graphs[0]->entityCount() || p.target >= dataset.graphs[1]->entityCount())
                fuzz::finding("aligned pair out of range");
            if (p.train != (i < train))
                fuzz::finding("train flags are not the first 30%");
        }
        fuzz::checkRoundTrip(dataset);
    } catch (const InputError& e) {
        fuzz::checkInputError(e);
    }
    return 0;
}
