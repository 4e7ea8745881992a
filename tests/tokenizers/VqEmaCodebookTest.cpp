// The EMA codebook on a 3-code example computed by hand (decay 0.5 and ε 0.1 so that every term
// shows in the figures; the formulas are the class comment's).
//
// Codes e = (0,0), (2,0), (0,2); N = 1, m = e. Batch 1: z = (0.2,0), (1.8,0.2), (2.2,-0.2), (0.1,0.1)
// → nearest 0, 1, 1, 0; n = [2, 2, 0].
//   N = 0.5·1 + 0.5·n = [1.5, 1.5, 0.5];  m0 = 0.5·(0,0) + 0.5·(0.3,0.1) = (0.15,0.05);
//   m1 = 0.5·(2,0) + 0.5·(4,0) = (3,0);  m2 = 0.5·(0,2) = (0,1).
//   ΣN = 3.5, Ñ = (N + 0.1)/(3.5 + 0.3)·3.5 → Ñ0 = Ñ1 = 28/19, Ñ2 = 21/38.
//   e0 = (0.15, 0.05)·19/28 = (0.1017857, 0.0339286), e1 = (57/28, 0) = (2.0357143, 0),
//   e2 = (0, 38/21) = (0, 1.8095238).  Batch perplexity: two codes, two each → 2.
// Batch 2 (dead after 2 unused updates, no noise): z = (1,-1) → code 0, (2,0.1) → code 1; code 2 is
// unused for the second time and is reset to the worst-served feature, (1,-1).
//   N = [1.25, 1.25, 0.25], m0 = (0.575, -0.475), m1 = (2.5, 0.05), ΣN = 2.75, Ñ0 = Ñ1 = 1.35·55/61.
//   e0 = (35.075, -28.975)/74.25 = (0.4723906, -0.3902357), e1 = (152.5, 3.05)/74.25 = (2.0538721, 0.0410774);
//   e2 = (1, -1), N2 = 1, its streak 0.

//
// MM-EMA (crossModalUpdate), same start, decay 0.5, ε 0.1. Modality A: a = (0.2,0) → 0 and
// (1.8,0.2) → 1, paired with (0,1) and (2,0.4); modality B: b = (0.2,1.8) → 2, paired with (0.1,0.1).
// A's step: n = [1, 1, 0], half-own-half-paired sums s0 = (0.1,0.5), s1 = (1.9,0.3);
//   N = [1, 1, 0.5], m0 = (0.05,0.25), m1 = (1.95,0.15), m2 = (0,1); ΣN = 2.5, Ñ = (N + 0.1)/2.8·2.5.
// B's step from there: n = [0, 0, 1], s2 = (0.15, 0.95);
//   N = [0.5, 0.5, 0.75], m0 = (0.025,0.125), m1 = (0.975,0.075), m2 = (0.075,0.975); ΣN = 1.75,
//   Ñ0 = Ñ1 = 0.6/2.05·1.75 = 0.5121951, Ñ2 = 0.85/2.05·1.75 = 0.7256098.
//   e0 = (41/840, 41/168) = (0.0488095, 0.2440476), e1 = (533/280, 41/280) = (1.9035714, 0.1464286),
//   e2 = (123/1190, 1599/1190) = (0.1033613, 1.3436975). Every code was chosen by one modality:
//   no streak grows, though A alone left code 2 unused and B alone codes 0 and 1.

#include "tokenizers/VqEmaCodebook.h"

#include <QtTest>

using namespace tessera;

namespace {

VqEmaOptions handOptions()
{
    VqEmaOptions o;
    o.codes = 3;
    o.dim = 2;
    o.decay = 0.5;
    o.epsilon = 0.1;
    o.deadAfter = 2;
    o.resetNoise = 0.0;
    return o;
}

bool near(float a, double b)
{
    return std::abs(static_cast<double>(a) - b) < 1e-6;
}

}  // namespace

class VqEmaCodebookTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneUpdateAndOneReset();
    void noResetWhenSwitchedOff();
    void nearestBreaksTiesTowardsTheLowerId();
    void crossModalUpdate();
    void partialBatchesNeitherAgeNorResetCodes();
    void withoutEmaOnlyStreaksAndResetsChangeTheCodes();
    void restoredRandomStateDrawsTheSameNoise();
};

void VqEmaCodebookTest::oneUpdateAndOneReset()
{
    const std::vector<float> initial {0, 0, 2, 0, 0, 2};
    VqEmaCodebook codebook(handOptions(), initial);
    const std::vector<float> batch1 {0.2F, 0.0F, 1.8F, 0.2F, 2.2F, -0.2F, 0.1F, 0.1F};
    const auto codes1 = codebook.nearest(batch1);
    QCOMPARE(codes1, (std::vector<std::int64_t> {0, 1, 1, 0}));
    const VqUpdateReport r1 = codebook.update(batch1, codes1);
    QCOMPARE(r1.used, 2);
    QVERIFY(std::abs(r1.perplexity - 2.0) < 1e-12);
    QCOMPARE(r1.resets, 0);
    const auto& e = codebook.codes();
    QVERIFY(near(e[0], 0.1017857) && near(e[1], 0.0339286));
    QVERIFY(near(e[2], 2.0357143) && near(e[3], 0.0));
    QVERIFY(near(e[4], 0.0) && near(e[5], 1.8095238));
    QCOMPARE(codebook.counts(), (std::vector<double> {1.5, 1.5, 0.5}));
    QCOMPARE(codebook.unusedStreaks(), (std::vector<int> {0, 0, 1}));

    const std::vector<float> batch2 {1.0F, -1.0F, 2.0F, 0.1F};
    const auto codes2 = codebook.nearest(batch2);
    QCOMPARE(codes2, (std::vector<std::int64_t> {0, 1}));
    const VqUpdateReport r2 = codebook.update(batch2, codes2);
    QCOMPARE(r2.resets, 1);
    QVERIFY(near(e[0], 0.4723906) && near(e[1], -0.3902357));
    QVERIFY(near(e[2], 2.0538721) && near(e[3], 0.0410774));
    QVERIFY(near(e[4], 1.0) && near(e[5], -1.0));
    QCOMPARE(codebook.counts()[2], 1.0);
    QVERIFY(std::abs(codebook.counts()[0] - 1.25) < 1e-12);
    QCOMPARE(codebook.unusedStreaks(), (std::vector<int> {0, 0, 0}));
    // The reset code now serves its feature.
    QCOMPARE(codebook.nearest(std::vector<float> {1.0F, -1.0F}), (std::vector<std::int64_t> {2}));
}

void VqEmaCodebookTest::noResetWhenSwitchedOff()
{
    VqEmaOptions o = handOptions();
    o.reset = false;
    VqEmaCodebook codebook(o, std::vector<float> {0, 0, 2, 0, 0, 2});
    const std::vector<float> batch {0.1F, 0.0F};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(codebook.update(batch, codebook.nearest(batch)).resets, 0);
    QCOMPARE(codebook.unusedStreaks(), (std::vector<int> {0, 5, 5}));
    // Unused codes only shrink towards the origin by the smoothing: e1 = m1 / Ñ1 with m1 = 2·0.5^5.
    QVERIFY(codebook.codes()[2] < 2.0F);
}

void VqEmaCodebookTest::nearestBreaksTiesTowardsTheLowerId()
{
    VqEmaOptions o = handOptions();
    VqEmaCodebook codebook(o, std::vector<float> {1, 0, -1, 0, 0, 5});
    QCOMPARE(codebook.nearest(std::vector<float> {0, 0}), (std::vector<std::int64_t> {0}));
}

void VqEmaCodebookTest::crossModalUpdate()
{
    VqEmaCodebook codebook(handOptions(), std::vector<float> {0, 0, 2, 0, 0, 2});
    const std::vector<float> a {0.2F, 0.0F, 1.8F, 0.2F};
    const std::vector<float> pairedA {0.0F, 1.0F, 2.0F, 0.4F};
    const std::vector<std::int64_t> codesA {0, 1};
    const std::vector<float> b {0.2F, 1.8F};
    const std::vector<float> pairedB {0.1F, 0.1F};
    const std::vector<std::int64_t> codesB {2};
    QCOMPARE(codebook.nearest(a), codesA);
    QCOMPARE(codebook.nearest(b), codesB);
    const std::vector<VqModalityBatch> batches {{a, pairedA, codesA}, {b, pairedB, codesB}};
    const VqCrossModalReport r = codebook.updateCrossModal(batches);
    QCOMPARE(r.modalities.size(), std::size_t(2));
    QCOMPARE(r.modalities[0].used, 2);
    QVERIFY(std::abs(r.modalities[0].perplexity - 2.0) < 1e-12);
    QCOMPARE(r.modalities[1].used, 1);
    QCOMPARE(r.used, 3);
    QCOMPARE(r.resets, 0);
    const auto& e = codebook.codes();
    QVERIFY(near(e[0], 41.0 / 840) && near(e[1], 41.0 / 168));
    QVERIFY(near(e[2], 533.0 / 280) && near(e[3], 41.0 / 280));
    QVERIFY(near(e[4], 123.0 / 1190) && near(e[5], 1599.0 / 1190));
    QVERIFY(std::abs(codebook.counts()[2] - 0.75) < 1e-12);
    QCOMPARE(codebook.unusedStreaks(), (std::vector<int> {0, 0, 0}));

    // A paired feature count that disagrees with the assignments is refused, not read past.
    const std::vector<float> shortPaired {0.0F, 1.0F};
    const std::vector<VqModalityBatch> bad {{a, shortPaired, codesA}};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, codebook.updateCrossModal(bad));
}

void VqEmaCodebookTest::partialBatchesNeitherAgeNorResetCodes()
{
    VqEmaCodebook codebook(handOptions(), std::vector<float> {0, 0, 2, 0, 0, 2});
    const std::vector<float> batch {0.1F, 0.0F};
    QCOMPARE(codebook.update(batch, codebook.nearest(batch)).resets, 0);
    QCOMPARE(codebook.unusedStreaks(), (std::vector<int> {0, 1, 1}));
    // Dead after 2: a full batch now would reset codes 1 and 2; partial ones leave them be.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(codebook.update(batch, codebook.nearest(batch), true).resets, 0);
    QCOMPARE(codebook.unusedStreaks(), (std::vector<int> {0, 1, 1}));
    QCOMPARE(codebook.update(batch, codebook.nearest(batch)).resets, 2);
}

// EMA off: an update leaves the codes where setCodes put them, but streaks and the reset work as
// with EMA (the trainer's gradient step owns the codes).
void VqEmaCodebookTest::withoutEmaOnlyStreaksAndResetsChangeTheCodes()
{
    VqEmaOptions o = handOptions();
    o.ema = false;
    VqEmaCodebook codebook(o, std::vector<float> {0, 0, 2, 0, 0, 2});
    const std::vector<float> stepped {0.5F, 0.5F, 2, 0, 0, 2};
    codebook.setCodes(stepped);
    const std::vector<float> batch {0.4F, 0.4F};
    QCOMPARE(codebook.update(batch, codebook.nearest(batch)).resets, 0);
    QCOMPARE(codebook.codes(), stepped);
    QCOMPARE(codebook.unusedStreaks(), (std::vector<int> {0, 1, 1}));
    // Second unused update: codes 1 and 2 are dead (dead-after 2) and re-seeded from the batch's
    // worst-served feature, (0.4, 0.4), noise 0.
    QCOMPARE(codebook.update(batch, codebook.nearest(batch)).resets, 2);
    QVERIFY(near(codebook.codes()[2], 0.4) && near(codebook.codes()[3], 0.4));
    QVERIFY(near(codebook.codes()[0], 0.5));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, codebook.setCodes(std::vector<float> {1, 2}));
}

void VqEmaCodebookTest::restoredRandomStateDrawsTheSameNoise()
{
    VqEmaOptions o = handOptions();
    o.resetNoise = 0.5;
    o.deadAfter = 1;
    const std::vector<float> initial {0, 0, 2, 0, 0, 2};
    const std::vector<float> batch {0.1F, 0.0F};
    VqEmaCodebook a(o, initial);
    (void)a.update(batch, a.nearest(batch));  // draws noise for the two dead codes
    const std::string state = a.randomState();
    VqEmaCodebook b(o, initial);
    b.restore(a.codes(), a.counts(), a.sums(), a.unusedStreaks());
    b.restoreRandomState(state);
    (void)a.update(batch, a.nearest(batch));
    (void)b.update(batch, b.nearest(batch));
    QCOMPARE(b.codes(), a.codes());
    // Without the engine's state the second draws differ.
    VqEmaCodebook c(o, initial);
    c.restore(b.codes(), b.counts(), b.sums(), b.unusedStreaks());
    VqEmaCodebook d = c;
    d.restoreRandomState(state);
    (void)c.update(batch, c.nearest(batch));
    (void)d.update(batch, d.nearest(batch));
    QVERIFY(c.codes() != d.codes());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, a.restoreRandomState("not a state"));
}

QTEST_GUILESS_MAIN(VqEmaCodebookTest)
#include "VqEmaCodebookTest.moc"
