#include "text/WordPieceTokenizer.h"

#include "text/BertBasicTokenizer.h"
#include "text/EnglishStopWords.h"

#include <stdexcept>

namespace tessera {

WordPieceTokenizer::WordPieceTokenizer(std::shared_ptr<const WordPieceVocabulary> vocabulary)
    : vocabulary_(std::move(vocabulary))
{
    if (!vocabulary_)
        throw std::invalid_argument("WordPieceTokenizer needs a vocabulary");
}

std::vector<WordPiece> WordPieceTokenizer::tokenize(std::string_view text) const
{
    std::vector<WordPiece> pieces;
    const WordPieceVocabulary& vocabulary = *vocabulary_;
    const std::size_t longest = vocabulary.longestPieceBytes();
    BertBasicTokenizer::forEachWord(
        text, [&](std::string_view word, std::span<const FoldedCharacter> characters, bool punctuation) {
            const bool stopWord = !punctuation && isEnglishStopWord(word);
            const std::size_t count = characters.size();
            const auto unknown = [&] {
                pieces.push_back({vocabulary.unknownId(), characters.front().sourceBegin, characters.back().sourceEnd,
                    false, stopWord, punctuation});
            };
            if (count > kMaxWordCharacters) {
                unknown();
                return;
            }
            const std::size_t firstPiece = pieces.size();
            std::size_t start = 0;
            while (start < count) {
                const std::size_t startByte = characters[start].foldedBegin;
                std::size_t end = count;
                std::optional<std::int32_t> found;
                for (; end > start; --end) {
                    const std::size_t endByte = end == count ? word.size() : characters[end].foldedBegin;
                    if (endByte - startByte > longest)
                        continue;
                    const std::string_view candidate = word.substr(startByte, endByte - startByte);
                    found = start == 0 ? vocabulary.initialPiece(candidate) : vocabulary.continuationPiece(candidate);
                    if (found)
                        break;
                }
                if (!found) {
                    // BERT: a word that cannot be split entirely into known pieces is one [UNK].
                    pieces.resize(firstPiece);
                    unknown();
                    return;
                }
                pieces.push_back({*found, characters[start].sourceBegin, characters[end - 1].sourceEnd, start > 0,
                    stopWord, punctuation});
                start = end;
            }
        });
    return pieces;
}

std::vector<std::int64_t> WordPieceTokenizer::ids(std::string_view text, bool countableOnly) const
{
    std::vector<std::int64_t> out;
    for (const WordPiece& piece : tokenize(text)) {
        if (!countableOnly || (!piece.stopWord && !piece.punctuation))
            out.push_back(piece.id);
    }
    return out;
}

}  // namespace tessera
