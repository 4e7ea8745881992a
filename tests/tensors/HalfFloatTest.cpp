// F16 / BF16 <-> float on hand-computed values: exact widening, round-to-nearest-even narrowing
// (the ties are where implementations differ), subnormals, overflow, infinities and NaN; then every
// one of the 65536 bit patterns round-trips.
//
// The F16 expectations agree with numpy (np.float32(x).astype(np.float16).view(np.uint16)); the
// BF16 ones with the bit rule PyTorch uses, (bits + 0x7FFF + ((bits >> 16) & 1)) >> 16, computed
// in Python with struct.

#include "tensors/HalfFloat.h"

#include <QtTest>

#include <bit>
#include <cmath>
#include <limits>

using namespace tessera;

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr float kNan = std::numeric_limits<float>::quiet_NaN();

}  // namespace

class HalfFloatTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void halfToFloat_data();
    void halfToFloat();
    void floatToHalf_data();
    void floatToHalf();
    void bfloat16ToFloat_data();
    void bfloat16ToFloat();
    void floatToBfloat16_data();
    void floatToBfloat16();
    void nanStaysNan();
    void everyPatternRoundTrips();
};

void HalfFloatTest::halfToFloat_data()
{
    QTest::addColumn<quint16>("bits");
    QTest::addColumn<float>("value");
    QTest::newRow("one") << quint16(0x3C00) << 1.0F;
    QTest::newRow("minus two") << quint16(0xC000) << -2.0F;
    // 0x3555: exponent 13 (2^-2), mantissa 0x155 = 341: (1 + 341/1024) / 4.
    QTest::newRow("a third, rounded") << quint16(0x3555) << 0.333251953125F;
    QTest::newRow("largest") << quint16(0x7BFF) << 65504.0F;
    QTest::newRow("smallest subnormal") << quint16(0x0001) << 0x1p-24F;
    QTest::newRow("largest subnormal") << quint16(0x03FF) << 1023 * 0x1p-24F;
    QTest::newRow("smallest normal") << quint16(0x0400) << 0x1p-14F;
    QTest::newRow("infinity") << quint16(0x7C00) << kInf;
    QTest::newRow("minus infinity") << quint16(0xFC00) << -kInf;
}

void HalfFloatTest::halfToFloat()
{
    QFETCH(quint16, bits);
    QFETCH(float, value);
    QCOMPARE(std::bit_cast<quint32>(tessera::halfToFloat(bits)), std::bit_cast<quint32>(value));
}

void HalfFloatTest::floatToHalf_data()
{
    QTest::addColumn<float>("value");
    QTest::addColumn<quint16>("bits");
    QTest::newRow("one") << 1.0F << quint16(0x3C00);
    QTest::newRow("one plus one ulp") << 1.0F + 0x1p-10F << quint16(0x3C01);
    QTest::newRow("tie rounds down to even") << 1.0F + 0x1p-11F << quint16(0x3C00);
    QTest::newRow("tie rounds up to even") << 1.0F + 3 * 0x1p-11F << quint16(0x3C02);
    QTest::newRow("tenth") << 0.1F << quint16(0x2E66);
    QTest::newRow("third") << 1.0F / 3 << quint16(0x3555);
    QTest::newRow("minus zero") << -0.0F << quint16(0x8000);
    QTest::newRow("largest") << 65504.0F << quint16(0x7BFF);
    QTest::newRow("below the infinity midpoint") << 65519.0F << quint16(0x7BFF);
    QTest::newRow("infinity midpoint") << 65520.0F << quint16(0x7C00);
    QTest::newRow("overflow") << -1e6F << quint16(0xFC00);
    QTest::newRow("infinity") << kInf << quint16(0x7C00);
    QTest::newRow("carry into the exponent") << 2.0F - 0x1p-12F << quint16(0x4000);
    QTest::newRow("smallest normal") << 0x1p-14F << quint16(0x0400);
    QTest::newRow("largest subnormal") << 0x1p-14F - 0x1p-24F << quint16(0x03FF);
    QTest::newRow("subnormal tie rounds up into normal") << 0x1p-14F - 0x1p-25F << quint16(0x0400);
    QTest::newRow("smallest subnormal") << 0x1p-24F << quint16(0x0001);
    QTest::newRow("subnormal tie to even, up") << 3 * 0x1p-25F << quint16(0x0002);
    QTest::newRow("half the smallest subnormal: tie to zero") << 0x1p-25F << quint16(0x0000);
    QTest::newRow("just above that") << 1.5F * 0x1p-25F << quint16(0x0001);
    QTest::newRow("underflow") << -1e-8F << quint16(0x8000);
    QTest::newRow("float subnormal") << 1e-40F << quint16(0x0000);
}

void HalfFloatTest::floatToHalf()
{
    QFETCH(float, value);
    QFETCH(quint16, bits);
    QCOMPARE(quint16(tessera::floatToHalf(value)), bits);
}

void HalfFloatTest::bfloat16ToFloat_data()
{
    QTest::addColumn<quint16>("bits");
    QTest::addColumn<float>("value");
    QTest::newRow("one") << quint16(0x3F80) << 1.0F;
    QTest::newRow("minus three") << quint16(0xC040) << -3.0F;
    // 0x3EAB: exponent 125 (2^-2), mantissa 0x2B = 43: (1 + 43/128) / 4.
    QTest::newRow("a third, rounded") << quint16(0x3EAB) << 0.333984375F;
    QTest::newRow("a tenth, rounded") << quint16(0x3DCD) << 0.10009765625F;
    QTest::newRow("largest") << quint16(0x7F7F) << 0x1.FEp127F;
    QTest::newRow("smallest subnormal") << quint16(0x0001) << 0x1p-133F;
    QTest::newRow("minus infinity") << quint16(0xFF80) << -kInf;
}

void HalfFloatTest::bfloat16ToFloat()
{
    QFETCH(quint16, bits);
    QFETCH(float, value);
    QCOMPARE(std::bit_cast<quint32>(tessera::bfloat16ToFloat(bits)), std::bit_cast<quint32>(value));
}

void HalfFloatTest::floatToBfloat16_data()
{
    QTest::addColumn<float>("value");
    QTest::addColumn<quint16>("bits");
    QTest::newRow("one") << 1.0F << quint16(0x3F80);
    QTest::newRow("tie rounds down to even") << 1.0F + 0x1p-8F << quint16(0x3F80);
    QTest::newRow("tie rounds up to even") << 1.0F + 3 * 0x1p-8F << quint16(0x3F82);
    QTest::newRow("tenth") << 0.1F << quint16(0x3DCD);
    QTest::newRow("third") << 1.0F / 3 << quint16(0x3EAB);
    QTest::newRow("minus three") << -3.0F << quint16(0xC040);
    QTest::newRow("largest") << 0x1.FEp127F << quint16(0x7F7F);
    QTest::newRow("rounds to infinity") << 3.4e38F << quint16(0x7F80);
    QTest::newRow("minus infinity") << -kInf << quint16(0xFF80);
    QTest::newRow("minus zero") << -0.0F << quint16(0x8000);
}

void HalfFloatTest::floatToBfloat16()
{
    QFETCH(float, value);
    QFETCH(quint16, bits);
    QCOMPARE(quint16(tessera::floatToBfloat16(value)), bits);
}

void HalfFloatTest::nanStaysNan()
{
    QVERIFY(std::isnan(tessera::halfToFloat(0x7E00)));
    QVERIFY(std::isnan(tessera::halfToFloat(0xFC01)));
    QVERIFY(std::isnan(tessera::bfloat16ToFloat(0x7FC0)));
    // A NaN whose payload sits only in the bits that narrowing drops must not become infinity.
    const float lowPayloadNan = std::bit_cast<float>(quint32(0x7F800001));
    QVERIFY(std::isnan(tessera::halfToFloat(tessera::floatToHalf(lowPayloadNan))));
    QVERIFY(std::isnan(tessera::bfloat16ToFloat(tessera::floatToBfloat16(lowPayloadNan))));
    QVERIFY(std::isnan(tessera::halfToFloat(tessera::floatToHalf(-kNan))));
    QVERIFY(std::signbit(tessera::halfToFloat(tessera::floatToHalf(-kNan))));
}

void HalfFloatTest::everyPatternRoundTrips()
{
    int checked = 0;
    for (quint32 bits = 0; bits <= 0xFFFFU; ++bits) {
        const auto pattern = quint16(bits);
        const float half = tessera::halfToFloat(pattern);
        if (!std::isnan(half)) {
            QCOMPARE(quint16(tessera::floatToHalf(half)), pattern);
            ++checked;
        }
        const float brain = tessera::bfloat16ToFloat(pattern);
        if (!std::isnan(brain))
            QCOMPARE(quint16(tessera::floatToBfloat16(brain)), pattern);
    }
    // 2 * 1023 NaN patterns (both signs, exponent 31, non-zero mantissa).
    QCOMPARE(checked, 65536 - 2 * 1023);
}

QTEST_GUILESS_MAIN(HalfFloatTest)
#include "HalfFloatTest.moc"
