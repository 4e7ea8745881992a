#pragma once

#include "graph/GraphIdentity.h"
#include "graph/Ids.h"
#include "inference/ComputeRuntime.h"
#include "inference/FloatArray.h"
#include "models/meaformer/MeaformerConfig.h"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace tessera {

class KnowledgeGraph;
struct AlignmentFeatures;

// What a MEAformer model makes of every entity, on the CPU, torch-free. Rows are the model's
// entity rows: graph A's entities in id order, then graph B's.
struct MeaformerRepresentation {
    std::vector<AlignmentModality> modalities;  // fusion order: the slots of the arrays below
    std::vector<FloatArray> modal;              // per slot [N, H], before fusion, not normalised
    FloatArray metaWeights;                     // [N, M]
    FloatArray joint;                           // [N, M * H]: meta-weighted unit modality embeddings
    std::vector<std::uint8_t> present;          // [N, M]: 1 where the entity has that modality
};

// The intermediate tensors of one forward pass, for parity checks and dumps.
struct MeaformerIntermediates {
    std::vector<FloatArray> graphHeads;       // per graph-attention layer [heads, N, H]
    FloatArray fusionInput;                   // [N, M, H]
    std::vector<FloatArray> attentionProbs;   // per fusion layer [N, heads, M, M]
    std::vector<FloatArray> attentionOutput;  // per fusion layer [N, M, H]
    std::vector<FloatArray> hidden;           // per fusion layer [N, M, H]
    FloatArray weightLogits;                  // [N, M]
};

// The training losses of one batch of pairs, in eval mode (no dropout), for parity checks.
struct MeaformerLosses {
    double joint = 0;
    double intraIn = 0;
    double intraOut = 0;
    double alignment = 0;  // MCLEA's objective only
    double total = 0;
};

// A MEAformer entity-alignment model behind a torch-free face: load (a Tessera folder or a
// reference folder), save, the per-entity modality embeddings, meta-weights and fused embedding
// (computed once, cached), and similarity blocks between rows for ranking. Not thread-safe: one
// thread at a time.
class MeaformerModel {
public:
    MeaformerModel(MeaformerModel&&) noexcept;
    MeaformerModel& operator=(MeaformerModel&&) noexcept;
    ~MeaformerModel();

    // A folder laid out like ../shared/fixtures/meaformer-small: config.json (the reference's
    // arguments), weights.safetensors (its state_dict), inputs.safetensors (features, adjacency,
    // pairs) and kg/ in the EVA format, whose ent_ids files give the reference's global ids.
    // Throws InputError naming the file and tensor for anything missing, extra or mis-shaped.
    static MeaformerModel importReference(const std::string& folder);
    // Fresh reference-style weights for `features` (AlignmentFeatureBuilder), for training. The
    // config's entity counts and input widths must match the features.
    static MeaformerModel createRandom(const MeaformerConfig& config, const AlignmentFeatures& features,
        std::span<const std::array<std::int64_t, 2>> trainPairs, const std::array<GraphIdentity, 2>& graphs,
        std::uint64_t seed);
    // A Tessera model folder of kind "meaformer", or a training output folder (its best/ model).
    static MeaformerModel load(const std::string& folder);
    // Writes a Tessera model folder atomically (refuses a non-empty existing folder unless `replace`).
    void save(const std::string& folder, bool replace = false,
        const std::function<void(const std::string& stagingFolder)>& addFiles = {}) const;

    const MeaformerConfig& config() const;
    // The two graphs the model aligns (A, B).
    const std::array<GraphIdentity, 2>& graphIdentities() const;
    void setGraphIdentities(const std::array<GraphIdentity, 2>& identities);
    // Throws InputError naming the model folder when the graphs are not the ones it was trained on.
    void requireWorkspace(const KnowledgeGraph& a, const KnowledgeGraph& b, const std::string& modelPath) const;
    // Row of an entity of graph A or B in the model's arrays.
    std::int64_t rowOfA(EntityId entity) const { return static_cast<std::int64_t>(entity); }
    std::int64_t rowOfB(EntityId entity) const { return config().entitiesA + static_cast<std::int64_t>(entity); }
    // Pairs (row in A, row in B) the model was trained on.
    std::vector<std::array<std::int64_t, 2>> trainPairs() const;

    // "auto", "cpu" or "cuda"; moves the weights and clears caches.
    ComputeInfo useDevice(const std::string& requested, int threads = 0);

    // Computed in one pass on first use and cached.
    const MeaformerRepresentation& representation();
    MeaformerIntermediates intermediates();

    // Writes S[i][j] = 1 - |f(rows[i]) - f(columns[j])|² (clamped at 0 before the subtraction), with
    // f the L2-normalised fused embedding, into `out` (rows.size() × columns.size(), row-major).
    // The reference computes its distance as |a|² + |b|² - 2 a·b; so does this.
    void similarityInto(
        std::span<const std::int64_t> rows, std::span<const std::int64_t> columns, std::span<float> out);
    // Cosine similarity of the two rows' embeddings per modality slot (NaN where either lacks it).
    std::vector<float> modalitySimilarity(std::int64_t row, std::int64_t column);

    // Losses of the given pairs (row in A, row in B) with the current weights; `mclea` selects
    // MCLEA's objective instead of MEAformer's.
    MeaformerLosses evaluationLosses(std::span<const std::array<std::int64_t, 2>> pairs, bool mclea = false);

    struct State;
    State& state();

private:
    explicit MeaformerModel(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

}  // namespace tessera
