#include "MygoBenchmarks.h"

#include "TuckerFloorBenchmark.h"

#include "attention/AttentionRollout.h"
#include "evaluation/FilteredRanking.h"
#include "evaluation/LinkPredictionEvaluator.h"
#include "evaluation/RelationAblationStudy.h"
#include "graph/KnowledgeGraph.h"
#include "inference/EntityAttentionReader.h"
#include "inference/ModalityShareReader.h"
#include "inference/MygoModel.h"
#include "io/MygoReader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <numeric>
#include <random>

namespace tessera::bench {

namespace {

// DB15K's sizes (../shared/datasets/DB15K) and the reference training script's defaults
// (dim 256, 2 heads, feed-forward 200, 1 CMEE layer, 2 context layers), with V = 8 visual and
// T = 4 text tokens per entity.
constexpr std::int64_t kEntities = 12842;
constexpr std::int64_t kRelations = 279;
// The reference's token tables: BEiT-v2 codebook (8192 codes + pad) and BERT word pieces.
constexpr std::int64_t kVisualRows = 8193;
constexpr std::int64_t kTextRows = 30522;
constexpr std::int64_t kVisualPad = 8191;
// About one DB15K entity in eight has no image; one in twenty has fewer than T text tokens.
constexpr int kNoImageEvery = 8;
constexpr int kShortTextEvery = 20;
constexpr int kRepresentationRuns = 3;
constexpr int kQueryRuns = 200;
// The targets on a 2-core CPU.
constexpr double kRepresentationTargetMs = 3000;
constexpr double kQueryTargetMs = 1;
constexpr double kEvaluationTargetMs = 10000;
constexpr std::size_t kTopK = 10;
// Queries of the reference-style loop that are timed (both directions of half as many triples).
constexpr std::size_t kReferenceLoopQueries = 100;
constexpr int kFullModelRuns = 2;
constexpr std::uint64_t kSeed = 2024;

MygoConfig db15kConfig()
{
    MygoConfig c;
    c.numEntities = kEntities;
    c.numRelations = kRelations;
    c.dim = 256;
    c.heads = 2;
    c.ffnDim = 200;
    c.entityLayers = 1;
    c.decoderLayers = 2;
    c.visualTokens = 8;
    c.textTokens = 4;
    return c;
}

MygoTokenInputs randomTokens(const MygoConfig& c)
{
    std::mt19937_64 random(kSeed);
    std::normal_distribution<float> normal(0.0F, 0.05F);
    MygoTokenInputs t;
    t.visualTable.shape = {kVisualRows, c.visualTokenDim};
    t.visualTable.values.resize(static_cast<std::size_t>(kVisualRows * c.visualTokenDim));
    for (float& v : t.visualTable.values)
        v = normal(random);
    t.textTable.shape = {kTextRows, c.textTokenDim};
    t.textTable.values.resize(static_cast<std::size_t>(kTextRows * c.textTokenDim));
    for (float& v : t.textTable.values)
        v = normal(random);
    std::uniform_int_distribution<std::int64_t> visualId(0, kVisualPad - 1);
    std::uniform_int_distribution<std::int64_t> textId(0, kTextRows - 2);
    for (std::int64_t e = 0; e < c.numEntities; ++e) {
        const bool noImage = e % kNoImageEvery == 0;
        for (std::int64_t i = 0; i < c.visualTokens; ++i) {
            t.visualIndex.push_back(noImage ? kVisualPad : visualId(random));
            t.visualMask.push_back(noImage ? 1 : 0);
        }
        const bool shortText = e % kShortTextEvery == 0;
        for (std::int64_t i = 0; i < c.textTokens; ++i) {
            const bool padded = shortText && i >= c.textTokens / 2;
            t.textIndex.push_back(padded ? kTextRows - 1 : textId(random));
            t.textMask.push_back(padded ? 1 : 0);
        }
    }
    return t;
}

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

Measurement single(const std::string& name, double ms, int runs, const std::string& note)
{
    Measurement m;
    m.name = name;
    m.medianMs = ms;
    m.p95Ms = ms;
    m.minMs = ms;
    m.repeats = runs;
    m.note = note;
    return m;
}

std::string fixed(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

}  // namespace

std::vector<Measurement> runMygoBenchmarks(const std::string& sharedDir, bool queriesOnly)
{
    std::vector<Measurement> results;
    const std::string db15kPath = sharedDir + "/datasets/DB15K";
    std::shared_ptr<const KnowledgeGraph> graph;
    if (std::filesystem::exists(db15kPath))
        graph = MygoReader::read(db15kPath);
    else
        std::fprintf(stderr, "bench: %s not found, MyGO evaluation benchmarks skipped\n", db15kPath.c_str());

    const MygoConfig config = db15kConfig();
    MygoModel model = MygoModel::createRandom(config, randomTokens(config), kSeed);
    const ComputeInfo compute = model.useDevice("cpu");
    const std::string setting = "DB15K size, random weights, dim 256, V=8 T=4, text table 30522x768, "
        + std::to_string(compute.threads) + " threads";

    // All entity representations: useDevice clears the cache, so every run recomputes them.
    auto reps = measure("MyGO all entity representations", kRepresentationRuns, [&] {
        model.useDevice("cpu");
        (void)model.entityRepresentations();
    });
    reps.note = std::to_string(kEntities) + " entities; " + setting;
    reps.targetMs = kRepresentationTargetMs;
    results.push_back(reps);
    (void)model.entityRepresentations();

    // One tail query with its top 10, over different (head, relation) pairs.
    std::vector<LinkQuery> queries;
    std::mt19937_64 random(kSeed);
    if (graph) {
        for (const Triple& t : graph->triples(Split::Test).first(kQueryRuns + 1))
            queries.push_back({t.head, t.relation, kNoEntity});
    } else {
        for (int i = 0; i <= kQueryRuns; ++i)
            queries.push_back({static_cast<EntityId>(random() % kEntities),
                static_cast<RelationId>(random() % kRelations), kNoEntity});
    }
    std::size_t next = 0;
    std::vector<EntityId> top(kTopK);
    auto query = measure("MyGO one tail query + top-10", kQueryRuns, [&] {
        const FloatArray scores = model.scoreQueries(std::span<const LinkQuery>(&queries[next++ % queries.size()], 1));
        std::vector<EntityId> order(scores.values.size());
        std::iota(order.begin(), order.end(), EntityId {0});
        std::partial_sort(order.begin(), order.begin() + kTopK, order.end(),
            [&](EntityId a, EntityId b) { return scores.values[a] > scores.values[b]; });
        std::copy_n(order.begin(), kTopK, top.begin());
    });
    query.note = "entity representations cached; " + setting;
    query.targetMs = kQueryTargetMs;
    results.push_back(query);
    results.push_back(measureTuckerCoreFloor(static_cast<int>(config.dim), kQueryRuns));

    // What the Attention dock computes when the focus moves: the entity encoder's attention under
    // the full input and both ablations (three one-entity passes) and the rollout of each.
    std::size_t nextEntity = 0;
    auto attention = measure("MyGO attention for one entity, 3 inputs + rollouts", kQueryRuns, [&] {
        const EntityAttentionMaps maps
            = readEntityAttention(model, static_cast<EntityId>((nextEntity++ * 7919) % kEntities));
        for (const FloatArray& a : maps.attention)
            (void)attentionRollout(a, 0, HeadFusion::Mean);
    });
    attention.note = "entity encoder with attention kept, full / no image / no text, rollout of each; " + setting;
    attention.targetMs = 5;
    results.push_back(attention);
    next = 0;
    auto context = measure("MyGO context attention for one query", kQueryRuns,
        [&] { (void)model.queryAttention(queries[next++ % queries.size()]); });
    context.note = "[head, relation, mask] through the triple encoder, entity representations cached";
    context.targetMs = 5;
    results.push_back(context);
    auto shares = measure("MyGO modality shares over all entities", 1, [&] { (void)readModalityShares(model); });
    shares.note = std::to_string(kEntities) + " entities: the encoder with attention kept, last layer and rollout";
    results.push_back(shares);

    if (!graph || queriesOnly)
        return results;
    if (static_cast<std::int64_t>(graph->entityCount()) != kEntities
        || static_cast<std::int64_t>(graph->relationCount()) != kRelations) {
        std::fprintf(stderr, "bench: %s is not DB15K-sized, MyGO evaluation benchmarks skipped\n", db15kPath.c_str());
        return results;
    }
    const auto test = graph->triples(Split::Test);

    // The Link Prediction dock's masking tab for one relation: its test queries ranked 3 times.
    {
        std::vector<std::size_t> perRelation(graph->relationCount());
        for (const Triple& t : test)
            ++perRelation[t.relation];
        const auto busiest
            = static_cast<RelationId>(std::max_element(perRelation.begin(), perRelation.end()) - perRelation.begin());
        auto study = measure("MyGO masking study of one relation", 1,
            [&] { (void)studyRelationAblation(model, *graph, busiest, Split::Test); });
        study.note = "the relation with the most test triples (" + std::to_string(perRelation[busiest])
            + "), both directions, as it is / no image / no text; the ablated representations computed in the run";
        results.push_back(study);
    }

    // The full filtered evaluation, batched (once: it is the slow one).
    LinkPredictionEvaluator evaluator(model, *graph);
    auto start = std::chrono::steady_clock::now();
    const LinkPredictionResult evaluated = evaluator.evaluate(Split::Test);
    const double batchedMs = millisecondsSince(start);
    Measurement batched = single("MyGO filtered test evaluation, batched", batchedMs, 1,
        std::to_string(test.size())
            + " triples x 2 directions (each distinct query scored once), 256 queries per "
              "call, reps cached; MRR "
            + fixed(evaluated.both.mrr, 5) + " (random model)");
    batched.targetMs = kEvaluationTargetMs;
    results.push_back(batched);

    // The reference's evaluation loop (zjukg/MyGO train_mygo_fgc.py): entity representations
    // once, then every query alone through the context encoder, TuckER and the scoring product,
    // and the filtered rank. Timed on a sample, extrapolated to the whole split.
    const AnswerIndex& answers = graph->answers();
    std::vector<double> perQuery;
    for (std::size_t i = 0; perQuery.size() < kReferenceLoopQueries; ++i) {
        const Triple& t = test[i];
        const LinkQuery head {kNoEntity, t.relation, t.tail};
        const LinkQuery tail {t.head, t.relation, kNoEntity};
        start = std::chrono::steady_clock::now();
        const FloatArray headScores = model.scoreQueries(std::span<const LinkQuery>(&head, 1));
        (void)filteredRank(headScores.values, t.head, answers.heads(t.relation, t.tail));
        perQuery.push_back(millisecondsSince(start));
        start = std::chrono::steady_clock::now();
        const FloatArray tailScores = model.scoreQueries(std::span<const LinkQuery>(&tail, 1));
        (void)filteredRank(tailScores.values, t.tail, answers.tails(t.head, t.relation));
        perQuery.push_back(millisecondsSince(start));
    }
    // The median per query: on a shared 2-core machine single queries are easily delayed.
    std::sort(perQuery.begin(), perQuery.end());
    const double perQueryMs = perQuery[perQuery.size() / 2];
    const double referenceTotalMs = perQueryMs * static_cast<double>(2 * test.size());
    results.push_back(
        single("MyGO test evaluation, one query per call", referenceTotalMs, static_cast<int>(perQuery.size()),
            "extrapolated: median of " + std::to_string(perQuery.size()) + " queries " + fixed(perQueryMs, 2)
                + " ms (fastest " + fixed(perQuery.front(), 2) + ") x " + std::to_string(2 * test.size()) + "; "
                + fixed(referenceTotalMs / batchedMs, 1) + "x the batched evaluation"));

    // One query through the whole model, entity representations recomputed each time (what a
    // caller pays that runs model() + score() per query, as the reference's training loop does per batch).
    start = std::chrono::steady_clock::now();
    for (int i = 0; i < kFullModelRuns; ++i) {
        model.useDevice("cpu");
        (void)model.scoreQueries(std::span<const LinkQuery>(&queries[static_cast<std::size_t>(i)], 1));
    }
    const double fullMs = millisecondsSince(start) / kFullModelRuns;
    const double fullTotalMs = fullMs * static_cast<double>(2 * test.size());
    results.push_back(single("MyGO one query, reps recomputed", fullMs, kFullModelRuns,
        "x " + std::to_string(2 * test.size()) + " queries = " + fixed(fullTotalMs / 3.6e6, 1) + " h, "
            + fixed(fullTotalMs / batchedMs, 0) + "x the batched evaluation"));
    return results;
}

}  // namespace tessera::bench
