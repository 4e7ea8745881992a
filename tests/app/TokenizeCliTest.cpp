// `tessera tokenize` through the real binary on the demo graph: one colour-code list per flag
// (the PNG files in images/flags), text tokens for every entity, tables of the right shape, and
// the tokens accepted by `train mygo` and `evaluate`. Bad input exits with 2 and one line.

#include "tensors/SafetensorsFile.h"

#include "TesseraProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using tessera::SafetensorsFile;
using tessera::TensorDType;
using test::isOneLine;
using test::Run;
using test::runTessera;

namespace {

const QString kDemo = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/countries");

QJsonObject readJsonObject(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

qint64 nonEmptyLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!file.atEnd())
        lines += file.readLine().trimmed().isEmpty() ? 0 : 1;
    return lines;
}

}  // namespace

class TokenizeCliTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoTokensFeedTraining();
    void badInputExitsWithTwo_data();
    void badInputExitsWithTwo();
    void undecodableImageIsLeftOutWithAWarning();
    void codebookStatsCountTheTokenFiles();
    void wordPieceTextTokens();
    void learnedVisualTokensAndTheirTokenizer();
    void wordpieceJson();
    void sharedCodebookTokensAndTheirTokenizer();
    void wordpieceAligned();
    void wordpieceBadVocabulary();
    void resumedTokenizerEqualsAnUninterruptedOne();
};

void TokenizeCliTest::demoTokensFeedTraining()
{
    QTemporaryDir dir;
    const QString tokens = dir.filePath(QStringLiteral("tokens"));
    const Run run
        = runTessera({QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"), tokens});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // One entry per flag, 14 x 14 patch codes each, all on the 4-level lattice (64 codes).
    const qint64 flags
        = QDir(kDemo + QStringLiteral("/images/flags")).entryList({QStringLiteral("*.png")}, QDir::Files).size();
    QCOMPARE(flags, qint64 {250});
    const QJsonObject visual = readJsonObject(tokens + QStringLiteral("/visual-tokens.json"));
    QCOMPARE(visual.size(), flags);
    for (auto it = visual.begin(); it != visual.end(); ++it) {
        QVERIFY2(it.key().startsWith(QStringLiteral("country/")), qPrintable(it.key()));
        const QJsonArray ids = it.value().toArray();
        QCOMPARE(ids.size(), 196);
        for (const auto& id : ids)
            QVERIFY(id.toInt(-1) >= 0 && id.toInt(-1) < 64);
    }
    // France: blue, white and red stripes; the middle column of patches is white (code 63).
    const QJsonArray france = visual[QStringLiteral("country/FRA")].toArray();
    QCOMPARE(france[7].toInt(), 63);
    QCOMPARE(france[0].toInt(), 2);
    QCOMPARE(france[13].toInt(), 48);

    // Every demo entity has a label with a word that another entity also uses.
    const QJsonObject text = readJsonObject(tokens + QStringLiteral("/text-tokens.json"));
    QCOMPARE(text.size(), nonEmptyLines(kDemo + QStringLiteral("/entities.tsv")) - 1);
    const qint64 vocabulary = nonEmptyLines(tokens + QStringLiteral("/text-vocabulary.txt"));
    QVERIFY(vocabulary > 100);

    const SafetensorsFile visualTable
        = SafetensorsFile::open((tokens + QStringLiteral("/visual-table.safetensors")).toStdString());
    visualTable.requireTensor("table", TensorDType::F32, {65, 32});
    const SafetensorsFile textTable
        = SafetensorsFile::open((tokens + QStringLiteral("/text-table.safetensors")).toStdString());
    textTable.requireTensor("table", TensorDType::F32, {vocabulary + 1, 64});

    // The tokens train a model (2 epochs, small) that evaluates.
    const QString model = dir.filePath(QStringLiteral("model"));
    const Run train = runTessera({QStringLiteral("train"), QStringLiteral("mygo"), QStringLiteral("--graph"), kDemo,
        QStringLiteral("--out"), model, QStringLiteral("--dim"), QStringLiteral("16"), QStringLiteral("--epochs"),
        QStringLiteral("2"), QStringLiteral("--batch"), QStringLiteral("512"), QStringLiteral("--valid-every"),
        QStringLiteral("2"), QStringLiteral("--visual-tokens"), tokens + QStringLiteral("/visual-tokens.json"),
        QStringLiteral("--visual-table"), tokens + QStringLiteral("/visual-table.safetensors"),
        QStringLiteral("--text-tokens"), tokens + QStringLiteral("/text-tokens.json"), QStringLiteral("--text-table"),
        tokens + QStringLiteral("/text-table.safetensors"), QStringLiteral("--quiet")});
    QVERIFY2(train.exitCode == 0, train.err.constData());
    const QJsonObject config
        = readJsonObject(model + QStringLiteral("/best/config.json"))[QStringLiteral("config")].toObject();
    QVERIFY2(!config.isEmpty(), "no best/config.json");
    const Run evaluate = runTessera({QStringLiteral("evaluate"), QStringLiteral("--graph"), kDemo,
        QStringLiteral("--model"), model, QStringLiteral("--json")});
    QVERIFY2(evaluate.exitCode == 0, evaluate.err.constData());
    const QJsonObject metrics = QJsonDocument::fromJson(evaluate.out).object();
    // Both directions of every test triple.
    QCOMPARE(
        metrics[QStringLiteral("count")].toInteger(), 2 * (nonEmptyLines(kDemo + QStringLiteral("/test.tsv")) - 1));
    const double mrr = metrics[QStringLiteral("mrr")].toDouble(-1);
    QVERIFY2(mrr > 0 && mrr <= 1, evaluate.out.constData());
}

void TokenizeCliTest::badInputExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("fragment");
    QTest::newRow("levels") << QStringList {QStringLiteral("--levels"), QStringLiteral("1")} << QByteArray("--levels");
    QTest::newRow("grid") << QStringList {QStringLiteral("--grid"), QStringLiteral("x")} << QByteArray("--grid");
    QTest::newRow("text-from") << QStringList {QStringLiteral("--text-from"), QStringLiteral("aliases")}
                               << QByteArray("aliases");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--colours"), QStringLiteral("8")}
                                    << QByteArray("--colours");
}

void TokenizeCliTest::badInputExitsWithTwo()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, fragment);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("tokens"));
    const Run run = runTessera(
        QStringList {QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"), out}
        + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(isOneLine(run.err));
    QVERIFY2(run.err.contains(fragment), run.err.constData());
    QVERIFY(!QFile::exists(out));

    // A folder that is not empty is never written into.
    QFile mine(dir.filePath(QStringLiteral("mine.txt")));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("user data\n");
    mine.close();
    const Run occupied = runTessera(
        {QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"), dir.path()});
    QCOMPARE(occupied.exitCode, 2);
    QVERIFY(isOneLine(occupied.err));
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList {QStringLiteral("mine.txt")});
}

void TokenizeCliTest::undecodableImageIsLeftOutWithAWarning()
{
    // A bundle whose only image has a PNG signature and nothing decodable after it.
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(QDir().mkpath(bundle + QStringLiteral("/images")));
    const QMap<QString, QByteArray> files
        = {{QStringLiteral("manifest.json"),
               "{\"format\": \"tessera-graph-bundle\", \"version\": 1, \"name\": \"Broken\", \"tables\": "
               "{\"entities\": \"entities.tsv\", \"relations\": \"relations.tsv\", \"train\": \"train.tsv\"}}\n"},
            {QStringLiteral("entities.tsv"),
                "key\tlabel\tdescription\timages\nA\tAlpha\tfirst\timages/a.png\nB\tBeta\tsecond\timages/b.png\n"},
            {QStringLiteral("relations.tsv"), "key\tlabel\tdescription\nr\tr\t\n"},
            {QStringLiteral("train.tsv"), "head\trelation\ttail\nA\tr\tB\n"},
            {QStringLiteral("images/a.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x')}};
    for (auto it = files.begin(); it != files.end(); ++it) {
        QFile file(bundle + QLatin1Char('/') + it.key());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value());
    }
    // B's image is a real flag of the demo graph.
    QVERIFY(QFile::copy(kDemo + QStringLiteral("/images/flags/fr.png"), bundle + QStringLiteral("/images/b.png")));
    const QString out = dir.filePath(QStringLiteral("tokens"));
    const Run run
        = runTessera({QStringLiteral("tokenize"), QStringLiteral("--graph"), bundle, QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 0);
    // libpng may print its own complaint first; Tessera's warning names the file and the entity.
    QVERIFY2(run.err.contains("tessera: warning: ") && run.err.contains("images/a.png: cannot decode")
            && run.err.contains("; A is tokenized without it"),
        run.err.constData());
    QVERIFY(run.out.contains("1 undecodable image(s) left out"));
    // A is masked like an entity without an image; B has its 14 x 14 patch codes.
    const QJsonObject visual = readJsonObject(out + QStringLiteral("/visual-tokens.json"));
    QCOMPARE(visual.keys(), QStringList {QStringLiteral("B")});
    QCOMPARE(visual.value(QStringLiteral("B")).toArray().size(), 196);
}

// codebook-stats against the token files counted here with Qt's JSON reader: per-code counts,
// used and dead codes; tokens of another graph exit with 2 naming the entry.
void TokenizeCliTest::codebookStatsCountTheTokenFiles()
{
    QTemporaryDir dir;
    const QString tokens = dir.filePath(QStringLiteral("tokens"));
    QCOMPARE(runTessera({QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"), tokens})
                 .exitCode,
        0);
    const Run run = runTessera({QStringLiteral("codebook-stats"), QStringLiteral("--graph"), kDemo,
        QStringLiteral("--tokens"), tokens, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
    for (const QString& modality : {QStringLiteral("visual"), QStringLiteral("text")}) {
        const QJsonObject file = readJsonObject(tokens + QLatin1Char('/') + modality + QStringLiteral("-tokens.json"));
        const QJsonObject m = stats.value(modality).toObject();
        const int codes = m.value(QStringLiteral("codes")).toInt();
        QVERIFY(codes > 0);
        std::vector<qint64> counts(static_cast<std::size_t>(codes), 0);
        std::vector<qint64> documents(static_cast<std::size_t>(codes), 0);
        for (auto it = file.begin(); it != file.end(); ++it) {
            std::set<int> seen;
            for (const QJsonValue id : it.value().toArray()) {
                ++counts[static_cast<std::size_t>(id.toInt())];
                seen.insert(id.toInt());
            }
            for (const int id : seen)
                ++documents[static_cast<std::size_t>(id)];
        }
        const qint64 used = std::count_if(counts.begin(), counts.end(), [](qint64 c) { return c > 0; });
        QCOMPARE(m.value(QStringLiteral("entities")).toInt(), file.size());
        QCOMPARE(m.value(QStringLiteral("used")).toInteger(), used);
        QCOMPARE(m.value(QStringLiteral("dead")).toInteger(), codes - used);
        const QJsonArray reported = m.value(QStringLiteral("counts")).toArray();
        const QJsonArray reportedDocuments = m.value(QStringLiteral("document_frequency")).toArray();
        QCOMPARE(reported.size(), codes);
        for (int c = 0; c < codes; ++c) {
            QCOMPARE(reported[c].toInteger(), counts[static_cast<std::size_t>(c)]);
            QCOMPARE(reportedDocuments[c].toInteger(), documents[static_cast<std::size_t>(c)]);
        }
        const double perplexity = m.value(QStringLiteral("perplexity")).toDouble();
        QVERIFY(perplexity >= 1.0 && perplexity <= static_cast<double>(used));
    }
    // The colour stand-in: 64 codes (4 levels per channel); the flags use most, not all.
    QCOMPARE(stats.value(QStringLiteral("visual")).toObject().value(QStringLiteral("codes")).toInt(), 64);

    const Run other = runTessera({QStringLiteral("codebook-stats"), QStringLiteral("--graph"),
        QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/emoji"), QStringLiteral("--tokens"), tokens});
    QCOMPARE(other.exitCode, 2);
    QVERIFY(isOneLine(other.err));
    QVERIFY2(other.err.contains("visual-tokens.json: entry 'country/") && other.err.contains("another graph"),
        other.err.constData());
}

// tokenize --train-visual on the demo flags at a small size (32 px, 16 px patches: 2 x 2 codes per
// flag, 16 codes, 2 epochs): the folder's manifest, patch grids, per-entity tokens (4 per flag),
// the codebook as the visual table with a zero pad row, the log; the saved tokenizer applied to
// the same graph gives the same tokens, and applied to the Emoji graph tokenizes its images.
void TokenizeCliTest::learnedVisualTokensAndTheirTokenizer()
{
    QTemporaryDir dir;
    const QString tokens = dir.filePath(QStringLiteral("learned"));
    const Run run = runTessera({QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"),
        tokens, QStringLiteral("--train-visual"), QStringLiteral("--image-size"), QStringLiteral("32"),
        QStringLiteral("--patch-size"), QStringLiteral("16"), QStringLiteral("--codebook-size"), QStringLiteral("16"),
        QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1"),
        QStringLiteral("--quiet")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("epoch 2: loss"));
    const QJsonObject manifest = readJsonObject(tokens + QStringLiteral("/tokens.json"));
    QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("tessera-tokens"));
    const QJsonObject visualManifest = manifest.value(QStringLiteral("visual")).toObject();
    QCOMPARE(visualManifest.value(QStringLiteral("tokenizer")).toString(), QStringLiteral("tessera vq-ema"));
    QCOMPARE(visualManifest.value(QStringLiteral("codes")).toInt(), 16);
    QCOMPARE(visualManifest.value(QStringLiteral("grid")).toInt(), 2);

    const int flags
        = static_cast<int>(QDir(kDemo + QStringLiteral("/images/flags")).entryList({QStringLiteral("*.png")}).size());
    const QJsonObject patches = readJsonObject(tokens + QStringLiteral("/visual-patches.json"));
    const QJsonArray images = patches.value(QStringLiteral("images")).toArray();
    QCOMPARE(images.size(), flags);
    QCOMPARE(images.first().toObject().value(QStringLiteral("codes")).toArray().size(), 4);
    QVERIFY(images.first()
                .toObject()
                .value(QStringLiteral("image"))
                .toString()
                .startsWith(QStringLiteral("images/flags/")));
    const QJsonObject visual = readJsonObject(tokens + QStringLiteral("/visual-tokens.json"));
    QCOMPARE(visual.size(), flags);
    for (auto it = visual.begin(); it != visual.end(); ++it) {
        QCOMPARE(it.value().toArray().size(), 4);
        for (const QJsonValue id : it.value().toArray())
            QVERIFY(id.toInt() >= 0 && id.toInt() < 16);
    }
    const SafetensorsFile table
        = SafetensorsFile::open((tokens + QStringLiteral("/visual-table.safetensors")).toStdString());
    QCOMPARE(table.info("table").shape, (std::vector<std::int64_t> {17, 32}));
    const std::vector<float> values = table.toFloat32("table");
    for (int c = 0; c < 32; ++c)
        QCOMPARE(values[static_cast<std::size_t>(16 * 32 + c)], 0.0F);  // the pad row
    QCOMPARE(
        readJsonObject(tokens + QStringLiteral("/tokenizer-log.json")).value(QStringLiteral("epochs")).toArray().size(),
        2);

    // The saved tokenizer, applied again to the same graph: the same codes.
    const QString again = dir.filePath(QStringLiteral("again"));
    const Run apply = runTessera({QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"),
        again, QStringLiteral("--visual-tokenizer"), tokens + QStringLiteral("/tokenizer"), QStringLiteral("--threads"),
        QStringLiteral("1")});
    QVERIFY2(apply.exitCode == 0, apply.err.constData());
    QCOMPARE(readJsonObject(again + QStringLiteral("/visual-tokens.json")), visual);
    QVERIFY(!QFile::exists(again + QStringLiteral("/tokenizer")));
    // ... and to another graph: every Emoji image gets its 4 codes.
    const QString emoji = dir.filePath(QStringLiteral("emoji"));
    const Run other = runTessera({QStringLiteral("tokenize"), QStringLiteral("--graph"),
        QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/emoji"), QStringLiteral("--out"), emoji,
        QStringLiteral("--visual-tokenizer"), tokens + QStringLiteral("/tokenizer"), QStringLiteral("--threads"),
        QStringLiteral("1")});
    QVERIFY2(other.exitCode == 0, other.err.constData());
    QCOMPARE(
        readJsonObject(emoji + QStringLiteral("/visual-patches.json")).value(QStringLiteral("images")).toArray().size(),
        3786);
    // A tokenizer folder that is not one: exit 2 naming the file.
    const Run bad = runTessera({QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"),
        dir.filePath(QStringLiteral("bad")), QStringLiteral("--visual-tokenizer"), dir.path()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(isOneLine(bad.err));
    QVERIFY2(bad.err.contains("config.json: missing"), bad.err.constData());
}

// --text-tokenizer wordpiece: BERT ids without stop words and punctuation, over the full vocabulary.
void TokenizeCliTest::wordPieceTextTokens()
{
    QTemporaryDir dir;
    const QString tokens = dir.filePath(QStringLiteral("wp"));
    const Run run = runTessera({QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"),
        tokens, QStringLiteral("--text-tokenizer"), QStringLiteral("wordpiece")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject text = readJsonObject(tokens + QStringLiteral("/text-tokens.json"));
    QList<int> france;
    for (const QJsonValue id : text.value(QStringLiteral("country/FRA")).toArray())
        france << id.toInt();
    QVERIFY(france.contains(2605));   // france
    QVERIFY(france.contains(3000));   // paris
    QVERIFY(!france.contains(1996));  // the: a stop word
    QVERIFY(!france.contains(1010));  // ',': punctuation
    const QJsonObject manifest = readJsonObject(tokens + QStringLiteral("/tokens.json"));
    QCOMPARE(manifest.value(QStringLiteral("text")).toObject().value(QStringLiteral("codes")).toInt(), 30522);
    const SafetensorsFile table
        = SafetensorsFile::open((tokens + QStringLiteral("/text-table.safetensors")).toStdString());
    QCOMPARE(table.info("table").shape, (std::vector<std::int64_t> {30523, 64}));
    QCOMPARE(nonEmptyLines(tokens + QStringLiteral("/text-vocabulary.txt")), 30522);
}

// --train-visual --shared-codebook at a small size (32 px images, 16 codes, 1 epoch): images and
// descriptions through one codebook. The manifest says so, both tables are that codebook, every
// entity with word pieces gets one code per piece read (the first 48 of the word-piece tokens),
// the vocabulary names each code, codebook-stats reports the shared figures, and the saved
// tokenizer applied again gives the same tokens. --text-codebook learns a text codebook apart.
void TokenizeCliTest::sharedCodebookTokensAndTheirTokenizer()
{
    QTemporaryDir dir;
    const QStringList small {QStringLiteral("--image-size"), QStringLiteral("32"), QStringLiteral("--patch-size"),
        QStringLiteral("16"), QStringLiteral("--codebook-size"), QStringLiteral("16"), QStringLiteral("--epochs"),
        QStringLiteral("1"), QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--quiet")};
    const QString tokens = dir.filePath(QStringLiteral("shared"));
    const Run run
        = runTessera(QStringList {QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"),
                         tokens, QStringLiteral("--train-visual"), QStringLiteral("--shared-codebook")}
            + small);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("one codebook shared by images and text"), run.err.constData());
    QVERIFY(run.err.contains("epoch 1: loss"));
    const QJsonObject manifest = readJsonObject(tokens + QStringLiteral("/tokens.json"));
    QVERIFY(manifest.value(QStringLiteral("visual")).toObject().value(QStringLiteral("shared_codebook")).toBool());
    const QJsonObject textManifest = manifest.value(QStringLiteral("text")).toObject();
    QCOMPARE(textManifest.value(QStringLiteral("codes")).toInt(), 16);
    QVERIFY(textManifest.value(QStringLiteral("tokenizer")).toString().contains(QStringLiteral("shared codebook")));
    const auto visualTable
        = SafetensorsFile::open((tokens + QStringLiteral("/visual-table.safetensors")).toStdString());
    const auto textTable = SafetensorsFile::open((tokens + QStringLiteral("/text-table.safetensors")).toStdString());
    QCOMPARE(textTable.info("table").shape, (std::vector<std::int64_t> {17, 32}));
    QCOMPARE(textTable.toFloat32("table"), visualTable.toFloat32("table"));
    QCOMPARE(nonEmptyLines(tokens + QStringLiteral("/text-vocabulary.txt")), 16);

    // The same entities as BERT word-piece tokens, one code per piece read.
    const QString pieces = dir.filePath(QStringLiteral("pieces"));
    QCOMPARE(runTessera({QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"), pieces,
                            QStringLiteral("--text-tokenizer"), QStringLiteral("wordpiece")})
                 .exitCode,
        0);
    const QJsonObject wordPieces = readJsonObject(pieces + QStringLiteral("/text-tokens.json"));
    const QJsonObject text = readJsonObject(tokens + QStringLiteral("/text-tokens.json"));
    QCOMPARE(text.keys(), wordPieces.keys());
    for (auto it = text.begin(); it != text.end(); ++it) {
        QCOMPARE(it.value().toArray().size(), std::min<qsizetype>(48, wordPieces.value(it.key()).toArray().size()));
        for (const QJsonValue id : it.value().toArray())
            QVERIFY(id.toInt() >= 0 && id.toInt() < 16);
    }

    const Run stats = runTessera({QStringLiteral("codebook-stats"), QStringLiteral("--graph"), kDemo,
        QStringLiteral("--tokens"), tokens, QStringLiteral("--json")});
    QVERIFY2(stats.exitCode == 0, stats.err.constData());
    const QJsonObject figures = QJsonDocument::fromJson(stats.out).object();
    QVERIFY(figures.contains(QStringLiteral("mixed_share")));
    QVERIFY(figures.contains(QStringLiteral("js_divergence")));

    const QString again = dir.filePath(QStringLiteral("again"));
    const Run apply = runTessera({QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"),
        again, QStringLiteral("--visual-tokenizer"), tokens + QStringLiteral("/tokenizer"), QStringLiteral("--threads"),
        QStringLiteral("1")});
    QVERIFY2(apply.exitCode == 0, apply.err.constData());
    QCOMPARE(readJsonObject(again + QStringLiteral("/visual-tokens.json")),
        readJsonObject(tokens + QStringLiteral("/visual-tokens.json")));
    QCOMPARE(readJsonObject(again + QStringLiteral("/text-tokens.json")), text);

    // Separate codebooks: not shared, and the text table is the text codebook.
    const QString separate = dir.filePath(QStringLiteral("separate"));
    const Run apart
        = runTessera(QStringList {QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"),
                         separate, QStringLiteral("--train-visual"), QStringLiteral("--text-codebook")}
            + small);
    QVERIFY2(apart.exitCode == 0, apart.err.constData());
    QVERIFY(!readJsonObject(separate + QStringLiteral("/tokens.json"))
                 .value(QStringLiteral("visual"))
                 .toObject()
                 .value(QStringLiteral("shared_codebook"))
                 .toBool());
    QVERIFY(
        SafetensorsFile::open((separate + QStringLiteral("/text-table.safetensors")).toStdString()).toFloat32("table")
        != SafetensorsFile::open((separate + QStringLiteral("/visual-table.safetensors")).toStdString())
               .toFloat32("table"));

    // Options that do not go together: exit 2, one line, nothing written.
    for (const QStringList& bad : {QStringList {QStringLiteral("--shared-codebook")},
             QStringList {QStringLiteral("--train-visual"), QStringLiteral("--shared-codebook"),
                 QStringLiteral("--text-codebook")},
             QStringList {QStringLiteral("--train-visual"), QStringLiteral("--shared-codebook"),
                 QStringLiteral("--text-tokenizer"), QStringLiteral("words")}}) {
        const QString out = dir.filePath(QStringLiteral("refused"));
        const Run refused = runTessera(
            QStringList {QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo, QStringLiteral("--out"), out}
            + bad);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(isOneLine(refused.err));
        QVERIFY(!QFile::exists(out));
    }
}

// `wordpiece --json`: one object per text, ids as in bert-base-uncased.txt (line - 1, by grep).
void TokenizeCliTest::wordpieceJson()
{
    const Run run = runTessera({QStringLiteral("wordpiece"), QStringLiteral("--json"), QStringLiteral("Hello, Café!"),
        QStringLiteral("中国")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(QString::fromUtf8(run.out),
        QString::fromUtf8(
            "[\n"
            "  {\"text\":\"Hello, Café!\",\"tokens\":[\"hello\",\",\",\"cafe\",\"!\"],\"ids\":[7592,1010,7668,999]},\n"
            "  {\"text\":\"中国\",\"tokens\":[\"中\",\"国\"],\"ids\":[1746,1799]}\n"
            "]\n"));
}

// Without --json: the pieces above their ids, aligned; texts read from standard input likewise.
void TokenizeCliTest::wordpieceAligned()
{
    const Run run = runTessera({QStringLiteral("wordpiece"), QStringLiteral("unaffable")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("  una   ##ffa ##ble\n  14477 20961 3468\n"));
}

void TokenizeCliTest::wordpieceBadVocabulary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vocab.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[UNK]\nthe\n##s\nthe\n");
    file.close();
    const Run run = runTessera({QStringLiteral("wordpiece"), QStringLiteral("--vocab"), path, QStringLiteral("the")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(isOneLine(run.err));
    QCOMPARE(
        QString::fromUtf8(run.err), QStringLiteral("tessera: %1:4: word piece 'the' is already on line 2\n").arg(path));
    // A vocabulary the user gives is used as given.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[UNK]\nthe\n##s\ncat\n");
    file.close();
    const Run ok = runTessera({QStringLiteral("wordpiece"), QStringLiteral("--json"), QStringLiteral("--vocab"), path,
        QStringLiteral("the cats dog")});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.out,
        QByteArray(
            "[\n  {\"text\":\"the cats dog\",\"tokens\":[\"the\",\"cat\",\"##s\",\"[UNK]\"],\"ids\":[1,3,2,0]}\n]\n"));
}

// tokenize --resume: one epoch, then --resume up to three, gives the tokens and the codebook of
// three epochs in one run, with the whole log; --no-ema logs its codebook loss.
void TokenizeCliTest::resumedTokenizerEqualsAnUninterruptedOne()
{
    QTemporaryDir dir;
    const QStringList small {QStringLiteral("--image-size"), QStringLiteral("32"), QStringLiteral("--patch-size"),
        QStringLiteral("16"), QStringLiteral("--codebook-size"), QStringLiteral("16"), QStringLiteral("--dead-after"),
        QStringLiteral("4"), QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--quiet")};
    const auto tokenize = [&](const QString& name, const QStringList& extra) {
        return runTessera(QStringList {QStringLiteral("tokenize"), QStringLiteral("--graph"), kDemo,
                              QStringLiteral("--out"), dir.filePath(name)}
            + small + extra);
    };
    const Run whole = tokenize(
        QStringLiteral("whole"), {QStringLiteral("--train-visual"), QStringLiteral("--epochs"), QStringLiteral("3")});
    QVERIFY2(whole.exitCode == 0, whole.err.constData());
    const Run first = tokenize(
        QStringLiteral("first"), {QStringLiteral("--train-visual"), QStringLiteral("--epochs"), QStringLiteral("1")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const Run resumed = tokenize(QStringLiteral("resumed"),
        {QStringLiteral("--resume"), dir.filePath(QStringLiteral("first")), QStringLiteral("--epochs"),
            QStringLiteral("3")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY(resumed.err.contains("after epoch 1, up to epoch 3"));
    QVERIFY(!resumed.err.contains("epoch 1: loss"));
    QCOMPARE(readJsonObject(dir.filePath(QStringLiteral("resumed/visual-tokens.json"))),
        readJsonObject(dir.filePath(QStringLiteral("whole/visual-tokens.json"))));
    const SafetensorsFile a
        = SafetensorsFile::open(dir.filePath(QStringLiteral("whole/visual-table.safetensors")).toStdString());
    const SafetensorsFile b
        = SafetensorsFile::open(dir.filePath(QStringLiteral("resumed/visual-table.safetensors")).toStdString());
    QCOMPARE(b.toFloat32("table"), a.toFloat32("table"));
    const QJsonArray log = readJsonObject(dir.filePath(QStringLiteral("resumed/tokenizer-log.json")))
                               .value(QStringLiteral("epochs"))
                               .toArray();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).toObject(),
        readJsonObject(dir.filePath(QStringLiteral("first/tokenizer-log.json")))
            .value(QStringLiteral("epochs"))
            .toArray()
            .at(0)
            .toObject());
    QCOMPARE(log.at(2).toObject().value(QStringLiteral("epoch")).toInt(), 3);

    // Nothing left to train, a folder that is not a tokenizer, a shared codebook without EMA.
    const Run done = tokenize(QStringLiteral("done"),
        {QStringLiteral("--resume"), dir.filePath(QStringLiteral("resumed")), QStringLiteral("--epochs"),
            QStringLiteral("3")});
    QCOMPARE(done.exitCode, 2);
    QVERIFY2(done.err.contains("already trained for 3 epochs"), done.err.constData());
    const Run missing = tokenize(QStringLiteral("missing"), {QStringLiteral("--resume"), dir.path()});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("config.json") && isOneLine(missing.err), missing.err.constData());
    const Run shared = tokenize(QStringLiteral("shared"),
        {QStringLiteral("--train-visual"), QStringLiteral("--shared-codebook"), QStringLiteral("--no-ema")});
    QCOMPARE(shared.exitCode, 2);
    QVERIFY2(shared.err.contains("--no-ema"), shared.err.constData());

    // A tokenizer of images and text resumes the same way, with its own settings.
    const QStringList paired {QStringLiteral("--train-visual"), QStringLiteral("--shared-codebook")};
    const Run sharedWhole = tokenize(
        QStringLiteral("shared-whole"), paired + QStringList {QStringLiteral("--epochs"), QStringLiteral("2")});
    QVERIFY2(sharedWhole.exitCode == 0, sharedWhole.err.constData());
    const Run sharedFirst = tokenize(
        QStringLiteral("shared-first"), paired + QStringList {QStringLiteral("--epochs"), QStringLiteral("1")});
    QVERIFY2(sharedFirst.exitCode == 0, sharedFirst.err.constData());
    const Run sharedResumed = tokenize(QStringLiteral("shared-resumed"),
        {QStringLiteral("--resume"), dir.filePath(QStringLiteral("shared-first")), QStringLiteral("--epochs"),
            QStringLiteral("2")});
    QVERIFY2(sharedResumed.exitCode == 0, sharedResumed.err.constData());
    QVERIFY(sharedResumed.err.contains("one codebook shared by images and text"));
    QVERIFY(sharedResumed.err.contains("after epoch 1, up to epoch 2"));
    for (const QString file : {QStringLiteral("visual-tokens.json"), QStringLiteral("text-tokens.json")}) {
        QCOMPARE(readJsonObject(dir.filePath(QStringLiteral("shared-resumed/") + file)),
            readJsonObject(dir.filePath(QStringLiteral("shared-whole/") + file)));
    }
    QCOMPARE(
        SafetensorsFile::open(dir.filePath(QStringLiteral("shared-resumed/visual-table.safetensors")).toStdString())
            .toFloat32("table"),
        SafetensorsFile::open(dir.filePath(QStringLiteral("shared-whole/visual-table.safetensors")).toStdString())
            .toFloat32("table"));
    QCOMPARE(readJsonObject(dir.filePath(QStringLiteral("shared-resumed/tokenizer-log.json")))
                 .value(QStringLiteral("epochs"))
                 .toArray()
                 .size(),
        2);
    const Run sharedAgain = tokenize(QStringLiteral("shared-again"),
        {QStringLiteral("--resume"), dir.filePath(QStringLiteral("shared-first")), QStringLiteral("--text-codebook"),
            QStringLiteral("--epochs"), QStringLiteral("2")});
    QCOMPARE(sharedAgain.exitCode, 2);
    QVERIFY2(sharedAgain.err.contains("--text-codebook do not apply") && isOneLine(sharedAgain.err),
        sharedAgain.err.constData());

    const Run noEma = tokenize(QStringLiteral("no-ema"),
        {QStringLiteral("--train-visual"), QStringLiteral("--no-ema"), QStringLiteral("--epochs"),
            QStringLiteral("1")});
    QVERIFY2(noEma.exitCode == 0, noEma.err.constData());
    QVERIFY(noEma.err.contains("codes learned by the codebook loss (no EMA)"));
    const QJsonObject epoch = readJsonObject(dir.filePath(QStringLiteral("no-ema/tokenizer-log.json")))
                                  .value(QStringLiteral("epochs"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QVERIFY(epoch.value(QStringLiteral("codebook_loss")).toDouble() > 0);
    QCOMPARE(readJsonObject(dir.filePath(QStringLiteral("no-ema/tokenizer/config.json")))
                 .value(QStringLiteral("ema"))
                 .toBool(true),
        false);
}

QTEST_MAIN(TokenizeCliTest)
#include "TokenizeCliTest.moc"
