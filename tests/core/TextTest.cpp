// UTF-8 validation and search folding: the two text primitives every reader and the name
// search stand on.

#include "text/SearchFolding.h"
#include "text/Utf8.h"

#include <QTest>

using namespace tessera;

class TextTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findInvalid_data();
    void findInvalid();
    void decodeRoundTrip();
    void fold_data();
    void fold();
    void cjkClassification();
};

void TextTest::findInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("expected");  // -1 = valid
    QTest::newRow("ascii") << QByteArray("hello") << qint64(-1);
    QTest::newRow("chinese") << QByteArray("\xE6\xB3\x95\xE5\x9B\xBD") << qint64(-1);  // 法国
    QTest::newRow("emoji") << QByteArray("a\xF0\x9F\x87\xAB") << qint64(-1);
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << qint64(2);
    QTest::newRow("bad second byte") << QByteArray("x\xC3\x28") << qint64(1);
    QTest::newRow("0xFF") << QByteArray("\xFF") << qint64(0);
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << qint64(0);
    QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << qint64(0);
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << qint64(0);
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qint64(0);
    QTest::newRow("truncated at end") << QByteArray("ok\xE6\xB3") << qint64(2);
}

void TextTest::findInvalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, expected);
    const std::size_t at
        = utf8::findInvalid(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (expected < 0)
        QCOMPARE(at, utf8::kInvalidOffset);
    else
        QCOMPARE(static_cast<qint64>(at), expected);
}

void TextTest::decodeRoundTrip()
{
    const std::u32string points = {U'A', U'é', U'法', 0x1F1EB, U'ß'};
    std::string encoded;
    for (const char32_t cp : points)
        utf8::append(encoded, cp);
    QCOMPARE(utf8::findInvalid(encoded), utf8::kInvalidOffset);
    QCOMPARE(utf8::length(encoded), points.size());
    std::size_t pos = 0;
    for (const char32_t cp : points)
        QCOMPARE(static_cast<quint32>(utf8::decodeNext(encoded, pos)), static_cast<quint32>(cp));
    QCOMPARE(pos, encoded.size());
}

void TextTest::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case") << QStringLiteral("FRANCE") << QStringLiteral("france");
    QTest::newRow("accents") << QStringLiteral("Côte d'Ivoire") << QStringLiteral("cote d'ivoire");
    QTest::newRow("underscore and runs of space")
        << QStringLiteral("  Kim__Dae-jung ") << QStringLiteral("kim dae-jung");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("o with stroke") << QStringLiteral("Ørsted") << QStringLiteral("orsted");
    QTest::newRow("l with stroke") << QStringLiteral("Łódź") << QStringLiteral("lodz");
    QTest::newRow("ligature") << QStringLiteral("Æsir") << QStringLiteral("aesir");
    QTest::newRow("romanian comma") << QStringLiteral("Timișoara") << QStringLiteral("timisoara");
    QTest::newRow("combining acute") << QStringLiteral("Cafe\u0301") << QStringLiteral("cafe");
    QTest::newRow("greek") << QStringLiteral("Ελλάδα") << QStringLiteral("ελλαδα");
    QTest::newRow("cyrillic") << QStringLiteral("Россия") << QStringLiteral("россия");
    QTest::newRow("chinese unchanged") << QStringLiteral("中华人民共和国") << QStringLiteral("中华人民共和国");
    QTest::newRow("full-width latin") << QStringLiteral("ＡＢＣ１") << QStringLiteral("abc1");
    QTest::newRow("ideographic space") << QStringLiteral("北京\u3000市") << QStringLiteral("北京 市");
    QTest::newRow("control chars are spaces") << QStringLiteral("a\tb\nc") << QStringLiteral("a b c");
}

void TextTest::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(foldForSearch(input.toStdString())), expected);
}

void TextTest::cjkClassification()
{
    QVERIFY(utf8::isCjk(U'法'));
    QVERIFY(utf8::isCjk(U'の'));
    QVERIFY(utf8::isCjk(U'한'));
    QVERIFY(!utf8::isCjk(U'a'));
    QVERIFY(!utf8::isCjk(U'é'));
    QVERIFY(!utf8::isCjk(U'Ж'));
}

QTEST_APPLESS_MAIN(TextTest)
#include "TextTest.moc"
