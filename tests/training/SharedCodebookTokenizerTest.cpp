// The shared-codebook tokenizer on paired synthetic samples: 8 images of solid-colour quadrants
// (as VisualTokenizerTest's) and for each a description of three word pieces — a colour word
// (1000 + the colour of its top-left quadrant), a second word (2000 + the next colour) and one
// piece every description has (3000). The text side must learn to tell its 9 pieces apart
// through the codes (its decoder reconstructs the piece from the code alone), both modalities'
// codes must come from one codebook with sharing and from two without, CMCM must be on only with
// sharing, and a saved tokenizer must encode both modalities as the trained one does.

#include "training/SharedCodebookTokenizer.h"
#include "io/InputError.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <map>
#include <set>

using namespace tessera;

namespace {

constexpr int kSide = 32;
constexpr std::uint8_t kColours[4][3] = {{230, 30, 30}, {30, 200, 40}, {40, 60, 220}, {250, 250, 250}};

PairedTokenizerSamples samples()
{
    PairedTokenizerSamples out;
    for (int i = 0; i < 8; ++i) {
        std::vector<std::uint8_t> image(kSide * kSide * 3);
        for (int y = 0; y < kSide; ++y) {
            for (int x = 0; x < kSide; ++x) {
                const int quadrant = (y / 16) * 2 + x / 16;
                const auto* colour = kColours[(i + quadrant) % 4];
                for (int c = 0; c < 3; ++c)
                    image[static_cast<std::size_t>((y * kSide + x) * 3 + c)] = colour[c];
            }
        }
        out.images.push_back(std::move(image));
        out.textOfImage.push_back(i);
        out.texts.push_back({1000 + i % 4, 2000 + (i + 1) % 4, 3000});
    }
    return out;
}

std::vector<std::int32_t> pieces()
{
    return {1000, 1001, 1002, 1003, 2000, 2001, 2002, 2003, 3000};
}

SharedCodebookConfig smallConfig(bool shared)
{
    SharedCodebookConfig c;
    c.visual.imageSize = kSide;
    c.visual.patchSize = 16;
    c.visual.hidden = 32;
    c.visual.codebook.codes = 16;
    c.visual.codebook.dim = 4;
    c.visual.codebook.decay = 0.9;
    c.visual.codebook.deadAfter = 3;
    c.textHidden = 16;
    c.shared = shared;
    return c;
}

VisualTrainingOptions smallTraining(int epochs)
{
    VisualTrainingOptions o;
    o.epochs = epochs;
    o.batchSize = 4;
    o.learningRate = 5e-3;
    return o;
}

}  // namespace

class SharedCodebookTokenizerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sharedCodebookLearnsBothModalities();
    void separateCodebooksHaveNoCrossTerms();
    void sameSeedSameCodes();
    void savedTokenizerEncodesTheSame();
    void badFoldersAreNamed();
    void resumedTrainingEqualsAnUninterruptedOne();
};

void SharedCodebookTokenizerTest::sharedCodebookLearnsBothModalities()
{
    SharedCodebookTokenizer tokenizer(smallConfig(true), pieces(), 5);
    tokenizer.useDevice("cpu", 1);
    std::vector<SharedEpochReport> log;
    QVERIFY(
        tokenizer.train(samples(), smallTraining(200), {}, {}, [&](const SharedEpochReport& r) { log.push_back(r); }));
    QCOMPARE(log.size(), std::size_t(200));
    QVERIFY2(log.back().imageReconstruction < 0.7 * log.front().imageReconstruction,
        qPrintable(
            QStringLiteral("%1 -> %2").arg(log.front().imageReconstruction).arg(log.back().imageReconstruction)));
    QVERIFY2(log.back().textReconstruction < 0.35 * log.front().textReconstruction,
        qPrintable(QStringLiteral("%1 -> %2").arg(log.front().textReconstruction).arg(log.back().textReconstruction)));
    // Every image holds the same four colours, so CMCM cannot tell the batch's samples apart and
    // stays near its chance value 0.5 · ln 4; it must be on, though.
    QVERIFY(log.front().cmcm > 0.5);
    QVERIFY(log.back().visualUsed >= 1 && log.back().textUsed >= 1);
    QVERIFY(log.back().used <= 16);  // one codebook of 16 codes

    // One codebook: the text codes index the same table as the visual ones.
    QCOMPARE(&tokenizer.textCodebook(), &tokenizer.visualCodebook());
    const auto texts = tokenizer.encodeTexts(samples().texts);
    QCOMPARE(texts.size(), std::size_t(8));
    std::map<std::int32_t, std::set<std::int64_t>> codesOfPiece;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        QCOMPARE(texts[i].size(), std::size_t(3));
        for (std::size_t j = 0; j < 3; ++j) {
            QVERIFY(texts[i][j] >= 0 && texts[i][j] < 16);
            codesOfPiece[samples().texts[i][j]].insert(texts[i][j]);
        }
    }
    // The decoder reads a piece back from its code alone, so different colour words never share
    // a code.
    for (int a = 0; a < 4; ++a) {
        for (int b = a + 1; b < 4; ++b) {
            for (const std::int64_t code : codesOfPiece[1000 + a])
                QVERIFY2(!codesOfPiece[1000 + b].contains(code), qPrintable(QStringLiteral("code %1").arg(code)));
        }
    }
}

void SharedCodebookTokenizerTest::separateCodebooksHaveNoCrossTerms()
{
    SharedCodebookTokenizer tokenizer(smallConfig(false), pieces(), 5);
    tokenizer.useDevice("cpu", 1);
    std::vector<SharedEpochReport> log;
    QVERIFY(
        tokenizer.train(samples(), smallTraining(10), {}, {}, [&](const SharedEpochReport& r) { log.push_back(r); }));
    for (const SharedEpochReport& r : log)
        QCOMPARE(r.cmcm, 0.0);
    QVERIFY(&tokenizer.textCodebook() != &tokenizer.visualCodebook());
    QVERIFY(tokenizer.textCodebook() != tokenizer.visualCodebook());
    QCOMPARE(log.back().used, log.back().visualUsed + log.back().textUsed);
}

void SharedCodebookTokenizerTest::sameSeedSameCodes()
{
    SharedCodebookTokenizer a(smallConfig(true), pieces(), 9);
    SharedCodebookTokenizer b(smallConfig(true), pieces(), 9);
    a.useDevice("cpu", 1);
    b.useDevice("cpu", 1);
    QVERIFY(a.train(samples(), smallTraining(4), {}, {}, {}));
    QVERIFY(b.train(samples(), smallTraining(4), {}, {}, {}));
    QCOMPARE(a.visualCodebook(), b.visualCodebook());
    QCOMPARE(a.encodeTexts(samples().texts), b.encodeTexts(samples().texts));
}

void SharedCodebookTokenizerTest::savedTokenizerEncodesTheSame()
{
    for (const bool shared : {true, false}) {
        SharedCodebookTokenizer a(smallConfig(shared), pieces(), 3);
        a.useDevice("cpu", 1);
        QVERIFY(a.train(samples(), smallTraining(4), {}, {}, {}));
        QTemporaryDir dir;
        const std::string folder = dir.filePath(QStringLiteral("tok")).toStdString();
        a.save(folder);
        QVERIFY(SharedCodebookTokenizer::isSharedTokenizerFolder(folder));
        const SharedCodebookTokenizer b = SharedCodebookTokenizer::load(folder);
        QCOMPARE(b.config().shared, shared);
        QCOMPARE(b.visualCodebook(), a.visualCodebook());
        QCOMPARE(b.textCodebook(), a.textCodebook());
        QCOMPARE(b.encodeImages(samples().images), a.encodeImages(samples().images));
        QCOMPARE(b.encodeTexts(samples().texts), a.encodeTexts(samples().texts));
        // A piece the training graph never had reads as the unknown piece, and gets a code.
        const std::vector<std::vector<std::int32_t>> unknown {{99999, 1000}, {}};
        const auto codes = b.encodeTexts(unknown);
        QCOMPARE(codes[0].size(), std::size_t(2));
        QVERIFY(codes[1].empty());
    }
}

void SharedCodebookTokenizerTest::badFoldersAreNamed()
{
    SharedCodebookTokenizer a(smallConfig(true), pieces(), 3);
    QTemporaryDir dir;
    const std::string folder = dir.filePath(QStringLiteral("tok")).toStdString();
    a.save(folder);
    const std::string weights = folder + "/weights.safetensors";
    std::filesystem::resize_file(weights, std::filesystem::file_size(weights) / 2);
    try {
        (void)SharedCodebookTokenizer::load(folder);
        QFAIL("a truncated tokenizer loaded");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("weights.safetensors")), e.what());
    }
    QVERIFY(!SharedCodebookTokenizer::isSharedTokenizerFolder(dir.filePath(QStringLiteral("nothing")).toStdString()));
    std::filesystem::remove(folder + "/config.json");
    QVERIFY_THROWS_EXCEPTION(InputError, (void)SharedCodebookTokenizer::load(folder));
}

// Four epochs in one go, or two, saved, loaded and two more: the same codebooks and codes, bit for
// bit, for both settings — the optimizer's moments, the EMA sums and counts, the unused streaks
// and the reset's random state all survive the folder. A description without an image covers
// the text-only batches too, and resets happen after the resume, so their noise is checked.
void SharedCodebookTokenizerTest::resumedTrainingEqualsAnUninterruptedOne()
{
    PairedTokenizerSamples data = samples();
    data.texts.push_back({1001, 2003, 3000});
    for (const bool shared : {true, false}) {
        SharedCodebookTokenizer a(smallConfig(shared), pieces(), 5);
        a.useDevice("cpu", 1);
        std::int64_t resetsAfterResume = 0;
        QVERIFY(a.train(data, smallTraining(4), {}, {}, [&](const SharedEpochReport& r) {
            if (r.epoch > 2)
                resetsAfterResume += r.resets;
        }));
        QVERIFY2(resetsAfterResume > 0, shared ? "shared" : "separate");
        QCOMPARE(a.epochsTrained(), 4);

        SharedCodebookTokenizer b(smallConfig(shared), pieces(), 5);
        b.useDevice("cpu", 1);
        QVERIFY(b.train(data, smallTraining(2), {}, {}, {}));
        QTemporaryDir dir;
        const std::string folder = dir.filePath(QStringLiteral("tok")).toStdString();
        b.save(folder);
        SharedCodebookTokenizer c = SharedCodebookTokenizer::load(folder);
        QCOMPARE(c.epochsTrained(), 2);
        c.useDevice("cpu", 1);
        std::vector<int> epochs;
        QVERIFY(
            c.train(data, smallTraining(4), {}, {}, [&](const SharedEpochReport& r) { epochs.push_back(r.epoch); }));
        QCOMPARE(epochs, (std::vector<int> {3, 4}));
        QCOMPARE(c.visualCodebook(), a.visualCodebook());
        QCOMPARE(c.textCodebook(), a.textCodebook());
        QCOMPARE(c.encodeImages(data.images), a.encodeImages(data.images));
        QCOMPARE(c.encodeTexts(data.texts), a.encodeTexts(data.texts));
        // A total already reached trains nothing.
        SharedCodebookTokenizer d = SharedCodebookTokenizer::load(folder);
        QVERIFY(d.train(data, smallTraining(2), {}, {}, {}) && d.epochsTrained() == 2);  // nothing left to do
        QCOMPARE(d.visualCodebook(), b.visualCodebook());
    }
}

QTEST_GUILESS_MAIN(SharedCodebookTokenizerTest)
#include "SharedCodebookTokenizerTest.moc"
