// Fuzzes the in-memory TextTableReader (UTF-8 validation, BOM, line ends, blank lines, fields,
// ids) and the text helpers every reader leans on, checking properties instead of just
// "no crash":
//  - utf8::findInvalid agrees with an independent RFC 3629 validator, byte for byte;
//  - valid text decodes (decodeNext) and re-encodes (append) to itself, length() counts it;
//  - TSV escaping round-trips any line; parseId accepts exactly the decimal numbers ≤ max;
//  - foldForSearch gives UTF-8 with single inner spaces, no control characters, trimmed ends;
//  - labelFromIdentifier gives non-empty UTF-8 without NUL for non-empty UTF-8;
//  - NameIndex finds every entity by its own label.

#include "FuzzSupport.h"

#include "graph/Entity.h"
#include "graph/NameIndex.h"
#include "io/NameFromUri.h"
#include "io/TextTableReader.h"
#include "io/TsvField.h"
#include "text/SearchFolding.h"
#include "text/Utf8.h"

#include <cstring>

using namespace tessera;

namespace {

// RFC 3629 table 4 (well-formed byte sequences), written independently of core/text/Utf8.cpp.
std::size_t referenceFindInvalid(std::string_view text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    const auto in = [](unsigned char c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; };
    while (i < n) {
        const unsigned char c = s[i];
        std::size_t len = 0;
        bool ok = false;
        if (c <= 0x7F) {
            len = 1;
            ok = true;
        } else if (in(c, 0xC2, 0xDF)) {
            len = 2;
            ok = i + 1 < n && in(s[i + 1], 0x80, 0xBF);
        } else if (c == 0xE0) {
            len = 3;
            ok = i + 2 < n && in(s[i + 1], 0xA0, 0xBF) && in(s[i + 2], 0x80, 0xBF);
        } else if (in(c, 0xE1, 0xEC) || in(c, 0xEE, 0xEF)) {
            len = 3;
            ok = i + 2 < n && in(s[i + 1], 0x80, 0xBF) && in(s[i + 2], 0x80, 0xBF);
        } else if (c == 0xED) {
            len = 3;
            ok = i + 2 < n && in(s[i + 1], 0x80, 0x9F) && in(s[i + 2], 0x80, 0xBF);
        } else if (c == 0xF0) {
            len = 4;
            ok = i + 3 < n && in(s[i + 1], 0x90, 0xBF) && in(s[i + 2], 0x80, 0xBF) && in(s[i + 3], 0x80, 0xBF);
        } else if (in(c, 0xF1, 0xF3)) {
            len = 4;
            ok = i + 3 < n && in(s[i + 1], 0x80, 0xBF) && in(s[i + 2], 0x80, 0xBF) && in(s[i + 3], 0x80, 0xBF);
        } else if (c == 0xF4) {
            len = 4;
            ok = i + 3 < n && in(s[i + 1], 0x80, 0x8F) && in(s[i + 2], 0x80, 0xBF) && in(s[i + 3], 0x80, 0xBF);
        }
        if (!ok)
            return i;
        i += len;
    }
    return utf8::kInvalidOffset;
}

// Accepts exactly the non-empty runs of ASCII digits whose value is at most maxValue.
bool referenceIsId(std::string_view field, std::uint32_t maxValue, std::uint32_t& value)
{
    if (field.empty() || field.find_first_not_of("0123456789") != std::string_view::npos)
        return false;
    const std::size_t first = std::min(field.find_first_not_of('0'), field.size());
    const std::string_view digits = field.substr(first);
    if (digits.size() > 10)
        return false;
    std::uint64_t v = 0;
    for (const char c : digits)
        v = v * 10 + static_cast<unsigned>(c - '0');
    if (v > maxValue)
        return false;
    value = static_cast<std::uint32_t>(v);
    return true;
}

void checkText(std::string_view text)
{
    // decode ∘ encode is the identity on valid UTF-8.
    std::string again;
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size(); ++count)
        utf8::append(again, utf8::decodeNext(text, pos));
    if (again != text)
        fuzz::finding("decodeNext/append do not round-trip valid UTF-8");
    if (count != utf8::length(text))
        fuzz::finding("utf8::length disagrees with decodeNext");

    const std::string folded = foldForSearch(text);
    if (utf8::findInvalid(folded) != utf8::kInvalidOffset)
        fuzz::finding("foldForSearch produced invalid UTF-8");
    for (const char c : folded) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            fuzz::finding("foldForSearch kept a control character");
    }
    if (!folded.empty() && (folded.front() == ' ' || folded.back() == ' ' || folded.find("  ") != std::string::npos))
        fuzz::finding("foldForSearch left untrimmed or doubled spaces: '" + folded + "'");

    const std::string label = labelFromIdentifier(text);
    if (utf8::findInvalid(label) != utf8::kInvalidOffset)
        fuzz::finding("labelFromIdentifier produced invalid UTF-8");
    if (!text.empty() && label.empty())
        fuzz::finding("labelFromIdentifier produced an empty label");
    if (label.find('\0') != std::string::npos && text.find('\0') == std::string_view::npos)
        fuzz::finding("labelFromIdentifier produced a NUL");

    std::string escaped = escapeTsvField(text);
    std::string back;
    if (escaped.find_first_of("\t\n\r") != std::string::npos)
        fuzz::finding("escapeTsvField left a tab or line break");
    if (!unescapeTsvField(escaped, back) || back != text)
        fuzz::finding("unescapeTsvField(escapeTsvField(x)) != x");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::size_t bom = input.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    const std::size_t invalid = utf8::findInvalid(std::string_view(input).substr(bom));
    if (invalid != referenceFindInvalid(std::string_view(input).substr(bom)))
        fuzz::finding("utf8::findInvalid disagrees with RFC 3629 at offset " + std::to_string(invalid));
    const bool hasNul = std::memchr(input.data(), '\0', input.size()) != nullptr;

    std::vector<Entity> entities;
    try {
        TextTableReader table("fuzz.tsv", input);
        if (hasNul || invalid != utf8::kInvalidOffset)
            fuzz::finding("TextTableReader accepted NUL bytes or invalid UTF-8");
        std::size_t previous = 0;
        while (table.next()) {
            const std::string_view line = table.line();
            if (table.lineNumber() <= previous)
                fuzz::finding("line numbers do not increase");
            previous = table.lineNumber();
            if (line.find('\n') != std::string_view::npos || line.find_first_not_of(" \t") == std::string_view::npos)
                fuzz::finding("a line holds a line feed or is blank");
            const auto fields = table.fields('\t');
            std::string joined;
            for (std::size_t i = 0; i < fields.size(); ++i)
                joined += (i ? "\t" : "") + std::string(fields[i]);
            if (joined != line)
                fuzz::finding("fields('\\t') do not join back to the line");
            for (const auto field : table.whitespaceFields()) {
                if (field.empty() || field.find_first_of(" \t") != std::string_view::npos)
                    fuzz::finding("whitespaceFields returned an empty or spaced field");
            }
            checkText(line);
            for (const auto field : fields) {
                std::uint32_t expected = 0;
                const bool valid = referenceIsId(field, 1'000'000, expected);
                try {
                    const std::uint32_t id = table.parseId(field, "id", 1'000'000);
                    if (!valid || id != expected)
                        fuzz::finding("parseId accepted '" + std::string(field) + "'");
                } catch (const InputError& e) {
                    fuzz::checkInputError(e);
                    if (valid)
                        fuzz::finding("parseId refused '" + std::string(field) + "'");
                }
            }
            if (entities.size() < 64) {
                Entity entity;
                entity.key = std::to_string(entities.size());
                entity.label = std::string(fields[0]);
                entities.push_back(std::move(entity));
            }
        }
    } catch (const InputError& e) {
        fuzz::checkInputError(e);
        return 0;
    }

    const NameIndex index(entities);
    for (std::size_t i = 0; i < entities.size(); ++i) {
        if (foldForSearch(entities[i].label).empty())
            continue;
        const auto result = index.search(entities[i].label, entities.size());
        bool found = false;
        for (const auto& hit : result.hits)
            found = found || hit.entity == i;
        if (!found || result.hits.size() > entities.size())
            fuzz::finding("NameIndex does not find entity " + std::to_string(i) + " by its label");
    }
    return 0;
}
