#include "text/Utf8.h"

namespace tessera::utf8 {

namespace {
bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0U) == 0x80U;
}
}  // namespace

std::size_t findInvalid(std::string_view text)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80U) {
            ++i;
            continue;
        }
        std::size_t need = 0;
        char32_t minimum = 0;
        char32_t cp = 0;
        if ((lead & 0xE0U) == 0xC0U) {
            need = 1;
            minimum = 0x80;
            cp = lead & 0x1FU;
        } else if ((lead & 0xF0U) == 0xE0U) {
            need = 2;
            minimum = 0x800;
            cp = lead & 0x0FU;
        } else if ((lead & 0xF8U) == 0xF0U) {
            need = 3;
            minimum = 0x10000;
            cp = lead & 0x07U;
        } else {
            return i;
        }
        if (i + need >= size)
            return i;
        for (std::size_t k = 1; k <= need; ++k) {
            if (i + k >= size || !isContinuation(bytes[i + k]))
                return i;
            cp = (cp << 6U) | (bytes[i + k] & 0x3FU);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += need + 1;
    }
    return kInvalidOffset;
}

char32_t decodeNext(std::string_view text, std::size_t& pos)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80U) {
        ++pos;
        return lead;
    }
    std::size_t need = 0;
    char32_t cp = 0;
    if ((lead & 0xE0U) == 0xC0U) {
        need = 1;
        cp = lead & 0x1FU;
    } else if ((lead & 0xF0U) == 0xE0U) {
        need = 2;
        cp = lead & 0x0FU;
    } else if ((lead & 0xF8U) == 0xF0U) {
        need = 3;
        cp = lead & 0x07U;
    } else {
        ++pos;
        return 0xFFFD;
    }
    if (pos + need >= text.size()) {
        ++pos;
        return 0xFFFD;
    }
    for (std::size_t k = 1; k <= need; ++k) {
        const auto byte = static_cast<unsigned char>(text[pos + k]);
        if (!isContinuation(byte)) {
            ++pos;
            return 0xFFFD;
        }
        cp = (cp << 6U) | (byte & 0x3FU);
    }
    pos += need + 1;
    return cp;
}

void append(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::size_t length(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text) {
        if (!isContinuation(static_cast<unsigned char>(c)))
            ++count;
    }
    return count;
}

bool isCjk(char32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF)     // radicals, CJK punctuation, kana, Han
        || (cp >= 0xAC00 && cp <= 0xD7AF)     // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF)     // compatibility ideographs
        || (cp >= 0xFF00 && cp <= 0xFFEF)     // half-width and full-width forms
        || (cp >= 0x20000 && cp <= 0x3FFFF);  // Han extensions B and later
}

}  // namespace tessera::utf8
