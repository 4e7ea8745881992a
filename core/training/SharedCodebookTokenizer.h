#pragma once

#include "training/VisualTokenizer.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace tessera {

// A tokenizer of images and descriptions. With `shared`, one codebook for both, learned as
// Uni-Code (NeurIPS 2023; public code haihuangcode/CMG) learns it: MM-EMA, the 2:1 own-to-cross
// commitment and cross-modal code matching (CMCM). Without, each modality has a codebook of its
// own and neither cross term: the baseline that shows what sharing does.
struct SharedCodebookConfig {
    VisualTokenizerConfig visual;  // image side, and K, D, EMA and reset of the codebook(s)
    std::int64_t textHidden = 64;  // width of a word piece's embedding and of the text networks
    int maxPieces = 48;            // the first pieces of a description that are read
    bool shared = true;
    double ownCommitment = 2.0;    // × β: a feature to its own code (CMG: 2)
    double crossCommitment = 1.0;  // × β: to the paired modality's code (CMG: 1)
    double cmcmWeight = 0.5;       // CMG's 0.5 · L_cmcm
    // Scale every feature of both modalities to length √D before quantising, so that neither
    // modality's features lie nearer all codes than the other's (see the .cpp).
    bool normaliseFeatures = true;

    void validate() const;
};

// What the tokenizer learns from: the images (RGB bytes, imageSize² × 3, as VisualTokenizer), the
// descriptions as BERT word-piece ids (stop words removed), and for each image the description of
// its entity (an index into `texts`, or −1 when the entity has none). An image and its entity's
// description are a paired sample; descriptions no image points to are trained on alone, after
// the paired batches of each epoch.
struct PairedTokenizerSamples {
    std::vector<std::vector<std::uint8_t>> images;
    std::vector<std::int64_t> textOfImage;
    std::vector<std::vector<std::int32_t>> texts;
};

struct SharedEpochReport {
    int epoch = 0;
    double loss = 0;                 // the sum of the terms below, mean over batches
    double imageReconstruction = 0;  // mean squared error of the decoded image, pixels in [0, 1]
    double textReconstruction = 0;   // cross-entropy of the decoded word piece
    double commitment = 0;           // own and cross commitment of both modalities
    double cmcm = 0;                 // weighted L_cmcm (0 without sharing)
    double visualPerplexity = 0;     // of the codes the epoch's patches chose
    double textPerplexity = 0;       // of the codes the epoch's word pieces chose
    std::int64_t visualUsed = 0;
    std::int64_t textUsed = 0;
    std::int64_t used = 0;  // codes either modality chose (of K; of 2K without sharing)
    std::int64_t resets = 0;
    double seconds = 0;
};

// Image encoder and decoder as VisualTokenizer's. Text: each word piece's embedding beside the
// mean of its description's embeddings, through a two-layer MLP to one D-vector per piece;
// decoder: from the piece's code back to the piece (softmax over the graph's pieces). Paired
// features by position, as CMG pairs time step t with time step t: patch j of the grid's G² with
// piece ⌊j·L/G²⌋ of the description's L, piece i with patch ⌊(i + ½)·G²/L⌋. CMCM: per sample the mean over its patches
// (pieces) of softmax(−‖z − e_k‖), and InfoNCE over the batch on S(a, b) = p_a · log p_b + p_b · log p_a, the diagonal
// positive. Model folder: config.json and weights.safetensors (networks, codebooks, the piece vocabulary).
class SharedCodebookTokenizer {
public:
    using ProgressCallback = std::function<void(const VisualTrainingProgress&)>;
    using EpochCallback = std::function<void(const SharedEpochReport&)>;

    // `pieces`: the BERT ids the text side knows (from the training graph); other ids read as
    // one unknown piece.
    SharedCodebookTokenizer(const SharedCodebookConfig& config, std::vector<std::int32_t> pieces, std::uint64_t seed);
    SharedCodebookTokenizer(SharedCodebookTokenizer&&) noexcept;
    SharedCodebookTokenizer& operator=(SharedCodebookTokenizer&&) noexcept;
    ~SharedCodebookTokenizer();

    // True when `folder`'s config.json is a shared-codebook tokenizer's.
    static bool isSharedTokenizerFolder(const std::string& folder);
    static SharedCodebookTokenizer load(const std::string& folder);
    void save(const std::string& folder) const;

    const SharedCodebookConfig& config() const;
    // Complete epochs so far, over the tokenizer's life (saved and loaded with it).
    int epochsTrained() const;
    std::string useDevice(const std::string& requested, int threads);

    // Trains epochs epochsTrained() + 1 .. options.epochs (a loaded tokenizer resumes with its
    // optimizer's moments and its codebooks' random state), until the last epoch or a stop request,
    // checked between batches. Returns true when every epoch ran. A run resumed after a complete
    // epoch equals an uninterrupted one on the CPU.
    bool train(const PairedTokenizerSamples& samples, const VisualTrainingOptions& options, std::stop_token stop,
        const ProgressCallback& progress, const EpochCallback& epochDone);

    // The grid² code ids of each image, row by row.
    std::vector<std::vector<std::int64_t>> encodeImages(const std::vector<std::vector<std::uint8_t>>& images) const;
    // One code id per word piece read (the first maxPieces) of each description.
    std::vector<std::vector<std::int64_t>> encodeTexts(const std::vector<std::vector<std::int32_t>>& texts) const;

    // K × D row-major: the visual codebook, and the text one (the same one when shared).
    const std::vector<float>& visualCodebook() const;
    const std::vector<float>& textCodebook() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace tessera
