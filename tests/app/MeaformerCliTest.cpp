// The alignment subcommands through the real `tessera` binary on the meaformer-small reference
// fixture: import-model --from meaformer-reference, then evaluate / align / dump on its kg/
// workspace, compared with what the reference wrote (metrics.json, expected.safetensors); and the
// workspace problems a user meets, each with its message.

#include "tensors/SafetensorsFile.h"

#include "TesseraProcess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using tessera::SafetensorsFile;
using test::isOneLine;
using test::Run;
using test::runTessera;

namespace {

constexpr double kTolerance = 1e-5;

QString fixture(const QString& name = {})
{
    return QStringLiteral(TESSERA_SHARED_DIR "/fixtures/meaformer-small")
        + (name.isEmpty() ? QString() : QLatin1Char('/') + name);
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A writable copy of the fixture's kg/ folder.
QString copyWorkspace(const QTemporaryDir& scratch, const QString& name)
{
    const QString to = scratch.filePath(name);
    QDir().mkpath(to);
    const QDir kg(fixture(QStringLiteral("kg")));
    for (const QString& file : kg.entryList(QDir::Files))
        QFile::copy(kg.filePath(file), to + QLatin1Char('/') + file);
    for (const QString& file : QDir(to).entryList(QDir::Files))
        QFile(to + QLatin1Char('/') + file).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return to;
}

bool appendLine(const QString& path, const QByteArray& line)
{
    QFile file(path);
    if (!file.open(QIODevice::Append))
        return false;
    return file.write(line + '\n') == line.size() + 1;
}

bool replaceInFile(const QString& path, const QByteArray& from, const QByteArray& to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = file.readAll();
    file.close();
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text) == text.size();
}

double maxDifference(const std::vector<float>& a, const std::vector<float>& b)
{
    if (a.size() != b.size())
        return std::numeric_limits<double>::infinity();
    double worst = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(static_cast<double>(a[i]) - b[i]));
    return worst;
}

}  // namespace

class MeaformerCliTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void evaluateJsonEqualsTheReference();
    void evaluateAgainstAllCandidatesCountsTheTrainingTargetsToo();
    void alignRanksAsTheReferenceTestBlock_data();
    void alignRanksAsTheReferenceTestBlock();
    void alignListsEveryEntityOfTheOtherGraph();
    void dumpWritesTheReferenceTensors_data();
    void dumpWritesTheReferenceTensors();
    void renderMetaWeightsWritesTheReferenceWeights();
    void renderAlignmentRanksAsTheReference();
    void bundledDemoModelScoresItsReport();
    void renderAlignmentWindowGrabsTheWorkspace();
    void modelFromAnotherWorkspaceIsRefused();
    void pairNamingAnUnknownEntityNamesTheLine();
    void duplicateAndOneToManyPairsAreDroppedWithAWarning();
    void graphsSharingAnIdAreRefused();
    void wrongKindOfModelOrWorkspaceIsExplained();
    void truncatedWeightsNameTheFile();

private:
    QTemporaryDir scratch_;
    QString model_;
    std::optional<SafetensorsFile> expected_;
    std::optional<SafetensorsFile> inputs_;
};

void MeaformerCliTest::initTestCase()
{
    if (!QFile::exists(fixture(QStringLiteral("weights.safetensors"))))
        QSKIP("../shared/fixtures/meaformer-small is not present on this machine");
    QVERIFY(scratch_.isValid());
    model_ = scratch_.filePath(QStringLiteral("model"));
    const Run run = runTessera({QStringLiteral("import-model"), QStringLiteral("--from"),
        QStringLiteral("meaformer-reference"), fixture(), QStringLiteral("--out"), model_});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("MEAformer: 30 + 30 entities, modalities img, att, rel, gph, hidden 32"));
    QCOMPARE(readJson(model_ + QStringLiteral("/config.json"))[QStringLiteral("kind")].toString(),
        QStringLiteral("meaformer"));
    expected_.emplace(SafetensorsFile::open(fixture(QStringLiteral("expected.safetensors")).toStdString()));
    inputs_.emplace(SafetensorsFile::open(fixture(QStringLiteral("inputs.safetensors")).toStdString()));
}

void MeaformerCliTest::evaluateJsonEqualsTheReference()
{
    const Run run = runTessera({QStringLiteral("evaluate"), QStringLiteral("--workspace"),
        fixture(QStringLiteral("kg")), QStringLiteral("--model"), model_, QStringLiteral("--json"),
        QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonObject metrics = readJson(fixture(QStringLiteral("metrics.json")));
    QCOMPARE(root[QStringLiteral("test_pairs")].toInt(), 21);
    const std::pair<const char*, const char*> blocks[] = {{"csls", "with_csls"}, {"plain", "without_csls"}};
    for (const auto& [ours, theirs] : blocks) {
        for (const char* direction : {"l2r", "r2l"}) {
            const QJsonObject m = root[QLatin1String(ours)].toObject()[QLatin1String(direction)].toObject();
            const QJsonObject r = metrics[QLatin1String(theirs)].toObject()[QLatin1String(direction)].toObject();
            QCOMPARE(m[QStringLiteral("count")].toInt(), 21);
            QCOMPARE(m[QStringLiteral("hits@1_count")].toInt(), r[QStringLiteral("hits@1_count")].toInt());
            QCOMPARE(m[QStringLiteral("hits@10_count")].toInt(), r[QStringLiteral("hits@10_count")].toInt());
            QVERIFY(std::abs(m[QStringLiteral("mrr")].toDouble() - r[QStringLiteral("mrr")].toDouble()) < 1e-12);
            QVERIFY(std::abs(m[QStringLiteral("hits@1")].toDouble() - r[QStringLiteral("hits@1")].toDouble()) < 1e-4);
            QVERIFY(std::abs(m[QStringLiteral("hits@10")].toDouble() - r[QStringLiteral("hits@10")].toDouble()) < 1e-4);
        }
    }
    QCOMPARE(root[QStringLiteral("csls")].toObject()[QStringLiteral("k")].toInt(), 3);
    QVERIFY(root[QStringLiteral("warnings")].toArray().isEmpty());
}

void MeaformerCliTest::evaluateAgainstAllCandidatesCountsTheTrainingTargetsToo()
{
    const Run run = runTessera({QStringLiteral("evaluate"), QStringLiteral("--workspace"),
        fixture(QStringLiteral("kg")), QStringLiteral("--model"), model_, QStringLiteral("--json"),
        QStringLiteral("--candidates"), QStringLiteral("all")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root[QStringLiteral("candidates_l2r")].toInt(), 30);
    QCOMPARE(root[QStringLiteral("candidates_r2l")].toInt(), 30);
    // 9 more candidates per query can only push the true counterpart down: MR grows, MRR shrinks.
    const QJsonObject reference = readJson(fixture(QStringLiteral("metrics.json")));
    for (const char* direction : {"l2r", "r2l"}) {
        const QJsonObject m = root[QStringLiteral("plain")].toObject()[QLatin1String(direction)].toObject();
        const QJsonObject r = reference[QStringLiteral("without_csls")].toObject()[QLatin1String(direction)].toObject();
        QVERIFY(m[QStringLiteral("mr")].toDouble() >= r[QStringLiteral("mr")].toDouble());
        QVERIFY(m[QStringLiteral("mrr")].toDouble() <= r[QStringLiteral("mrr")].toDouble());
    }
}

void MeaformerCliTest::alignRanksAsTheReferenceTestBlock_data()
{
    QTest::addColumn<int>("pair");
    QTest::addColumn<bool>("fromB");
    for (int pair : {0, 4, 11, 20}) {
        QTest::addRow("pair %d from A", pair) << pair << false;
        QTest::addRow("pair %d from B", pair) << pair << true;
    }
}

void MeaformerCliTest::alignRanksAsTheReferenceTestBlock()
{
    // Within the test block (--candidates test), align ranks the way the reference's test
    // routine does: the true counterpart's rank is the reference's rank + 1, the best score is the
    // row's (or column's) largest CSLS value, and the meta-weights are the entity's weight_norm row.
    QFETCH(int, pair);
    QFETCH(bool, fromB);
    const std::vector<std::int64_t> pairs = inputs_->toInt64("test_pairs");
    const std::int64_t source = pairs[static_cast<std::size_t>(2 * pair)];
    const std::int64_t target = pairs[static_cast<std::size_t>(2 * pair + 1)];
    const QString key = fromB
        ? QStringLiteral("http://kg2.example.org/resource/F%1").arg(target, 3, 10, QLatin1Char('0'))
        : QStringLiteral("http://kg1.example.org/resource/E%1").arg(source, 3, 10, QLatin1Char('0'));
    const Run run = runTessera({QStringLiteral("align"), QStringLiteral("--workspace"), fixture(QStringLiteral("kg")),
        QStringLiteral("--model"), model_, QStringLiteral("--entity"), key, QStringLiteral("--candidates"),
        QStringLiteral("test"), QStringLiteral("--k"), QStringLiteral("21"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root[QStringLiteral("graph")].toString(), fromB ? QStringLiteral("B") : QStringLiteral("A"));
    QCOMPARE(root[QStringLiteral("candidates_ranked")].toInt(), 21);
    const std::vector<std::int64_t> ranks = expected_->toInt64(fromB ? "test.rank_r2l" : "test.rank_l2r");
    const QJsonObject truth = root[QStringLiteral("counterpart")].toObject();
    QCOMPARE(truth[QStringLiteral("rank")].toInt(), static_cast<int>(ranks[static_cast<std::size_t>(pair)] + 1));
    QCOMPARE(truth[QStringLiteral("pair")].toString(), QStringLiteral("test"));

    const std::vector<float> csls = expected_->toFloat32("test.sim_after_csls");
    float best = -std::numeric_limits<float>::infinity();
    for (int other = 0; other < 21; ++other)
        best = std::max(best,
            fromB ? csls[static_cast<std::size_t>(other * 21 + pair)]
                  : csls[static_cast<std::size_t>(pair * 21 + other)]);
    const QJsonArray list = root[QStringLiteral("candidates")].toArray();
    QCOMPARE(list.size(), 21);
    QVERIFY(std::abs(list[0].toObject()[QStringLiteral("csls")].toDouble() - best) < kTolerance);
    for (int i = 1; i < list.size(); ++i)
        QVERIFY(list[i].toObject()[QStringLiteral("csls")].toDouble()
            <= list[i - 1].toObject()[QStringLiteral("csls")].toDouble());

    const std::vector<float> weights = expected_->toFloat32("weight_norm");
    const std::int64_t row = fromB ? target : source;
    const QJsonObject meta = root[QStringLiteral("meta_weights")].toObject();
    const char* names[] = {"img", "att", "rel", "gph"};
    for (int m = 0; m < 4; ++m)
        QVERIFY(std::abs(meta[QLatin1String(names[m])].toDouble() - weights[static_cast<std::size_t>(row * 4 + m)])
            < kTolerance);
}

void MeaformerCliTest::alignListsEveryEntityOfTheOtherGraph()
{
    const Run run = runTessera({QStringLiteral("align"), QStringLiteral("--workspace"), fixture(QStringLiteral("kg")),
        QStringLiteral("--model"), model_, QStringLiteral("--entity"), QStringLiteral("E027"), QStringLiteral("--k"),
        QStringLiteral("3")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("CSLS k=3 over 30 candidates")), run.out.constData());
    // E027 ↔ F036 is the first seed pair of the shuffled split.
    QVERIFY2(text.contains(QStringLiteral("true counterpart (seed pair): http://kg2.example.org/resource/F036")),
        run.out.constData());
    // Title, meta-weights, header, the 3 candidates asked for, the counterpart line.
    QCOMPARE(text.count(QStringLiteral("\n")), 7);
}

void MeaformerCliTest::dumpWritesTheReferenceTensors_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("tensor");
    QTest::addColumn<QString>("reference");
    QTest::newRow("meta-weights") << QStringLiteral("meta-weights") << QStringLiteral("meta_weights")
                                  << QStringLiteral("weight_norm");
    QTest::newRow("fused") << QStringLiteral("fused") << QStringLiteral("fused") << QStringLiteral("joint_emb");
    QTest::newRow("modal image") << QStringLiteral("modal") << QStringLiteral("modal.img")
                                 << QStringLiteral("modal_emb.img");
    QTest::newRow("modal structure") << QStringLiteral("modal") << QStringLiteral("modal.gph")
                                     << QStringLiteral("modal_emb.gph");
}

void MeaformerCliTest::dumpWritesTheReferenceTensors()
{
    QFETCH(QString, what);
    QFETCH(QString, tensor);
    QFETCH(QString, reference);
    const QString out = scratch_.filePath(what + QStringLiteral(".safetensors"));
    const Run run = runTessera({QStringLiteral("dump"), QStringLiteral("--workspace"), fixture(QStringLiteral("kg")),
        QStringLiteral("--model"), model_, QStringLiteral("--what"), what, QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const SafetensorsFile file = SafetensorsFile::open(out.toStdString());
    QCOMPARE(file.metadata().at("modalities"), std::string("img,att,rel,gph"));
    QCOMPARE(file.metadata().at("rows_a"), std::string("30"));
    const double diff
        = maxDifference(file.toFloat32(tensor.toStdString()), expected_->toFloat32(reference.toStdString()));
    QVERIFY2(diff < kTolerance, qPrintable(QString::number(diff)));
    if (what == QLatin1String("modal"))
        QCOMPARE(file.toInt64("present"), std::vector<std::int64_t>(240, 1));
}

void MeaformerCliTest::renderMetaWeightsWritesTheReferenceWeights()
{
    const QString png = scratch_.filePath(QStringLiteral("meta-weights.png"));
    const QString csv = scratch_.filePath(QStringLiteral("meta-weights.csv"));
    const Run run = runTessera({QStringLiteral("render"), QStringLiteral("meta-weights"), QStringLiteral("--workspace"),
        fixture(QStringLiteral("kg")), QStringLiteral("--model"), model_, QStringLiteral("--entity"),
        QStringLiteral("E005"), QStringLiteral("--out"), png, QStringLiteral("--csv"), csv, QStringLiteral("--width"),
        QStringLiteral("900"), QStringLiteral("--height"), QStringLiteral("600")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QImage(png).size(), QSize(900, 600));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 61);
    QCOMPARE(lines[0], QStringLiteral("row,graph,key,label,dominant,img,att,rel,gph"));
    const std::vector<float> weights = expected_->toFloat32("weight_norm");
    for (int row = 0; row < 60; ++row) {
        const QStringList fields = lines[row + 1].split(QLatin1Char(','));
        QCOMPARE(fields.size(), 9);
        QCOMPARE(fields[1], row < 30 ? QStringLiteral("A") : QStringLiteral("B"));
        int dominant = 0;
        for (int m = 0; m < 4; ++m) {
            QVERIFY(std::abs(fields[5 + m].toDouble() - weights[static_cast<std::size_t>(row * 4 + m)]) < kTolerance);
            if (weights[static_cast<std::size_t>(row * 4 + m)] > weights[static_cast<std::size_t>(row * 4 + dominant)])
                dominant = m;
        }
        const char* names[] = {"img", "att", "rel", "gph"};
        QCOMPARE(fields[4], QLatin1String(names[dominant]));
    }
}

void MeaformerCliTest::renderAlignmentRanksAsTheReference()
{
    // Test pair 4's source, ranked within the test block: the CSV's true counterpart sits at the
    // reference's rank, and the first row's CSLS is the row's largest reference CSLS value.
    const std::vector<std::int64_t> pairs = inputs_->toInt64("test_pairs");
    const std::int64_t source = pairs[8];
    const QString key = QStringLiteral("http://kg1.example.org/resource/E%1").arg(source, 3, 10, QLatin1Char('0'));
    const QString png = scratch_.filePath(QStringLiteral("alignment.png"));
    const QString csv = scratch_.filePath(QStringLiteral("alignment.csv"));
    const Run run = runTessera({QStringLiteral("render"), QStringLiteral("alignment"), QStringLiteral("--workspace"),
        fixture(QStringLiteral("kg")), QStringLiteral("--model"), model_, QStringLiteral("--entity"), key,
        QStringLiteral("--candidates"), QStringLiteral("test"), QStringLiteral("--k"), QStringLiteral("21"),
        QStringLiteral("--out"), png, QStringLiteral("--csv"), csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!QImage(png).isNull());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 22);
    QCOMPARE(lines[0], QStringLiteral("rank,key,label,csls,similarity,img,att,rel,gph,pair,true_counterpart"));
    const std::int64_t expectedRank = expected_->toInt64("test.rank_l2r")[4] + 1;
    int truthRank = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char(','));
        QCOMPARE(fields[9], QStringLiteral("test"));
        if (fields[10] == QLatin1String("1"))
            truthRank = fields[0].toInt();
    }
    QCOMPARE(truthRank, static_cast<int>(expectedRank));
    const std::vector<float> csls = expected_->toFloat32("test.sim_after_csls");
    const float best = *std::max_element(csls.begin() + 4 * 21, csls.begin() + 5 * 21);
    QVERIFY(std::abs(lines[1].split(QLatin1Char(','))[3].toDouble() - best) < kTolerance);
}

void MeaformerCliTest::bundledDemoModelScoresItsReport()
{
    // The bundled Countries EN–ZH model still scores what make-alignment-model.sh measured, and
    // well above the flag-blind, name-blind structure it starts from (a 591-way choice).
    const QString demo = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo");
    const Run run = runTessera(
        {QStringLiteral("evaluate"), QStringLiteral("--workspace"), demo + QStringLiteral("/countries-en-zh"),
            QStringLiteral("--model"), demo + QStringLiteral("/models/countries-en-zh-meaformer"),
            QStringLiteral("--json"), QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonObject report = readJson(demo + QStringLiteral("/models/countries-en-zh-meaformer.evaluation.json"));
    for (const char* direction : {"l2r", "r2l"}) {
        const QJsonObject m = root[QStringLiteral("csls")].toObject()[QLatin1String(direction)].toObject();
        const QJsonObject r = report[QStringLiteral("csls")].toObject()[QLatin1String(direction)].toObject();
        QCOMPARE(m[QStringLiteral("count")].toInt(), 591);
        QCOMPARE(m[QStringLiteral("count")].toInt(), r[QStringLiteral("count")].toInt());
        QVERIFY(std::abs(m[QStringLiteral("hits@1")].toDouble() - r[QStringLiteral("hits@1")].toDouble()) < 1e-9);
        QVERIFY(std::abs(m[QStringLiteral("mrr")].toDouble() - r[QStringLiteral("mrr")].toDouble()) < 1e-6);
        QVERIFY(m[QStringLiteral("hits@1")].toDouble() > 0.9);
    }
}

void MeaformerCliTest::renderAlignmentWindowGrabsTheWorkspace()
{
    // The whole alignment window, headless, at the size asked; a bad --filter is one line, exit 2.
    const QString demo = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo");
    const QString png = scratch_.filePath(QStringLiteral("alignment-window.png"));
    const QStringList common {QStringLiteral("render"), QStringLiteral("alignment-window"),
        QStringLiteral("--workspace"), demo + QStringLiteral("/countries-en-zh"), QStringLiteral("--model"),
        demo + QStringLiteral("/models/countries-en-zh-meaformer"), QStringLiteral("--width"), QStringLiteral("1200"),
        QStringLiteral("--height"), QStringLiteral("800"), QStringLiteral("--out"), png};
    const Run run = runTessera(common
        + QStringList {QStringLiteral("--filter"), QStringLiteral("wrong"), QStringLiteral("--entity"),
            QStringLiteral("country/FRA")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1200, 800));
    const Run bad = runTessera(common + QStringList {QStringLiteral("--filter"), QStringLiteral("mistakes")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(isOneLine(bad.err));
    QVERIFY2(bad.err.contains("--filter must be one of all, test, seed, wrong, accepted, unpaired, got 'mistakes'"),
        bad.err.constData());
}

void MeaformerCliTest::modelFromAnotherWorkspaceIsRefused()
{
    QTemporaryDir scratch;
    const QString workspace = copyWorkspace(scratch, QStringLiteral("renamed"));
    QVERIFY(replaceInFile(workspace + QStringLiteral("/ent_ids_2"), "resource/F031", "resource/G031"));
    const Run run = runTessera(
        {QStringLiteral("evaluate"), QStringLiteral("--workspace"), workspace, QStringLiteral("--model"), model_});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(isOneLine(run.err), run.err.constData());
    QVERIFY2(run.err.contains("model was trained on another workspace (graph B key checksum"), run.err.constData());
    QVERIFY(run.err.contains((model_ + QStringLiteral("/config.json")).toUtf8()) || run.err.contains(model_.toUtf8()));
}

void MeaformerCliTest::pairNamingAnUnknownEntityNamesTheLine()
{
    QTemporaryDir scratch;
    const QString workspace = copyWorkspace(scratch, QStringLiteral("unknown"));
    QVERIFY(appendLine(workspace + QStringLiteral("/test_pairs"), "3\t99"));
    const Run run = runTessera(
        {QStringLiteral("evaluate"), QStringLiteral("--workspace"), workspace, QStringLiteral("--model"), model_});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(isOneLine(run.err), run.err.constData());
    QVERIFY2(run.err.contains("test_pairs:22: KG2 entity id 99 is not in ent_ids_2"), run.err.constData());
}

void MeaformerCliTest::duplicateAndOneToManyPairsAreDroppedWithAWarning()
{
    QTemporaryDir scratch;
    const QString workspace = copyWorkspace(scratch, QStringLiteral("duplicates"));
    const std::vector<std::int64_t> pairs = inputs_->toInt64("test_pairs");
    // Line 22: test pair 0 again; line 23: its source with another counterpart (a training target).
    QVERIFY(appendLine(
        workspace + QStringLiteral("/test_pairs"), QByteArray::number(pairs[0]) + '\t' + QByteArray::number(pairs[1])));
    QVERIFY(appendLine(workspace + QStringLiteral("/test_pairs"), QByteArray::number(pairs[0]) + "\t36"));
    const Run run = runTessera({QStringLiteral("evaluate"), QStringLiteral("--workspace"), workspace,
        QStringLiteral("--model"), model_, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("1 duplicate pair(s) and 1 pair(s) naming an entity that already has a counterpart were "
                              "left out (first at test_pairs:22); kept 30 one-to-one pairs"),
        run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root[QStringLiteral("test_pairs")].toInt(), 21);
    const QJsonObject metrics = readJson(fixture(QStringLiteral("metrics.json")));
    QCOMPARE(root[QStringLiteral("csls")]
                 .toObject()[QStringLiteral("l2r")]
                 .toObject()[QStringLiteral("hits@1_count")]
                 .toInt(),
        metrics[QStringLiteral("with_csls")]
            .toObject()[QStringLiteral("l2r")]
            .toObject()[QStringLiteral("hits@1_count")]
            .toInt());
    QCOMPARE(root[QStringLiteral("warnings")].toArray().size(), 1);
}

void MeaformerCliTest::graphsSharingAnIdAreRefused()
{
    QTemporaryDir scratch;
    const QString workspace = copyWorkspace(scratch, QStringLiteral("shared-id"));
    QVERIFY(replaceInFile(workspace + QStringLiteral("/ent_ids_2"), "31\thttp://kg2", "5\thttp://kg2"));
    const Run run = runTessera(
        {QStringLiteral("evaluate"), QStringLiteral("--workspace"), workspace, QStringLiteral("--model"), model_});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(isOneLine(run.err), run.err.constData());
    QVERIFY2(run.err.contains("ent_ids_2:2: duplicate entity id 5 (ids are global across ent_ids_1 and ent_ids_2)"),
        run.err.constData());
}

void MeaformerCliTest::wrongKindOfModelOrWorkspaceIsExplained()
{
    // A MEAformer model where a graph is expected.
    Run run = runTessera({QStringLiteral("evaluate"), QStringLiteral("--graph"), fixture(QStringLiteral("kg")),
        QStringLiteral("--model"), model_});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(isOneLine(run.err), run.err.constData());
    // A single graph where a workspace is expected.
    run = runTessera({QStringLiteral("evaluate"), QStringLiteral("--workspace"),
        QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/countries"), QStringLiteral("--model"), model_});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(isOneLine(run.err), run.err.constData());
    QVERIFY2(run.err.contains("a workspace holds two graphs"), run.err.constData());
    // A MyGO model where an alignment model is expected.
    run = runTessera({QStringLiteral("align"), QStringLiteral("--workspace"), fixture(QStringLiteral("kg")),
        QStringLiteral("--model"), QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/models/countries-mygo"),
        QStringLiteral("--entity"), QStringLiteral("E001")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(isOneLine(run.err), run.err.constData());
    QVERIFY2(run.err.contains("a MyGO model predicts links in one graph; pass it with --graph"), run.err.constData());
}

void MeaformerCliTest::truncatedWeightsNameTheFile()
{
    QTemporaryDir scratch;
    const QString broken = scratch.filePath(QStringLiteral("broken"));
    QDir().mkpath(broken);
    for (const QString& file : {QStringLiteral("config.json"), QStringLiteral("weights.safetensors")})
        QVERIFY(QFile::copy(model_ + QLatin1Char('/') + file, broken + QLatin1Char('/') + file));
    QFile weights(broken + QStringLiteral("/weights.safetensors"));
    QVERIFY(weights.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(weights.resize(weights.size() / 2));
    const Run run = runTessera({QStringLiteral("evaluate"), QStringLiteral("--workspace"),
        fixture(QStringLiteral("kg")), QStringLiteral("--model"), broken});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(isOneLine(run.err), run.err.constData());
    QVERIFY2(run.err.contains((broken + QStringLiteral("/weights.safetensors")).toUtf8()), run.err.constData());
}

QTEST_GUILESS_MAIN(MeaformerCliTest)
#include "MeaformerCliTest.moc"
