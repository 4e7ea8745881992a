// Token files for training: entity keys are the graph's, ids index the frozen table, and the
// most frequent ids of each entity fill its slots. Bad entries name the file and the entry.

#include "inference/MygoTokenLoader.h"
#include "graph/KnowledgeGraphBuilder.h"
#include "io/InputError.h"
#include "tensors/SafetensorsWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class MygoTokenLoaderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selectsMostFrequentPerEntity();
    void badEntriesAreNamed_data();
    void badEntriesAreNamed();

private:
    void writeTokens(const QByteArray& json);
    QTemporaryDir dir_;
    std::shared_ptr<const KnowledgeGraph> graph_;
    TokenSource source_;
};

void MygoTokenLoaderTest::initTestCase()
{
    KnowledgeGraphBuilder builder;
    for (const char* key : {"a", "b", "c"}) {
        Entity e;
        e.key = key;
        builder.addEntity(e);
    }
    builder.addRelation(Relation {"r", "", ""});
    builder.addTriple(Split::Train, {0, 0, 1});
    graph_ = builder.build();
    // A 5-row table of width 2; row 4 is the pad row.
    SafetensorsWriter writer;
    const std::vector<float> table(10, 0.5F);
    writer.add("codebook", {5, 2}, std::span<const float>(table));
    writer.write(dir_.filePath(QStringLiteral("table.safetensors")).toStdString());
    source_.tableFile = dir_.filePath(QStringLiteral("table.safetensors")).toStdString();
    source_.tokensJson = dir_.filePath(QStringLiteral("tokens.json")).toStdString();
    source_.slots = 2;
}

void MygoTokenLoaderTest::writeTokens(const QByteArray& json)
{
    QFile file(QString::fromStdString(source_.tokensJson));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
}

void MygoTokenLoaderTest::selectsMostFrequentPerEntity()
{
    writeTokens(R"({"a": [3, 1, 3, 2, 1, 3], "c": [2]})");
    const MygoTokenInputs inputs = loadMygoTokens(*graph_, source_, std::nullopt, 2, 768);
    QCOMPARE(inputs.visualTable.shape, (std::vector<std::int64_t> {5, 2}));
    // a: 3 ×3, 1 ×2 → {1, 3}; b: no entry → padded; c: {2, pad}.
    QCOMPARE(inputs.visualIndex, (std::vector<std::int64_t> {1, 3, 4, 4, 2, 4}));
    QCOMPARE(inputs.visualMask, (std::vector<std::uint8_t> {0, 0, 1, 1, 0, 1}));
    // No text source: structure and image only, zero text slots.
    QVERIFY(inputs.textIndex.empty());
    QCOMPARE(inputs.textTable.shape, (std::vector<std::int64_t> {1, 768}));
}

void MygoTokenLoaderTest::badEntriesAreNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown entity") << QByteArray(R"({"zz": [1]})")
                                    << QStringLiteral("entry 'zz': no entity with this key");
    QTest::newRow("id outside the table")
        << QByteArray(R"({"a": [1, 5]})") << QStringLiteral("entry 'a': token id 5 is outside the table");
    QTest::newRow("negative id") << QByteArray(R"({"b": [-1]})")
                                 << QStringLiteral("entry 'b': token id -1 is outside the table");
    QTest::newRow("not a list") << QByteArray(R"({"a": 3})")
                                << QStringLiteral("entry 'a': expected a list of token ids");
    QTest::newRow("not integers") << QByteArray(R"({"a": ["x"]})")
                                  << QStringLiteral("entry 'a': token ids must be integers");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("expected a JSON object");
    // A trailing comma: the parser stops at the ']' on line 3.
    QTest::newRow("malformed JSON") << QByteArray("{\"a\": [1,\n 2,\n ]}")
                                    << QStringLiteral("tokens.json:3: malformed JSON: ");
    // Regression (fuzz_entity_tokens): a number that overflows a double threw past the reader.
    QTest::newRow("number overflow") << QByteArray(R"({"a": [1e400]})")
                                     << QStringLiteral("tokens.json: unreadable JSON");
}

void MygoTokenLoaderTest::badEntriesAreNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    writeTokens(json);
    try {
        (void)loadMygoTokens(*graph_, source_, std::nullopt);
        QFAIL("a bad token file was accepted");
    } catch (const InputError& error) {
        const QString message = QString::fromStdString(error.what());
        QVERIFY2(message.contains(QStringLiteral("tokens.json")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(MygoTokenLoaderTest)
#include "MygoTokenLoaderTest.moc"
