#include "text/WordPieceVocabulary.h"

#include "io/InputError.h"
#include "text/Utf8.h"

#include <fstream>
#include <sstream>

namespace tessera {

namespace {

constexpr std::string_view kContinuationPrefix = "##";
constexpr std::string_view kUnknownPiece = "[UNK]";

bool hasWhiteSpace(std::string_view piece)
{
    for (const char c : piece) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f')
            return true;
    }
    return false;
}

}  // namespace

std::shared_ptr<const WordPieceVocabulary> WordPieceVocabulary::fromVocabTxt(
    std::string_view text, const std::string& sourceName)
{
    auto vocabulary = std::make_shared<WordPieceVocabulary>();
    vocabulary->sourceName_ = sourceName;
    std::unordered_map<std::string, std::size_t> lineOf;
    std::size_t line = 0;
    std::size_t pos = 0;
    bool unknownSeen = false;
    while (pos < text.size()) {
        ++line;
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view piece = text.substr(pos, end - pos);
        pos = end + 1;
        if (!piece.empty() && piece.back() == '\r')
            piece.remove_suffix(1);
        if (line == 1 && piece.starts_with("\xEF\xBB\xBF"))
            piece.remove_prefix(3);
        if (const std::size_t bad = utf8::findInvalid(piece); bad != utf8::kInvalidOffset)
            throw InputError(sourceName, line, "not valid UTF-8 (byte " + std::to_string(bad + 1) + " of the piece)");
        if (piece.empty())
            throw InputError(sourceName, line, "empty line; a vocabulary has one word piece per line");
        if (hasWhiteSpace(piece))
            throw InputError(sourceName, line, "word piece '" + std::string(piece) + "' contains white space");
        const auto [it, inserted] = lineOf.emplace(std::string(piece), line);
        if (!inserted)
            throw InputError(sourceName, line,
                "word piece '" + std::string(piece) + "' is already on line " + std::to_string(it->second));
        const auto id = static_cast<std::int32_t>(vocabulary->pieces_.size());
        vocabulary->pieces_.emplace_back(piece);
        const bool continuation = piece.size() > kContinuationPrefix.size() && piece.starts_with(kContinuationPrefix);
        const std::string_view key = continuation ? piece.substr(kContinuationPrefix.size()) : piece;
        (continuation ? vocabulary->continuation_ : vocabulary->initial_).emplace(std::string(key), id);
        vocabulary->longestPieceBytes_ = std::max(vocabulary->longestPieceBytes_, key.size());
        if (piece == kUnknownPiece) {
            vocabulary->unknownId_ = id;
            unknownSeen = true;
        }
    }
    if (!unknownSeen)
        throw InputError(sourceName, "no [UNK] piece: a WordPiece vocabulary needs one for unknown words");
    return vocabulary;
}

std::shared_ptr<const WordPieceVocabulary> WordPieceVocabulary::readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, "cannot open the vocabulary file");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw InputError(path, "cannot read the vocabulary file");
    return fromVocabTxt(text.str(), path);
}

std::optional<std::int32_t> WordPieceVocabulary::id(std::string_view piece) const
{
    if (piece.size() > kContinuationPrefix.size() && piece.starts_with(kContinuationPrefix))
        return continuationPiece(piece.substr(kContinuationPrefix.size()));
    return initialPiece(piece);
}

std::optional<std::int32_t> WordPieceVocabulary::initialPiece(std::string_view text) const
{
    const auto it = initial_.find(text);
    return it == initial_.end() ? std::nullopt : std::optional<std::int32_t>(it->second);
}

std::optional<std::int32_t> WordPieceVocabulary::continuationPiece(std::string_view text) const
{
    const auto it = continuation_.find(text);
    return it == continuation_.end() ? std::nullopt : std::optional<std::int32_t>(it->second);
}

}  // namespace tessera
