#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace tessera {

// One code point of a word after folding, and where it came from in the input text.
struct FoldedCharacter {
    std::uint32_t foldedBegin;  // byte offset in the folded word
    std::uint32_t sourceBegin;  // byte range in the input text of the code point it came from
    std::uint32_t sourceEnd;
};

// BERT's BasicTokenizer for uncased vocabularies, as google-research/bert tokenization.py does it:
// control characters, NUL and U+FFFD dropped; every CJK ideograph a word of its own; split on
// white space; lower-cased, decomposed (NFD) and stripped of non-spacing marks; every punctuation
// character a word of its own. Unicode facts come from BertTextTable (Python's unicodedata).
// One difference: Python lower-cases a capital sigma to the final form by the full Unicode
// context rule; here it becomes final when the next code point ends the word.
class BertBasicTokenizer {
public:
    // Called once per word in text order: its folded UTF-8 text and one entry per code point of it.
    // `punctuation` marks a word that is a single punctuation character.
    using WordSink
        = std::function<void(std::string_view folded, std::span<const FoldedCharacter> characters, bool punctuation)>;

    // The text must be valid UTF-8 (throws std::invalid_argument otherwise).
    static void forEachWord(std::string_view text, const WordSink& sink);

    // BERT's _is_chinese_char: the CJK Unified Ideographs blocks and their extensions and
    // compatibility blocks (not Kana, not Hangul, which BERT keeps in words).
    static bool isCjkIdeograph(char32_t codePoint);
};

}  // namespace tessera
