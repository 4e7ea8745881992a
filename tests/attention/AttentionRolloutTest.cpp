// Attention rollout, head selection and fusion, and [CLS]'s shares per modality on a hand-made
// [2 layers, 2 entities, 2 heads, 3, 3] array; entity 0 holds other numbers, so that reading the
// wrong entity shows. The expected rollouts were multiplied out in exact fractions:
//   mean: Â0 = [[3/4, 1/4, 0], [1/8, 5/8, 1/4], [5/16, 1/16, 5/8]],
//         Â1 = [[5/8, 0, 3/8], [0, 7/8, 1/8], [3/8, 1/8, 1/2]], R = Â1·Â0;
//   max:  rows of 0.5·max + 0.5·I divided by their sums (3/2, 3/2, 11/8 in layer 0).

#include "attention/AttentionRollout.h"
#include "attention/EntityTokenLayout.h"

#include <QtTest>

#include <stdexcept>

using namespace tessera;

namespace {

using Map = std::vector<std::vector<float>>;

FloatArray attention()
{
    const Map l0h0 {{1, 0, 0}, {0.5F, 0.5F, 0}, {0.25F, 0.25F, 0.5F}};
    const Map l0h1 {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}};
    const Map l1h0 {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}};
    const Map l1h1 {{0.5F, 0, 0.5F}, {0, 0.5F, 0.5F}, {0.5F, 0.5F, 0}};
    const Map other {{0.2F, 0.3F, 0.5F}, {0.2F, 0.3F, 0.5F}, {0.2F, 0.3F, 0.5F}};
    FloatArray a;
    a.shape = {2, 2, 2, 3, 3};
    for (const Map* layerHead : {&other, &other, &l0h0, &l0h1, &other, &other, &l1h0, &l1h1}) {
        for (const auto& row : *layerHead)
            a.values.insert(a.values.end(), row.begin(), row.end());
    }
    return a;
}

void compareMap(const FloatArray& got, const std::vector<double>& expected)
{
    QCOMPARE(got.shape, (std::vector<std::int64_t> {3, 3}));
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(std::abs(got.values[i] - expected[i]) < 1e-6,
            qPrintable(QStringLiteral("cell %1: %2, expected %3").arg(i).arg(got.values[i]).arg(expected[i])));
}

}  // namespace

class AttentionRolloutTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headIsTheEntitysMap();
    void rolloutWithMeanFusion();
    void rolloutWithMaxFusion();
    void clsSharesFollowTheTokenLayout();
    void badShapesAreRefused();
};

void AttentionRolloutTest::headIsTheEntitysMap()
{
    compareMap(attentionHead(attention(), 1, 1, 1), {0.5, 0, 0.5, 0, 0.5, 0.5, 0.5, 0.5, 0});
    compareMap(attentionHead(attention(), 0, 1, 1), {0.2, 0.3, 0.5, 0.2, 0.3, 0.5, 0.2, 0.3, 0.5});
    compareMap(fusedHeads(attention(), 1, 0, HeadFusion::Mean), {0.5, 0.5, 0, 0.25, 0.25, 0.5, 0.625, 0.125, 0.25});
    compareMap(fusedHeads(attention(), 1, 0, HeadFusion::Max), {1, 1, 0, 0.5, 0.5, 1, 1, 0.25, 0.5});
}

void AttentionRolloutTest::rolloutWithMeanFusion()
{
    const FloatArray r = attentionRollout(attention(), 1, HeadFusion::Mean);
    compareMap(r, {0.5859375, 0.1796875, 0.234375, 0.1484375, 0.5546875, 0.296875, 0.453125, 0.203125, 0.34375});
    // Rows of a product of row-stochastic maps still sum to one.
    for (int i = 0; i < 3; ++i)
        QVERIFY(std::abs(r.at(i, 0) + r.at(i, 1) + r.at(i, 2) - 1.0F) < 1e-6F);
}

void AttentionRolloutTest::rolloutWithMaxFusion()
{
    compareMap(attentionRollout(attention(), 1, HeadFusion::Max),
        {6.0 / 11, 13.0 / 55, 12.0 / 55, 34.0 / 165, 23.0 / 55, 62.0 / 165, 49.0 / 110, 89.0 / 330, 47.0 / 165});
}

void AttentionRolloutTest::clsSharesFollowTheTokenLayout()
{
    // L = 3: [CLS], structure, one visual token, no text.
    const EntityTokenLayout layout {1, 0};
    const ClsAttentionShares shares = clsAttentionShares(attentionRollout(attention(), 1, HeadFusion::Mean), layout);
    QVERIFY(std::abs(shares.self - 0.5859375) < 1e-6);
    QVERIFY(std::abs(shares.structure - 0.1796875) < 1e-6);
    QVERIFY(std::abs(shares.visual - 0.234375) < 1e-6);
    QCOMPARE(shares.text, 0.0);
    const ClsAttentionShares modalities = shares.modalitiesOnly();
    QVERIFY(std::abs(modalities.structure - 0.1796875 / 0.4140625) < 1e-6);
    QVERIFY(std::abs(modalities.visual - 0.234375 / 0.4140625) < 1e-6);
    QCOMPARE(modalities.self, 0.0);
    // L = 3 as [CLS], structure, one text token: the last column is text now.
    const ClsAttentionShares asText = clsAttentionShares(attentionHead(attention(), 1, 1, 0), EntityTokenLayout {0, 1});
    QCOMPARE(asText.visual, 0.0);
    QCOMPARE(asText.text, 1.0);
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument, (void)clsAttentionShares(attentionHead(attention(), 1, 0, 0), EntityTokenLayout {2, 1}));
}

void AttentionRolloutTest::badShapesAreRefused()
{
    FloatArray flat = attention();
    flat.shape = {2, 2, 2, 9};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)attentionRollout(flat, 0, HeadFusion::Mean));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)attentionRollout(attention(), 2, HeadFusion::Mean));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)attentionHead(attention(), 1, 2, 0));
    FloatArray short_ = attention();
    short_.values.pop_back();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)fusedHeads(short_, 1, 0, HeadFusion::Max));
}

QTEST_GUILESS_MAIN(AttentionRolloutTest)
#include "AttentionRolloutTest.moc"
