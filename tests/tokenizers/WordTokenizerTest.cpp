// WordTokenizer: word splitting (folding, CJK, stop words), the graph vocabulary and its table.

#include "tokenizers/WordTokenizer.h"

#include <QTest>

#include <stdexcept>

using namespace tessera;

using Words = std::vector<std::string>;
using Ids = std::vector<std::int64_t>;

class WordTokenizerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wordsAreFoldedAndStopWordsDropped();
    void everyCjkCharacterIsAWord();
    void vocabularyKeepsWordsOfSeveralEntities();
    void tableIsSeededWithAZeroPadRow();
    void invalidUtf8IsRefused();
};

void WordTokenizerTest::wordsAreFoldedAndStopWordsDropped()
{
    QCOMPARE(WordTokenizer::words("Côte d'Ivoire is a country in Western Africa, Africa."),
        (Words {"cote", "d", "ivoire", "country", "western", "africa", "africa"}));
    // Signs such as the superscript two separate words.
    QCOMPARE(WordTokenizer::words("Area: 1,246,700 km²."), (Words {"area", "1", "246", "700", "km"}));
    QCOMPARE(WordTokenizer::words("ＦＵＬＬ width — and the dash"), (Words {"full", "width", "dash"}));
    QCOMPARE(WordTokenizer::words(""), Words {});
}

void WordTokenizerTest::everyCjkCharacterIsAWord()
{
    QCOMPARE(
        WordTokenizer::words("法国是欧洲国家。Paris"), (Words {"法", "国", "是", "欧", "洲", "国", "家", "paris"}));
}

void WordTokenizerTest::vocabularyKeepsWordsOfSeveralEntities()
{
    // "red" (2 entities) and "car" (2 entities) stay; "apple" and "blue" (1 each) do not. Ids follow
    // first use; a word repeated inside one entity counts that entity once.
    const WordTokenizer tokenizer({"red apple red", "red car", "blue car"});
    QCOMPARE(tokenizer.vocabulary(), (Words {"red", "car"}));
    QCOMPARE(tokenizer.tokenize("red car, red!"), (Ids {0, 1, 0}));
    QCOMPARE(tokenizer.tokenize("green apple"), Ids {});
    const WordTokenizer everyWord({"red apple red", "red car", "blue car"}, WordTokenizerOptions {1});
    QCOMPARE(everyWord.vocabulary(), (Words {"red", "apple", "car", "blue"}));
    QCOMPARE(everyWord.tokenize("blue apple"), (Ids {3, 1}));
}

void WordTokenizerTest::tableIsSeededWithAZeroPadRow()
{
    const WordTokenizer tokenizer({"red apple", "red car", "blue car"});
    const std::vector<float> table = tokenizer.embeddingTable(8);
    QCOMPARE(table.size(), std::size_t {3 * 8});
    for (std::size_t c = 0; c < 8; ++c)
        QCOMPARE(table[2 * 8 + c], 0.0F);
    QVERIFY(table[0] != 0.0F && table[8] != table[0]);
    QCOMPARE(tokenizer.embeddingTable(8), table);
}

void WordTokenizerTest::invalidUtf8IsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, WordTokenizer::words("bad \xff byte"));
}

QTEST_APPLESS_MAIN(WordTokenizerTest)
#include "WordTokenizerTest.moc"
