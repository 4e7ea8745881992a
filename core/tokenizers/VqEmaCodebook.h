#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <vector>

namespace tessera {

// How a vector-quantisation codebook learns, as Uni-Code's public code (haihuangcode/CMG) and
// VQ-VAE-2 do it. Defaults are theirs.
struct VqEmaOptions {
    std::int64_t codes = 1024;  // K
    std::int64_t dim = 32;      // D, the width of an encoder output and of a code
    double decay = 0.99;        // γ of the moving averages
    double epsilon = 1e-5;      // Laplace smoothing of the code counts
    // Off: the codes are not moved by moving averages; the trainer learns them by gradient with
    // VQ-VAE's codebook loss ||sg(z) − e||² and hands them over with setCodes (the comparison
    // the EMA exists to win). Usage streaks and dead-code resets work the same either way.
    bool ema = true;
    // A code that no feature chose for `deadAfter` consecutive updates is re-initialised (when
    // `reset`) from the batch feature farthest from its nearest code, plus Gaussian noise of
    // standard deviation `resetNoise` — the feature the codebook serves worst.
    bool reset = true;
    int deadAfter = 300;
    double resetNoise = 0.01;
    std::uint64_t seed = 2024;
};

struct VqUpdateReport {
    std::int64_t used = 0;    // codes chosen by at least one feature of the batch
    double perplexity = 0;    // exp(entropy) of the batch's code histogram
    std::int64_t resets = 0;  // dead codes re-initialised by this update
};

// One modality's part of a cross-modal update: its n features (n × D), the paired modality's
// feature for each of them (n × D), and the codes the n features chose.
struct VqModalityBatch {
    std::span<const float> features;
    std::span<const float> paired;
    std::span<const std::int64_t> assignments;
};

struct VqCrossModalReport {
    std::vector<VqUpdateReport> modalities;  // used and perplexity of each modality's own choices
    std::int64_t used = 0;                   // codes chosen by any modality
    std::int64_t resets = 0;
};

// A codebook of K codes of width D updated by exponential moving averages instead of a codebook
// loss. Per update, with n_k features assigned to code k and s_k their sum:
//   N_k ← γ N_k + (1 − γ) n_k,   m_k ← γ m_k + (1 − γ) s_k,
//   Ñ_k = (N_k + ε) / (Σ_j N_j + K ε) · Σ_j N_j   (Laplace smoothing),   e_k = m_k / Ñ_k.
// N starts at 1 and m at the initial codes, so that a code keeps its place until it is used (with
// N = 0, as in Sonnet, an unused code's first update divides by ε and throws it far away).
// Torch-free: the trainer computes assignments on any device and hands them over.
class VqEmaCodebook {
public:
    // `initial` holds K × D values, row-major.
    VqEmaCodebook(VqEmaOptions options, std::span<const float> initial);

    const VqEmaOptions& options() const { return options_; }
    // K × D, row-major.
    const std::vector<float>& codes() const { return codes_; }
    const std::vector<double>& counts() const { return counts_; }
    // Consecutive updates in which each code went unused.
    const std::vector<int>& unusedStreaks() const { return unused_; }

    // The nearest code (squared L2; the lower id on a tie) of each of n features (n × D values).
    std::vector<std::int64_t> nearest(std::span<const float> features) const;

    // One EMA step for a batch of n features (n × D) and their assignments, then the resets.
    // With `partial`, the batch holds only some of the modalities that share the codebook (text
    // of entities without images, say): codes it uses are marked live, but no streak grows and no
    // code is reset, so that the other modalities' codes do not die of a batch they were not in.
    VqUpdateReport update(
        std::span<const float> features, std::span<const std::int64_t> assignments, bool partial = false);

    // Uni-Code's MM-EMA as its public code (haihuangcode/CMG, Cross_VQEmbeddingEMA) does it: the
    // modalities in turn, each a full EMA step in which a code's moving sum takes half the own
    // features assigned to it and half their paired features,
    //   N_k ← γ N_k + (1 − γ) n_k,   m_k ← γ m_k + (1 − γ) (½ s_k + ½ p_k),
    // the next modality starting from the updated N and m. A code counts as used in the batch when
    // any modality chose it (CMG clears its unused counter for either); the dead codes are then
    // re-initialised from each modality's worst-served features in turn.
    VqCrossModalReport updateCrossModal(std::span<const VqModalityBatch> modalities);

    // Replaces the codes (K × D) — the gradient-trained codebook when options().ema is off.
    void setCodes(std::span<const float> codes);

    // Restores a saved state (codes, counts, moving sums, streaks) of the same K and D.
    void restore(std::span<const float> codes, std::span<const double> counts, std::span<const double> sums,
        std::span<const int> unused);
    const std::vector<double>& sums() const { return sums_; }
    // The reset's random engine as text, and its restoring: a resumed training draws the noise
    // an uninterrupted one would. restoreRandomState throws std::invalid_argument for bad text.
    std::string randomState() const;
    void restoreRandomState(const std::string& state);

private:
    struct BatchTally;
    BatchTally tally(const VqModalityBatch& batch) const;
    void emaStep(const BatchTally& tally);
    std::int64_t resetDead(const std::vector<bool>& usedInBatch, const std::vector<const BatchTally*>& tallies,
        const std::vector<std::span<const float>>& features);

    VqEmaOptions options_;
    std::vector<float> codes_;
    std::vector<double> counts_;  // N
    std::vector<double> sums_;    // m, K × D
    std::vector<int> unused_;
    std::mt19937_64 random_;
};

}  // namespace tessera
