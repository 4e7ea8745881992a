// The Tokens and Codebook views under the offscreen platform against the core statistics, on
// the demo Countries graph and a token folder written here by hand: 4 codes, three flags with a
// 2 x 2 patch grid each. France (fr.png) has codes 0 0 1 2, Germany (de.png) 1 1 1 3, Italy
// (it.png) 0 2 2 2; counts [3, 4, 4, 1], document frequency [2, 2, 2, 1].

#include "graph/KnowledgeGraph.h"
#include "io/BundleReader.h"
#include "io/InputError.h"
#include "io/TokenFolderReader.h"
#include "plots/CodebookView.h"
#include "plots/QCustomPlotInclude.h"
#include "plots/TokensView.h"
#include "text/WordPieceTokenizer.h"
#include "tokenizers/CodebookStatistics.h"

#include <QListWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace tessera;

namespace {

const std::string kCountries = std::string(TESSERA_SOURCE_DIR) + "/resources/demo/countries";

void write(const QString& path, const std::string& text)
{
    std::ofstream(path.toStdString(), std::ios::binary) << text;
}

}  // namespace

class TokenViewsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void codebookViewShowsTheCoreFigures();
    void codebookViewListsTheUsersOfACode();
    void tokensViewShowsGridsAndKeptTokens();
    void folderOfAnotherGraphIsRefused();
    void sharedCodebookIsProjectedByModality();

private:
    QTemporaryDir dir_;
    std::shared_ptr<const KnowledgeGraph> graph_;
    std::shared_ptr<const TokenFolder> tokens_;
};

void TokenViewsTest::initTestCase()
{
    graph_ = BundleReader::read(kCountries);
    write(dir_.filePath(QStringLiteral("tokens.json")),
        R"({"format": "tessera-tokens", "version": 1, "graph": {"entities": 844},
            "visual": {"tokenizer": "hand", "codes": 4, "tokens": "visual-tokens.json", "patches": "visual-patches.json"},
            "text": {"tokenizer": "hand words", "codes": 3, "tokens": "text-tokens.json", "vocabulary": "words.txt"},
            "log": "log.json"})");
    write(dir_.filePath(QStringLiteral("visual-tokens.json")),
        R"({"country/FRA": [0, 0, 1, 2], "country/DEU": [1, 1, 1, 3], "country/ITA": [0, 2, 2, 2]})");
    write(dir_.filePath(QStringLiteral("visual-patches.json")),
        R"({"grid": 2, "images": [{"entity": "country/FRA", "image": "images/flags/fr.png", "codes": [0, 0, 1, 2]},
            {"entity": "country/DEU", "image": "images/flags/de.png", "codes": [1, 1, 1, 3]},
            {"entity": "country/ITA", "image": "images/flags/it.png", "codes": [0, 2, 2, 2]}]})");
    write(dir_.filePath(QStringLiteral("text-tokens.json")), R"({"country/FRA": [2, 2, 0, 1, 1, 1]})");
    write(dir_.filePath(QStringLiteral("words.txt")), "europe\nfrench\nparis\n");
    write(dir_.filePath(QStringLiteral("log.json")),
        R"({"epochs": [{"epoch": 1, "perplexity": 1.5, "usage": 0.25}, {"epoch": 2, "perplexity": 3.2, "usage": 1.0}]})");
    tokens_ = std::make_shared<const TokenFolder>(readTokenFolder(dir_.path().toStdString(), *graph_));
    QCOMPARE(tokens_->grid, 2);
    QCOMPARE(tokens_->patches.size(), std::size_t(3));
    QCOMPARE(tokens_->log.size(), std::size_t(2));
}

void TokenViewsTest::codebookViewShowsTheCoreFigures()
{
    CodebookView view;
    view.resize(1000, 700);
    view.setData(graph_, tokens_);
    const CodeUsage expected = CodebookStatistics::usage(4, tokens_->visual->tokens.tokens, 10);
    QCOMPARE(view.usage().counts, (std::vector<std::int64_t> {3, 4, 4, 1}));
    QCOMPARE(view.usage().counts, expected.counts);
    QCOMPARE(view.usage().perplexity, expected.perplexity);
    QVERIFY(view.summaryText().contains(QStringLiteral("4 codes, 4 used (100.0 %), 0 dead")));
    QVERIFY(view.summaryText().contains(QStringLiteral("perplexity %1").arg(expected.perplexity, 0, 'f', 2)));
    // The histogram: codes sorted by count, most used first (ties by id): 1, 2, 0, 3.
    auto* bars = qobject_cast<QCPBars*>(view.histogram()->plottable(0));
    QVERIFY(bars);
    QCOMPARE(bars->data()->size(), 4);
    QList<double> heights;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        heights << it->value;
    QCOMPARE(heights, (QList<double> {4, 4, 3, 1}));
    // Rank–frequency: shares of the 12 occurrences.
    QCOMPARE(view.rankFrequency()->graph(0)->data()->size(), 4);
    QCOMPARE(view.rankFrequency()->graph(0)->data()->at(0)->value, 4.0 / 12.0);
    // Training curves from the log.
    QCOMPARE(view.curves()->graph(0)->data()->size(), 2);
    QCOMPARE(view.curves()->graph(1)->data()->at(1)->value, 100.0);
    QCOMPARE(view.countsCsv(), QStringLiteral("code,count,document_frequency\n0,3,2\n1,4,2\n2,4,2\n3,1,1\n"));
    // The text modality: counts [1, 3, 2] of 3 codes.
    view.setModality(CodebookView::Modality::Text);
    QCOMPARE(view.usage().counts, (std::vector<std::int64_t> {1, 3, 2}));
    QVERIFY(view.summaryText().startsWith(QStringLiteral("Text codebook — hand words: 3 codes")));
    // Log scale is the axis's, the data stay.
    view.setLogScale(true);
    QCOMPARE(view.histogram()->yAxis->scaleType(), QCPAxis::stLogarithmic);
}

void TokenViewsTest::codebookViewListsTheUsersOfACode()
{
    CodebookView view;
    view.setData(graph_, tokens_);
    QSignalSpy selected(&view, &CodebookView::codeSelected);
    view.selectCode(1);
    QCOMPARE(selected.count(), 1);
    // Code 1: Germany 3 times, France once.
    QCOMPARE(view.codeUsers()->count(), 2);
    QCOMPARE(view.codeUsers()->item(0)->text(), QStringLiteral("3 × Germany"));
    QCOMPARE(view.codeUsers()->item(1)->text(), QStringLiteral("1 × France"));
}

void TokenViewsTest::tokensViewShowsGridsAndKeptTokens()
{
    const auto vocabulary
        = WordPieceVocabulary::readFile(std::string(TESSERA_SOURCE_DIR) + "/resources/vocab/bert-base-uncased.txt");
    TokensView view;
    view.resize(900, 700);
    view.setData(graph_, tokens_, std::make_shared<const WordPieceTokenizer>(vocabulary), 2, 2);
    view.setEntity(*graph_->findEntity("country/FRA"));
    QCOMPARE(view.grids().size(), std::size_t(1));
    QCOMPARE(view.grids().front()->grid(), 2);
    QCOMPARE(view.grids().front()->codes(), (std::vector<std::int64_t> {0, 0, 1, 2}));
    // V = 2 of 0 0 1 2: code 0 twice, then 1 (first seen of the ties); ascending: 0 1.
    QCOMPARE(view.keptVisual(), (std::vector<std::int64_t> {0, 1}));
    // T = 2 of 2 2 0 1 1 1: code 1 three times, code 2 twice → 1 2.
    QCOMPARE(view.keptText(), (std::vector<std::int64_t> {1, 2}));
    // Hover text: code 0 has 3 patches in 2 entities and is one France's tokens.
    QCOMPARE(view.grids().front()->describeCode(0),
        QStringLiteral("code 0: 3 patches in 2 entities — one of the visual tokens MyGO reads"));
    QCOMPARE(view.grids().front()->describeCode(3), QStringLiteral("code 3: 1 patches in 1 entities"));
    // The description with its word pieces: "France" is a piece (id 2605), "is" a stop word.
    const QString html = view.descriptionHtml();
    QVERIFY2(html.contains(QStringLiteral("title=\"france (2605)\">France</span>")), qPrintable(html.left(300)));
    QVERIFY(html.contains(QStringLiteral("<span style=\"color:#9a9a9a\" title=\"is\">is</span>")));
    // An entity without tokens: no grid, masked slots said so.
    view.setEntity(*graph_->findEntity("country/ESP"));
    QVERIFY(view.grids().empty());
    QVERIFY(view.keptVisual().empty());
}

void TokenViewsTest::folderOfAnotherGraphIsRefused()
{
    const auto emoji = BundleReader::read(std::string(TESSERA_SOURCE_DIR) + "/resources/demo/emoji");
    try {
        (void)readTokenFolder(dir_.path().toStdString(), *emoji);
        QFAIL("tokens of Countries accepted for Emoji");
    } catch (const InputError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("another graph")), e.what());
    }
}

// A shared codebook of 4 codes: visual counts [3, 4, 4, 1] of 12, text [0, 1, 0, 5] of 6 (France's
// pieces 1, 3, 3, 3, 3, 3). Text shares of the modality-normalised use t/(v + t): code 0 and 2: 0
// (image codes), code 1: (1/6)/(4/12 + 1/6) = 1/3 (mixed), code 3: (5/6)/(1/12 + 5/6) = 0.91 (text).
// Vectors (4,1,0), (−2,1,0), (1,2,0), (1,0,0): principal coordinates x = 3, −3, 0, 0 and
// y = 0, 0, 1, −1 (CodebookProjectionTest computes them by hand), 90 % and 10 % of the variance.
void TokenViewsTest::sharedCodebookIsProjectedByModality()
{
    TokenFolder shared = *tokens_;
    shared.sharedCodebook = true;
    shared.text->codes = 4;
    const auto france = graph_->findEntity("country/FRA");
    QVERIFY(france);
    shared.text->tokens.tokens[*france] = {1, 3, 3, 3, 3, 3};
    shared.codeVectors = {4, 1, 0, -2, 1, 0, 1, 2, 0, 1, 0, 0};
    shared.codeWidth = 3;
    CodebookView view;
    view.resize(1200, 700);
    view.setData(graph_, std::make_shared<const TokenFolder>(shared));
    QVERIFY(!view.projection()->isHidden());
    QCOMPARE(view.projection()->graphCount(), 3);
    // Points in the order of their first coordinate (a click's index names the code).
    QCOMPARE(view.projectedCodes(0), (std::vector<std::int64_t> {2, 0}));
    QCOMPARE(view.projectedCodes(1), (std::vector<std::int64_t> {1}));
    QCOMPARE(view.projectedCodes(2), (std::vector<std::int64_t> {3}));
    const auto* images = view.projectionGraph(0)->data().data();
    QCOMPARE(images->size(), 2);
    QVERIFY(std::abs(images->at(0)->key) < 1e-9 && std::abs(images->at(0)->value - 1.0) < 1e-9);
    QVERIFY(std::abs(images->at(1)->key - 3.0) < 1e-9 && std::abs(images->at(1)->value) < 1e-9);
    QVERIFY(std::abs(view.projectionGraph(1)->data()->at(0)->key + 3.0) < 1e-9);
    QVERIFY(std::abs(view.projectionGraph(2)->data()->at(0)->value + 1.0) < 1e-9);
    QVERIFY(view.projection()->xAxis->label().contains(QStringLiteral("90 %")));

    // Without code vectors (built-in tokens) there is nothing to project, and the plot hides.
    view.setData(graph_, tokens_);
    QVERIFY(view.projection()->isHidden());
}

QTEST_MAIN(TokenViewsTest)
#include "TokenViewsTest.moc"
