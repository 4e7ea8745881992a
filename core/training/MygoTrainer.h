#pragma once

#include "inference/MygoModel.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>

namespace tessera {

class KnowledgeGraph;

// How `tessera train mygo` trains; defaults are the reference script's (train_mygo_fgc.py)
// unless the issue fixed them (Adam lr 1e-3, batch 2048, clip 0.1, cosine warm restarts 50 ×2).
struct MygoTrainingOptions {
    int epochs = 100;
    std::int64_t batchSize = 2048;
    double learningRate = 1e-3;
    double weightDecay = 0.0;
    double labelSmoothing = 0.0;
    double contrastiveWeight = 0.01;  // mu: weight of the fine-grained contrastive loss (0 = off)
    double clipNorm = 0.1;
    int restartPeriod = 50;     // T_0 of CosineAnnealingWarmRestarts, in epochs
    int restartMultiplier = 2;  // T_mult
    int validEvery = 10;        // epochs between validations (0 = never)
    int checkpointEvery = 10;   // epochs between checkpoints of the last state (0 = only at the end)
    std::uint64_t seed = 2024;
};

// What the trainer reports while it runs (on the training thread).
struct MygoTrainingProgress {
    int epoch = 0;  // 1-based
    int epochs = 0;
    std::int64_t batch = 0;  // 1-based within the epoch
    std::int64_t batches = 0;
    double loss = 0;  // mean over the epoch's batches so far
    double triplesPerSecond = 0;
    double etaSeconds = 0;
    double learningRate = 0;
};

struct MygoEpochReport {
    int epoch = 0;
    double loss = 0;
    double seconds = 0;
    std::optional<double> validMrr;
    bool newBest = false;
};

// Trains a MyGO model on a graph's train split: 1-vs-all cross-entropy with the head or the tail
// masked at random, plus mu × FGCL, Adam, gradient clipping, cosine warm restarts; validates on
// VALID (the reference picks on test) and keeps the best model. Output folder layout:
//   OUT/best/      the best model so far (a Tessera model folder; `--model OUT` finds it)
//   OUT/last/      the last checkpoint: model, optimizer.safetensors, trainer.json (resume)
// Deterministic on the CPU for a given seed: every batch reseeds from (seed, epoch, batch), so a
// resumed run continues exactly where an uninterrupted one would be.
class MygoTrainer {
public:
    using ProgressCallback = std::function<void(const MygoTrainingProgress&)>;
    using EpochCallback = std::function<void(const MygoEpochReport&)>;
    // Filtered MRR on the validation split for the model's current weights.
    using ValidationCallback = std::function<double(MygoModel&)>;

    MygoTrainer(MygoModel& model, const KnowledgeGraph& graph, MygoTrainingOptions options, std::string outFolder);
    ~MygoTrainer();

    // Loads OUT/last (weights, optimizer state, position) if present; returns the epoch and batch
    // it resumes at (1-based epoch), or nullopt when there is nothing to resume.
    std::optional<std::pair<int, std::int64_t>> resume();

    // Trains until the last epoch or until `stop` is requested; on a stop the current state is
    // saved to OUT/last before returning. Returns true when all epochs completed.
    bool run(std::stop_token stop, const ProgressCallback& progress, const EpochCallback& epochDone,
        const ValidationCallback& validate);

    double bestValidMrr() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace tessera
