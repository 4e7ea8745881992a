#pragma once

#include <cstddef>
#include <cstdint>

namespace tessera::bert {

// The Unicode facts BERT's BasicTokenizer reads, generated from Python's unicodedata by
// make-bert-text-table.py (BertTextTable.cpp), so that Tessera splits and folds text exactly as the
// reference tokenizer does at that Unicode version.

enum class CodePointClass : std::uint8_t {
    Other = 0,
    // Removed without a trace: control and format characters, NUL, U+FFFD (BERT's _clean_text)
    // and non-spacing marks, which accent stripping removes wherever they stand.
    Dropped = 1,
    WhiteSpace = 2,
    // ASCII symbols and Unicode general category P*: split off as tokens of their own.
    Punctuation = 3,
};

struct CodePointClassRange {
    char32_t first;
    char32_t last;
    std::uint8_t codePointClass;
};

// A code point whose lower-cased, NFD-decomposed, mark-stripped form differs from itself: its
// replacement is kFoldingBytes[offset, offset + length), UTF-8. Hangul syllables are not listed
// (they decompose by formula).
struct Folding {
    char32_t codePoint;
    std::uint32_t offset;
    std::uint8_t length;
};

extern const char* const kUnicodeVersion;
extern const CodePointClassRange kClassRanges[];
extern const std::size_t kClassRangeCount;
extern const Folding kFoldings[];
extern const std::size_t kFoldingCount;
extern const char kFoldingBytes[];

}  // namespace tessera::bert
