// Fuzzes the WordPiece vocabulary reader (vocab.txt) and the tokenizer over what it accepts.
// Input: vocab.txt \0 a text to tokenize with it.

#include "FuzzSupport.h"

#include "text/Utf8.h"
#include "text/WordPieceTokenizer.h"
#include "text/WordPieceVocabulary.h"

#include <stdexcept>

using namespace tessera;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto parts = fuzz::splitParts(data, size, 2);
    std::shared_ptr<const WordPieceVocabulary> vocabulary;
    try {
        vocabulary = WordPieceVocabulary::fromVocabTxt(parts[0], "vocab.txt");
    } catch (const InputError& e) {
        fuzz::checkInputError(e);
        return 0;
    }
    // Every piece's id reads back.
    for (std::int32_t id = 0; id < vocabulary->size(); ++id) {
        if (vocabulary->id(vocabulary->piece(id)) != id)
            fuzz::finding("piece " + std::to_string(id) + " does not read back to its id");
    }
    if (parts.size() < 2)
        return 0;
    const WordPieceTokenizer tokenizer(vocabulary);
    try {
        const std::string_view text = parts[1];
        for (const WordPiece& piece : tokenizer.tokenize(text)) {
            if (piece.id < 0 || piece.id >= vocabulary->size())
                fuzz::finding("piece id outside the vocabulary");
            if (piece.begin >= piece.end || piece.end > text.size())
                fuzz::finding("piece offsets outside the text");
        }
    } catch (const std::invalid_argument&) {
        if (utf8::findInvalid(parts[1]) == utf8::kInvalidOffset)
            fuzz::finding("valid UTF-8 text refused");
    }
    return 0;
}
