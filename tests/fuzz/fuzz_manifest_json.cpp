// Fuzzes manifest.json of graph and alignment bundles: format detection and both readers, with
// valid tables (and a valid sibling bundle b/) next to it, so that a manifest that passes its
// checks really opens them.

#include "FuzzSupport.h"

#include "io/BundleReader.h"
#include "io/GraphFormat.h"
#include "io/GraphReader.h"

namespace fs = std::filesystem;
using namespace tessera;

namespace {

void writeBundleTables(const fs::path& folder)
{
    fuzz::writeFile(folder / "entities.tsv", "key\tlabel\tdescription\timages\na\tA\t\t\nb\tB\t\t\n");
    fuzz::writeFile(folder / "relations.tsv", "key\tlabel\tdescription\nr\tR\t\n");
    fuzz::writeFile(folder / "train.tsv", "head\trelation\ttail\na\tr\tb\n");
    fuzz::writeFile(folder / "pairs.tsv", "source\ttarget\tsplit\na\ta\ttrain\nb\tb\ttest\n");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::resetScratch();
    const fs::path g = fuzz::scratch() / "g";
    const fs::path b = fuzz::scratch() / "b";
    writeBundleTables(g);
    writeBundleTables(b);
    fuzz::writeFile(b / "manifest.json", R"({"format": "tessera-graph-bundle", "version": 1, "name": "b",
        "tables": {"entities": "entities.tsv", "relations": "relations.tsv", "train": "train.tsv"}})");
    fuzz::writeFile(g / "manifest.json", std::string_view(reinterpret_cast<const char*>(data), size));

    try {
        const GraphFormat format = detectGraphFormat(g.string());
        if (format != GraphFormat::Bundle && format != GraphFormat::AlignmentBundle)
            fuzz::finding("a folder with manifest.json detected as " + std::string(formatName(format)));
        const Dataset dataset = readDataset(g.string(), std::nullopt, fuzz::fuzzOptions());
        fuzz::checkRoundTrip(dataset);
    } catch (const InputError& e) {
        fuzz::checkInputError(e);
    }
    try {
        BundleReader::read((g / "manifest.json").string(), fuzz::fuzzOptions());
    } catch (const InputError& e) {
        fuzz::checkInputError(e);
    }
    try {
        AlignmentBundleReader::read(g.string(), fuzz::fuzzOptions());
    } catch (const InputError& e) {
        fuzz::checkInputError(e);
    }
    return 0;
}
