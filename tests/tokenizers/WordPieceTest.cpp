// BERT's uncased WordPiece tokenizer on hand-checked texts. Expected pieces follow BERT's rules by
// hand (tokenization.py: clean, CJK split, white space, lower case + NFD + marks stripped,
// punctuation split, greedy longest match); every expected id is the piece's line in
// resources/vocab/bert-base-uncased.txt minus one, looked up with `grep -nxF`, not through the
// code under test.

#include "io/InputError.h"
#include "text/WordPieceTokenizer.h"
#include "text/WordPieceVocabulary.h"

#include <QtTest>

#include <string>

using namespace tessera;

namespace {

std::shared_ptr<const WordPieceVocabulary> bertVocabulary()
{
    static const auto vocabulary
        = WordPieceVocabulary::readFile(std::string(TESSERA_SOURCE_DIR) + "/resources/vocab/bert-base-uncased.txt");
    return vocabulary;
}

QStringList piecesOf(const std::vector<WordPiece>& pieces, const WordPieceVocabulary& vocabulary)
{
    QStringList out;
    for (const WordPiece& piece : pieces)
        out << QString::fromStdString(vocabulary.piece(piece.id));
    return out;
}

QList<int> idsOf(const std::vector<WordPiece>& pieces)
{
    QList<int> out;
    for (const WordPiece& piece : pieces)
        out << piece.id;
    return out;
}

std::string repeated(char c, int count)
{
    return std::string(static_cast<std::size_t>(count), c);
}

}  // namespace

class WordPieceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vocabulary();
    void texts_data();
    void texts();
    void overLongWord();
    void offsetsPointIntoTheInput();
    void stopWordsAndPunctuationAreNotCounted();
    void malformedVocabulary_data();
    void malformedVocabulary();
    void invalidUtf8Text();
};

void WordPieceTest::vocabulary()
{
    const auto v = bertVocabulary();
    QCOMPARE(v->size(), 30522);
    // BERT's special ids, as every BERT implementation has them.
    QCOMPARE(v->id("[PAD]"), std::optional<std::int32_t>(0));
    QCOMPARE(v->id("[unused0]"), std::optional<std::int32_t>(1));
    QCOMPARE(v->unknownId(), 100);
    QCOMPARE(v->id("[CLS]"), std::optional<std::int32_t>(101));
    QCOMPARE(v->id("[SEP]"), std::optional<std::int32_t>(102));
    QCOMPARE(v->id("[MASK]"), std::optional<std::int32_t>(103));
    QCOMPARE(v->id("the"), std::optional<std::int32_t>(1996));
    QCOMPARE(v->id("##s"), std::optional<std::int32_t>(2015));
    QCOMPARE(v->piece(30521), std::string("##～"));
    QVERIFY(!v->id("deja"));
}

void WordPieceTest::texts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("pieces");
    QTest::addColumn<QList<int>>("ids");

    QTest::newRow("English") << "Hello, World! The cats" << QStringList {"hello", ",", "world", "!", "the", "cats"}
                             << QList<int> {7592, 1010, 2088, 999, 1996, 8870};
    // "unaffable": no "unaffable", "unaff…" in the vocabulary; longest prefix "una", then "##ffa", "##ble".
    QTest::newRow("continuation pieces") << "unaffable" << QStringList {"una", "##ffa", "##ble"}
                                         << QList<int> {14477, 20961, 3468};
    // Accents stripped after NFD: é → e + U+0301 (dropped); "deja" is not a piece: "de" + "##ja".
    QTest::newRow("accents") << "Café Déjà vu naïve RÉSUMÉ"
                             << QStringList {"cafe", "de", "##ja", "vu", "naive", "resume"}
                             << QList<int> {7668, 2139, 3900, 24728, 15743, 13746};
    // Each CJK ideograph is a word; 华 and 共 are not in the uncased vocabulary.
    QTest::newRow("Chinese") << "中华人民共和国，日本大学"
                             << QStringList {"中", "[UNK]", "人", "民", "[UNK]", "和", "国", "，", "日", "本", "大",
                                    "学"}
                             << QList<int> {1746, 100, 1756, 1892, 100, 1796, 1799, 1989, 1864, 1876, 1810, 1817};
    QTest::newRow("Chinese beside Latin")
        << "中国China" << QStringList {"中", "国", "china"} << QList<int> {1746, 1799, 2859};
    QTest::newRow("punctuation") << "e-mail: a.b@c" << QStringList {"e", "-", "mail", ":", "a", ".", "b", "@", "c"}
                                 << QList<int> {1041, 1011, 5653, 1024, 1037, 1012, 1038, 1030, 1039};
    QTest::newRow("contraction") << "I don't" << QStringList {"i", "don", "'", "t"}
                                 << QList<int> {1045, 2123, 1005, 1056};
    QTest::newRow("numbers") << "1,234.5 km²" << QStringList {"1", ",", "234", ".", "5", "km²"}
                             << QList<int> {1015, 1010, 22018, 1012, 1019, 3186};
    // NUL and U+200B (format character) are dropped and do not split; tabs and newlines do.
    QTest::newRow("control characters") << QString::fromUtf8("a\xE2\x80\x8B"
                                                             "bc\tcat\ncats")
                                        << QStringList {"abc", "cat", "cats"} << QList<int> {5925, 4937, 8870};
    // Capital sigma at the end of a word lower-cases to final ς: "οδος" is not a piece.
    QTest::newRow("Greek final sigma") << "ΟΔΟΣ" << QStringList {"ο", "##δ", "##ος"} << QList<int> {1169, 29722, 15297};
    // NFD decomposes Hangul syllables into jamo: 한 → ᄒ ᅡ ᆫ.
    QTest::newRow("Hangul") << "한" << QStringList {"ᄒ", "##ᅡ", "##ᆫ"} << QList<int> {1469, 30006, 30021};
    QTest::newRow("empty") << "" << QStringList {} << QList<int> {};
    QTest::newRow("white space only") << " \t\n " << QStringList {} << QList<int> {};
}

void WordPieceTest::texts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, pieces);
    QFETCH(QList<int>, ids);
    const auto v = bertVocabulary();
    const WordPieceTokenizer tokenizer(v);
    const auto out = tokenizer.tokenize(text.toStdString());
    QCOMPARE(piecesOf(out, *v), pieces);
    QCOMPARE(idsOf(out), ids);
}

void WordPieceTest::overLongWord()
{
    const auto v = bertVocabulary();
    const WordPieceTokenizer tokenizer(v);
    // 100 code points are still split (aaa + 48 × ##aa + ##a); 101 are one [UNK].
    const auto hundred = tokenizer.tokenize(repeated('a', 100));
    QCOMPARE(hundred.size(), std::size_t(50));
    QCOMPARE(hundred.front().id, 13360);
    QCOMPARE(hundred[1].id, 11057);
    QCOMPARE(hundred.back().id, 2050);
    const auto tooLong = tokenizer.tokenize(repeated('a', 101) + " cat");
    QCOMPARE(idsOf(tooLong), (QList<int> {100, 4937}));
    QCOMPARE(tooLong.front().begin, 0u);
    QCOMPARE(tooLong.front().end, 101u);
    // Counted in code points, not bytes: 60 × "é" is 120 bytes but 60 code points.
    std::string accents;
    for (int i = 0; i < 60; ++i)
        accents += "\xC3\xA9";
    QVERIFY(tokenizer.tokenize(accents).front().id != 100);
}

void WordPieceTest::offsetsPointIntoTheInput()
{
    const auto v = bertVocabulary();
    const WordPieceTokenizer tokenizer(v);
    const std::string text = "Déjà, 中国";
    const auto out = tokenizer.tokenize(text);
    QCOMPARE(out.size(), std::size_t(5));
    // "de" covers "Dé" (3 bytes), "##ja" covers "jà" (3 bytes), then ",", "中", "国".
    QCOMPARE(text.substr(out[0].begin, out[0].end - out[0].begin), std::string("Dé"));
    QCOMPARE(text.substr(out[1].begin, out[1].end - out[1].begin), std::string("jà"));
    QVERIFY(out[1].continuation && !out[0].continuation);
    QCOMPARE(text.substr(out[2].begin, out[2].end - out[2].begin), std::string(","));
    QVERIFY(out[2].punctuation);
    QCOMPARE(text.substr(out[3].begin, out[3].end - out[3].begin), std::string("中"));
    QCOMPARE(text.substr(out[4].begin, out[4].end - out[4].begin), std::string("国"));
}

void WordPieceTest::stopWordsAndPunctuationAreNotCounted()
{
    const auto v = bertVocabulary();
    const WordPieceTokenizer tokenizer(v);
    const std::string text = "The capital of France is Paris, isn't it?";
    // the capital of france is paris , isn ' t it ?  — "the", "of", "is", "t", "it" are stop words.
    const auto all = tokenizer.ids(text, false);
    QCOMPARE(all.size(), std::size_t(12));
    const auto counted = tokenizer.ids(text, true);
    // capital 3007, france 2605, paris 3000, isn 3475
    QCOMPARE(QList<std::int64_t>(counted.begin(), counted.end()), (QList<std::int64_t> {3007, 2605, 3000, 3475}));
}

void WordPieceTest::malformedVocabulary_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("duplicate") << QByteArray("[UNK]\nthe\n##s\nthe\n")
                               << "v.txt:4: word piece 'the' is already on line 2";
    QTest::newRow("empty line") << QByteArray("[UNK]\n\nthe\n")
                                << "v.txt:2: empty line; a vocabulary has one word piece per line";
    QTest::newRow("white space") << QByteArray("[UNK]\nthe cat\n")
                                 << "v.txt:2: word piece 'the cat' contains white space";
    QTest::newRow("invalid UTF-8") << QByteArray("[UNK]\nab\xFF\n") << "v.txt:2: not valid UTF-8 (byte 3 of the piece)";
    QTest::newRow("no [UNK]") << QByteArray("the\n##s\n")
                              << "v.txt: no [UNK] piece: a WordPiece vocabulary needs one for unknown words";
    QTest::newRow("empty file") << QByteArray()
                                << "v.txt: no [UNK] piece: a WordPiece vocabulary needs one for unknown words";
}

void WordPieceTest::malformedVocabulary()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    try {
        WordPieceVocabulary::fromVocabTxt(
            std::string_view(text.constData(), static_cast<std::size_t>(text.size())), "v.txt");
        QFAIL("no error");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.what()), error);
    }
}

void WordPieceTest::invalidUtf8Text()
{
    const WordPieceTokenizer tokenizer(bertVocabulary());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tokenizer.tokenize("ab\xC3"));
}

QTEST_GUILESS_MAIN(WordPieceTest)
#include "WordPieceTest.moc"
