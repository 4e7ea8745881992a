#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tessera {

// A WordPiece vocabulary in BERT's vocab.txt convention: one piece per line, the line's index is
// its id, continuation pieces start with "##", special tokens are bracketed ("[UNK]"). Pieces are
// looked up without allocating: word-initial and continuation pieces live in two maps keyed by
// the piece's text without "##".
class WordPieceVocabulary {
public:
    // Parses vocab.txt text. Throws InputError naming `sourceName` and the line for invalid
    // UTF-8, an empty line or a piece with white space inside, a piece given twice (both lines),
    // and a vocabulary without "[UNK]".
    static std::shared_ptr<const WordPieceVocabulary> fromVocabTxt(
        std::string_view text, const std::string& sourceName);
    // Reads a vocab.txt file; InputError when it cannot be read or is malformed.
    static std::shared_ptr<const WordPieceVocabulary> readFile(const std::string& path);

    std::int32_t size() const { return static_cast<std::int32_t>(pieces_.size()); }
    const std::string& piece(std::int32_t id) const { return pieces_.at(static_cast<std::size_t>(id)); }
    // The id of a piece written as in vocab.txt ("the", "##s", "[CLS]").
    std::optional<std::int32_t> id(std::string_view piece) const;
    std::int32_t unknownId() const { return unknownId_; }
    // Lookups used by the tokenizer; `text` has no "##".
    std::optional<std::int32_t> initialPiece(std::string_view text) const;
    std::optional<std::int32_t> continuationPiece(std::string_view text) const;
    // Longest piece in bytes (without "##"): longer candidates need not be looked up.
    std::size_t longestPieceBytes() const { return longestPieceBytes_; }
    const std::string& sourceName() const { return sourceName_; }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
    };
    using PieceMap = std::unordered_map<std::string, std::int32_t, Hash, std::equal_to<>>;

    std::vector<std::string> pieces_;
    PieceMap initial_;
    PieceMap continuation_;
    std::int32_t unknownId_ = 0;
    std::size_t longestPieceBytes_ = 0;
    std::string sourceName_;
};

}  // namespace tessera
