// The Tokens and Codebook views under the offscreen platform against the core statistics, on
// the demo Countries graph and a token folder written here by hand: 4 codes, three flags with a
// 2 x 2 patch grid each. France (fr.png) has codes 0 0 1 2, Germany (de.png) 1 1 1 3, Italy
// (it.png) 0 2 2 2; counts [3, 4, 4, 1], document frequency [2, 2, 2, 1].

#include "graph/KnowledgeGraph.h"
#include "imagery/ThumbnailCache.h"
#include "io/BundleReader.h"
#include "io/InputError.h"
#include "io/ReadOptions.h"
#include "io/TokenFolderReader.h"
#include "plots/CodebookView.h"
#include "plots/ExportButton.h"
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
    void exportWritesWhatTheViewShows();
    void codeListsCropsOfThePatchesThatCarryIt();
    void tokensCsvListsPatchesAndPieces();
    void keptWordPiecesAreMarkedInTheText();
    void stoppedReadIsCancelled();

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

void TokenViewsTest::exportWritesWhatTheViewShows()
{
    CodebookView view;
    view.resize(1000, 700);
    view.setData(graph_, tokens_);
    view.show();
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("codebook.png"));
    QCOMPARE(view.exportButton()->exportTo(png), QString());
    QCOMPARE(QImage(png).size(), QSize(1000, 700));
    const QString svg = out.filePath(QStringLiteral("codebook.svg"));
    QCOMPARE(view.exportButton()->exportTo(svg), QString());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg") && svgText.contains("</svg>"));
    const QString csv = out.filePath(QStringLiteral("codebook.csv"));
    QCOMPARE(view.exportButton()->exportTo(csv), QString());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csvFile.readAll()), view.countsCsv());
    QVERIFY(view.exportButton()
                ->exportTo(out.filePath(QStringLiteral("codebook.jpg")))
                .contains(QStringLiteral(".png or .svg")));
    // No temporary file is left beside the written ones.
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 3);
}

// Code 1 is on France's patch 2 (row 2, column 1: the flag's lower left, blue) and on Germany's
// patches 0, 1, 2 (patch 0, the upper left: the black stripe on top).
void TokenViewsTest::codeListsCropsOfThePatchesThatCarryIt()
{
    CodebookView view;
    view.setData(graph_, tokens_);
    view.selectCode(1);
    QCOMPARE(view.codePatches()->count(), 4);
    QCOMPARE(
        view.codePatches()->item(0)->toolTip(), QStringLiteral("France — images/flags/fr.png, patch row 2, column 1"));
    QCOMPARE(
        view.codePatches()->item(1)->toolTip(), QStringLiteral("Germany — images/flags/de.png, patch row 1, column 1"));
    view.thumbnails()->waitForPending();
    const QImage france = view.patchCrop(0);
    QVERIFY(!france.isNull());
    const QColor blue = france.pixelColor(france.width() / 4, france.height() / 2);
    QVERIFY2(blue.blue() > 100 && blue.red() < 80, qPrintable(blue.name()));
    const QImage germany = view.patchCrop(1);
    const QColor black = germany.pixelColor(germany.width() / 2, germany.height() / 8);
    QVERIFY2(black.red() < 60 && black.green() < 60 && black.blue() < 60, qPrintable(black.name()));
    // Activating a crop (or an entity of the list) focuses its entity.
    QSignalSpy activated(&view, &CodebookView::entityActivated);
    Q_EMIT view.codePatches()->itemActivated(view.codePatches()->item(1));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.front().front().value<EntityId>(), *graph_->findEntity("country/DEU"));
    Q_EMIT view.codeUsers()->itemActivated(view.codeUsers()->item(1));
    QCOMPARE(activated.back().front().value<EntityId>(), *graph_->findEntity("country/FRA"));
    // A code no patch carries says so.
    view.setModality(CodebookView::Modality::Text);
    view.selectCode(0);
    QCOMPARE(view.codePatches()->count(), 0);
}

void TokenViewsTest::tokensCsvListsPatchesAndPieces()
{
    const auto vocabulary
        = WordPieceVocabulary::readFile(std::string(TESSERA_SOURCE_DIR) + "/resources/vocab/bert-base-uncased.txt");
    TokensView view;
    view.setData(graph_, tokens_, std::make_shared<const WordPieceTokenizer>(vocabulary), 2, 2);
    view.setEntity(*graph_->findEntity("country/FRA"));
    const QStringList rows = view.tokensCsv().split(QLatin1Char('\n'));
    QCOMPARE(rows.value(0), QStringLiteral("modality,image,row,column,piece,piece_id,token,kept"));
    // France's grid 0 0 1 2 with V = {0, 1} kept.
    QCOMPARE(rows.mid(1, 4),
        (QStringList {QStringLiteral("visual,images/flags/fr.png,0,0,,,0,1"),
            QStringLiteral("visual,images/flags/fr.png,0,1,,,0,1"),
            QStringLiteral("visual,images/flags/fr.png,1,0,,,1,1"),
            QStringLiteral("visual,images/flags/fr.png,1,1,,,2,0")}));
    // The text read, label first: "France France (official name: ...". This folder's text ids are
    // graph words, not pieces, so no piece has a token.
    QCOMPARE(rows.value(5), QStringLiteral("text,,,,france,2605,,0"));
    QCOMPARE(rows.value(6), QStringLiteral("text,,,,france,2605,,0"));
    QCOMPARE(rows.value(7), QStringLiteral("text,,,,official,2880,,0"));
}

// Text tokens that are BERT ids mark the kept pieces by id; a learned codebook's tokens are one
// code per countable piece in order (FORMATS.md), so France's tokens 3 1 1 give the label's
// "france" code 3, the description's "france" and "official" code 1; T = 2 keeps codes 1 and 3.
void TokenViewsTest::keptWordPiecesAreMarkedInTheText()
{
    const auto vocabulary
        = WordPieceVocabulary::readFile(std::string(TESSERA_SOURCE_DIR) + "/resources/vocab/bert-base-uncased.txt");
    const auto wordPieces = std::make_shared<const WordPieceTokenizer>(vocabulary);
    const auto france = *graph_->findEntity("country/FRA");
    TokenFolder bert = *tokens_;
    bert.text->tokenizer = "bert-base-uncased wordpiece";
    bert.text->codes = vocabulary->size();
    bert.text->tokens.tokens[france] = {2605, 2605, 2880, 3415};  // france ×2, official, paris
    TokensView view;
    view.setData(graph_, std::make_shared<const TokenFolder>(bert), wordPieces, 2, 2);
    view.setEntity(france);
    QCOMPARE(view.keptText(), (std::vector<std::int64_t> {2605, 2880}));
    QString html = view.descriptionHtml();
    const QString keptFrance = QStringLiteral(
        "<span style=\"background:#8db4e2; font-weight:bold\" title=\"france (2605) — kept: one of the text tokens "
        "MyGO reads\">France</span>");
    QCOMPARE(html.count(keptFrance), 2);
    QVERIFY(html.contains(QStringLiteral("title=\"official (2880) — kept")));
    QVERIFY2(html.contains(QStringLiteral("title=\"paris (3000)\">Paris</span>")), qPrintable(html));

    TokenFolder codes = *tokens_;
    codes.text->tokenizer = "tessera vq-ema shared codebook (bert-base-uncased word pieces)";
    codes.text->codes = 4;
    codes.text->tokens.tokens[france] = {3, 1, 1};
    view.setData(graph_, std::make_shared<const TokenFolder>(codes), wordPieces, 2, 2);
    view.setEntity(france);
    QCOMPARE(view.keptText(), (std::vector<std::int64_t> {1, 3}));
    html = view.descriptionHtml();
    QVERIFY(html.startsWith(QStringLiteral("<span style=\"background:#8db4e2; font-weight:bold\" title=\"france "
                                           "(2605) → code 3 — kept")));
    QVERIFY(html.contains(QStringLiteral("title=\"france (2605) → code 1 — kept")));
    QVERIFY(html.contains(QStringLiteral("title=\"official (2880) → code 1 — kept")));
    // The fourth piece has no code in the file, so nothing is claimed for it.
    QVERIFY(html.contains(QStringLiteral("title=\"name (2171)\">name</span>")));
}

void TokenViewsTest::stoppedReadIsCancelled()
{
    std::stop_source stop;
    stop.request_stop();
    bool cancelled = false;
    try {
        (void)readTokenFolder(dir_.path().toStdString(), *graph_, stop.get_token());
    } catch (const ReadCancelled&) {
        cancelled = true;
    }
    QVERIFY(cancelled);
}

QTEST_MAIN(TokenViewsTest)
#include "TokenViewsTest.moc"
