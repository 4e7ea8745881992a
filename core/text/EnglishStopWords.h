#pragma once

#include <string_view>

namespace tessera {

// English stop words removed before an entity's text tokens are counted, so that its T most
// frequent pieces say something about it rather than "the" and "of". The list (EnglishStopWords.cpp)
// is the articles, pronouns, auxiliary and modal verbs, prepositions, conjunctions and
// determiners of English, lower case, plus the fragments BERT's tokenizer leaves of contractions
// ("s", "t", "d", "ll", "re", "ve", "m" from "'s", "n't", ...). Content words are never on it.
// Words are compared after BERT's folding (lower case, accents stripped).
bool isEnglishStopWord(std::string_view word);

}  // namespace tessera
