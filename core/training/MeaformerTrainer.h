#pragma once

#include "inference/MeaformerModel.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace tessera {

// How `tessera train meaformer` trains. Defaults follow the reference script run_meaformer.sh
// (AdamW, lr 5e-4, batch 3500, cosine schedule with warm-up, clip 1.0, tau 0.1), except that the
// model is chosen on held-out seed pairs rather than on the test pairs.
struct MeaformerTrainingOptions {
    int epochs = 300;
    std::int64_t batchSize = 3500;
    double learningRate = 5e-4;
    double weightDecay = 1e-4;
    double clipNorm = 1.0;
    double warmupFraction = 0.15;  // of all steps (the fixture's run: 6 of 40)
    bool mclea = false;            // MCLEA's objective (and the model's fusion should be "weights")
    int validEvery = 10;           // epochs between validations (0 = never; the last model is kept)
    // Iterative training (the references' `il`): from epoch iterativeStart, every iterativeEvery
    // epochs, entities outside the seed pairs that are each other's nearest neighbour in two
    // rounds running become new training pairs.
    bool iterative = false;
    int iterativeStart = 100;
    int iterativeEvery = 5;
    std::uint64_t seed = 42;
};

struct MeaformerTrainingProgress {
    int epoch = 0;  // 1-based
    int epochs = 0;
    std::int64_t batch = 0;  // 1-based within the epoch
    std::int64_t batches = 0;
    double loss = 0;  // mean over the epoch's batches so far
    double learningRate = 0;
    double etaSeconds = 0;
};

struct MeaformerEpochReport {
    int epoch = 0;
    double loss = 0;
    double seconds = 0;
    std::optional<double> validHits1;  // CSLS, A → B, within the validation pairs
    std::optional<double> validMrr;
    bool newBest = false;
    std::int64_t trainPairs = 0;       // seed pairs in use (grows with iterative training)
    std::int64_t proposedPairs = 0;    // pairs added by iterative training this epoch
    std::int64_t proposedCorrect = 0;  // of those, how many are workspace pairs (test pairs included)
};

// Trains a MEAformer (or MCLEA) model on seed pairs, validating on held-out pairs (CSLS MRR,
// A → B) and keeping the best model. Output folder layout:
//   OUT/best/   the best model so far (a Tessera model folder; `--model OUT` finds it)
//   OUT/last/   the last checkpoint: model, optimizer.safetensors, trainer.json (resume)
// Deterministic on the CPU for a given seed (every batch reseeds from seed, epoch and batch).
class MeaformerTrainer {
public:
    using ProgressCallback = std::function<void(const MeaformerTrainingProgress&)>;
    using EpochCallback = std::function<void(const MeaformerEpochReport&)>;
    using Pair = std::array<std::int64_t, 2>;  // (row in A, row in B)

    // `knownPairs`: every pair of the workspace (train and test), used only to report how many
    // iteratively proposed pairs are right.
    MeaformerTrainer(MeaformerModel& model, std::vector<Pair> trainPairs, std::vector<Pair> validPairs,
        std::vector<Pair> knownPairs, MeaformerTrainingOptions options, std::string outFolder);
    ~MeaformerTrainer();

    // Loads OUT/last if present; returns the 1-based epoch it resumes at, or nullopt.
    std::optional<int> resume();
    // Trains until the last epoch or until `stop`; on a stop the state at the start of the epoch
    // in progress is what OUT/last holds. Returns true when all epochs completed.
    bool run(std::stop_token stop, const ProgressCallback& progress, const EpochCallback& epochDone);
    double bestValidMrr() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace tessera
