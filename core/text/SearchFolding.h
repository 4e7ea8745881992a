#pragma once

#include <string>
#include <string_view>

namespace tessera {

// Folds a name into the form used for search-as-you-type, so that "Côte d'Ivoire",
// "COTE D IVOIRE" and "cote_d'ivoire" all meet: lower case (Latin, Greek, Cyrillic),
// diacritics removed from Latin letters (é→e, ß→ss, Ø→o, Ł→l …), full-width ASCII to ASCII,
// ideographic space to space, '_' and runs of white space to one space, ends trimmed.
// CJK text is kept as it is (it has no case); Traditional and Simplified Han are not merged.
// The input must be valid UTF-8.
std::string foldForSearch(std::string_view text);

}  // namespace tessera
