// The learned VQ tokenizer on synthetic images whose patches are solid colours: 32 px images with
// 16 px patches (a 2 × 2 grid), each patch one of four colours. The encoder is patch-local
// (kernels equal strides), so equal patches must get equal codes; after training with dead-code
// reset the four colours must get four different codes and the reconstruction must improve.

#include "training/VisualTokenizer.h"
#include "io/InputError.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <set>

using namespace tessera;

namespace {

constexpr int kSide = 32;
constexpr std::uint8_t kColours[4][3] = {{230, 30, 30}, {30, 200, 40}, {40, 60, 220}, {250, 250, 250}};

// Image i: quadrant q coloured kColours[(i + q) % 4] (quadrants row by row).
std::vector<std::vector<std::uint8_t>> images()
{
    std::vector<std::vector<std::uint8_t>> out;
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
        out.push_back(std::move(image));
    }
    return out;
}

VisualTokenizerConfig smallConfig()
{
    VisualTokenizerConfig c;
    c.imageSize = kSide;
    c.patchSize = 16;
    c.hidden = 16;
    c.codebook.codes = 8;
    c.codebook.dim = 4;
    c.codebook.decay = 0.9;
    c.codebook.deadAfter = 3;
    return c;
}

VisualTrainingOptions smallTraining()
{
    VisualTrainingOptions o;
    o.epochs = 60;
    o.batchSize = 4;
    o.learningRate = 5e-3;
    return o;
}

}  // namespace

class VisualTokenizerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void learnsOneCodePerColour();
    void sameSeedSameCodebook();
    void savedTokenizerEncodesTheSame();
    void truncatedWeightsAreNamed();
    void badShapesAreRefused();
    void resumedTrainingEqualsAnUninterruptedOne();
    void withoutEmaTheCodebookLossMovesTheCodes();
};

void VisualTokenizerTest::learnsOneCodePerColour()
{
    VisualTokenizer tokenizer(smallConfig(), 7);
    tokenizer.useDevice("cpu", 1);
    std::vector<VisualEpochReport> log;
    QVERIFY(tokenizer.train(images(), smallTraining(), {}, {}, [&](const VisualEpochReport& r) { log.push_back(r); }));
    QCOMPARE(log.size(), std::size_t(60));
    QVERIFY2(log.back().reconstruction < 0.5 * log.front().reconstruction,
        qPrintable(QStringLiteral("%1 -> %2").arg(log.front().reconstruction).arg(log.back().reconstruction)));
    std::int64_t resets = 0;
    for (const auto& r : log)
        resets += r.resets;
    QVERIFY(resets > 0);  // with 8 codes and 4 colours, codes do go unused

    const auto grids = tokenizer.encode(images());
    QCOMPARE(grids.size(), std::size_t(8));
    std::map<int, std::set<std::int64_t>> codesOfColour;
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(grids[static_cast<std::size_t>(i)].size(), std::size_t(4));
        for (int q = 0; q < 4; ++q)
            codesOfColour[(i + q) % 4].insert(grids[static_cast<std::size_t>(i)][static_cast<std::size_t>(q)]);
    }
    std::set<std::int64_t> distinct;
    for (const auto& [colour, codes] : codesOfColour) {
        QCOMPARE(codes.size(), std::size_t(1));  // equal patches, equal codes
        distinct.insert(*codes.begin());
    }
    QCOMPARE(distinct.size(), std::size_t(4));  // and the four colours told apart
    // The epoch's statistics count what it assigned: at most 4 colours' worth of codes can be
    // needed, but resets mid-epoch can move a colour to a fresh code, so between 4 and 8 are used.
    QVERIFY(log.back().perplexity >= 1.0 && log.back().perplexity <= 8.0);
    QVERIFY(log.back().dead <= 4);
}

void VisualTokenizerTest::sameSeedSameCodebook()
{
    VisualTrainingOptions o = smallTraining();
    o.epochs = 5;
    VisualTokenizer a(smallConfig(), 11);
    VisualTokenizer b(smallConfig(), 11);
    a.useDevice("cpu", 1);
    b.useDevice("cpu", 1);
    QVERIFY(a.train(images(), o, {}, {}, {}));
    QVERIFY(b.train(images(), o, {}, {}, {}));
    QCOMPARE(a.codebook(), b.codebook());
    VisualTokenizer c(smallConfig(), 12);
    c.useDevice("cpu", 1);
    QVERIFY(c.train(images(), o, {}, {}, {}));
    QVERIFY(a.codebook() != c.codebook());
}

void VisualTokenizerTest::savedTokenizerEncodesTheSame()
{
    VisualTrainingOptions o = smallTraining();
    o.epochs = 5;
    VisualTokenizer a(smallConfig(), 3);
    a.useDevice("cpu", 1);
    QVERIFY(a.train(images(), o, {}, {}, {}));
    QTemporaryDir dir;
    const std::string folder = dir.filePath(QStringLiteral("tok")).toStdString();
    a.save(folder);
    QVERIFY(std::filesystem::exists(folder + "/config.json"));
    const VisualTokenizer b = VisualTokenizer::load(folder);
    QCOMPARE(b.config().codebook.codes, std::int64_t(8));
    QCOMPARE(b.config().grid(), 2);
    QCOMPARE(b.codebook(), a.codebook());
    QCOMPARE(b.encode(images()), a.encode(images()));
}

void VisualTokenizerTest::truncatedWeightsAreNamed()
{
    VisualTokenizer a(smallConfig(), 3);
    QTemporaryDir dir;
    const std::string folder = dir.filePath(QStringLiteral("tok")).toStdString();
    a.save(folder);
    const std::string weights = folder + "/weights.safetensors";
    const auto size = std::filesystem::file_size(weights);
    std::filesystem::resize_file(weights, size / 2);
    try {
        (void)VisualTokenizer::load(folder);
        QFAIL("a truncated tokenizer loaded");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("weights.safetensors")), e.what());
    }
    std::filesystem::remove(folder + "/config.json");
    QVERIFY_THROWS_EXCEPTION(InputError, (void)VisualTokenizer::load(folder));
}

void VisualTokenizerTest::badShapesAreRefused()
{
    VisualTokenizerConfig c = smallConfig();
    c.patchSize = 10;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, c.validate());
    c = smallConfig();
    c.imageSize = 40;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, c.validate());
    VisualTokenizer t(smallConfig(), 1);
    std::vector<std::vector<std::uint8_t>> wrong {std::vector<std::uint8_t>(10)};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)t.encode(wrong));
}

// Four epochs in one go, and two epochs, a save, a load and two more: the same codebook to the
// last bit, because the epochs keep their numbers (shuffle and seeds), the optimizer's moments
// are saved, and so is the reset's random engine (dead-after 3 with 8 codes: resets happen in
// both halves).
void VisualTokenizerTest::resumedTrainingEqualsAnUninterruptedOne()
{
    VisualTrainingOptions whole = smallTraining();
    whole.epochs = 4;
    VisualTokenizer a(smallConfig(), 5);
    a.useDevice("cpu", 1);
    std::int64_t resetsAfterResume = 0;
    QVERIFY(a.train(images(), whole, {}, {}, [&](const VisualEpochReport& r) {
        if (r.epoch > 2)
            resetsAfterResume += r.resets;
    }));
    QVERIFY(resetsAfterResume > 0);
    QCOMPARE(a.epochsTrained(), 4);

    VisualTrainingOptions half = whole;
    half.epochs = 2;
    VisualTokenizer b(smallConfig(), 5);
    b.useDevice("cpu", 1);
    QVERIFY(b.train(images(), half, {}, {}, {}));
    QTemporaryDir dir;
    const std::string folder = dir.filePath(QStringLiteral("tok")).toStdString();
    b.save(folder);
    VisualTokenizer c = VisualTokenizer::load(folder);
    QCOMPARE(c.epochsTrained(), 2);
    c.useDevice("cpu", 1);
    std::vector<int> epochs;
    QVERIFY(c.train(images(), whole, {}, {}, [&](const VisualEpochReport& r) { epochs.push_back(r.epoch); }));
    QCOMPARE(epochs, (std::vector<int> {3, 4}));
    QCOMPARE(c.codebook(), a.codebook());
    QCOMPARE(c.encode(images()), a.encode(images()));
}

// With EMA off the codes are a parameter of the codebook loss ||sg(z) − e||²: it is reported,
// the codes leave their initial ±1/K values, and the setting survives save and load.
void VisualTokenizerTest::withoutEmaTheCodebookLossMovesTheCodes()
{
    VisualTokenizerConfig config = smallConfig();
    config.codebook.ema = false;
    VisualTokenizer a(config, 9);
    a.useDevice("cpu", 1);
    const std::vector<float> initial = a.codebook();
    std::vector<VisualEpochReport> log;
    VisualTrainingOptions o = smallTraining();
    o.epochs = 20;
    QVERIFY(a.train(images(), o, {}, {}, [&](const VisualEpochReport& r) { log.push_back(r); }));
    QVERIFY(log.front().codebookLoss > 0);
    QVERIFY2(log.back().codebookLoss < log.front().codebookLoss,
        qPrintable(QStringLiteral("%1 -> %2").arg(log.front().codebookLoss).arg(log.back().codebookLoss)));
    QCOMPARE(log.back().loss, log.back().reconstruction + log.back().commitmentLoss + log.back().codebookLoss);
    float moved = 0;
    for (std::size_t i = 0; i < initial.size(); ++i)
        moved = std::max(moved, std::abs(a.codebook()[i] - initial[i]));
    QVERIFY(moved > 0.05f);  // ±1/8 at the start; the encoder's outputs are of order 1
    QTemporaryDir dir;
    const std::string folder = dir.filePath(QStringLiteral("tok")).toStdString();
    a.save(folder);
    QVERIFY(!VisualTokenizer::load(folder).config().codebook.ema);

    // With EMA on, the same run reports no codebook loss.
    VisualTokenizer b(smallConfig(), 9);
    b.useDevice("cpu", 1);
    std::vector<VisualEpochReport> emaLog;
    o.epochs = 2;
    QVERIFY(b.train(images(), o, {}, {}, [&](const VisualEpochReport& r) { emaLog.push_back(r); }));
    QCOMPARE(emaLog.back().codebookLoss, 0.0);
}

QTEST_GUILESS_MAIN(VisualTokenizerTest)
#include "VisualTokenizerTest.moc"
