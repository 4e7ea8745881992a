#include "AlignmentBenchmarks.h"

#include "alignment/AlignmentFeatureBuilder.h"
#include "alignment/CslsRanking.h"
#include "evaluation/AlignmentEvaluator.h"
#include "graph/KnowledgeGraph.h"
#include "inference/MeaformerModel.h"
#include "io/AlignmentReader.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <string>

namespace tessera::bench {

namespace {

// The reference script's sizes (run_meaformer.sh): hidden 300, one fusion layer, one head.
constexpr std::int64_t kHidden = 300;
constexpr std::int64_t kIntermediate = 400;
constexpr int kEvaluationRuns = 3;
constexpr double kEvaluationTargetMs = 3000;  // the target on this CPU
constexpr std::uint64_t kSeed = 42;

// Peak resident memory of this process in MiB since the last reset (VmHWM).
double peakResidentMiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    }
    return 0;
}

double residentMiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    }
    return 0;
}

// Resets VmHWM to the current resident size (Linux: "5" into clear_refs).
void resetPeak()
{
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
}

}  // namespace

std::vector<Measurement> runAlignmentBenchmarks(const std::string& sharedDir)
{
    std::vector<Measurement> results;
    const std::string folder = sharedDir + "/datasets/DBP15K/zh_en";
    if (!std::filesystem::exists(folder + "/ent_ids_1")) {
        std::fprintf(stderr, "alignment benchmarks skipped: %s not found\n", folder.c_str());
        return results;
    }
    Dataset workspace;
    results.push_back(measure(
        "read DBP15K zh_en (EVA folder + translated names)", 1, [&] { workspace = AlignmentReader::read(folder); }));
    AlignmentFeatures features;
    AlignmentFeatureOptions options;
    options.modalities = {AlignmentModality::Relation, AlignmentModality::Graph, AlignmentModality::Character};
    results.push_back(measure("alignment features of DBP15K zh_en", 3,
        [&] { features = AlignmentFeatureBuilder::build(workspace, options); }));
    results.back().note = std::to_string(features.entities) + " entities, relations 1000 + name bigrams "
        + std::to_string(features.features.at(AlignmentModality::Character).dim(1)) + " columns, "
        + std::to_string(features.edgeRows.size()) + " edges";

    MeaformerConfig config;
    config.modalities = {AlignmentModality::Relation, AlignmentModality::Graph, AlignmentModality::Character};
    config.entities = features.entities;
    config.entitiesA = features.entitiesA;
    config.hidden = kHidden;
    config.intermediate = kIntermediate;
    config.gatHeads = {2, 2};
    config.relationInput = features.features.at(AlignmentModality::Relation).dim(1);
    config.characterInput = features.features.at(AlignmentModality::Character).dim(1);
    std::vector<std::array<std::int64_t, 2>> seeds;
    std::vector<AlignedPair> test;
    for (const AlignedPair& pair : workspace.alignment) {
        if (pair.train)
            seeds.push_back({pair.source, config.entitiesA + pair.target});
        else
            test.push_back(pair);
    }
    MeaformerModel model = MeaformerModel::createRandom(
        config, features, seeds, {identityOf(*workspace.graphs[0]), identityOf(*workspace.graphs[1])}, kSeed);
    const ComputeInfo compute = model.useDevice("cpu");
    const std::string width = std::to_string(config.fusedWidth());

    results.push_back(measure("MEAformer forward, all entities (GAT + fusion + meta-weights)", 3, [&] {
        model.useDevice("cpu");
        (void)model.representation();
    }));
    results.back().note = std::to_string(config.entities) + " entities, hidden 300, fused width " + width;

    // The floor of an exact evaluation: the 10,500 × 10,500 similarity product itself.
    std::vector<std::int64_t> rows;
    std::vector<std::int64_t> columns;
    for (const AlignedPair& pair : test) {
        rows.push_back(model.rowOfA(pair.source));
        columns.push_back(model.rowOfB(pair.target));
    }
    std::vector<float> block(rows.size() * columns.size());
    model.similarityInto(rows, columns, block);  // fused embeddings cached before timing
    results.push_back(measure("similarity block of the test pairs (floor)", kEvaluationRuns,
        [&] { model.similarityInto(rows, columns, block); }));
    results.back().note = std::to_string(rows.size()) + " x " + std::to_string(columns.size()) + " x " + width + ", "
        + std::to_string(compute.threads) + " threads";
    const SimilarityMatrix matrix {
        block.data(), static_cast<std::int64_t>(rows.size()), static_cast<std::int64_t>(columns.size())};
    std::vector<std::int64_t> diagonal(rows.size());
    std::iota(diagonal.begin(), diagonal.end(), 0);
    results.push_back(measure("CSLS scales + ranks by counting, both directions", kEvaluationRuns, [&] {
        const CslsRanking::Scales scales = CslsRanking::scales(matrix, 3);
        (void)CslsRanking::rankRows(matrix, diagonal, &scales);
        (void)CslsRanking::rankColumns(matrix, diagonal, &scales);
    }));
    block.clear();
    block.shrink_to_fit();

    resetPeak();
    const double before = residentMiB();
    AlignmentEvaluation evaluation;
    results.push_back(measure("full test evaluation, DBP15K zh_en (CSLS and plain, both directions)", kEvaluationRuns,
        [&] { evaluation = AlignmentEvaluator::evaluate(model, test); }));
    results.back().targetMs = kEvaluationTargetMs;
    results.back().note = std::to_string(test.size()) + " test pairs; peak memory +"
        + std::to_string(static_cast<int>(peakResidentMiB() - before)) + " MiB over the "
        + std::to_string(static_cast<int>(before)) + " MiB before";
    return results;
}

}  // namespace tessera::bench
