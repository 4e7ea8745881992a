#pragma once

#include "graph/Ids.h"
#include "io/EntityTokenFileReader.h"

#include <cstdint>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace tessera {

class KnowledgeGraph;

// One image's patch grid: the code of every patch, row by row.
struct ImagePatchCodes {
    EntityId entity = 0;
    std::string image;  // as visual-patches.json names it (relative to the graph's folder)
    std::vector<std::int64_t> codes;
};

// One modality of a token folder.
struct TokenModality {
    std::string tokenizer;  // "tessera vq-ema", "tessera colour-patch", ...
    std::int64_t codes = 0;
    EntityTokens tokens;
};

// One epoch of a learned tokenizer's training log.
struct TokenizerEpoch {
    int epoch = 0;
    double loss = 0;
    double perplexity = 0;
    double usage = 0;
    std::int64_t dead = 0;
    std::int64_t resets = 0;
    double textPerplexity = 0;  // tokenizers of images and text only
    double cmcm = 0;
};

// A token folder as `tessera tokenize` writes it: the tokens.json manifest, per-entity token
// files, the patch grids and the training log of a learned visual tokenizer, and the text
// vocabulary. What the Tokens and Codebook views and `codebook-stats` show.
struct TokenFolder {
    std::string folder;
    std::optional<TokenModality> visual;
    std::optional<TokenModality> text;
    bool sharedCodebook = false;
    int grid = 0;  // patches per side, 0 when there are no patch grids
    std::vector<ImagePatchCodes> patches;
    std::vector<TokenizerEpoch> log;
    std::vector<std::string> textVocabulary;  // text code id → word, when the folder has one
    // What the text tokens were read from (tokens.json "text"."from"; both when it is absent, as
    // tokenize's default): the views mark the pieces of exactly that text.
    bool textFromLabel = true;
    bool textFromDescription = true;
    std::string visualTable;  // path of the visual table file, when the manifest names one
    // The visual codebook's vectors (K × codeWidth, without the pad row), when read with
    // readCodeVectors (tensors/CodeVectorReader.h): what the Codebook view projects.
    std::vector<float> codeVectors;
    std::int64_t codeWidth = 0;
};

// Reads a token folder for `graph`. Needs tokens.json (code counts come from it). Throws
// InputError naming the file and the line or entry: a missing or malformed manifest, token files
// of another graph, ids outside the codebook, patch grids of the wrong size. `stop` is checked
// between files and every few hundred patch grids; a stopped read throws ReadCancelled.
TokenFolder readTokenFolder(const std::string& folder, const KnowledgeGraph& graph, std::stop_token stop = {});

}  // namespace tessera
