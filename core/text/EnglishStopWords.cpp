#include "text/EnglishStopWords.h"

#include <string_view>
#include <unordered_set>

namespace tessera {

bool isEnglishStopWord(std::string_view word)
{
    // Grouped by part of speech so that a reader can check nothing with meaning slipped in.
    static const std::unordered_set<std::string_view> words {// articles and determiners
        "a", "an", "the", "this", "that", "these", "those", "each", "every", "either", "neither", "some", "any", "no",
        "all", "both", "such", "other", "another", "own", "same",
        // pronouns
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
        "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
        "them", "their", "theirs", "themselves", "who", "whom", "whose", "which", "what",
        // auxiliary and modal verbs
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did",
        "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        // prepositions
        "of", "in", "on", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during",
        "before", "after", "above", "below", "to", "from", "up", "down", "out", "off", "over", "under", "upon",
        "within", "without", "among", "per", "via",
        // conjunctions and adverbs of grammar
        "and", "or", "but", "nor", "if", "then", "than", "so", "as", "because", "while", "until", "when", "where",
        "why", "how", "there", "here", "also", "not", "only", "very", "too", "just", "again", "further", "once", "more",
        "most", "few",
        // what BERT leaves of contractions ("it's" -> it ' s, "don't" -> don ' t)
        "s", "t", "d", "ll", "re", "ve", "m", "don"};
    return words.contains(word);
}

}  // namespace tessera
