#pragma once

#include "training/SharedCodebookTokenizer.h"
#include "training/VisualTokenizer.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace tessera {

class KnowledgeGraph;

// What `tokenize --train-visual` (or `--visual-tokenizer DIR`) asks for.
struct LearnedVisualSettings {
    bool train = false;
    std::string tokenizerFolder;  // apply this trained tokenizer instead of training one
    // With `train` and a tokenizerFolder: go on training it (tokenize --resume), its earlier
    // epochs taken from this log (a token folder's tokenizer-log.json; may be empty).
    std::string resumeLog;
    VisualTokenizerConfig config;
    VisualTrainingOptions training;
    // "shared": images and descriptions through one codebook (Uni-Code); "separate": a learned
    // text codebook of its own beside the visual one (the baseline); empty: images only.
    std::string textCodebook;
    std::int64_t textHidden = 64;
    int maxPieces = 48;
    bool normaliseFeatures = true;
    std::string device = "auto";
    int threads = 0;
    bool quiet = false;
};

// The visual half of a token folder made by a learned VQ tokenizer: per-entity codes over all
// its images (MyGO keeps the V most frequent), every image's patch grid, the codebook as MyGO's
// frozen visual table with a zero pad row, the training log, and the tokenizer itself.
struct LearnedVisualTokens {
    nlohmann::ordered_json tokens = nlohmann::ordered_json::object();
    nlohmann::ordered_json patches;
    nlohmann::ordered_json log;
    std::vector<float> table;  // (K + 1) × D
    std::int64_t rows = 0;
    std::int64_t width = 0;
    std::size_t images = 0;
    std::size_t skippedImages = 0;
    std::int64_t codesUsed = 0;
    bool interrupted = false;
    std::optional<VisualTokenizer> tokenizer;
    VisualTokenizerConfig config;  // of the image side, as trained or loaded

    // With a learned text codebook: the text half, in the same layout as the visual one.
    bool sharedCodebook = false;
    std::optional<nlohmann::ordered_json> textTokens;
    std::vector<float> textTable;  // (K + 1) × D
    std::int64_t textRows = 0;
    std::int64_t textCodesUsed = 0;
    std::vector<std::string> codeNames;  // per text code: its most frequent word pieces
    std::optional<SharedCodebookTokenizer> pairedTokenizer;

    void saveTokenizer(const std::string& folder) const;
};

class LearnedVisualTokenizing {
    Q_DECLARE_TR_FUNCTIONS(LearnedVisualTokenizing)

public:
    // Decodes the graph's images (an undecodable one is a warning on stderr and is left out),
    // trains or loads the tokenizer, and encodes every image. Progress goes to stderr. A stop
    // request ends training between batches; the images are then encoded with the tokenizer as
    // it is, and `interrupted` is set. Throws InputError / std::invalid_argument for bad input.
    static LearnedVisualTokens run(
        const KnowledgeGraph& graph, const LearnedVisualSettings& settings, std::stop_token stop);

    // The same for a tokenizer of images and descriptions (settings.textCodebook, or a folder
    // holding one): `pieces` are each entity's BERT word-piece ids, stop words removed.
    static LearnedVisualTokens runPaired(const KnowledgeGraph& graph, const LearnedVisualSettings& settings,
        const std::vector<std::vector<std::int32_t>>& pieces, std::stop_token stop);

private:
    // For a resumed training: the earlier log's epochs 1..done, after saying what resumes;
    // InputError when `done` already reaches --epochs.
    static nlohmann::ordered_json resumedEpochs(const LearnedVisualSettings& settings, int done);
};

}  // namespace tessera
