#include "text/BertBasicTokenizer.h"

#include "text/BertTextTable.h"
#include "text/Utf8.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <vector>

namespace tessera {

namespace {

using bert::CodePointClass;

// ASCII is most text: its classes are looked up in a table built once from the generated ranges.
const std::array<CodePointClass, 128>& asciiClasses()
{
    static const std::array<CodePointClass, 128> classes = [] {
        std::array<CodePointClass, 128> out {};
        for (std::size_t i = 0; i < bert::kClassRangeCount && bert::kClassRanges[i].first < 128; ++i) {
            const auto& range = bert::kClassRanges[i];
            for (char32_t c = range.first; c <= range.last && c < 128; ++c)
                out[c] = static_cast<CodePointClass>(range.codePointClass);
        }
        return out;
    }();
    return classes;
}

CodePointClass classify(char32_t c)
{
    if (c < 128)
        return asciiClasses()[c];
    const auto* end = bert::kClassRanges + bert::kClassRangeCount;
    const auto* it = std::upper_bound(bert::kClassRanges, end, c,
        [](char32_t value, const bert::CodePointClassRange& range) { return value < range.first; });
    if (it == bert::kClassRanges)
        return CodePointClass::Other;
    --it;
    return c <= it->last ? static_cast<CodePointClass>(it->codePointClass) : CodePointClass::Other;
}

// Hangul syllable decomposition (Unicode §3.12): NFD turns each syllable into 2 or 3 jamo.
constexpr char32_t kHangulFirst = 0xAC00;
constexpr char32_t kHangulLast = 0xD7A3;
constexpr char32_t kLeadFirst = 0x1100;
constexpr char32_t kVowelFirst = 0x1161;
constexpr char32_t kTrailFirst = 0x11A7;
constexpr char32_t kVowelCount = 21;
constexpr char32_t kTrailCount = 28;

constexpr char32_t kCapitalSigma = 0x03A3;
constexpr char32_t kSmallSigma = 0x03C3;
constexpr char32_t kFinalSigma = 0x03C2;

// BERT's max_input_chars_per_word is counted later; this only accumulates one word.
class WordBuffer {
public:
    void append(char32_t folded, std::uint32_t sourceBegin, std::uint32_t sourceEnd)
    {
        characters_.push_back({static_cast<std::uint32_t>(text_.size()), sourceBegin, sourceEnd});
        utf8::append(text_, folded);
    }

    void appendFolded(std::string_view foldedBytes, std::uint32_t sourceBegin, std::uint32_t sourceEnd)
    {
        std::size_t pos = 0;
        while (pos < foldedBytes.size()) {
            const std::size_t begin = pos;
            utf8::decodeNext(foldedBytes, pos);
            characters_.push_back({static_cast<std::uint32_t>(text_.size()), sourceBegin, sourceEnd});
            text_.append(foldedBytes.substr(begin, pos - begin));
        }
    }

    void flush(const BertBasicTokenizer::WordSink& sink, bool punctuation = false)
    {
        if (!characters_.empty())
            sink(text_, characters_, punctuation);
        text_.clear();
        characters_.clear();
    }

    bool empty() const { return characters_.empty(); }

private:
    std::string text_;
    std::vector<FoldedCharacter> characters_;
};

void appendFolding(WordBuffer& word, char32_t c, std::uint32_t begin, std::uint32_t end)
{
    if (c < 128) {
        word.append(c >= U'A' && c <= U'Z' ? c + 32 : c, begin, end);
        return;
    }
    if (c >= kHangulFirst && c <= kHangulLast) {
        const char32_t index = c - kHangulFirst;
        word.append(kLeadFirst + index / (kVowelCount * kTrailCount), begin, end);
        word.append(kVowelFirst + (index % (kVowelCount * kTrailCount)) / kTrailCount, begin, end);
        if (index % kTrailCount != 0)
            word.append(kTrailFirst + index % kTrailCount, begin, end);
        return;
    }
    const auto* last = bert::kFoldings + bert::kFoldingCount;
    const auto* it = std::lower_bound(bert::kFoldings, last, c,
        [](const bert::Folding& folding, char32_t value) { return folding.codePoint < value; });
    if (it != last && it->codePoint == c)
        word.appendFolded(std::string_view(bert::kFoldingBytes + it->offset, it->length), begin, end);
    else
        word.append(c, begin, end);
}

}  // namespace

bool BertBasicTokenizer::isCjkIdeograph(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

void BertBasicTokenizer::forEachWord(std::string_view text, const WordSink& sink)
{
    if (utf8::findInvalid(text) != utf8::kInvalidOffset)
        throw std::invalid_argument("text is not valid UTF-8");
    WordBuffer word;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto begin = static_cast<std::uint32_t>(pos);
        const char32_t c = utf8::decodeNext(text, pos);
        const auto end = static_cast<std::uint32_t>(pos);
        switch (classify(c)) {
        case CodePointClass::Dropped:
            continue;
        case CodePointClass::WhiteSpace:
            word.flush(sink);
            continue;
        case CodePointClass::Punctuation:
            word.flush(sink);
            appendFolding(word, c, begin, end);
            word.flush(sink, true);
            continue;
        case CodePointClass::Other:
            break;
        }
        if (isCjkIdeograph(c)) {
            word.flush(sink);
            appendFolding(word, c, begin, end);
            word.flush(sink);
        } else if (c == kCapitalSigma) {
            // Final form when nothing of the word follows (the common case of Unicode's rule).
            std::size_t next = pos;
            const bool wordEnds = next >= text.size() || [&] {
                const char32_t following = utf8::decodeNext(text, next);
                return classify(following) != CodePointClass::Other || isCjkIdeograph(following);
            }();
            word.append(!word.empty() && wordEnds ? kFinalSigma : kSmallSigma, begin, end);
        } else {
            appendFolding(word, c, begin, end);
        }
    }
    word.flush(sink);
}

}  // namespace tessera
