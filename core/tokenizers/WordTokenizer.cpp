#include "tokenizers/WordTokenizer.h"

#include "text/SearchFolding.h"
#include "text/Utf8.h"

#include <cmath>
#include <random>
#include <stdexcept>
#include <unordered_set>

namespace tessera {

namespace {

// English function words: without this list "is", "a" and "the" would fill most entities' slots.
const std::unordered_set<std::string_view>& stopWords()
{
    static const std::unordered_set<std::string_view> words {"a", "an", "and", "are", "as", "at", "be", "by", "for",
        "from", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the",
        "their", "there", "they", "this", "to", "was", "were", "which", "with"};
    return words;
}

bool isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
    // General punctuation, currency and CJK punctuation separate words; other letters join them.
    const bool punctuation = (c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF)
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || c == 0x00A0 || c == 0x00B7 || c == 0x00D7
        || c == 0x00F7 || (c >= 0x00A1 && c <= 0x00BF);
    return !punctuation;
}

constexpr std::uint64_t kTableSeed = 20240413;

}  // namespace

std::vector<std::string> WordTokenizer::words(std::string_view text)
{
    if (utf8::findInvalid(text) != utf8::kInvalidOffset)
        throw std::invalid_argument("text is not valid UTF-8");
    const std::string folded = foldForSearch(text);
    std::vector<std::string> out;
    std::string word;
    const auto finish = [&] {
        if (!word.empty() && stopWords().count(word) == 0)
            out.push_back(word);
        word.clear();
    };
    std::size_t pos = 0;
    while (pos < folded.size()) {
        const char32_t c = utf8::decodeNext(folded, pos);
        if (!isWordCharacter(c)) {
            finish();
        } else if (utf8::isCjk(c)) {
            finish();
            utf8::append(word, c);
            finish();
        } else {
            utf8::append(word, c);
        }
    }
    finish();
    return out;
}

WordTokenizer::WordTokenizer(const std::vector<std::string>& texts, WordTokenizerOptions options)
{
    std::unordered_map<std::string, std::size_t> entitiesUsing;
    std::vector<std::string> firstUse;
    for (const std::string& text : texts) {
        const std::vector<std::string> list = words(text);
        const std::unordered_set<std::string> distinct(list.begin(), list.end());
        for (const std::string& w : list) {
            if (entitiesUsing.try_emplace(w, 0).second)
                firstUse.push_back(w);
        }
        for (const std::string& w : distinct)
            ++entitiesUsing[w];
    }
    for (const std::string& w : firstUse) {
        if (entitiesUsing[w] >= std::max<std::size_t>(1, options.minEntities)) {
            ids_.emplace(w, static_cast<std::int64_t>(vocabulary_.size()));
            vocabulary_.push_back(w);
        }
    }
}

std::vector<std::int64_t> WordTokenizer::tokenize(std::string_view text) const
{
    std::vector<std::int64_t> ids;
    for (const std::string& w : words(text)) {
        const auto it = ids_.find(w);
        if (it != ids_.end())
            ids.push_back(it->second);
    }
    return ids;
}

std::vector<float> WordTokenizer::embeddingTable(int width) const
{
    return identityTable(static_cast<std::int64_t>(vocabulary_.size()), width);
}

std::vector<float> WordTokenizer::identityTable(std::int64_t codes, int width)
{
    if (width < 1)
        throw std::invalid_argument("word table needs at least 1 column");
    const auto columns = static_cast<std::size_t>(width);
    const auto rows = static_cast<std::size_t>(codes);
    std::vector<float> table((rows + 1) * columns, 0.0F);
    std::mt19937_64 random(kTableSeed);
    std::normal_distribution<float> noise(0.0F, 1.0F / std::sqrt(static_cast<float>(width)));
    for (std::size_t i = 0; i < rows * columns; ++i)
        table[i] = noise(random);
    return table;
}

}  // namespace tessera
