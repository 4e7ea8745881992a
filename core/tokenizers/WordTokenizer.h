#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tessera {

// A word-level text tokenizer whose vocabulary is built from the graph's own texts, so that any
// graph with labels and descriptions gets text tokens today. Words are read after search folding
// (lower case, accents removed, full-width folded): a run of letters or digits is one word, every
// CJK character (Han, Kana, Hangul) is a word of its own, punctuation separates. Common English
// function words are dropped (they would otherwise be the most frequent tokens of every entity,
// and MyGO keeps the most frequent ones). A word enters the vocabulary when at least
// `minEntities` entities use it: a word of one entity only says nothing the structure embedding
// cannot learn. It is a stand-in for a subword vocabulary with pretrained embeddings (MyGO uses
// BERT's), not a replacement.
struct WordTokenizerOptions {
    std::size_t minEntities = 2;
};

class WordTokenizer {
public:
    // Splits and folds a text into words (stop words removed).
    static std::vector<std::string> words(std::string_view text);

    // Builds the vocabulary from one text per entity; ids follow first use in `texts`, so the same
    // texts always give the same ids.
    WordTokenizer(const std::vector<std::string>& texts, WordTokenizerOptions options = {});

    std::int64_t vocabularySize() const { return static_cast<std::int64_t>(vocabulary_.size()); }
    const std::vector<std::string>& vocabulary() const { return vocabulary_; }

    // The ids of the text's words that are in the vocabulary, in reading order, repeats kept.
    std::vector<std::int64_t> tokenize(std::string_view text) const;

    // The frozen embedding table, [vocabularySize() + 1, width] row-major: fixed pseudo-random
    // values (seeded, the same on every machine), nearly orthogonal word vectors for the model's
    // projection to learn from; the last row (the pad id) is zero.
    std::vector<float> embeddingTable(int width) const;
    // The same kind of table for any `codes` ids (a WordPiece vocabulary): [codes + 1, width],
    // seeded noise per id, the last (pad) row zero.
    static std::vector<float> identityTable(std::int64_t codes, int width);

private:
    std::vector<std::string> vocabulary_;
    std::unordered_map<std::string, std::int64_t> ids_;
};

}  // namespace tessera
