// The MyGO subcommands through the real `tessera` binary, on the mygo-small reference fixture:
// import-model, then evaluate / predict / dump on a MyGO id-format copy of the fixture's graph,
// compared with what the reference wrote (metrics.json, expected.safetensors).

#include "tensors/SafetensorsFile.h"

#include "TesseraProcess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <set>

using tessera::SafetensorsFile;

namespace {

constexpr int kEntities = 40;
constexpr int kRelations = 6;
constexpr double kMetricTolerance = 1e-12;
// The fixture README's tolerances: representations / attention, and scores.
constexpr double kRepresentationTolerance = 1e-5;
constexpr double kScoreTolerance = 1e-4;

using test::isOneLine;
using test::Run;
using test::runTessera;

QString fixture(const QString& name = {})
{
    return QStringLiteral(TESSERA_SHARED_DIR "/fixtures/mygo-small")
        + (name.isEmpty() ? QString() : QLatin1Char('/') + name);
}

struct IdTriple {
    int head = 0;
    int relation = 0;
    int tail = 0;
};

std::vector<IdTriple> readSplit(const QString& split)
{
    std::vector<IdTriple> triples;
    QFile file(fixture(split + QStringLiteral(".txt")));
    if (!file.open(QIODevice::ReadOnly))
        return triples;
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split('\t');
        if (f.size() == 3)
            triples.push_back({f[0].toInt(), f[1].toInt(), f[2].toInt()});
    }
    return triples;
}

// A MyGO id-format folder: entities.txt and relations.txt with the given ids, the fixture's splits.
bool writeIdGraph(const QString& folder, const std::vector<int>& entityIds)
{
    if (!QDir().mkpath(folder))
        return false;
    QFile entities(folder + QStringLiteral("/entities.txt"));
    QFile relations(folder + QStringLiteral("/relations.txt"));
    if (!entities.open(QIODevice::WriteOnly) || !relations.open(QIODevice::WriteOnly))
        return false;
    for (const int id : entityIds)
        entities.write(QByteArray::number(id) + "\n");
    for (int r = 0; r < kRelations; ++r)
        relations.write(QByteArray::number(r) + "\n");
    for (const char* split : {"train.txt", "valid.txt", "test.txt"}) {
        if (!QFile::copy(fixture(QLatin1String(split)), folder + QLatin1Char('/') + QLatin1String(split)))
            return false;
    }
    return true;
}

std::vector<int> range(int n)
{
    std::vector<int> ids(static_cast<std::size_t>(n));
    std::iota(ids.begin(), ids.end(), 0);
    return ids;
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

class MygoCliTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importModelWritesBoundModel();
    void importModelReadsPthCheckpoints_data();
    void importModelReadsPthCheckpoints();
    void importModelRefusesBadPthCheckpoints_data();
    void importModelRefusesBadPthCheckpoints();
    void evaluateJsonMatchesReference_data();
    void evaluateJsonMatchesReference();
    void evaluateTextShowsMetrics();
    void predictTopKIsArgsortOfReferenceScores_data();
    void predictTopKIsArgsortOfReferenceScores();
    void predictFilteredRemovesKnownAnswers();
    void predictMaskingAMissingImageChangesNothing();
    void dumpEntityRepsEqualReference();
    void dumpAttentionEqualsReference();
    void dumpScoresEqualReference();
    void renderAttentionCsvEqualsReference();
    void renderSharesAndMaskingEqualTheReference();
    void modelGraphMismatchExitsWithTwo_data();
    void modelGraphMismatchExitsWithTwo();
    void unknownKeysExitWithTwo();

private:
    QJsonObject predictJson(const QStringList& extra);
    // Known answers of (head, relation, ?) (tails) or (?, relation, tail) (heads) per split.
    std::map<int, std::set<QString>> knownAnswers(int entity, int relation, bool tails) const;

    QTemporaryDir scratch_;
    QString graph_;
    QString model_;
    std::optional<SafetensorsFile> expected_;
    std::map<QString, std::vector<IdTriple>> splits_;
};

void MygoCliTest::initTestCase()
{
    if (!QFile::exists(fixture(QStringLiteral("weights.safetensors"))))
        QSKIP("../shared/fixtures/mygo-small is not present on this machine");
    QVERIFY(scratch_.isValid());
    graph_ = scratch_.filePath(QStringLiteral("mygo-small-graph"));
    QVERIFY(writeIdGraph(graph_, range(kEntities)));
    model_ = scratch_.filePath(QStringLiteral("model"));
    const Run run
        = runTessera({QStringLiteral("import-model"), QStringLiteral("--from"), QStringLiteral("mygo-reference"),
            fixture(), QStringLiteral("--out"), model_, QStringLiteral("--graph"), graph_});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("40 entities, 6 relations, dim 64"));
    expected_.emplace(SafetensorsFile::open(fixture(QStringLiteral("expected.safetensors")).toStdString()));
    for (const char* split : {"train", "valid", "test"})
        splits_[QLatin1String(split)] = readSplit(QLatin1String(split));
    QCOMPARE(splits_[QStringLiteral("test")].size(), std::size_t {30});
}

void MygoCliTest::importModelWritesBoundModel()
{
    QFile config(model_ + QStringLiteral("/config.json"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(config.readAll()).object();
    QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("tessera-model"));
    QCOMPARE(root[QStringLiteral("kind")].toString(), QStringLiteral("mygo"));
    const QJsonObject graph = root[QStringLiteral("graph")].toObject();
    QCOMPARE(graph[QStringLiteral("name")].toString(), QStringLiteral("mygo-small-graph"));
    QCOMPARE(graph[QStringLiteral("entities")].toInt(), kEntities);
    QCOMPARE(graph[QStringLiteral("relations")].toInt(), kRelations);
    QVERIFY(QFile::exists(model_ + QStringLiteral("/weights.safetensors")));
    // The output folder is not overwritten by a second import.
    const Run again = runTessera({QStringLiteral("import-model"), QStringLiteral("--from"),
        QStringLiteral("mygo-reference"), fixture(), QStringLiteral("--out"), model_});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(isOneLine(again.err));
}

// A reference folder whose weights are a PyTorch checkpoint: config.json and inputs.safetensors
// copied from the fixture, `mygo_500.pth` written from the fixture's weights by make-pth.py (the
// layout torch.save writes, made without PyTorch) with its extra arguments.
QString pthFolder(const QTemporaryDir& dir, const QStringList& makePthArguments)
{
    for (const char* name : {"config.json", "inputs.safetensors"}) {
        if (!QFile::copy(fixture(QLatin1String(name)), dir.filePath(QLatin1String(name))))
            return {};
    }
    QProcess python;
    python.start(QStringLiteral("python3"),
        QStringList {QStringLiteral(TESSERA_SOURCE_DIR "/tests/app/make-pth.py"),
            fixture(QStringLiteral("weights.safetensors")), dir.filePath(QStringLiteral("mygo_500.pth"))}
            + makePthArguments);
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("make-pth.py: %s", python.readAllStandardError().constData());
        return {};
    }
    return dir.path();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void MygoCliTest::importModelReadsPthCheckpoints_data()
{
    QTest::addColumn<QStringList>("makePthArguments");
    QTest::addColumn<bool>("pointAtFile");
    QTest::newRow("state dict, folder") << QStringList {} << false;
    QTest::newRow("state dict, file") << QStringList {} << true;
    QTest::newRow("under model_state_dict")
        << QStringList {QStringLiteral("--wrap"), QStringLiteral("model_state_dict")} << false;
    QTest::newRow("DataParallel names under state_dict") << QStringList {QStringLiteral("--wrap"),
        QStringLiteral("state_dict"), QStringLiteral("--prefix"), QStringLiteral("module.")}
                                                         << true;
}

void MygoCliTest::importModelReadsPthCheckpoints()
{
    QFETCH(QStringList, makePthArguments);
    QFETCH(bool, pointAtFile);
    QTemporaryDir dir;
    const QString folder = pthFolder(dir, makePthArguments);
    QVERIFY(!folder.isEmpty());
    QTemporaryDir out;
    const QString model = out.filePath(QStringLiteral("model"));
    const Run run = runTessera({QStringLiteral("import-model"), QStringLiteral("--from"),
        QStringLiteral("mygo-reference"), pointAtFile ? dir.filePath(QStringLiteral("mygo_500.pth")) : folder,
        QStringLiteral("--out"), model, QStringLiteral("--graph"), graph_});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The same tensors as the safetensors import, byte for byte, so every parity result carries over.
    const QByteArray weights = fileBytes(model + QStringLiteral("/weights.safetensors"));
    QVERIFY(!weights.isEmpty());
    QCOMPARE(weights, fileBytes(model_ + QStringLiteral("/weights.safetensors")));
    QCOMPARE(fileBytes(model + QStringLiteral("/config.json")), fileBytes(model_ + QStringLiteral("/config.json")));
}

void MygoCliTest::importModelRefusesBadPthCheckpoints_data()
{
    QTest::addColumn<QByteArray>("contents");  // empty: a list of tensors written by make-pth.py
    QTest::addColumn<QByteArray>("problem");
    QTest::newRow("not a zip") << QByteArray("PK\x03\x04 not really a checkpoint")
                               << QByteArray("not a PyTorch checkpoint LibTorch can read");
    QTest::newRow("a list, not a state dict") << QByteArray() << QByteArray("expected a state dict");
}

void MygoCliTest::importModelRefusesBadPthCheckpoints()
{
    QFETCH(QByteArray, contents);
    QFETCH(QByteArray, problem);
    QTemporaryDir dir;
    QVERIFY(!pthFolder(dir, {QStringLiteral("--not-a-dict")}).isEmpty());
    if (!contents.isEmpty()) {
        QFile pth(dir.filePath(QStringLiteral("mygo_500.pth")));
        QVERIFY(pth.open(QIODevice::WriteOnly | QIODevice::Truncate));
        pth.write(contents);
    }
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run run = runTessera({QStringLiteral("import-model"), QStringLiteral("--from"),
        QStringLiteral("mygo-reference"), dir.path(), QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(isOneLine(run.err));
    QVERIFY2(run.err.contains("mygo_500.pth") && run.err.contains(problem), run.err.constData());
    QVERIFY(!QFile::exists(out));
}

void MygoCliTest::evaluateJsonMatchesReference_data()
{
    QTest::addColumn<QString>("split");
    QTest::newRow("test") << QStringLiteral("test");
    QTest::newRow("valid") << QStringLiteral("valid");
}

void MygoCliTest::evaluateJsonMatchesReference()
{
    QFETCH(QString, split);
    const Run run = runTessera({QStringLiteral("evaluate"), QStringLiteral("--graph"), graph_,
        QStringLiteral("--model"), model_, QStringLiteral("--split"), split, QStringLiteral("--json"),
        QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();

    QFile metricsFile(fixture(QStringLiteral("metrics.json")));
    QVERIFY(metricsFile.open(QIODevice::ReadOnly));
    const QJsonObject reference = QJsonDocument::fromJson(metricsFile.readAll()).object()[split].toObject();
    const auto near = [](const QJsonValue& a, const QJsonValue& b) {
        return std::abs(a.toDouble() - b.toDouble()) < kMetricTolerance;
    };
    QCOMPARE(json[QStringLiteral("count")].toInt(), reference[QStringLiteral("num_ranks")].toInt());
    QVERIFY(near(json[QStringLiteral("mr")], reference[QStringLiteral("MR")]));
    QVERIFY(near(json[QStringLiteral("mrr")], reference[QStringLiteral("MRR")]));
    QVERIFY(near(json[QStringLiteral("hits@1")], reference[QStringLiteral("Hits1")]));
    QVERIFY(near(json[QStringLiteral("hits@3")], reference[QStringLiteral("Hits3")]));
    QVERIFY(near(json[QStringLiteral("hits@10")], reference[QStringLiteral("Hits10")]));
    // No ties in the fixture: the realistic rank gives the same numbers.
    const QJsonObject realistic = json[QStringLiteral("realistic")].toObject();
    QVERIFY(near(realistic[QStringLiteral("mrr")], reference[QStringLiteral("MRR")]));
    QVERIFY(near(realistic[QStringLiteral("hits@10")], reference[QStringLiteral("Hits10")]));

    // Head, tail and per-relation numbers, recomputed here from the reference's ranks.
    const auto headRanks = expected_->toInt64((split + QStringLiteral("_head_ranks")).toStdString());
    const auto tailRanks = expected_->toInt64((split + QStringLiteral("_tail_ranks")).toStdString());
    const auto mrrOf = [](const std::vector<std::int64_t>& ranks) {
        double sum = 0;
        for (const std::int64_t r : ranks)
            sum += 1.0 / static_cast<double>(r);
        return sum / static_cast<double>(ranks.size());
    };
    QVERIFY(std::abs(json[QStringLiteral("head")].toObject()[QStringLiteral("mrr")].toDouble() - mrrOf(headRanks))
        < kMetricTolerance);
    QVERIFY(std::abs(json[QStringLiteral("tail")].toObject()[QStringLiteral("mrr")].toDouble() - mrrOf(tailRanks))
        < kMetricTolerance);
    std::map<QString, std::vector<std::int64_t>> byRelation;
    const std::vector<IdTriple>& triples = splits_[split];
    for (std::size_t i = 0; i < triples.size(); ++i) {
        auto& ranks = byRelation[QString::number(triples[i].relation)];
        ranks.push_back(headRanks[i]);
        ranks.push_back(tailRanks[i]);
    }
    const QJsonObject perRelation = json[QStringLiteral("per_relation")].toObject();
    QCOMPARE(static_cast<std::size_t>(perRelation.size()), byRelation.size());
    for (const auto& [key, ranks] : byRelation) {
        const QJsonObject r = perRelation[key].toObject();
        QCOMPARE(r[QStringLiteral("count")].toInt(), static_cast<int>(ranks.size()));
        QVERIFY(std::abs(r[QStringLiteral("mrr")].toDouble() - mrrOf(ranks)) < kMetricTolerance);
        const double mr = std::accumulate(ranks.begin(), ranks.end(), 0.0) / static_cast<double>(ranks.size());
        QVERIFY(std::abs(r[QStringLiteral("mr")].toDouble() - mr) < kMetricTolerance);
        const auto hits = [&](std::int64_t k) {
            return static_cast<double>(std::count_if(ranks.begin(), ranks.end(), [k](std::int64_t x) {
                return x <= k;
            })) / static_cast<double>(ranks.size());
        };
        QVERIFY(std::abs(r[QStringLiteral("hits@1")].toDouble() - hits(1)) < kMetricTolerance);
        QVERIFY(std::abs(r[QStringLiteral("hits@3")].toDouble() - hits(3)) < kMetricTolerance);
        QVERIFY(std::abs(r[QStringLiteral("hits@10")].toDouble() - hits(10)) < kMetricTolerance);
    }
}

void MygoCliTest::evaluateTextShowsMetrics()
{
    const Run run = runTessera(
        {QStringLiteral("evaluate"), QStringLiteral("--graph"), graph_, QStringLiteral("--model"), model_});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Test MRR 0.17217862..., MR 12.78333... (metrics.json), as the table prints them.
    QVERIFY2(run.out.contains("0.1722") && run.out.contains("12.783"), run.out.constData());
    QVERIFY(run.out.contains("realistic rank"));
    QVERIFY(run.err.isEmpty());  // no progress line when stderr is not a terminal
}

QJsonObject MygoCliTest::predictJson(const QStringList& extra)
{
    const Run run = runTessera(QStringList {QStringLiteral("predict"), QStringLiteral("--graph"), graph_,
                                   QStringLiteral("--model"), model_, QStringLiteral("--json")}
        + extra);
    if (run.exitCode != 0) {
        qWarning("%s", run.err.constData());
        return {};
    }
    return QJsonDocument::fromJson(run.out).object();
}

std::map<int, std::set<QString>> MygoCliTest::knownAnswers(int entity, int relation, bool tails) const
{
    std::map<int, std::set<QString>> known;
    for (const auto& [split, triples] : splits_) {
        for (const IdTriple& t : triples) {
            if (t.relation == relation && (tails ? t.head : t.tail) == entity)
                known[tails ? t.tail : t.head].insert(split);
        }
    }
    return known;
}

void MygoCliTest::predictTopKIsArgsortOfReferenceScores_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("tails");
    for (const int row : {0, 7, 19}) {
        QTest::addRow("tails of test triple %d", row) << row << true;
        QTest::addRow("heads of test triple %d", row) << row << false;
    }
}

void MygoCliTest::predictTopKIsArgsortOfReferenceScores()
{
    QFETCH(int, row);
    QFETCH(bool, tails);
    const IdTriple triple = splits_[QStringLiteral("test")][static_cast<std::size_t>(row)];
    const int entity = tails ? triple.head : triple.tail;
    const QJsonObject json = predictJson({tails ? QStringLiteral("--head") : QStringLiteral("--tail"),
        QString::number(entity), QStringLiteral("--relation"), QString::number(triple.relation)});
    const QJsonArray candidates = json[QStringLiteral("candidates")].toArray();
    QCOMPARE(candidates.size(), 10);

    const auto all = expected_->toFloat32(tails ? "test_tail_scores" : "test_head_scores");
    const std::vector<float> scores(all.begin() + row * kEntities, all.begin() + (row + 1) * kEntities);
    std::vector<int> order = range(kEntities);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores[a] > scores[b]; });
    const std::map<int, std::set<QString>> known = knownAnswers(entity, triple.relation, tails);
    for (int i = 0; i < 10; ++i) {
        const QJsonObject c = candidates[i].toObject();
        const int id = c[QStringLiteral("key")].toString().toInt();
        QCOMPARE(c[QStringLiteral("rank")].toInt(), i + 1);
        // The reference's argsort; a swap is only allowed between scores closer than the tolerance.
        QVERIFY2(id == order[i] || std::abs(scores[id] - scores[order[i]]) < kScoreTolerance,
            qPrintable(QStringLiteral("rank %1: %2, reference %3").arg(i + 1).arg(id).arg(order[i])));
        QVERIFY(std::abs(c[QStringLiteral("score")].toDouble() - scores[id]) < kScoreTolerance);
        std::set<QString> splits;
        for (const QJsonValue& s : c[QStringLiteral("known")].toArray())
            splits.insert(s.toString());
        const auto it = known.find(id);
        QCOMPARE(splits, it == known.end() ? std::set<QString> {} : it->second);
    }
    QCOMPARE(json[QStringLiteral("known_answers")].toInt(), static_cast<int>(known.size()));

    // With --filtered, the test answer's place among the known answers is the reference's filtered
    // rank of this test triple (exact where its stored margin exceeds the score tolerance).
    const QJsonObject filtered
        = predictJson({tails ? QStringLiteral("--head") : QStringLiteral("--tail"), QString::number(entity),
            QStringLiteral("--relation"), QString::number(triple.relation), QStringLiteral("--filtered")});
    const int target = tails ? triple.tail : triple.head;
    const QJsonArray answers = filtered[QStringLiteral("known_answer_ranks")].toArray();
    QCOMPARE(answers.size(), static_cast<int>(known.size()));
    const auto referenceRanks = expected_->toInt64(tails ? "test_tail_ranks" : "test_head_ranks");
    const auto margins = expected_->toFloat32(tails ? "test_tail_rank_margin" : "test_head_rank_margin");
    QVERIFY2(margins[static_cast<std::size_t>(row)] > kScoreTolerance, "the fixture row has a near tie");
    bool found = false;
    for (const QJsonValue& a : answers) {
        if (a.toObject()[QStringLiteral("key")].toString().toInt() != target)
            continue;
        found = true;
        QCOMPARE(a.toObject()[QStringLiteral("rank")].toInteger(), referenceRanks[static_cast<std::size_t>(row)]);
    }
    QVERIFY(found);
}

void MygoCliTest::predictFilteredRemovesKnownAnswers()
{
    const IdTriple triple = splits_[QStringLiteral("test")][0];
    const std::map<int, std::set<QString>> known = knownAnswers(triple.head, triple.relation, true);
    QVERIFY(!known.empty());
    QVERIFY(known.count(triple.tail) == 1 && known.at(triple.tail).count(QStringLiteral("test")) == 1);
    const QStringList query = {QStringLiteral("--head"), QString::number(triple.head), QStringLiteral("--relation"),
        QString::number(triple.relation), QStringLiteral("--k"), QString::number(kEntities)};
    const QJsonArray everything = predictJson(query)[QStringLiteral("candidates")].toArray();
    const QJsonArray filtered
        = predictJson(query + QStringList {QStringLiteral("--filtered")})[QStringLiteral("candidates")].toArray();
    QCOMPARE(everything.size(), kEntities);
    QCOMPARE(filtered.size(), kEntities - static_cast<int>(known.size()));
    // The filtered list is the full list minus the known answers, in the same order.
    QStringList expected;
    for (const QJsonValue& c : everything) {
        if (known.count(c.toObject()[QStringLiteral("key")].toString().toInt()) == 0)
            expected << c.toObject()[QStringLiteral("key")].toString();
    }
    QStringList actual;
    for (const QJsonValue& c : filtered) {
        actual << c.toObject()[QStringLiteral("key")].toString();
        QVERIFY(c.toObject()[QStringLiteral("known")].toArray().isEmpty());
    }
    QCOMPARE(actual, expected);
    QCOMPARE(filtered.last().toObject()[QStringLiteral("rank")].toInt(), filtered.size());
}

void MygoCliTest::predictMaskingAMissingImageChangesNothing()
{
    // Entity 3 has no image (fixture README): masking its visual slots changes nothing, while
    // masking its text (or the image of entity 0, which has one) moves the scores.
    const auto scoresOf = [&](const QStringList& extra) {
        std::map<QString, double> scores;
        const QJsonObject json = predictJson(QStringList {QStringLiteral("--relation"), QStringLiteral("0"),
                                                 QStringLiteral("--k"), QString::number(kEntities)}
            + extra);
        for (const QJsonValue& c : json[QStringLiteral("candidates")].toArray())
            scores[c.toObject()[QStringLiteral("key")].toString()] = c.toObject()[QStringLiteral("score")].toDouble();
        return scores;
    };
    const auto largestChange = [](const std::map<QString, double>& a, const std::map<QString, double>& b) {
        double worst = a.size() == b.size() ? 0 : std::numeric_limits<double>::infinity();
        for (const auto& [key, score] : a)
            worst
                = std::max(worst, b.count(key) ? std::abs(score - b.at(key)) : std::numeric_limits<double>::infinity());
        return worst;
    };
    const auto plain3 = scoresOf({QStringLiteral("--head"), QStringLiteral("3")});
    QCOMPARE(plain3.size(), std::size_t {kEntities});
    QVERIFY(largestChange(
                plain3, scoresOf({QStringLiteral("--head"), QStringLiteral("3"), QStringLiteral("--mask-visual")}))
        < 1e-5);
    QVERIFY(
        largestChange(plain3, scoresOf({QStringLiteral("--head"), QStringLiteral("3"), QStringLiteral("--mask-text")}))
        > 1e-3);
    const auto plain0 = scoresOf({QStringLiteral("--head"), QStringLiteral("0")});
    QVERIFY(largestChange(
                plain0, scoresOf({QStringLiteral("--head"), QStringLiteral("0"), QStringLiteral("--mask-visual")}))
        > 1e-3);
}

void MygoCliTest::dumpEntityRepsEqualReference()
{
    const QString out = scratch_.filePath(QStringLiteral("reps.safetensors"));
    const Run run = runTessera({QStringLiteral("dump"), QStringLiteral("--graph"), graph_, QStringLiteral("--model"),
        model_, QStringLiteral("--what"), QStringLiteral("entity-reps"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const SafetensorsFile dumped = SafetensorsFile::open(out.toStdString());
    QCOMPARE(dumped.info("ent_embs").shape, (std::vector<std::int64_t> {41, 64}));
    QCOMPARE(dumped.info("rel_embs").shape, (std::vector<std::int64_t> {6, 64}));
    QVERIFY(maxDifference(dumped.toFloat32("ent_embs"), expected_->toFloat32("ent_embs")) < kRepresentationTolerance);
    QVERIFY(maxDifference(dumped.toFloat32("rel_embs"), expected_->toFloat32("rel_embs")) < kRepresentationTolerance);
}

void MygoCliTest::dumpAttentionEqualsReference()
{
    const QString all = scratch_.filePath(QStringLiteral("attention.safetensors"));
    Run run = runTessera({QStringLiteral("dump"), QStringLiteral("--graph"), graph_, QStringLiteral("--model"), model_,
        QStringLiteral("--what"), QStringLiteral("attention"), QStringLiteral("--out"), all});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto expected = expected_->toFloat32("cmee_attn_weights");
    const SafetensorsFile dumped = SafetensorsFile::open(all.toStdString());
    QCOMPARE(dumped.info("cmee_attn_weights").shape, (std::vector<std::int64_t> {1, 40, 2, 9, 9}));
    QVERIFY(maxDifference(dumped.toFloat32("cmee_attn_weights"), expected) < kRepresentationTolerance);

    // Two listed entities: their slices of the reference tensor, in the listed order.
    const QString some = scratch_.filePath(QStringLiteral("attention-some.safetensors"));
    run = runTessera({QStringLiteral("dump"), QStringLiteral("--graph"), graph_, QStringLiteral("--model"), model_,
        QStringLiteral("--what"), QStringLiteral("attention"), QStringLiteral("--entities"), QStringLiteral("17,3"),
        QStringLiteral("--out"), some});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const SafetensorsFile part = SafetensorsFile::open(some.toStdString());
    QCOMPARE(part.info("cmee_attn_weights").shape, (std::vector<std::int64_t> {1, 2, 2, 9, 9}));
    QCOMPARE(part.toInt64("entity_ids"), (std::vector<std::int64_t> {17, 3}));
    constexpr std::size_t kBlock = 2 * 9 * 9;
    std::vector<float> slices(expected.begin() + 17 * kBlock, expected.begin() + 18 * kBlock);
    slices.insert(slices.end(), expected.begin() + 3 * kBlock, expected.begin() + 4 * kBlock);
    QVERIFY(maxDifference(part.toFloat32("cmee_attn_weights"), slices) < kRepresentationTolerance);
}

// `render attention --csv` writes the numbers the view draws: for one head they are the
// reference's stored attention; a rollout's rows sum to 1; bad choices exit 2 with one line.
// `render shares --csv`: every entity's [CLS] shares are the reference attention's row 0 (heads
// averaged) summed per slot; `render ranking --tab masking --csv`: the "as it is" ranks of a
// relation's test queries are the reference's filtered ranks.
void MygoCliTest::renderSharesAndMaskingEqualTheReference()
{
    const QString png = scratch_.filePath(QStringLiteral("shares.png"));
    const QString csv = scratch_.filePath(QStringLiteral("shares.csv"));
    const auto readCsv = [&csv] {
        QFile file(csv);
        QList<QList<QByteArray>> rows;
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : file.readAll().trimmed().split('\n'))
                rows.push_back(line.split(','));
        }
        return rows;
    };
    Run run = runTessera({QStringLiteral("render"), QStringLiteral("shares"), QStringLiteral("--graph"), graph_,
        QStringLiteral("--model"), model_, QStringLiteral("--entity"), QStringLiteral("17"), QStringLiteral("--out"),
        png, QStringLiteral("--csv"), csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QList<QList<QByteArray>> rows = readCsv();
    QCOMPARE(rows.size(), 1 + kEntities);
    QCOMPARE(rows[0].join(','), QByteArray("key,label,has_image,has_text,self,structure,visual,text"));
    const auto attention = expected_->toFloat32("cmee_attn_weights");  // [1, 40, 2, 9, 9]
    double worst = 0;
    for (int e = 0; e < kEntities; ++e) {
        const QList<QByteArray>& row = rows[e + 1];
        QCOMPARE(row[0].toInt(), e);
        const auto cls = [&](int key) {
            return 0.5
                * (attention[static_cast<std::size_t>(((e * 2 + 0) * 9 + 0) * 9 + key)]
                    + attention[static_cast<std::size_t>(((e * 2 + 1) * 9 + 0) * 9 + key)]);
        };
        const double expected[] = {cls(0), cls(1), cls(2) + cls(3) + cls(4) + cls(5), cls(6) + cls(7) + cls(8)};
        for (int c = 0; c < 4; ++c)
            worst = std::max(worst, std::abs(row[4 + c].toDouble() - expected[c]));
        // The fixture's README: entities 3, 17, 28 and 35 have no image.
        QCOMPARE(row[2].toInt(), e == 3 || e == 17 || e == 28 || e == 35 ? 0 : 1);
    }
    QVERIFY2(worst < kRepresentationTolerance, qPrintable(QString::number(worst)));

    // The first test triple's relation, asked from its head.
    const IdTriple first = splits_[QStringLiteral("test")].front();
    run = runTessera({QStringLiteral("render"), QStringLiteral("ranking"), QStringLiteral("--graph"), graph_,
        QStringLiteral("--model"), model_, QStringLiteral("--entity"), QString::number(first.head),
        QStringLiteral("--relation"), QString::number(first.relation), QStringLiteral("--tab"),
        QStringLiteral("masking"), QStringLiteral("--out"), png, QStringLiteral("--csv"), csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    rows = readCsv();
    const auto headRanks = expected_->toInt64("test_head_ranks");
    const auto tailRanks = expected_->toInt64("test_tail_ranks");
    qsizetype row = 1;
    for (std::size_t i = 0; i < splits_[QStringLiteral("test")].size(); ++i) {
        const IdTriple& t = splits_[QStringLiteral("test")][i];
        if (t.relation != first.relation)
            continue;
        QVERIFY(row + 1 < rows.size());
        QCOMPARE(rows[row][3], QByteArray("head"));
        QCOMPARE(rows[row][4].toLongLong(), headRanks[i]);
        QCOMPARE(rows[row + 1][3], QByteArray("tail"));
        QCOMPARE(rows[row + 1][4].toLongLong(), tailRanks[i]);
        row += 2;
    }
    QCOMPARE(row, rows.size());
    QVERIFY(row > 1);

    for (const QStringList& bad :
        {QStringList {QStringLiteral("shares"), QStringLiteral("--slot"), QStringLiteral("sound")},
            QStringList {QStringLiteral("ranking"), QStringLiteral("--tab"), QStringLiteral("why")}}) {
        const Run refused = runTessera(QStringList {QStringLiteral("render")} + bad
            + QStringList {QStringLiteral("--graph"), graph_, QStringLiteral("--model"), model_,
                QStringLiteral("--entity"), QStringLiteral("1"), QStringLiteral("--out"), png});
        QVERIFY2(refused.exitCode == 2, qPrintable(bad.join(QLatin1Char(' '))));
        QVERIFY2(isOneLine(refused.err), refused.err.constData());
    }
}

void MygoCliTest::renderAttentionCsvEqualsReference()
{
    const QString png = scratch_.filePath(QStringLiteral("attention.png"));
    const QString csv = scratch_.filePath(QStringLiteral("attention.csv"));
    const QStringList base {QStringLiteral("render"), QStringLiteral("attention"), QStringLiteral("--graph"), graph_,
        QStringLiteral("--model"), model_, QStringLiteral("--entity"), QStringLiteral("17"), QStringLiteral("--out"),
        png, QStringLiteral("--csv"), csv, QStringLiteral("--width"), QStringLiteral("700"), QStringLiteral("--height"),
        QStringLiteral("500")};
    const auto readRows = [&csv] {
        QFile file(csv);
        std::vector<std::vector<double>> rows;
        if (!file.open(QIODevice::ReadOnly))
            return rows;
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            std::vector<double> row;
            for (qsizetype c = 1; c < cells.size(); ++c)
                row.push_back(cells[c].toDouble());
            rows.push_back(row);
        }
        return rows;
    };
    Run run = runTessera(base
        + QStringList {QStringLiteral("--layer"), QStringLiteral("1"), QStringLiteral("--head"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QImage(png).width() == 700);
    const auto expected = expected_->toFloat32("cmee_attn_weights");  // [1, 40, 2, 9, 9]
    std::vector<std::vector<double>> rows = readRows();
    QCOMPARE(rows.size(), std::size_t {9});
    double worst = 0;
    for (std::size_t q = 0; q < 9; ++q) {
        QCOMPARE(rows[q].size(), std::size_t {9});
        for (std::size_t k = 0; k < 9; ++k)
            worst = std::max(worst, std::abs(rows[q][k] - expected[((17 * 2 + 1) * 9 + q) * 9 + k]));
    }
    QVERIFY2(worst < kRepresentationTolerance, qPrintable(QString::number(worst)));

    run = runTessera(
        base + QStringList {QStringLiteral("--rollout"), QStringLiteral("--fusion"), QStringLiteral("max")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    rows = readRows();
    QCOMPARE(rows.size(), std::size_t {9});
    for (const auto& row : rows)
        QVERIFY(std::abs(std::accumulate(row.begin(), row.end(), 0.0) - 1.0) < 1e-5);

    for (const QStringList& bad : {QStringList {QStringLiteral("--layer"), QStringLiteral("2")},
             QStringList {QStringLiteral("--head"), QStringLiteral("3")},
             QStringList {QStringLiteral("--rollout"), QStringLiteral("--layer"), QStringLiteral("1")},
             QStringList {QStringLiteral("--input"), QStringLiteral("no-sound")},
             QStringList {QStringLiteral("--rollout"), QStringLiteral("--fusion"), QStringLiteral("median")}}) {
        const Run refused = runTessera(base + bad);
        QVERIFY2(refused.exitCode == 2, qPrintable(bad.join(QLatin1Char(' '))));
        QVERIFY2(isOneLine(refused.err), refused.err.constData());
    }
}

void MygoCliTest::dumpScoresEqualReference()
{
    const QString out = scratch_.filePath(QStringLiteral("scores.safetensors"));
    const Run run = runTessera({QStringLiteral("dump"), QStringLiteral("--graph"), graph_, QStringLiteral("--model"),
        model_, QStringLiteral("--what"), QStringLiteral("scores"), QStringLiteral("--split"), QStringLiteral("test"),
        QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const SafetensorsFile dumped = SafetensorsFile::open(out.toStdString());
    for (const char* name : {"test_tail_scores", "test_head_scores"}) {
        QCOMPARE(dumped.info(name).shape, (std::vector<std::int64_t> {30, 40}));
        const double diff = maxDifference(dumped.toFloat32(name), expected_->toFloat32(name));
        QVERIFY2(diff < kScoreTolerance, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name)).arg(diff)));
    }
    QCOMPARE(dumped.toInt64("test_tail_queries"), expected_->toInt64("test_tail_queries"));
    QCOMPARE(dumped.toInt64("test_head_queries"), expected_->toInt64("test_head_queries"));
    const auto triples = dumped.toInt64("test_triples");
    QCOMPARE(triples[0], std::int64_t {splits_[QStringLiteral("test")][0].head});
    QCOMPARE(triples[89], std::int64_t {splits_[QStringLiteral("test")][29].tail});
}

void MygoCliTest::modelGraphMismatchExitsWithTwo_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::vector<int>>("entityIds");
    std::vector<int> reversed = range(kEntities);
    std::reverse(reversed.begin(), reversed.end());
    QTest::newRow("41 entities") << QStringLiteral("bigger") << range(kEntities + 1);
    QTest::newRow("same counts, other key order") << QStringLiteral("reordered") << reversed;
}

void MygoCliTest::modelGraphMismatchExitsWithTwo()
{
    QFETCH(QString, name);
    QFETCH(std::vector<int>, entityIds);
    const QString other = scratch_.filePath(name);
    QVERIFY(writeIdGraph(other, entityIds));
    for (const QString& subcommand : {QStringLiteral("evaluate"), QStringLiteral("predict"), QStringLiteral("dump")}) {
        QStringList arguments = {subcommand, QStringLiteral("--graph"), other, QStringLiteral("--model"), model_};
        if (subcommand == QLatin1String("predict"))
            arguments << QStringLiteral("--head") << QStringLiteral("0") << QStringLiteral("--relation")
                      << QStringLiteral("0");
        if (subcommand == QLatin1String("dump"))
            arguments << QStringLiteral("--what") << QStringLiteral("entity-reps") << QStringLiteral("--out")
                      << scratch_.filePath(QStringLiteral("never.safetensors"));
        const Run run = runTessera(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains(model_.toUtf8()) && run.err.contains(name.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    QVERIFY(!QFile::exists(scratch_.filePath(QStringLiteral("never.safetensors"))));
    // import-model --graph refuses to bind the reference checkpoint to that graph.
    const Run import = runTessera({QStringLiteral("import-model"), QStringLiteral("--from"),
        QStringLiteral("mygo-reference"), fixture(), QStringLiteral("--out"),
        scratch_.filePath(QStringLiteral("never-model")), QStringLiteral("--graph"), other});
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(isOneLine(import.err) && import.err.contains(fixture().toUtf8()) && import.err.contains(name.toUtf8()),
        import.err.constData());
    QVERIFY(!QFile::exists(scratch_.filePath(QStringLiteral("never-model"))));
}

void MygoCliTest::unknownKeysExitWithTwo()
{
    const QStringList base
        = {QStringLiteral("predict"), QStringLiteral("--graph"), graph_, QStringLiteral("--model"), model_};
    Run run = runTessera(base
        + QStringList {
            QStringLiteral("--head"), QStringLiteral("39x"), QStringLiteral("--relation"), QStringLiteral("0")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(isOneLine(run.err));
    QVERIFY2(run.err.contains("unknown entity key '39x'") && run.err.contains("did you mean: 39"), run.err.constData());
    run = runTessera(base
        + QStringList {
            QStringLiteral("--tail"), QStringLiteral("5"), QStringLiteral("--relation"), QStringLiteral("7")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(isOneLine(run.err));
    QVERIFY2(run.err.contains("unknown relation key '7'"), run.err.constData());
    run = runTessera(base
        + QStringList {QStringLiteral("--head"), QStringLiteral("1"), QStringLiteral("--tail"), QStringLiteral("2"),
            QStringLiteral("--relation"), QStringLiteral("0")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(isOneLine(run.err));
}

QTEST_GUILESS_MAIN(MygoCliTest)
#include "MygoCliTest.moc"
