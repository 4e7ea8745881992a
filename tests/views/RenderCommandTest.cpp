// `tessera render`: PNG and SVG of the requested size with real content (the flag thumbnail is
// in the picture, so thumbnails were waited for), the ranking view with a model's real ranking,
// and one-line errors with exit code 2.

#include "GoldenGraph.h"
#include "RandomMygoModel.h"

#include "cli/RenderCommand.h"
#include "evaluation/CandidateRanking.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace tessera;

namespace {

// Runs the command with stderr captured (failBadInput writes there).
struct Run {
    int code = -1;
    QString errors;
};

Run render(const QStringList& arguments)
{
    std::fflush(stderr);
    QTemporaryFile capture;
    capture.open();
    const int saved = ::dup(2);
    ::dup2(capture.handle(), 2);
    Run run;
    run.code = runRenderCommand(arguments);
    std::fflush(stderr);
    ::dup2(saved, 2);
    ::close(saved);
    capture.seek(0);
    run.errors = QString::fromUtf8(capture.readAll());
    return run;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

bool containsColour(const QImage& image, QColor wanted, int tolerance)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c(image.pixel(x, y));
            if (std::abs(c.red() - wanted.red()) <= tolerance && std::abs(c.green() - wanted.green()) <= tolerance
                && std::abs(c.blue() - wanted.blue()) <= tolerance)
                return true;
        }
    }
    return false;
}

}  // namespace

class RenderCommandTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private Q_SLOTS:
    void rendersNeighbourhoodPng()
    {
        const QString out = dir_.filePath(QStringLiteral("neighbourhood.png"));
        const Run run = render({"neighbourhood", "--graph", test::goldenPath(), "--entity", "FRA", "--out", out,
            "--width", "640", "--height", "480"});
        QCOMPARE(run.code, 0);
        // Italy's truncated flag makes libpng complain on stderr; that is not an error of ours.
        QVERIFY2(!run.errors.contains(QStringLiteral("tessera:")), qPrintable(run.errors));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(640, 480));
        QVERIFY(distinctColours(image) > 20);
        // The French flag's blue (#002395) is painted inside France's node.
        QVERIFY(containsColour(image, QColor(0x00, 0x23, 0x95), 12));
    }

    void rendersEntityPagePng()
    {
        const QString out = dir_.filePath(QStringLiteral("entity.png"));
        const Run run = render({"entity", "--graph", test::goldenPath(), "--entity", "DEU", "--out", out, "--width",
            "500", "--height", "700"});
        QCOMPARE(run.code, 0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(500, 700));
        QVERIFY(distinctColours(image) > 20);
        // The gallery shows Germany's flag: its gold stripe (#FFCE00).
        QVERIFY(containsColour(image, QColor(0xFF, 0xCE, 0x00), 12));
    }

    void rendersWholeWindowPng()
    {
        // The README screenshot path: the real window, loaded as the GUI loads, focused on France.
        const QString out = dir_.filePath(QStringLiteral("window.png"));
        const Run run = render({"window", "--graph", test::goldenPath(), "--entity", "FRA", "--out", out, "--width",
            "1200", "--height", "800"});
        QCOMPARE(run.code, 0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1200, 800));
        QVERIFY(distinctColours(image) > 20);
        // France's flag is on screen twice (node and entity page): its blue is there.
        QVERIFY(containsColour(image, QColor(0x00, 0x23, 0x95), 12));
    }

    void rendersSvg()
    {
        const QString out = dir_.filePath(QStringLiteral("neighbourhood.svg"));
        const Run run = render({"neighbourhood", "--graph", test::goldenPath(), "--entity", "region/Europe", "--out",
            out, "--depth", "2"});
        QCOMPARE(run.code, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("viewBox=\"0 0 1200 800\""));
        // Labels are text in the SVG: depth 2 from Europe reaches Berlin (via Germany).
        QVERIFY(svg.contains("Berlin"));
    }

    void rendersRankingSvgWithTheModelsRanking()
    {
        const auto golden = test::loadGolden();
        const QString model = dir_.filePath(QStringLiteral("model"));
        test::randomMygoModel(*golden, identityOf(*golden)).save(model.toStdString());
        const QString out = dir_.filePath(QStringLiteral("ranking.svg"));
        const Run run = render({"ranking", "--graph", test::goldenPath(), "--model", model, "--entity", "currency/EUR",
            "--heads", "--k", "3", "--out", out, "--width", "420", "--height", "520"});
        QCOMPARE(run.code, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        // Heads of Euro under "currency" (the relation with answers), and the model's own top 3.
        QVERIFY(svg.contains(QStringLiteral("(?, currency, Euro)")));
        MygoModel reference = MygoModel::load(model.toStdString());
        reference.useDevice("cpu");
        const EntityId euro = test::idOf(*golden, "currency/EUR");
        const RelationId currency = *golden->findRelation("currency");
        const LinkQuery query {kNoEntity, currency, euro};
        const FloatArray scores = reference.scoreQueries(std::span<const LinkQuery>(&query, 1));
        const CandidateRanking expected = rankCandidates(scores.values, *golden, euro, currency, false, 3, false);
        for (const RankedCandidate& c : expected.top)
            QVERIFY2(svg.contains(QString::fromStdString(golden->entity(c.entity).label)),
                golden->entity(c.entity).label.c_str());
        QVERIFY(svg.contains(QStringLiteral("Best known answer: %1, rank %2")
                                 .arg(QString::fromStdString(golden->entity(expected.answers.front().entity).label))
                                 .arg(expected.answers.front().rank)));
    }

    void refusesAModelOfAnotherGraph()
    {
        const auto golden = test::loadGolden();
        const QString model = dir_.filePath(QStringLiteral("other-model"));
        test::randomMygoModel(*golden, identityOfIdGraph(9, 6)).save(model.toStdString());
        const Run run = render({"ranking", "--graph", test::goldenPath(), "--model", model, "--entity", "FRA", "--out",
            dir_.filePath(QStringLiteral("never.png"))});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.errors.startsWith(QStringLiteral("tessera: ") + model)
                && run.errors.contains(QStringLiteral("trained on another graph")),
            qPrintable(run.errors));
        QCOMPARE(run.errors.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("never.png"))));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString graph = test::goldenPath();
        const QString out = dir_.filePath(QStringLiteral("never.png"));
        QTest::newRow("unknown entity") << QStringList {"entity", "--graph", graph, "--entity", "ATLANTIS", "--out",
            out} << QStringLiteral("tessera: no entity with key 'ATLANTIS' in graph 'Golden' (%1)\n").arg(graph);
        QTest::newRow("unknown view") << QStringList {"map", "--graph", graph, "--entity", "FRA", "--out", out}
                                      << QStringLiteral("tessera: unknown view 'map' (expected entity, neighbourhood, "
                                                        "ranking, window, tokens, codebook, attention, embedding, "
                                                        "shares, alignment, meta-weights or alignment-window)\n");
        QTest::newRow("ranking without model") << QStringList {"ranking", "--graph", graph, "--entity", "FRA", "--out",
            out} << QStringLiteral("tessera: the ranking view needs --model MODEL\n");
        QTest::newRow("missing out") << QStringList {"entity", "--graph", graph, "--entity", "FRA"}
                                     << QStringLiteral("tessera: render needs --out FILE.png or FILE.svg\n");
        QTest::newRow("bad extension") << QStringList {"entity", "--graph", graph, "--entity", "FRA", "--out", "x.jpg"}
                                       << QStringLiteral("tessera: x.jpg: --out must end in .png or .svg\n");
        QTest::newRow("bad size") << QStringList {"entity", "--graph", graph, "--entity", "FRA", "--out", out,
            "--width",
            "12"} << QStringLiteral("tessera: --width and --height must be whole numbers from 200 to 8192\n");
        QTest::newRow("unknown option") << QStringList {"entity", "--graph", graph, "--entity", "FRA", "--out", out,
            "--paint", "red"} << QStringLiteral("tessera: unknown option --paint\n");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = render(arguments);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.errors, message);
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("never.png"))));
    }

    void unreadableGraphNamesThePath()
    {
        const Run run = render({"entity", "--graph", "/nonexistent/graph", "--entity", "FRA", "--out",
            dir_.filePath(QStringLiteral("x.png"))});
        QCOMPARE(run.code, 2);
        QVERIFY(run.errors.startsWith(QStringLiteral("tessera: /nonexistent/graph")));
        QCOMPARE(run.errors.count(QLatin1Char('\n')), 1);
    }
};

QTEST_MAIN(RenderCommandTest)
#include "RenderCommandTest.moc"
