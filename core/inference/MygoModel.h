#pragma once

#include "graph/GraphIdentity.h"
#include "graph/Ids.h"
#include "inference/ComputeRuntime.h"
#include "inference/FloatArray.h"
#include "models/mygo/MygoConfig.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace tessera {

class KnowledgeGraph;

// One link-prediction query: exactly one of head and tail is kNoEntity (the side to predict).
struct LinkQuery {
    EntityId head = kNoEntity;
    RelationId relation = kNoRelation;
    EntityId tail = kNoEntity;
};

// Token inputs of a MyGO model without torch: frozen tables and per-entity ids and masks
// (mask 1 = padded slot). Row-major; index arrays are [N, V] and [N, T].
struct MygoTokenInputs {
    FloatArray visualTable;
    FloatArray textTable;
    std::vector<std::int64_t> visualIndex;
    std::vector<std::uint8_t> visualMask;
    std::vector<std::int64_t> textIndex;
    std::vector<std::uint8_t> textMask;
};

// The token slots one entity's encoder reads, in its order after [CLS] and the structure token:
// V visual and T text ids (rows of the frozen tables) with padded[i] = 1 for a slot attention
// ignores (no token there, or its modality masked by an ablation).
struct EntityTokenSlots {
    std::vector<std::int64_t> visual;
    std::vector<std::uint8_t> visualPadded;
    std::vector<std::int64_t> text;
    std::vector<std::uint8_t> textPadded;
};

// "What if this entity had no image / no text": the entity's visual or text slots are masked
// as the reference masks an absent modality.
struct ModalityAblation {
    bool maskVisual = false;
    bool maskText = false;
    bool operator==(const ModalityAblation&) const = default;
};

// The losses of one training batch, as the reference computes them.
struct MygoLosses {
    double crossEntropy = 0;
    double contrastive = 0;
    double total = 0;
    std::vector<double> contrastiveTerms;  // one per FGCL view
};

// A MyGO model behind a torch-free face: load (Tessera folder or a reference checkpoint), save,
// compute entity representations (once, batched, cached), attention, and scores for queries.
// Not thread-safe: one thread at a time (the UI hands it to one worker).
class MygoModel {
public:
    MygoModel(MygoModel&&) noexcept;
    MygoModel& operator=(MygoModel&&) noexcept;
    ~MygoModel();

    // A folder laid out like ../shared/fixtures/mygo-small: config.json with the reference's
    // constructor/training arguments, weights.safetensors with the reference key names and
    // inputs.safetensors with the token tables and per-entity token ids and masks.
    // weightsFile, when given, replaces the folder's weights.safetensors (a PyTorch checkpoint
    // converted by pytorchStateDictAsSafetensors, say).
    // Throws InputError naming the file and tensor for anything missing, extra or mis-shaped.
    static MygoModel importReference(const std::string& folder, const std::string& weightsFile = {});
    // A Tessera model folder (config.json + weights.safetensors, DESIGN.md), or a training
    // output folder (its best/ model is loaded).
    static MygoModel load(const std::string& folder);
    // Fresh reference-style initialisation, for training and benchmarks.
    static MygoModel createRandom(const MygoConfig& config, const MygoTokenInputs& tokens, std::uint64_t seed);

    // Writes a Tessera model folder atomically (refuses a non-empty existing folder unless
    // `replace`, used for checkpoints Tessera itself owns). `addFiles` may write more files into
    // the staging folder before it is moved into place (the trainer's optimizer state).
    void save(const std::string& folder, bool replace = false,
        const std::function<void(const std::string& stagingFolder)>& addFiles = {}) const;

    const MygoConfig& config() const;
    const GraphIdentity& graphIdentity() const;
    void setGraphIdentity(const GraphIdentity& identity);
    // Throws InputError naming the model folder when `graph` is not the graph it was trained on.
    void requireGraph(const KnowledgeGraph& graph, const std::string& modelPath) const;

    // "auto", "cpu" or "cuda"; moves the weights and clears caches.
    ComputeInfo useDevice(const std::string& requested, int threads = 0);

    using Ablation = ModalityAblation;

    // [N + 1, dim]: row N is the "missing entity" token. Computed in batches on first use and
    // cached per ablation.
    const FloatArray& entityRepresentations(Ablation ablation = {});
    // Called after each encoder batch with (entities done, entities in all); answering false stops.
    using RepresentationProgress = std::function<bool(std::int64_t done, std::int64_t total)>;
    // Computes and caches the representations for `ablation` with progress and a way to stop, for
    // callers that show both (the window). Returns false, caching nothing, when stopped. Scoring
    // needs no call first: it computes what is missing without progress.
    bool prepareRepresentations(Ablation ablation, const RepresentationProgress& keepGoing);
    FloatArray relationRepresentations();
    // [layers, n, heads, L, L] softmax attention of the entity encoder for the given entities.
    FloatArray entityAttention(std::span<const EntityId> entities, Ablation ablation = {});
    // The visual and text slots of `entity` as the encoder reads them under `ablation`.
    EntityTokenSlots entityTokenSlots(EntityId entity, Ablation ablation = {}) const;
    // Encoder input [n, L, dim] and output [n, L, dim] for the given entities.
    FloatArray entitySequence(std::span<const EntityId> entities);
    FloatArray entityEncoderOutput(std::span<const EntityId> entities);

    // Raw scores [B, N] over all entities. `ablation` applies to the query's known entity only
    // (its representation is recomputed as if it had no image / no text).
    FloatArray scoreQueries(std::span<const LinkQuery> queries, Ablation ablation = {});
    // [layers, 1, heads, 3, 3] softmax attention of the context (triple) encoder for one query,
    // over its slots [head, relation, tail] with the unknown side as the mask token. `ablation`
    // applies to the query's known entity, as in scoreQueries.
    FloatArray queryAttention(const LinkQuery& query, Ablation ablation = {});
    // Scores for reference-encoded triplets [B, 3] (entity + R, relation + N, mask = N + R).
    FloatArray scoreEncodedTriplets(std::span<const std::int64_t> triplets);

    // Loss of one batch of reference-encoded triplets with labels, in eval mode (no dropout), with
    // the FGCL over `contrastiveRows` (empty = all N + 1 rows). For parity checks.
    MygoLosses evaluationLosses(std::span<const std::int64_t> triplets, std::span<const std::int64_t> labels,
        std::span<const std::int64_t> contrastiveRows, double mu);

    // Internal state for core's trainer (opaque here).
    struct State;
    State& state();

private:
    explicit MygoModel(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

}  // namespace tessera
