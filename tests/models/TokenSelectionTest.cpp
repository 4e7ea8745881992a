// Token selection reproduces the reference's per-entity token rows: the fixture's raw token lists
// go through selectTopTokens and must give exactly the ids and masks the reference stored.

#include "models/mygo/TokenSelection.h"
#include "tensors/SafetensorsFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tessera;

class TokenSelectionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handWorkedCases();
    void reproducesReferenceRows_data();
    void reproducesReferenceRows();
};

void TokenSelectionTest::handWorkedCases()
{
    // 7 ×3, 2 ×2, 9 ×2 (9 seen after 2), 5 ×1: top three are 7, 2, 9 → ascending 2, 7, 9.
    const std::vector<std::int64_t> raw {9, 7, 2, 7, 5, 2, 7, 9};
    SelectedTokens three = selectTopTokens(raw, 3, 99);
    QCOMPARE(three.ids, (std::vector<std::int64_t> {2, 7, 9}));
    QCOMPARE(three.mask, (std::vector<std::uint8_t> {0, 0, 0}));
    // Two slots: tie between 2 and 9 (twice each) goes to the first seen, 9.
    SelectedTokens two = selectTopTokens(raw, 2, 99);
    QCOMPARE(two.ids, (std::vector<std::int64_t> {7, 9}));
    // Fewer distinct tokens than slots: padded and masked.
    SelectedTokens padded = selectTopTokens(std::vector<std::int64_t> {4, 4}, 3, 99);
    QCOMPARE(padded.ids, (std::vector<std::int64_t> {4, 99, 99}));
    QCOMPARE(padded.mask, (std::vector<std::uint8_t> {0, 1, 1}));
    // No image at all.
    SelectedTokens none = selectTopTokens({}, 2, 8191);
    QCOMPARE(none.ids, (std::vector<std::int64_t> {8191, 8191}));
    QCOMPARE(none.mask, (std::vector<std::uint8_t> {1, 1}));
}

void TokenSelectionTest::reproducesReferenceRows_data()
{
    QTest::addColumn<QString>("modality");
    QTest::addColumn<QString>("indexTensor");
    QTest::addColumn<QString>("maskTensor");
    QTest::addColumn<int>("slots");
    QTest::addColumn<int>("padId");
    QTest::newRow("visual") << QStringLiteral("visual") << QStringLiteral("visual_token_index")
                            << QStringLiteral("visual_key_mask") << 4 << 8191;
    QTest::newRow("text") << QStringLiteral("textual") << QStringLiteral("text_token_index")
                          << QStringLiteral("text_key_mask") << 3 << 95;
}

void TokenSelectionTest::reproducesReferenceRows()
{
    QFETCH(QString, modality);
    QFETCH(QString, indexTensor);
    QFETCH(QString, maskTensor);
    QFETCH(int, slots);
    QFETCH(int, padId);
    const QString dir = QStringLiteral(TESSERA_SHARED_DIR "/fixtures/mygo-small");
    QFile rawFile(dir + QStringLiteral("/raw_tokens.json"));
    if (!rawFile.open(QIODevice::ReadOnly))
        QSKIP("../shared/fixtures/mygo-small is not present on this machine");
    const QJsonObject raw = QJsonDocument::fromJson(rawFile.readAll()).object()[modality].toObject();
    const SafetensorsFile inputs = SafetensorsFile::open((dir + QStringLiteral("/inputs.safetensors")).toStdString());
    const auto ids = inputs.toInt64(indexTensor.toStdString());
    const auto mask = inputs.toInt64(maskTensor.toStdString());
    int entitiesWithoutTokens = 0;
    for (int e = 0; e < 40; ++e) {
        std::vector<std::int64_t> tokens;
        const QJsonValue list = raw.value(QStringLiteral("E%1").arg(e));
        if (list.isUndefined())
            ++entitiesWithoutTokens;
        for (const QJsonValue& v : list.toArray())
            tokens.push_back(v.toInteger());
        const SelectedTokens selected = selectTopTokens(tokens, slots, padId);
        for (int s = 0; s < slots; ++s) {
            const auto at = static_cast<std::size_t>(e * slots + s);
            QCOMPARE(selected.ids[static_cast<std::size_t>(s)], ids[at]);
            QCOMPARE(static_cast<std::int64_t>(selected.mask[static_cast<std::size_t>(s)]), mask[at]);
        }
    }
    // The fixture README: entities 3, 17, 28 and 35 have no image; every entity has text.
    QCOMPARE(entitiesWithoutTokens, modality == QLatin1String("visual") ? 4 : 0);
}

QTEST_GUILESS_MAIN(TokenSelectionTest)
#include "TokenSelectionTest.moc"
