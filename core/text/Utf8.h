#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tessera::utf8 {

inline constexpr std::size_t kInvalidOffset = static_cast<std::size_t>(-1);

// Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or kInvalidOffset when all is valid.
std::size_t findInvalid(std::string_view text);

// Decodes the code point starting at text[pos] and advances pos. The text must be valid UTF-8
// (checked beforehand with findInvalid); an invalid byte decodes as U+FFFD and advances by one.
char32_t decodeNext(std::string_view text, std::size_t& pos);

void append(std::string& out, char32_t codePoint);

// Number of code points (valid UTF-8 assumed).
std::size_t length(std::string_view text);

// True for code points of the CJK scripts (Han, Kana, Hangul, CJK punctuation and full-width
// forms), which are written without spaces: each one starts a searchable "word".
bool isCjk(char32_t codePoint);

}  // namespace tessera::utf8
