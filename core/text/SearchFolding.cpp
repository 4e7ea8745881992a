#include "text/SearchFolding.h"

#include "text/Utf8.h"

#include <array>

namespace tessera {

namespace {

using namespace std::string_view_literals;

// Base letters for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), already
// lower-cased; multi-letter folds (ß, æ, œ, þ, ĳ) are handled before this table is consulted.
// '\0' marks (hence the sv literal, which keeps embedded NULs) code points that are not letters (×, ÷) and are kept
// unchanged.
constexpr std::string_view kLatinBase =
    // U+00C0..U+00FF
    "aaaaaaaceeeeiiii"
    "dnooooo\0ouuuuyts"
    "aaaaaaaceeeeiiii"
    "dnooooo\0ouuuuyty"
    // U+0100..U+017F
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "iijjjjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oooorrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs"sv;

char32_t foldLatinExtendedB(char32_t cp)
{
    switch (cp) {
    case 0x0180:
    case 0x0181:
    case 0x0182:
    case 0x0183:
        return U'b';
    case 0x0187:
    case 0x0188:
        return U'c';
    case 0x0189:
    case 0x018A:
    case 0x018B:
    case 0x018C:
        return U'd';
    case 0x0191:
    case 0x0192:
        return U'f';
    case 0x0193:
        return U'g';
    case 0x0197:
        return U'i';
    case 0x0198:
    case 0x0199:
        return U'k';
    case 0x019A:
        return U'l';
    case 0x019D:
    case 0x019E:
        return U'n';
    case 0x019F:
    case 0x01A0:
    case 0x01A1:
        return U'o';
    case 0x01A4:
    case 0x01A5:
        return U'p';
    case 0x01AB:
    case 0x01AC:
    case 0x01AD:
    case 0x01AE:
        return U't';
    case 0x01AF:
    case 0x01B0:
        return U'u';
    case 0x01B3:
    case 0x01B4:
        return U'y';
    case 0x01B5:
    case 0x01B6:
        return U'z';
    case 0x01CD:
    case 0x01CE:
    case 0x01DE:
    case 0x01DF:
    case 0x01E0:
    case 0x01E1:
        return U'a';
    case 0x01CF:
    case 0x01D0:
        return U'i';
    case 0x01D1:
    case 0x01D2:
    case 0x01EA:
    case 0x01EB:
    case 0x01EC:
    case 0x01ED:
        return U'o';
    case 0x01D3:
    case 0x01D4:
    case 0x01D5:
    case 0x01D6:
    case 0x01D7:
    case 0x01D8:
    case 0x01D9:
    case 0x01DA:
    case 0x01DB:
    case 0x01DC:
        return U'u';
    case 0x01E6:
    case 0x01E7:
    case 0x01F4:
    case 0x01F5:
        return U'g';
    case 0x01E8:
    case 0x01E9:
        return U'k';
    case 0x01F8:
    case 0x01F9:
        return U'n';
    case 0x0218:
    case 0x0219:
        return U's';
    case 0x021A:
    case 0x021B:
        return U't';
    default:
        return cp;
    }
}

// Lower-cases the alphabets that have case and are common in graph labels.
char32_t lowerNonLatin(char32_t cp)
{
    if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2)
        return cp + 0x20;                // Greek capitals
    if (cp >= 0x0386 && cp <= 0x038F) {  // Greek capitals with tonos → plain lower
        switch (cp) {
        case 0x0386:
            return 0x03B1;
        case 0x0388:
            return 0x03B5;
        case 0x0389:
            return 0x03B7;
        case 0x038A:
            return 0x03B9;
        case 0x038C:
            return 0x03BF;
        case 0x038E:
            return 0x03C5;
        case 0x038F:
            return 0x03C9;
        default:
            return cp;
        }
    }
    switch (cp) {  // Greek lower with tonos → plain
    case 0x03AC:
        return 0x03B1;
    case 0x03AD:
        return 0x03B5;
    case 0x03AE:
        return 0x03B7;
    case 0x03AF:
        return 0x03B9;
    case 0x03CC:
        return 0x03BF;
    case 0x03CD:
        return 0x03C5;
    case 0x03CE:
        return 0x03C9;
    case 0x03C2:
        return 0x03C3;  // final sigma
    default:
        break;
    }
    if (cp >= 0x0410 && cp <= 0x042F)
        return cp + 0x20;  // Cyrillic capitals
    if (cp >= 0x0400 && cp <= 0x040F)
        return cp + 0x50;  // Ѐ..Џ
    if (cp == 0x0451)
        return 0x0435;  // ё → е
    return cp;
}

bool isSeparator(char32_t cp)
{
    // Control characters count as separators too, which keeps the index's record separator out.
    return cp <= 0x20 || cp == 0x7F || cp == U'_' || cp == 0x3000 || cp == 0x00A0;
}

}  // namespace

std::string foldForSearch(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t cp = utf8::decodeNext(text, pos);
        if (isSeparator(cp)) {
            pendingSpace = !out.empty();
            continue;
        }
        // Combining diacritical marks vanish; checked before a pending space is written so that
        // a mark after a space ("a \u0301") leaves no trailing or doubled space.
        if (cp >= 0x0300 && cp <= 0x036F)
            continue;
        if (cp >= 0xFF01 && cp <= 0xFF5E)
            cp -= 0xFEE0;  // full-width ASCII
        if (cp >= U'A' && cp <= U'Z')
            cp += 0x20;
        std::string_view multi;
        switch (cp) {
        case 0x00DF:
            multi = "ss";
            break;
        case 0x00C6:
        case 0x00E6:
            multi = "ae";
            break;
        case 0x0152:
        case 0x0153:
            multi = "oe";
            break;
        case 0x00DE:
        case 0x00FE:
            multi = "th";
            break;
        case 0x0132:
        case 0x0133:
            multi = "ij";
            break;
        default:
            break;
        }
        if (pendingSpace) {
            out.push_back(' ');
            pendingSpace = false;
        }
        if (!multi.empty()) {
            out.append(multi);
            continue;
        }
        if (cp >= 0x00C0 && cp <= 0x017F) {
            const char base = kLatinBase[cp - 0x00C0];
            if (base != '\0') {
                out.push_back(base);
                continue;
            }
        } else if (cp >= 0x0180 && cp <= 0x024F) {
            cp = foldLatinExtendedB(cp);
            if (cp < 0x80) {
                out.push_back(static_cast<char>(cp));
                continue;
            }
        } else {
            cp = lowerNonLatin(cp);
        }
        utf8::append(out, cp);
    }
    return out;
}

}  // namespace tessera
