// The 2-D principal-component view of code vectors on hand-computed examples.
//
// Four codes in 3-D: (4,1,0), (−2,1,0), (1,2,0), (1,0,0): mean (1,1,0), centred (3,0,0), (−3,0,0),
// (0,1,0), (0,−1,0). Covariance diag(4.5, 0.5, 0), total variance 5: first direction (1,0,0)
// with 90 % of the variance, coordinates 3, −3, 0, 0; second (0,1,0) with 10 %, 0, 0, 1, −1.

#include "tokenizers/CodebookProjection.h"

#include <QtTest>

using namespace tessera;

namespace {

const std::vector<float> kCodes {4, 1, 0, -2, 1, 0, 1, 2, 0, 1, 0, 0};

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

}  // namespace

class CodebookProjectionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void projectsOnTheDirectionsOfLargestVariance();
    void projectsTheChosenRowsOnly();
    void badSizesAreRefused();
};

void CodebookProjectionTest::projectsOnTheDirectionsOfLargestVariance()
{
    const CodebookProjection p = CodebookProjection::compute(kCodes, 3);
    QCOMPARE(p.x.size(), std::size_t(4));
    const double x[] = {3, -3, 0, 0};
    const double y[] = {0, 0, 1, -1};
    for (std::size_t i = 0; i < 4; ++i) {
        QVERIFY2(near(p.x[i], x[i]), qPrintable(QString::number(p.x[i])));
        QVERIFY2(near(p.y[i], y[i]), qPrintable(QString::number(p.y[i])));
    }
    QVERIFY(near(p.explained[0], 0.9));
    QVERIFY(near(p.explained[1], 0.1));
}

void CodebookProjectionTest::projectsTheChosenRowsOnly()
{
    // Codes 0 and 1 alone: mean (1,1,0), one direction (1,0,0) with all the variance.
    const std::vector<std::int64_t> rows {0, 1};
    const CodebookProjection p = CodebookProjection::compute(kCodes, 3, rows);
    QCOMPARE(p.x.size(), std::size_t(2));
    QVERIFY(near(p.x[0], 3) && near(p.x[1], -3));
    QVERIFY(near(p.y[0], 0) && near(p.y[1], 0));
    QVERIFY(near(p.explained[0], 1.0));
}

void CodebookProjectionTest::badSizesAreRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)CodebookProjection::compute(kCodes, 5));
    const std::vector<std::int64_t> outside {4};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)CodebookProjection::compute(kCodes, 3, outside));
}

QTEST_GUILESS_MAIN(CodebookProjectionTest)
#include "CodebookProjectionTest.moc"
