#pragma once

#include "text/WordPieceVocabulary.h"

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace tessera {

// One word piece of a text: its id in the vocabulary and the bytes of the input text it covers
// (an "[UNK]" covers its whole word). `continuation` is a "##" piece; `stopWord` marks the pieces
// of an English stop word, `punctuation` a punctuation character: neither is counted among an
// entity's text tokens.
struct WordPiece {
    std::int32_t id = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool continuation = false;
    bool stopWord = false;
    bool punctuation = false;
};

// BERT's FullTokenizer for uncased vocabularies: BertBasicTokenizer, then greedy
// longest-match-first word pieces, "##" for pieces inside a word, a word with no split into known
// pieces or of more than 100 code points becomes one "[UNK]". No [CLS]/[SEP] is added.
class WordPieceTokenizer {
public:
    // BERT's max_input_chars_per_word.
    static constexpr std::size_t kMaxWordCharacters = 100;

    explicit WordPieceTokenizer(std::shared_ptr<const WordPieceVocabulary> vocabulary);

    const WordPieceVocabulary& vocabulary() const { return *vocabulary_; }

    // Throws std::invalid_argument when the text is not valid UTF-8.
    std::vector<WordPiece> tokenize(std::string_view text) const;
    // The ids of tokenize(text); with `countableOnly` without stop words and punctuation, the ids
    // an entity's text tokens are counted from.
    std::vector<std::int64_t> ids(std::string_view text, bool countableOnly) const;

private:
    std::shared_ptr<const WordPieceVocabulary> vocabulary_;
};

}  // namespace tessera
