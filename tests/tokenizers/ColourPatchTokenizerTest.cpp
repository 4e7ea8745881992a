// ColourPatchTokenizer: patch colours on hand-made images and on a real flag of the demo graph,
// with the expected codes worked out from the colour values (code = r*16 + g*4 + b, 4 levels).

#include "tokenizers/ColourPatchTokenizer.h"
#include "media/ImageLoader.h"

#include <QTest>

#include <opencv2/core.hpp>

#include <stdexcept>

using namespace tessera;

class ColourPatchTokenizerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void halvesGiveTheirColourCodes();
    void transparentPixelsCountAsWhite();
    void greyImagesAreRead();
    void frenchFlagIsBlueWhiteRed();
    void tableHasLabColumnsAndAZeroPadRow();
    void badInputIsRefused();
};

void ColourPatchTokenizerTest::halvesGiveTheirColourCodes()
{
    // Left half pure red, right half pure blue (OpenCV stores BGR).
    cv::Mat image(28, 28, CV_8UC3, cv::Scalar(255, 0, 0));
    image(cv::Rect(0, 0, 14, 28)).setTo(cv::Scalar(0, 0, 255));
    const ColourPatchTokenizer tokenizer(ColourPatchOptions {2, 4});
    QCOMPARE(tokenizer.codeCount(), std::int64_t {64});
    // red: r bin 3, g 0, b 0 = 48; blue: r 0, g 0, b 3 = 3.
    QCOMPARE(tokenizer.tokenize(image), (std::vector<std::int64_t> {48, 3, 48, 3}));
}

void ColourPatchTokenizerTest::transparentPixelsCountAsWhite()
{
    cv::Mat image(10, 10, CV_8UC4, cv::Scalar(0, 0, 0, 0));        // black but fully transparent
    image(cv::Rect(0, 0, 5, 10)).setTo(cv::Scalar(0, 0, 0, 255));  // left half opaque black
    const ColourPatchTokenizer tokenizer(ColourPatchOptions {2, 2});
    // 2 levels: black = 0, white = (1*2 + 1)*2 + 1 = 7.
    QCOMPARE(tokenizer.tokenize(image), (std::vector<std::int64_t> {0, 7, 0, 7}));
}

void ColourPatchTokenizerTest::greyImagesAreRead()
{
    const cv::Mat grey(8, 8, CV_8UC1, cv::Scalar(200));  // 200/255 = 0.78 -> bin 3 of 4 on every channel
    const ColourPatchTokenizer tokenizer(ColourPatchOptions {1, 4});
    QCOMPARE(tokenizer.tokenize(grey), (std::vector<std::int64_t> {63}));
}

void ColourPatchTokenizerTest::frenchFlagIsBlueWhiteRed()
{
    // The demo's flag of France: stripes (0,35,149), white and (237,41,57), a third of the width each.
    const auto decoded = loadImage(TESSERA_SOURCE_DIR "/resources/demo/countries/images/flags/fr.png");
    QVERIFY(std::holds_alternative<DecodedImage>(decoded));
    const ColourPatchTokenizer tokenizer(ColourPatchOptions {3, 4});
    // blue: bins (0, 0, 2) = 2; white = 63; red: bins (3, 0, 0) = 48.
    const std::vector<std::int64_t> row {2, 63, 48};
    std::vector<std::int64_t> expected;
    for (int y = 0; y < 3; ++y)
        expected.insert(expected.end(), row.begin(), row.end());
    QCOMPARE(tokenizer.tokenize(std::get<DecodedImage>(decoded).bgra), expected);
}

void ColourPatchTokenizerTest::tableHasLabColumnsAndAZeroPadRow()
{
    const ColourPatchTokenizer tokenizer;
    const std::vector<float> table = tokenizer.embeddingTable(32);
    QCOMPARE(table.size(), std::size_t {65 * 32});
    // Code 63 (centre 0.875 on every channel) is a light neutral grey: L = 116 f(Y) - 16 with
    // Y = ((0.875 + 0.055) / 1.055)^2.4 = 0.7379, so L = 88.9; a and b are 0 for a neutral colour.
    QVERIFY(std::abs(table[63 * 32] - 0.889F) < 0.002F);
    QVERIFY(std::abs(table[63 * 32 + 1]) < 0.002F);
    QVERIFY(std::abs(table[63 * 32 + 2]) < 0.002F);
    // Code 48 (red) has a large positive a (red-green axis).
    QVERIFY(table[48 * 32 + 1] > 0.5F);
    for (int c = 0; c < 32; ++c)
        QCOMPARE(table[64 * 32 + static_cast<std::size_t>(c)], 0.0F);
    QCOMPARE(tokenizer.embeddingTable(32), table);  // seeded: the same table every time
}

void ColourPatchTokenizerTest::badInputIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ColourPatchTokenizer(ColourPatchOptions {0, 4}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ColourPatchTokenizer(ColourPatchOptions {14, 1}));
    const ColourPatchTokenizer tokenizer;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tokenizer.tokenize(cv::Mat()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tokenizer.tokenize(cv::Mat(4, 4, CV_32FC3)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tokenizer.embeddingTable(2));
}

QTEST_APPLESS_MAIN(ColourPatchTokenizerTest)
#include "ColourPatchTokenizerTest.moc"
