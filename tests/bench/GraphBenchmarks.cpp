#include "GraphBenchmarks.h"

#include "io/AlignmentReader.h"
#include "io/BundleReader.h"
#include "io/MygoReader.h"

#include <cstdio>
#include <filesystem>

namespace tessera::bench {

namespace {

// The targets.
constexpr double kDb15kLoadTargetMs = 200.0;
constexpr double kSearchTargetMs = 2.0;
// Loading is slow enough for few runs; a search is fast enough to take many.
constexpr int kLoadRepeats = 5;
constexpr int kSearchRepeats = 200;

}  // namespace

std::vector<Measurement> runGraphBenchmarks(const std::string& sharedDir, const std::string& sourceDir)
{
    std::vector<Measurement> results;
    const std::string db15k = sharedDir + "/datasets/DB15K";
    const std::string zhEn = sharedDir + "/datasets/DBP15K/zh_en";
    if (std::filesystem::exists(db15k)) {
        std::size_t entities = 0;
        auto m = measure("load DB15K (mygo)", kLoadRepeats, [&] { entities = MygoReader::read(db15k)->entityCount(); });
        m.note = std::to_string(entities) + " entities, 98,968 triples, CSR + answer + name index";
        m.targetMs = kDb15kLoadTargetMs;
        results.push_back(m);
    } else {
        std::fprintf(stderr, "bench: %s not found, DB15K load skipped\n", db15k.c_str());
    }
    if (std::filesystem::exists(zhEn)) {
        Dataset dataset;
        auto m = measure(
            "load DBP15K zh_en (alignment + names)", kLoadRepeats, [&] { dataset = AlignmentReader::read(zhEn); });
        m.note = std::to_string(dataset.graphs[0]->entityCount() + dataset.graphs[1]->entityCount()) + " entities, "
            + std::to_string(dataset.alignment.size()) + " pairs";
        results.push_back(m);

        // Search over the Chinese graph (its names plus translated English aliases) with
        // three-letter queries a person would type.
        const KnowledgeGraph& zh = *dataset.graphs[0];
        const KnowledgeGraph& en = *dataset.graphs[1];
        for (const auto& [graph, query, label] : {std::tuple {&en, "ger", "en"},
                 std::tuple {&zh, "kin", "zh (aliases)"}, std::tuple {&zh, "中华人", "zh"}}) {
            std::size_t matches = 0;
            auto s = measure(std::string("search '") + query + "' DBP15K zh_en " + label, kSearchRepeats,
                [&] { matches = graph->names().search(query, 50).totalMatches; });
            s.note = std::to_string(graph->names().nameCount()) + " names, " + std::to_string(matches)
                + " matching entities";
            s.targetMs = kSearchTargetMs;
            results.push_back(s);
        }
    } else {
        std::fprintf(stderr, "bench: %s not found, DBP15K loads skipped\n", zhEn.c_str());
    }
    const std::string demo = sourceDir + "/resources/demo/countries";
    if (std::filesystem::exists(demo)) {
        std::size_t entities = 0;
        auto m = measure(
            "load demo Countries bundle", kLoadRepeats, [&] { entities = BundleReader::read(demo)->entityCount(); });
        m.note = std::to_string(entities) + " entities, image signatures checked";
        results.push_back(m);
    }
    return results;
}

}  // namespace tessera::bench
