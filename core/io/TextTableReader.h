#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tessera {

// Reads a UTF-8 text table (TSV and the whitespace-separated benchmark files) defensively:
// the whole file is loaded once, checked for NUL bytes (a binary file), invalid UTF-8 and
// absurdly long lines, each reported as an InputError with file and line. Windows line endings,
// a UTF-8 byte-order mark and blank lines (trailing or not) are accepted and skipped.
class TextTableReader {
public:
    // Lines longer than this are not a table a person wrote: most likely a binary or a
    // minified file given by mistake. 1 MiB keeps long descriptions legal.
    static constexpr std::size_t kMaxLineBytes = 1U << 20U;
    // Files larger than this are refused before reading (4 GiB: far past any benchmark).
    static constexpr std::uint64_t kMaxFileBytes = 4ULL << 30U;

    // Throws InputError when the file is missing, unreadable, binary or invalid UTF-8.
    explicit TextTableReader(std::string path);
    // For tests and fuzzers: parse text already in memory; `path` names it in messages.
    TextTableReader(std::string path, std::string contents);

    // Advances to the next non-blank line; false at the end.
    bool next();
    std::string_view line() const { return line_; }
    std::size_t lineNumber() const { return lineNumber_; }
    const std::string& path() const { return path_; }

    // Splits the current line at `separator`.
    std::vector<std::string_view> fields(char separator) const;
    // Splits at runs of spaces or tabs (the id files mix them).
    std::vector<std::string_view> whitespaceFields() const;

    // Throws InputError naming the current line.
    [[noreturn]] void fail(const std::string& problem) const;
    // Fails unless the line has exactly `count` fields, naming what was expected.
    void expectFieldCount(
        const std::vector<std::string_view>& fields, std::size_t count, std::string_view layout) const;
    // Parses a non-negative decimal id (at most maxValue), failing with a clear message for
    // non-numbers, negative and overflowing values. `what` names the column ("head id").
    std::uint32_t parseId(std::string_view field, std::string_view what, std::uint32_t maxValue) const;

private:
    void validate();

    std::string path_;
    std::string contents_;
    std::size_t offset_ = 0;
    std::size_t lineNumber_ = 0;
    std::size_t nextLineNumber_ = 1;
    std::string_view line_;
};

// Reads a whole small file (manifests, JSON) with the same binary and size checks.
std::string readTextFile(const std::string& path, std::uint64_t maxBytes = TextTableReader::kMaxFileBytes);

}  // namespace tessera
